"""Jekyll's own tags: ``include``, ``include_relative``, ``link``, ``post_url``, ``highlight``.

Behaviour follows ``Jekyll::Tags`` of Jekyll 4.3: include parameters are
validated when the page is parsed, file names are validated when rendered
(``..`` is refused before any lookup), the partial renders in a pushed scope
holding ``include``, and ``link``/``post_url`` return URLs that already carry
the ``baseurl``.
"""

from __future__ import annotations

import html
import os
import re
from typing import TYPE_CHECKING, Any

from ..utils import file_join, is_within
from .errors import LiquidError, RubyError
from .parser import Block, Tag, Tokenizer

if TYPE_CHECKING:
    from .context import Context

VALID_SYNTAX = re.compile(
    r"([\w-]+)\s*=\s*"
    r"(?:\"([^\"\\]*(?:\\.[^\"\\]*)*)\"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))"
)
VARIABLE_SYNTAX = re.compile(
    r"(?P<variable>[^{]*(\{\{\s*[\w\-.]+\s*(\|.*)?\}\}[^\s{}]*)+)(?P<params>.*)", re.S
)
FULL_VALID_SYNTAX = re.compile(rf"\A\s*(?:{VALID_SYNTAX.pattern}(?=\s|\Z)\s*)*\Z")
VALID_FILENAME_CHARS = re.compile(r"^[\w/.\-()+~#@]+$", re.M)
INVALID_SEQUENCES = re.compile(r"[./]{2,}")


def _leaves_source(path: str, directory: str, source: str) -> bool:
    """An include in the site source that a symlink takes outside it.

    jekyll-py never reads outside the source (Jekyll allows it outside safe
    mode); a theme's include folders are outside the source by nature.
    """
    if not source:
        return False
    real_source = os.path.realpath(source)
    if not (is_within(os.path.realpath(directory), real_source) or is_within(directory, source)):
        return False
    return not is_within(os.path.realpath(path), real_source)


