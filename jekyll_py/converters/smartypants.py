"""``Jekyll::Converters::SmartyPants``: what the ``smartify`` filter uses.

Jekyll runs kramdown with its ``SmartyPants`` parser (smart quotes, entities,
typographic symbols and HTML only; no Markdown block structure) and drops the
final newline. ``KramdownConverter.smartypants`` implements that parser.
"""

from __future__ import annotations

from typing import Any

from jekyll_py.plugin import Converter


class SmartyPants(Converter):
    safe = True
    priority = "low"

    def __init__(self, config: dict[str, Any] | None = None) -> None:
        super().__init__(config)
        self._converter: Any = None

    def matches(self, ext: str) -> bool:
        return False

    def output_ext(self, ext: str) -> str | None:  # type: ignore[override]
        return None

    def convert(self, content: str) -> str:
        if self._converter is None:
            from jekyll_py.markdown import KramdownConverter

            self._converter = KramdownConverter(self.config)
        return self._converter.smartypants(str(content))
