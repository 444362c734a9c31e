"""``Jekyll::Converters::Markdown``: Markdown files to HTML through ``jekyll_py.markdown``."""

from __future__ import annotations

from typing import Any

from jekyll_py import frontmatter
from jekyll_py.errors import FatalException
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

    def matches(self, ext: str) -> bool:
        return ext.lower() in self.extname_list

    def output_ext(self, ext: str) -> str:
        return ".html"

    def convert(self, content: str) -> str:
        self.setup()
        if not frontmatter.valid_encoding(content):
            # kramdown's Parser::Base#adapt_source refuses such text.
            raise RuntimeError("The source text contains invalid characters for the used encoding UTF-8")
        cached = self._cache.get(content)
        if cached is None:
            cached = self._parser.convert(content)
            self._cache[content] = cached
        return cached
