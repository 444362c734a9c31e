"""``Jekyll::Converters::Markdown``: Markdown files to HTML through ``jekyll_py.markdown``."""

from __future__ import annotations

from typing import Any

from jekyll_py.errors import FatalException
from jekyll_py.liquid import rubystring
from jekyll_py.plugin import Converter


class Markdown(Converter):
    safe = True
    highlighter_prefix = "\n"
    highlighter_suffix = "\n"

    def __init__(self, config: dict[str, Any] | None = None) -> None:
        super().__init__(config)
        self._parser: Any = None
        self._cache: dict[str, str] = {}
        exts = str(self.config.get("markdown_ext", "markdown,mkdown,mkdn,mkd,md"))
        self.extname_list = ["." + e.strip().lower() for e in exts.split(",")]

    def setup(self) -> None:
        if self._parser is not None:
            return
        name = str(self.config.get("markdown", "kramdown")).lower()
        if name != "kramdown":
            raise FatalException(f"Invalid Markdown processor given: {self.config.get('markdown')}")
        from jekyll_py.markdown import KramdownConverter

        self._parser = KramdownConverter(self.config)
        _normalise_kramdown_config(self.config)

    def matches(self, ext: str) -> bool:
        return ext.lower() in self.extname_list

    def output_ext(self, ext: str) -> str:
        return ".html"

    def convert(self, content: str) -> str:
        self.setup()
        if not rubystring.valid_encoding(content):
            # kramdown's Parser::Base#adapt_source refuses such text.
            raise RuntimeError("The source text contains invalid characters for the used encoding UTF-8")
        cached = self._cache.get(content)
        if cached is None:
            cached = self._parser.convert(content)
            self._cache[content] = cached
        return cached


def _normalise_kramdown_config(config: dict[str, Any]) -> None:
    """``KramdownParser#setup``: Jekyll fills these keys into the site's own
    ``kramdown`` hash when the parser is made (on the first conversion), so
    ``site.kramdown`` shows them from then on."""
    kramdown = config.get("kramdown")
    if not isinstance(kramdown, dict):
        return
    if kramdown.get("syntax_highlighter") in (None, False):
        if kramdown.get("enable_coderay"):
            kramdown["syntax_highlighter"] = "coderay"
        else:
            kramdown["syntax_highlighter"] = config.get("highlighter") or "rouge"
    opts = kramdown.get("syntax_highlighter_opts")
    if opts is None or opts is False:
        opts = kramdown["syntax_highlighter_opts"] = {}
    if isinstance(opts, dict):
        if opts.get("default_lang") in (None, False):
            opts["default_lang"] = "plaintext"
        opts["guess_lang"] = kramdown.get("guess_lang")
    if kramdown.get("coderay") in (None, False):
        kramdown["coderay"] = {}