class IncludeTag(Tag):
    """``{% include file.html key="value" key2=variable %}``."""

    def __init__(self, tag_name: str, markup: str, pc: Any) -> None:
        super().__init__(tag_name, markup, pc)
        markup = markup.strip()
        m = VARIABLE_SYNTAX.search(markup)
        if m and m.start() == 0:
            self.file = m.group("variable").strip()
            self.params: str | None = m.group("params").strip()
        else:
            parts = re.split(r"\s+", markup, maxsplit=1)
            self.file = parts[0]
            self.params = parts[1] if len(parts) > 1 else None
        if self.params is not None and self.params == "" and not m:
            self.params = None
        if self.params:
            self._validate_params()

    def syntax_example(self) -> str:
        return f"{{% {self.tag_name} file.ext param='value' param2='value' %}}"

    def _validate_params(self) -> None:
        assert self.params is not None
        if not FULL_VALID_SYNTAX.match(self.params):
            raise RubyError(
                f"Invalid syntax for include tag:\n\n  {self.params}\n\n"
                f"Valid syntax:\n\n  {self.syntax_example()}\n\n",
                "ArgumentError",
            )

    def parse_params(self, context: Context) -> dict[str, Any]:
        params: dict[str, Any] = {}
        assert self.params is not None
        for m in VALID_SYNTAX.finditer(self.params):
            key, d_quoted, s_quoted, variable = m.groups()
            if d_quoted is not None:
                value: Any = d_quoted.replace('\\"', '"')
            elif s_quoted is not None:
                value = s_quoted.replace("\\'", "'")
            else:
                value = context[variable]
            params[key] = value
        return params

    def validate_file_name(self, file: str) -> None:
        if INVALID_SEQUENCES.search(file) or not VALID_FILENAME_CHARS.search(file):
            raise RubyError(
                "Invalid syntax for include tag. File contains invalid characters or sequences:"
                f"\n\n  {file}\n\nValid syntax:\n\n  {self.syntax_example()}\n\n",
                "ArgumentError",
            )

    def render_variable(self, context: Context) -> str | None:
        if VARIABLE_SYNTAX.search(self.file):
            return context.engine.render_string(self.file, context)
        return None

    def includes_dirs(self, context: Context) -> list[str]:
        site = context.registers.get("site")
        return [str(d) for d in (getattr(site, "includes_load_paths", None) or [])]

    def locate_include_file(self, context: Context, file: str) -> str:
        dirs = self.includes_dirs(context)
        # Within one render (Jekyll's registers) the answer cannot change:
        # remember it rather than stat and resolve symlinks on every call.
        located = context.registers.setdefault("_jekyll_py_located_includes", {})
        key = (file, tuple(dirs))
        path = located.get(key)
        if path is None:
            path = located[key] = self._locate(context, file, dirs)
        return path

    def _locate(self, context: Context, file: str, dirs: list[str]) -> str:
        site = context.registers.get("site")
        safe = bool(getattr(site, "safe", False))
        source = str(getattr(site, "source", "") or "")
        for directory in dirs:
            # PathManager.join is Ruby's File.join: a leading slash in `file`
            # stays inside the directory (os.path.join would drop the directory).
            path = file_join(directory, file)
            if os.path.isfile(path) and not (
                safe and not os.path.realpath(path).startswith(os.path.realpath(directory))
            ) and not _leaves_source(path, directory, source):
                return path
        shown = "[" + ", ".join(f'"{d}"' for d in dirs) + "]"
        tail = (
            " is not a symlink as those are not allowed in safe mode."
            if safe
            else ", if it is a symlink, does not point outside your site source."
        )
        raise RubyError(
            f"Could not locate the included file '{file}' in any of {shown}. "
            f"Ensure it exists in one of those directories and{tail}",
            "IOError",
        )

    def render(self, context: Context, out: list[str]) -> None:
        site = context.registers.get("site")
        file = self.render_variable(context)
        if file is None:
            file = self.file
        self.validate_file_name(file)
        path = self.locate_include_file(context, file)
        self._add_dependency(site, path, context)
        engine = context.engine
        stats = engine.stats
        # IncludeTag#load_cached_partial: read and parsed once per render.
        partials = context.registers.setdefault("cached_partials", {})
        try:
            partial = partials.get(path)
            if partial is not None:
                pass
            elif stats is None:
                partial = partials[path] = engine.load_partial(path)
            else:
                with stats.parsing(path):
                    partial = partials[path] = engine.load_partial(path)
        except LiquidError as err:
            err.template_name = path
            if err.markup_context is None:
                err.markup_context = "included "
            raise
        with context.stack():
            if self.params is not None:
                context["include"] = self.parse_params(context)
            try:
                if stats is None:
                    partial.root.render(context, out)
                else:
                    # LiquidRenderer::File#render!: counted, sized and timed per include.
                    with stats.rendering(path) as produced:
                        start = len(out)
                        partial.root.render(context, out)
                        produced.extend(out[start:])
            except LiquidError as err:
                err.template_name = path
                if err.markup_context is None:
                    err.markup_context = "included "
                raise

    @staticmethod
    def _add_dependency(site: Any, path: str, context: Context) -> None:
        """Report the include to the regenerator (it ignores this unless incremental)."""
        page = context.registers.get("page")
        regen = getattr(site, "regenerator", None)
        if regen is None or page is None:
            return
        source = getattr(page, "path", None)
        if not source or str(source).endswith("#excerpt"):
            return
        try:
            regen.add_dependency(str(source), path)
        except Exception:  # noqa: BLE001 - dependency tracking never breaks a build
            pass


class IncludeRelativeTag(IncludeTag):
    """``{% include_relative file %}``: relative to the including page's folder."""

    def includes_dirs(self, context: Context) -> list[str]:
        site = context.registers.get("site")
        page = context.registers.get("page")
        source = str(getattr(site, "source", "."))
        if page is None:
            return [source]
        path = getattr(page, "path", None)
        if path is None and hasattr(page, "get"):
            path = page.get("path")
        if not path:
            return [source]
        path = str(path)
        if path.endswith("/#excerpt"):
            path = path[: -len("/#excerpt")]
        if not os.path.isabs(path):
            path = os.path.join(source, path)
        return [os.path.dirname(path)]


