"""Jekyll's Liquid: Ruby Liquid 5.4 semantics plus ``Jekyll::Filters`` and ``Jekyll::Tags``.

Entry point: ``LiquidEngine(site)`` with ``parse``/``render`` (the contract in
docs/ARCHITECTURE.md).  Plugins add tags and filters with ``register_tag`` and
``register_filter`` before the site is built.
"""

from .context import Context, with_context
from .engine import LiquidEngine, Template, register_filter, register_tag
from .parser import Block, Tag

__all__ = [
    "Block",
    "Context",
    "LiquidEngine",
    "Tag",
    "Template",
    "register_filter",
    "register_tag",
    "with_context",
]
