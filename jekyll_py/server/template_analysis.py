"""What a template reads, from python-liquid's parse tree rather than its text.

The preview server decides which outputs an edit can reach by asking "does this
template list the site's posts?" and "which files does it include?". A plain
substring scan answers yes for ``site.posts`` written inside ``{% comment %}``
or ``{% raw %}`` (or in prose), which makes every edit re-render such pages.
python-liquid is built for static analysis: it parses a template into a tree
and :meth:`BoundTemplate.analyze` lists every variable path it reads, with
comments, raw blocks and literal text out of the picture and ``assign``/``for``
sources included (``{% assign ps = site.posts %}`` reads ``site.posts``).

Rendering stays with :mod:`jekyll_py.liquid` (Ruby Liquid's lax parsing and
byte-exact output are beyond python-liquid's strict grammar); here python-liquid
only reads. The answer must never be smaller than the truth, so:

* Jekyll's tags and any unknown plugin tag are registered as parse-only tags;
  their markup is kept as *residual* text and scanned textually, as before
  (``{% include card.html posts=site.posts %}`` still reads ``site.posts``). A
  tag with a matching ``{% endname %}`` in the source is a block whose body is
  parsed as Liquid, as Jekyll renders the body of ``highlight``.
* Whatever python-liquid cannot parse (Ruby accepts much it rejects) falls back
  to the whole source as residual text and the include regex of old.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

import liquid
from liquid.ast import BlockNode, Node
from liquid.exceptions import LiquidSyntaxError
from liquid.parser import get_parser
from liquid.tag import Tag
from liquid.token import TOKEN_EXPRESSION, TOKEN_TAG

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from liquid.context import RenderContext
    from liquid.stream import TokenStream

#: A variable path: names and indices, ``None`` for a computed subscript (``site[key]``).
PathKey = tuple["str | int | None", ...]

#: Jekyll's own include tags (plus jekyll-include-cache): the file is a template too.
INCLUDE_TAGS = ("include", "include_relative", "include_cached")
#: Tags Jekyll and its usual plugins add, parsed for their markup only.
JEKYLL_INLINE_TAGS = (*INCLUDE_TAGS, "link", "post_url", "seo", "feed_meta", "gist", "avatar")
#: Jekyll's block tags: their bodies are Liquid that Jekyll renders.
JEKYLL_BLOCK_TAGS = ("highlight",)

#: Markup names that only make sense inside a block: never a plugin tag of their own.
_INNER_NAMES = frozenset(("else", "elsif", "when"))

#: The old answer for includes, kept for sources python-liquid cannot parse.
_INCLUDE_TEXT = re.compile(r"{%-?\s*(include(?:_relative)?|include_cached)\s+([^\s%}]+)")
_END_TAG = re.compile(r"{%-?\s*end(\w+)")


@dataclass(frozen=True)
class IncludeRef:
    """One include tag: which tag, and the file name (``None`` when computed)."""

    tag: str
    name: str | None


@dataclass(frozen=True)
class TemplateReads:
    """What one template source reads.

    ``paths`` come from python-liquid's analysis; ``residual`` is text that can
    only be judged by substring (parse-only tag markup, or the whole source when
    it did not parse), so a token found in either counts.
    """

    paths: frozenset[PathKey]
    residual: str
    includes: tuple[IncludeRef, ...]
    parsed: bool

    def mentions(self, tokens: Iterable[str]) -> bool:
        """Whether the template may read any of ``tokens`` (``site.posts``, ``site[``, ``paginator``)."""
        return any(tok in self.residual or _path_matches(self.paths, tok) for tok in tokens)


def _path_matches(paths: frozenset[PathKey], token: str) -> bool:
    """Whether a token such as ``site.posts`` / ``site[`` / ``paginator`` names a read path.

    A bare root (``{{ site | jsonify }}``, ``{% assign s = site %}``) reaches
    every member, and a computed subscript (``site[key]``) may be any of them.
    """
    if token.endswith("["):
        root, member = token[:-1], None
        computed_only = True
    else:
        root, _dot, rest = token.partition(".")
        member = rest.split(".", 1)[0] if rest else None
        computed_only = False
    for path in paths:
        if path[0] != root:
            continue
        if len(path) == 1:
            return True
        second = path[1]
        if not isinstance(second, str):
            return True
        if not computed_only and (member is None or second == member):
            return True
    return False


# -- parse-only tags ---------------------------------------------------------------


class _MarkupNode(Node):
    """A Jekyll/plugin tag: its markup (for the residual scan) and, for blocks, its body."""

    __slots__ = ("name", "markup", "block")

    def __init__(self, token: Any, name: str, markup: str, block: BlockNode | None) -> None:
        super().__init__(token)
        self.name = name
        self.markup = markup
        self.block = block

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        """Never rendered: this environment only parses (rendering is jekyll_py.liquid's)."""
        raise NotImplementedError("template_analysis templates are analysed, not rendered")

    def children(
        self, static_context: RenderContext, *, include_partials: bool = True
    ) -> Iterable[Node]:
        """The body of a block tag, so analysis sees the Liquid inside ``highlight``."""
        return [self.block] if self.block is not None else []


class _MarkupTag(Tag):
    """Parses ``{% name markup %}`` (and the body up to ``{% endname %}`` when a block)."""

    def __init__(self, env: liquid.Environment, name: str, block: bool) -> None:
        super().__init__(env)
        self.name = name
        self.block = block
        self.end = f"end{name}"

    def parse(self, stream: TokenStream) -> Node:
        """Keep the raw markup; Jekyll's argument syntax is not Liquid expression syntax.

        As python-liquid's parser expects, an inline tag leaves the stream on
        its last token and a block tag on its ``end`` tag.
        """
        token = stream.current
        markup = ""
        if stream.peek.kind == TOKEN_EXPRESSION:
            next(stream)
            markup = stream.current.value
        body: BlockNode | None = None
        if self.block:
            next(stream)
            body = get_parser(self.env).parse_block(stream, (self.end,))
            if stream.current.kind != TOKEN_TAG or stream.current.value != self.end:
                raise LiquidSyntaxError(f"tag {self.name!r} was never closed", token=token)
        return _MarkupNode(token, self.name, markup, body)


class _TagTable(dict):  # type: ignore[type-arg]
    """python-liquid's tag table, answering unknown names with a parse-only tag.

    Jekyll sites use plugin tags we cannot list in advance; rejecting them
    would send every such template to the textual fallback. ``block_names``
    holds the names closed by ``{% endname %}`` in the source being parsed.
    """

    def __init__(self, env: liquid.Environment, tags: dict[str, Tag]) -> None:
        super().__init__(tags)
        self.env = env
        self.block_names: frozenset[str] = frozenset()

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
        """The registered tag, else a parse-only one (end/else names stay illegal)."""
        if name in self:
            return self[name]
        if not isinstance(name, str) or name in _INNER_NAMES or name.startswith("end") or not name.isidentifier():
            return default
        return _MarkupTag(self.env, name, block=name in self.block_names)


class _AnalysisEnvironment(liquid.Environment):
    """A strict python-liquid environment whose Jekyll tags only parse."""

    def setup_tags_and_filters(self, *, extra: bool = False) -> None:
        """Builtins, with Jekyll's tags in place of python-liquid's ``include``."""
        super().setup_tags_and_filters(extra=extra)
        tags = _TagTable(self, self.tags)
        for name in JEKYLL_INLINE_TAGS:
            tags[name] = _MarkupTag(self, name, block=False)
        for name in JEKYLL_BLOCK_TAGS:
            tags[name] = _MarkupTag(self, name, block=True)
        self.tags = tags


_ENV = _AnalysisEnvironment(tolerance=liquid.Mode.STRICT)
_LOCK = threading.Lock()
_MEMO: OrderedDict[str, TemplateReads] = OrderedDict()
_MEMO_SIZE = 512


def analyze_template(source: str) -> TemplateReads:
    """What ``source`` reads: python-liquid's analysis, or the textual answer if it will not parse.

    Memoised by source text, since layouts and includes are shared by many items.
    """
    with _LOCK:
        cached = _MEMO.get(source)
        if cached is not None:
            _MEMO.move_to_end(source)
            return cached
        try:
            reads = _analyze(source)
        except Exception:  # noqa: BLE001 - any failure must mean "as before", never "reads nothing"
            reads = text_reads(source)
        _MEMO[source] = reads
        if len(_MEMO) > _MEMO_SIZE:
            _MEMO.popitem(last=False)
        return reads


def text_reads(source: str) -> TemplateReads:
    """The conservative textual answer: all of ``source`` is residual, includes by regex."""
    includes = tuple(_include_ref(tag, raw) for tag, raw in _INCLUDE_TEXT.findall(source))
    return TemplateReads(frozenset(), source, includes, parsed=False)


def _include_ref(tag: str, markup: str) -> IncludeRef:
    """Jekyll's include argument: a file name, or ``{{ ... }}`` making it computed."""
    raw = markup.split(None, 1)[0] if markup.strip() else ""
    if not raw or "{{" in raw:
        return IncludeRef(tag, None)
    return IncludeRef(tag, raw.strip("'\""))


def _analyze(source: str) -> TemplateReads:
    tags = _ENV.tags
    assert isinstance(tags, _TagTable)
    tags.block_names = frozenset(_END_TAG.findall(source))
    template = _ENV.from_string(source)
    analysis = template.analyze(include_partials=False)
    paths = frozenset(
        tuple(seg if isinstance(seg, (str, int)) else None for seg in var.segments)
        for variables in analysis.variables.values()
        for var in variables
    )
    residual: list[str] = []
    includes: list[IncludeRef] = []
    for node in _walk(template.nodes, liquid.RenderContext(template)):
        if isinstance(node, _MarkupNode):
            residual.append(node.markup)
            if node.name in INCLUDE_TAGS:
                includes.append(_include_ref(node.name, node.markup))
    return TemplateReads(paths, "\n".join(residual), tuple(includes), parsed=True)


def _walk(nodes: Iterable[Node], context: RenderContext) -> Iterator[Node]:
    for node in nodes:
        yield node
        yield from _walk(node.children(context, include_partials=False), context)


__all__ = ["IncludeRef", "TemplateReads", "analyze_template", "text_reads"]