def relative_url_of(context: Context, item: Any) -> str:
    from .url_filters import relative_url

    return relative_url(context, item)


class LinkTag(Tag):
    """``{% link path/to/file.md %}``: the URL (with baseurl) of a site file."""

    def render(self, context: Context, out: list[str]) -> None:
        site = context.registers.get("site")
        relative_path = context.engine.render_string(self.markup.strip(), context)
        with_slash = "/" + relative_path.lstrip("/") if relative_path else "/"
        for item in _each_site_file(site):
            rel = getattr(item, "relative_path", None)
            if rel == relative_path or rel == with_slash:
                out.append(relative_url_of(context, item))
                return
        raise RubyError(
            f"Could not find document '{relative_path}' in tag '{self.tag_name}'.\n\n"
            "Make sure the document exists and the path is correct.\n",
            "ArgumentError",
        )


def _each_site_file(site: Any) -> list[Any]:
    items: list[Any] = list(getattr(site, "pages", []) or [])
    statics = getattr(site, "static_files_to_write", None)
    statics = statics() if callable(statics) else (statics or getattr(site, "static_files", []))
    items.extend(s for s in statics if getattr(s, "write_p", lambda: True)())
    docs = getattr(site, "docs_to_write", None)
    if callable(docs):
        items.extend(docs())
    else:
        for coll in (getattr(site, "collections", {}) or {}).values():
            if getattr(coll, "write_p", lambda: True)():
                items.extend(getattr(coll, "docs", []))
    return items


POST_MATCHER = re.compile(r"^(.+/)*(\d+-\d+-\d+)-(.*)$")


class PostComparer:
    """Matches ``{% post_url 2020-01-15-name %}`` against posts' relative paths."""

    def __init__(self, name: str) -> None:
        self.name = name
        m = POST_MATCHER.match(re.sub(r"^/", "", name))
        if not m:
            raise RubyError(
                f"'{name}' does not contain valid date and/or title.",
                "Jekyll::Errors::InvalidPostNameError",
            )
        self.path = m.group(1) or ""
        self.date = m.group(2)
        self.slug = m.group(3)
        basename = f"{re.escape(self.date)}-{re.escape(self.slug)}\\.[^.]+"
        path = re.escape(self.path)
        self.name_regex = re.compile(f"^_posts/{path}{basename}|^{path}_posts/?{basename}")

    def matches(self, doc: Any) -> bool:
        return bool(self.name_regex.match(str(getattr(doc, "relative_path", ""))))

    def deprecated_equality(self, doc: Any) -> bool:
        from .rubydate import parse_time

        try:
            post_date = parse_time(self.date)
        except ValueError:
            return False
        basename = str(getattr(doc, "basename", "") or "")
        folder = "/".join(basename.split("/")[:-1])
        data = getattr(doc, "data", {}) or {}
        slug = data.get("slug") if not folder else f"{folder}/{data.get('slug')}"
        date = getattr(doc, "date", None)
        return (
            self.slug == slug
            and date is not None
            and (post_date.year, post_date.month, post_date.day) == (date.year, date.month, date.day)
        )


