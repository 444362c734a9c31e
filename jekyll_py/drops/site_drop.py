"""``SiteDrop`` and ``JekyllDrop``: what templates see as ``site`` and ``jekyll``."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from jekyll_py import JEKYLL_VERSION
from jekyll_py.drops.drop import Drop

if TYPE_CHECKING:
    from jekyll_py.site import Site


class SiteDrop(Drop):
    """``site``: content methods first, then every configuration key."""

    # In the order Ruby lists SiteDrop's methods (`{% for key in site %}`,
    # `site | jsonify`); `config` is a method returning nil, as in Jekyll.
    CONTENT_METHODS = (
        "posts", "time", "html_pages", "config", "documents", "pages", "data",
        "categories", "related_posts", "tags", "static_files", "collections",
    )

    def __init__(self, site: Site) -> None:
        super().__init__(site)
        self.current_document: Any = None
        self._cache: dict[str, Any] = {}

    def fallback_data(self) -> Mapping[str, Any]:
        return self._obj.config

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str) and key != "posts" and key in self._obj.collections:
            return self._obj.collections[key].docs
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        return (isinstance(key, str) and key != "posts" and key in self._obj.collections) \
            or super().__contains__(key)

    def _cached(self, key: str, compute: Any) -> Any:
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def m_config(self) -> None:
        """``{{ site.config }}`` is nil even when ``--config`` was given."""
        return None

    def m_data(self) -> Any:
        return self._obj.site_data()

    def m_time(self) -> Any:
        return self._obj.time

    def m_pages(self) -> list:
        return self._obj.pages

    def m_static_files(self) -> list:
        return self._obj.static_files

    def m_tags(self) -> dict:
        return self._obj.tags()

    def m_categories(self) -> dict:
        return self._obj.categories()

    def m_posts(self) -> list:
        return self._cached("posts", lambda: list(reversed(self._obj.posts.docs)))

    def m_html_pages(self) -> list:
        return self._cached("html_pages", lambda: [
            p for p in self._obj.pages if p.html() or p.url.endswith("/")
        ])

    def m_collections(self) -> list:
        return self._cached("collections", lambda: [
            c.to_liquid() for c in sorted(self._obj.collections.values(), key=lambda c: c.label)
        ])

    def m_documents(self) -> list:
        return self._cached("documents", self._obj.documents)

    def m_related_posts(self) -> Any:
        from jekyll_py.document import Document

        if not isinstance(self.current_document, Document):
            return None
        return self.current_document.related_posts()

    def invalidate(self) -> None:
        """Forget memoised lists (a generator or rebuild changed the site)."""
        self._cache.clear()


class JekyllDrop(Drop):
    """``jekyll``: a ``Liquid::Drop`` in Jekyll, not one of its Enumerable drops,
    so ``{% for k in jekyll %}`` iterates nothing."""

    CONTENT_METHODS = ("version", "environment")
    ENUMERABLE = False

    def __init__(self) -> None:
        super().__init__(None)

    def m_version(self) -> str:
        return JEKYLL_VERSION

    def m_environment(self) -> str:
        return os.environ.get("JEKYLL_ENV", "development")
