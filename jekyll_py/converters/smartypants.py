"""``Jekyll::Converters::SmartyPants``: what the ``smartify`` filter uses.

Jekyll runs kramdown with its ``SmartyPants`` parser: no block structure, only
smart quotes, HTML entities, typographic symbols and span HTML, then
kramdown's HTML output without the final newline. We run the same span rules
of our kramdown implementation on the text and render the result.
"""

from __future__ import annotations

from typing import Any

from jekyll_py.plugin import Converter

#: kramdown's Parser::SmartyPants span parsers, in its order.
SMARTYPANTS_SPAN_RULES = ["smart_quotes", "html_entity", "typographic_syms", "span_html"]


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
        from jekyll_py.markdown import KramdownConverter
        from jekyll_py.markdown.document import Document

        if self._converter is None:
            self._converter = KramdownConverter(self.config)
        doc = Document(options=self._converter.options)
        md = self._converter._markdown(doc)
        text = str(content).replace("\r\n", "\n").replace("\r", "\n")
        root = md.inline.parse_detached(text, SMARTYPANTS_SPAN_RULES)
        _plain_text(root)
        html = md.renderer.inner(root, 0)
        return html[:-1] if html.endswith("\n") else html


def _plain_text(el: Any) -> None:
    """Text the span rules left unparsed is plain text in the output."""
    for child in el.children:
        if child.type == "raw_text":
            child.type = "text"
        if getattr(child, "children", None):
            _plain_text(child)