class PostUrlTag(Tag):
    """``{% post_url name %}``."""

    def __init__(self, tag_name: str, markup: str, pc: Any) -> None:
        super().__init__(tag_name, markup, pc)
        self.orig_post = markup.strip()
        try:
            self.post = PostComparer(self.orig_post)
        except RubyError as err:
            raise RubyError(
                f'Could not parse name of post "{self.orig_post}" in tag \'post_url\'.\n\n'
                " Make sure the post exists and the name is correct.\n\n"
                f" {err.ruby_class}: {err}\n",
                "Jekyll::Errors::PostURLError",
            ) from err

    def render(self, context: Context, out: list[str]) -> None:
        site = context.registers.get("site")
        posts = getattr(getattr(site, "posts", None), "docs", []) or []
        for doc in posts:
            if self.post.matches(doc):
                out.append(relative_url_of(context, doc))
                return
        for doc in posts:
            if self.post.deprecated_equality(doc):
                logger = getattr(site, "logger", None)
                if logger is not None:
                    logger.warn(
                        "Deprecation:",
                        f"A call to '{{% post_url {self.post.name} %}}' did not match a post "
                        "using the new matching method of checking name (path-date-slug) "
                        "equality. Please make sure that you change this tag to match the "
                        "post's name exactly.",
                    )
                out.append(relative_url_of(context, doc))
                return
        raise RubyError(
            f'Could not find post "{self.orig_post}" in tag \'post_url\'.\n\n'
            "Make sure the post exists and the name is correct.\n",
            "Jekyll::Errors::PostURLError",
        )


class HighlightBlock(Block):
    """``{% highlight lang [linenos] %}``: Rouge markup in Jekyll's figure."""

    SYNTAX = re.compile(r"^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|\"([0-9]+\s)*[0-9]+\"))?)*)$")
    OPTIONS = re.compile(r"(?:\w=\"[^\"]*\"|\w=\w|\w)+")

    def parse_body(self, tokenizer: Tokenizer) -> None:
        m = self.SYNTAX.match(self.markup.strip())
        if not m:
            raise RubyError(
                "Syntax Error in tag 'highlight' while parsing the following markup:\n\n"
                f"{self.markup}\n\nValid syntax: highlight <lang> [linenos]\n",
                "SyntaxError",
            )
        self.lang = m.group(1).lower()
        self.options = self._parse_options(m.group(2))
        super().parse_body(tokenizer)

    def _parse_options(self, text: str) -> dict[str, Any]:
        options: dict[str, Any] = {}
        for opt in self.OPTIONS.findall(text or ""):
            key, _, value = opt.partition("=")
            val: Any = value if value else True
            if isinstance(val, str) and '"' in val:
                val = val.replace('"', "").split()
            options[key] = val
        if options.get("linenos") is True:
            options["linenos"] = "inline"
        return options

    def render(self, context: Context, out: list[str]) -> None:
        from . import ruby

        prefix = ruby.to_s(context["highlighter_prefix"])
        suffix = ruby.to_s(context["highlighter_suffix"])
        buf: list[str] = []
        self.body.render(context, buf)
        code = re.sub(r"\A[\n\r]+|[\n\r]+\Z", "", "".join(buf))
        site = context.registers.get("site")
        config = getattr(site, "config", {}) or {}
        highlighter = config.get("highlighter", "rouge")
        if highlighter in ("rouge", "pygments"):
            rendered = self._render_rouge(code)
        else:
            rendered = html.escape(code, quote=True).replace("&#x27;", "&#39;")
        lang_class = self.lang.replace("+", "-")
        if rendered.endswith("\n"):
            rendered = rendered[:-1]
        out.append(
            f'{prefix}<figure class="highlight"><pre><code class="language-{lang_class}" '
            f'data-lang="{self.lang}">{rendered}</code></pre></figure>{suffix}'
        )

    def _render_rouge(self, code: str) -> str:
        from jekyll_py import highlight

        if self.options.get("linenos"):
            return highlight.highlight_table(code, self.lang)
        tokens = highlight.highlight_tokens(code, self.lang)
        if tokens is None:
            tokens = highlight.highlight_tokens(code, "plaintext")
        if tokens is None:
            from .filters import escape

            tokens = escape(code)
        return tokens


JEKYLL_TAGS: dict[str, type] = {
    "include": IncludeTag,
    "include_relative": IncludeRelativeTag,
    "link": LinkTag,
    "post_url": PostUrlTag,
    "highlight": HighlightBlock,
}
