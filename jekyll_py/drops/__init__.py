"""Liquid drops: the objects templates see (``site``, ``page``, ``jekyll`` ...)."""

from jekyll_py.drops.document_drop import (
    CollectionDrop,
    DocumentDrop,
    ExcerptDrop,
    StaticFileDrop,
    UrlDrop,
)
from jekyll_py.drops.drop import Drop
from jekyll_py.drops.site_drop import JekyllDrop, SiteDrop

__all__ = [
    "CollectionDrop", "DocumentDrop", "Drop", "ExcerptDrop", "JekyllDrop", "SiteDrop",
    "StaticFileDrop", "UrlDrop",
]
