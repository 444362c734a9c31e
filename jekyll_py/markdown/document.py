"""Per-conversion state shared by the block parser, the span parser and the renderer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .element import Element


@dataclass
class Document:
    """What kramdown keeps on its parser and on ``root.options`` for one conversion."""

    options: dict[str, Any]
    root: Element = field(default_factory=lambda: Element("root", None, None, {"encoding": "UTF-8"}))
    link_defs: dict[str, list[Any]] = field(default_factory=dict)
    footnotes: dict[str, dict[str, Any]] = field(default_factory=dict)
    alds: dict[str, dict[str, Any]] = field(default_factory=dict)
    abbrev_defs: dict[str, str] = field(default_factory=dict)
    abbrev_attr: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def warning(self, text: str) -> None:
        self.warnings.append(text)
