"""kramdown-compatible Markdown for jekyll-py (kramdown 2.4 + kramdown-parser-gfm 1.1).

``KramdownConverter(site_config).convert(text)`` returns what Jekyll's
``Converters::Markdown`` returns for ``text``: the GFM parser with kramdown's
extensions, Jekyll's option hash, Rouge markup for code.

The converter is a ``mistune.Markdown`` pipeline whose block parser, span
(inline) parser and renderer implement kramdown's rules; see ``block.py``,
``span.py`` and ``html.py``.
"""

from __future__ import annotations

import logging
from typing import Any

import mistune

from .block import KramdownBlockParser
from .document import Document
from .html import KramdownHtmlRenderer
from .options import kramdown_options

__all__ = ["KramdownConverter", "kramdown_options"]

log = logging.getLogger(__name__)

class KramdownConverter:
    """Jekyll's Markdown converter (kramdown, GFM input)."""

    def __init__(self, site_config: dict[str, Any] | None = None) -> None:
        self.options = kramdown_options(site_config)

    def _markdown(self, doc: Document) -> mistune.Markdown:
        block = KramdownBlockParser(doc)
        renderer = KramdownHtmlRenderer(self.options, doc)
        md = mistune.Markdown(renderer=renderer, block=block, inline=block.span)

        def apply_inline_options(md: mistune.Markdown, state: Any) -> None:
            # kramdown's converter sees every {::options} setting of the document.
            inline = doc.root.options.get("options")
            if inline:
                renderer.options = {**self.options, **inline}
                renderer.footnote_counter = renderer.footnote_start = int(
                    renderer.options.get("footnote_nr", 1))
                renderer.highlighter_class = f" highlighter-{renderer.options.get('syntax_highlighter')}"

        md.before_render_hooks.append(apply_inline_options)
        return md

    def convert(self, text: str) -> str:
        """Convert Markdown ``text`` to HTML exactly as Jekyll's kramdown converter does."""
        if text is None:
            text = ""
        doc = Document(options=dict(self.options))
        md = self._markdown(doc)
        source = str(text).replace("\r\n", "\n").replace("\r", "\n")
        if source.endswith("\n"):
            source = source[:-1]
        source += "\n"
        try:
            html, _state = md.parse(source)
        except RecursionError:
            log.warning("Markdown nesting too deep to convert; output left as escaped text")
            return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>\n"
        return str(html)
