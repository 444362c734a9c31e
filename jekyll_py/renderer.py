"""``Jekyll::Renderer``: Liquid, then the converters, then the layout chain."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from jekyll_py import utils
from jekyll_py.errors import ConversionError, LiquidException
from jekyll_py.log import logger

if TYPE_CHECKING:
    from jekyll_py.layout import Layout
    from jekyll_py.site import Site


def converter_class_name(converter: object) -> str:
    """The class name Jekyll prints for a converter (``#{converter.class}``).

    The built-in converters are Ruby's ``Jekyll::Converters::*`` classes;
    a Python plugin's converter keeps its own name.
    """
    cls = type(converter)
    if cls.__module__.startswith("jekyll_py.converters"):
        return f"Jekyll::Converters::{cls.__name__}"
    return cls.__name__


class Renderer:
    def __init__(self, site: Site, document: Any, payload: dict[str, Any] | None = None) -> None:
        self.site = site
        self.document = document
        self._payload = payload
        self._converters: list[Any] | None = None
        self._output_ext: str | None = None
        self.layouts: dict[str, Layout] | None = None

    @property
    def payload(self) -> dict[str, Any]:
        if self._payload is None:
            self._payload = self.site.site_payload()
        return self._payload

    @payload.setter
    def payload(self, value: dict[str, Any]) -> None:
        self._payload = value

    # -- converters -----------------------------------------------------------------
    @property
    def converters(self) -> list[Any]:
        if self._converters is None:
            ext = self.document.extname
            self._converters = [c for c in self.site.converters if c.matches(ext)]
        return self._converters

    @property
    def output_ext(self) -> str:
        if self._output_ext is None:
            self._output_ext = self._permalink_ext() or self._converter_output_ext()
        return self._output_ext

    def _permalink_ext(self) -> str | None:
        permalink = self.document.data.get("permalink") if hasattr(self.document, "data") else None
        if permalink and not str(permalink).endswith("/"):
            ext = os.path.splitext(str(permalink))[1]
            return ext or None
        return None

    def _converter_output_ext(self) -> str:
        exts = [e for e in (c.output_ext(self.document.extname) for c in self.converters) if e is not None]
        if not exts:
            return self.document.extname
        return exts[-1] if len(exts) == 1 else exts[-2]

    # -- the pipeline -----------------------------------------------------------------
    def run(self) -> str:
        logger.debug("Rendering:", self.document.relative_path)
        payload = self.payload
        payload["page"] = self.document.to_liquid()
        payload["paginator"] = getattr(self.document, "pager", None) and self.document.pager.to_liquid()
        site_drop = payload.get("site")
        if site_drop is not None and hasattr(site_drop, "current_document"):
            site_drop.current_document = self.document
        first = self.converters[0] if self.converters else None
        payload["highlighter_prefix"] = getattr(first, "highlighter_prefix", None)
        payload["highlighter_suffix"] = getattr(first, "highlighter_suffix", None)
        layouts = self.layouts if self.layouts is not None else self.site.layouts
        layout = layouts.get(str(self.document.data.get("layout")))
        if layout is not None:
            payload["layout"] = utils.deep_merge_hashes(layout.data, payload.get("layout") or {})
        self.document.trigger_hooks("pre_render", payload)
        return self.render_document()

    def render_document(self) -> str:
        doc = self.document
        output = doc.content or ""
        if doc.render_with_liquid():
            # Jekyll names the file by `document.path`: relative for pages,
            # absolute for documents (and so in its error messages).
            output = self.render_liquid(output, self.payload, str(doc.path),
                                        getattr(doc, "line_offset", 0))
        output = self.convert(output)
        doc.content = output
        doc.trigger_hooks("post_convert")
        output = doc.content
        if doc.place_in_layout():
            output = self.place_in_layouts(output, self.payload)
        return output

    def convert(self, content: str) -> str:
        output = content
        for converter in self.converters:
            try:
                output = converter.convert(output)
            except LiquidException:
                raise
            except Exception as exc:  # noqa: BLE001 - every converter failure is reported
                logger.error("Conversion error:",
                             f"{converter_class_name(converter)} encountered an error while "
                             f"converting '{self.document.relative_path}':")
                logger.error("", str(exc))
                # Jekyll re-raises the converter's own error, so that is the message.
                raise ConversionError(str(exc)) from exc
        return output

    def render_liquid(self, content: str, payload: dict[str, Any], path: str,
                      line_offset: int = 0) -> str:
        engine = self.site.liquid_engine
        registers = {"site": self.site, "page": self.document}
        try:
            stats = engine.stats
            if stats is None:
                template = engine.parse(content, path=path, line_offset=line_offset)
                return engine.render(template, payload, path=path, registers=registers)
            with stats.parsing(path):
                template = engine.parse(content, path=path, line_offset=line_offset)
            with stats.rendering(path) as produced:
                produced.append(engine.render(template, payload, path=path, registers=registers))
            return produced[0]
        except LiquidException as exc:
            logger.error("Liquid Exception:", f"{exc} in {path}")
            if exc.path is None:
                exc.path = path
            raise
        except Exception as exc:
            # Jekyll rescues every exception here (a plugin's FatalException from a
            # drop, such as github-metadata's missing repository) and logs it the same way.
            logger.error("Liquid Exception:", f"{exc} in {path}")
            raise

    def place_in_layouts(self, content: str, payload: dict[str, Any]) -> str:
        layouts = self.layouts if self.layouts is not None else self.site.layouts
        output = content
        name = self.document.data.get("layout")
        layout = layouts.get(str(name)) if name is not None else None
        if name is not None and layout is None and not hasattr(self.document, "doc"):
            logger.warn("Build Warning:",
                        f"Layout '{name}' requested in {self.document.relative_path} does not exist.")
        used: set[int] = set()
        if layout is not None:
            used.add(id(layout))
        payload["layout"] = None
        while layout is not None:
            payload["content"] = output
            payload["layout"] = utils.deep_merge_hashes(layout.data, payload.get("layout") or {})
            output = self.render_liquid(layout.content, payload, layout.path, layout.line_offset)
            self._add_regenerator_dependency(layout)
            parent = layout.data.get("layout")
            layout = self.site.layouts.get(str(parent)) if parent is not None else None
            if layout is None or id(layout) in used:
                break
            used.add(id(layout))
        return output

    def _add_regenerator_dependency(self, layout: Layout) -> None:
        if not self.document.write_p():
            return
        self.site.regenerator.add_dependency(
            self.site.in_source_dir(self.document.relative_path), layout.path
        )
