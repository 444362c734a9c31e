"""jekyll-default-layout 0.1: Markdown without a ``layout`` gets one.

The home page gets ``home``, pages ``page``, posts ``post``, when those
layouts exist, else ``default``; front matter (defaults included) that names a
layout, even ``null``, is left alone.
"""

from __future__ import annotations

from typing import Any

from jekyll_py.document import Document
from jekyll_py.page import Page
from jekyll_py.plugin import Generator
from jekyll_py.plugins._markdown import is_markdown

GEM = "jekyll-default-layout"


def layout_for(site: Any, document: Any) -> str | None:
    is_post = isinstance(document, Document) and document.collection.label == "posts"
    if document.url == "/" and "home" in site.layouts:
        return "home"
    if isinstance(document, Page) and "page" in site.layouts:
        return "page"
    if is_post and "post" in site.layouts:
        return "post"
    return "default" if "default" in site.layouts else None


class DefaultLayout(Generator):
    gem = GEM
    safe = True
    priority = "lowest"

    def generate(self, site: Any) -> None:
        for document in [*site.pages, *site.posts.docs]:
            if not is_markdown(site, document.extname) or "layout" in document.to_liquid():
                continue
            document.data["layout"] = layout_for(site, document)
