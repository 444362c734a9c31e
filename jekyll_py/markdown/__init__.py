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

from .block import KramdownBlockParser, PlainKramdownBlockParser, SmartyPantsBlockParser
from .document import Document
from .html import KramdownHtmlRenderer
from .options import kramdown_options

__all__ = ["KramdownConverter", "kramdown_options"]

log = logging.getLogger(__name__)


class KramdownConverter:
    """Jekyll's Markdown converter (kramdown, GFM input).

    The mistune pipeline (rule registries, compiled scanners, renderer
    dispatch) is built once and reused; each conversion gets a fresh
    ``Document`` holding the per-document state.  Pipelines are pooled so
    that concurrent or re-entrant calls never share one.
    """

    def __init__(self, site_config: dict[str, Any] | None = None) -> None:
        self.options = kramdown_options(site_config)
        self.smartypants_options = kramdown_options(site_config, smartypants=True)
        self._pool: list[tuple[mistune.Markdown, KramdownBlockParser, KramdownHtmlRenderer]] = []
        self._smarty: SmartyPantsBlockParser | None = None
        self._smarty_renderer: KramdownHtmlRenderer | None = None

    def _pipeline(self) -> tuple[mistune.Markdown, KramdownBlockParser, KramdownHtmlRenderer]:
        parser_class = (PlainKramdownBlockParser if self.options["input"].lower() == "kramdown"
                        else KramdownBlockParser)
        block = parser_class(self.options)
        renderer = KramdownHtmlRenderer()
        md = mistune.Markdown(renderer=renderer, block=block, inline=block.span)

        def apply_inline_options(md: mistune.Markdown, state: Any) -> None:
            # kramdown's converter sees every {::options} setting of the document.
            inline = block.doc.root.options.get("options")
            if inline:
                renderer.reset({**self.options, **inline}, block.doc)

        md.before_render_hooks.append(apply_inline_options)
        return md, block, renderer

    def _markdown(self, doc: Document) -> mistune.Markdown:
        """A pipeline reset for ``doc`` (kept for ``converters.smartypants``; prefer ``smartypants``)."""
        md, block, renderer = self._pipeline()
        block.reset(doc)
        renderer.reset(self.options, doc)
        return md

    def smartypants(self, text: str) -> str:
        """What Jekyll's ``SmartyPants`` converter (the ``smartify`` filter) returns.

        kramdown's SmartyPants parser: block HTML is recognised, every other
        line is text; only smart quotes, entities, typographic symbols and
        span HTML are parsed; the output loses its final newline.
        """
        try:
            if self._smarty is None:
                self._smarty = SmartyPantsBlockParser(self.smartypants_options)
                self._smarty_renderer = KramdownHtmlRenderer()
            doc = Document(options=dict(self.smartypants_options))
            self._smarty.reset(doc)
            self._smarty_renderer.reset(self.smartypants_options, doc)
            source = str(text or "").replace("\r\n", "\n").replace("\r", "\n")
            if source.endswith("\n"):
                source = source[:-1]
            state = mistune.BlockState()
            state.process(source + "\n")
            self._smarty.parse(state)
            html = self._smarty_renderer(state.tokens, state)
        except Exception as exc:
            log.warning("smartify failed (%s: %s); text left as is", type(exc).__name__, exc)
            return str(text or "")
        return html[:-1] if html.endswith("\n") else html

    def convert(self, text: str) -> str:
        """Convert Markdown ``text`` to HTML exactly as Jekyll's kramdown converter does."""
        if text is None:
            text = ""
        try:
            pipeline = self._pool.pop()
        except IndexError:
            pipeline = self._pipeline()
        md, block, renderer = pipeline
        doc = Document(options=dict(self.options))
        block.reset(doc)
        renderer.reset(self.options, doc)
        source = str(text).replace("\r\n", "\n").replace("\r", "\n")
        if source.endswith("\n"):
            source = source[:-1]
        source += "\n"
        try:
            html, _state = md.parse(source)
        except Exception as exc:  # never let one page's Markdown abort a build
            log.warning("Markdown conversion failed (%s: %s); output left as escaped text",
                        type(exc).__name__, exc)
            escaped = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            return f"<p>{escaped}</p>\n"
        self._pool.append(pipeline)
        return str(html)
