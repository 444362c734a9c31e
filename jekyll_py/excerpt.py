"""``Jekyll::Excerpt``: the start of a document, up to ``excerpt_separator``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from jekyll_py import utils
from jekyll_py.drops.document_drop import ExcerptDrop
from jekyll_py.log import logger
from jekyll_py.utils import ruby_inspect_string

if TYPE_CHECKING:
    from jekyll_py.document import Document

LIQUID_TAG_RE = re.compile(r"{%-?\s*(\w+)\s*.*?-?%}", re.S)
MKDWN_LINK_REF_RE = re.compile(r"^ {0,3}(?:(\[[^\]]+\])(:.+))$", re.M)
#: Liquid block tags whose end tag the excerpt may have cut off.
LIQUID_BLOCKS = {"if", "unless", "case", "for", "tablerow", "capture", "comment", "raw",
                 "highlight", "ifchanged"}


class Excerpt:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.content = self.extract_excerpt(doc.content)
        self._output: str | None = None
        self._data: dict[str, Any] | None = None
        self.line_offset = doc.line_offset
        self._renderer = None

    # delegated to the document, as in Jekyll
    @property
    def site(self) -> Any:
        return self.doc.site

    @property
    def name(self) -> str:
        return self.doc.name

    @property
    def extname(self) -> str:
        return self.doc.extname

    ext = extname

    @property
    def collection(self) -> Any:
        return self.doc.collection

    @property
    def url(self) -> str:
        return self.doc.url

    @property
    def type(self) -> str:
        return self.doc.type

    @property
    def basename(self) -> str:
        return self.doc.basename

    @property
    def date(self) -> Any:
        return self.doc.date

    @property
    def id(self) -> str:
        return f"{self.doc.id}#excerpt"

    @property
    def relative_path(self) -> str:
        return self.doc.relative_path + "/#excerpt"

    @property
    def path(self) -> str:
        return self.doc.path + "/#excerpt"

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            self._data = {k: v for k, v in self.doc.data.items() if k not in ("layout", "excerpt")}
        return self._data

    def next_doc(self) -> Any:
        return self.doc.next_doc()

    def previous_doc(self) -> Any:
        return self.doc.previous_doc()

    def related_posts(self) -> Any:
        return self.doc.related_posts()

    @property
    def output(self) -> str:
        if self._output is None:
            from jekyll_py.renderer import Renderer

            # Jekyll renders an excerpt with a fresh `site_payload`, so its own
            # SiteDrop takes it as current document; the shared drop keeps the
            # document being rendered (its `site.related_posts`) untouched.
            site_drop = getattr(self.doc.site, "_site_drop", None)
            previous = getattr(site_drop, "current_document", None)
            try:
                self._output = Renderer(self.doc.site, self).run()
            finally:
                if site_drop is not None:
                    site_drop.current_document = previous
        return self._output

    @output.setter
    def output(self, value: str) -> None:
        self._output = value

    @property
    def renderer(self) -> Any:
        from jekyll_py.renderer import Renderer

        return Renderer(self.doc.site, self)

    @property
    def output_ext(self) -> str:
        return self.doc.output_ext

    def place_in_layout(self) -> bool:
        return False

    def render_with_liquid(self) -> bool:
        if self.data.get("render_with_liquid") is False:
            return False
        return not (self.doc.extname == ".coffee" or self.doc.yaml_file()
                    or not utils.has_liquid_construct(self.content))

    def trigger_hooks(self, *args: Any) -> None:
        pass

    def to_liquid(self) -> ExcerptDrop:
        return ExcerptDrop(self)

    def __str__(self) -> str:
        return self.output if self.output is not None else self.content

    def __contains__(self, something: str) -> bool:
        return something in (self._output or "") or something in self.content

    def extract_excerpt(self, content: str) -> str:
        sep = self.doc.excerpt_separator()
        head, found, tail = (content or "").partition(sep)
        if not found or not tail:
            return head
        if "{%" in head:
            head = self.sanctify_liquid_tags(head)
        definitions = [
            m.group(1) + m.group(2) for m in MKDWN_LINK_REF_RE.finditer(tail) if m.group(1) in head
        ]
        if not definitions:
            return head
        return head + "\n\n" + "\n".join(definitions)

    def sanctify_liquid_tags(self, head: str) -> str:
        modified = False
        for tag_name in reversed(LIQUID_TAG_RE.findall(head)):
            if tag_name not in LIQUID_BLOCKS:
                continue
            if re.search(r"{%-?\s*end" + re.escape(tag_name) + r".*?\s*-?%}", head, re.S):
                continue
            modified = True
            head += f"\n{{% end{tag_name} %}}"
        if modified:
            logger.warn("Warning:", f"Excerpt modified in {self.doc.relative_path}!")
            logger.warn("", "Found a Liquid block containing the excerpt separator "
                            f"{ruby_inspect_string(self.doc.excerpt_separator())}.")
            logger.warn("", "The block has been modified with the appropriate closing tag.")
            logger.warn("", "Feel free to define a custom excerpt or excerpt_separator in the")
            logger.warn("", "document's Front Matter if the generated excerpt is unsatisfactory.")
        return head


class PageExcerpt(Excerpt):
    """``Jekyll::PageExcerpt``: with ``page_excerpts: true``, an HTML page's first
    paragraph (up to its ``excerpt_separator``), rendered on first use.

    Unlike a document's excerpt it shows Liquid the page's own hash (without
    ``excerpt``), and runs Liquid only when its text has Liquid in it.
    """

    @property
    def id(self) -> str:
        return self.relative_path  # `alias_method :id, :relative_path`

    @property
    def collection(self) -> Any:
        return None

    @property
    def date(self) -> Any:
        return None

    def to_liquid(self) -> Any:  # type: ignore[override]
        if getattr(self, "_liquid", None) is None:
            from jekyll_py.page import ATTRIBUTES_FOR_LIQUID

            self._liquid = self.doc.to_liquid(tuple(a for a in ATTRIBUTES_FOR_LIQUID if a != "excerpt"))
        return self._liquid

    def render_with_liquid(self) -> bool:
        if self.data.get("render_with_liquid") is False:
            return False
        return utils.has_liquid_construct(self.content)
