"""jekyll-sass-converter's ``Scss`` and ``Sass`` converters, on ``jekyll_py.sass``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from jekyll_py.plugin import Converter

if TYPE_CHECKING:
    from jekyll_py.page import Page
    from jekyll_py.site import Site


class Scss(Converter):
    safe = True
    priority = "low"
    syntax = "scss"
    EXTENSION_PATTERN = re.compile(r"^\.scss$", re.I)

    def __init__(self, config: dict[str, Any] | None = None) -> None:
        super().__init__(config)
        self.site: Site | None = None
        #: The page being converted; set by the site around each conversion so the
        #: converter can name the output and write a source map like Jekyll's.
        self.sass_page: Page | None = None

    def matches(self, ext: str) -> bool:
        return bool(self.EXTENSION_PATTERN.match(ext))

    def output_ext(self, ext: str) -> str:
        return ".css"

    def convert(self, content: str) -> str:
        from jekyll_py.sass import compile_for_page

        return compile_for_page(content, syntax=self.syntax, config=self.config,
                                site=self.site, page=self.sass_page)


class Sass(Scss):
    syntax = "sass"
    EXTENSION_PATTERN = re.compile(r"^\.sass$", re.I)
