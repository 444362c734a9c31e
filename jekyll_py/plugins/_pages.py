"""Pages that a plugin generates and whose output Python computes.

The gems add ``PageWithoutAFile``s whose content is a Liquid template shipped
in the gem (``feed.xml``, ``sitemap.xml``, ...). Ours produce those bytes in
Python instead, but they must still be computed *when the page is rendered*,
not when it is generated: a feed holds its posts' rendered content, and a
sitemap lists pages that generators running later add. So the page is an
ordinary page with no content and no layout, and a ``post_render`` hook of
the highest priority replaces its (empty) output with the producer's result,
before any other plugin's ``post_render`` hook sees it.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from typing import Any

from jekyll_py import hooks
from jekyll_py.page import PageWithoutAFile

Producer = Callable[["GeneratedPage"], str]


class GeneratedPage(PageWithoutAFile):
    """A plugin page: URL from *path*, output from *producer* at render time."""

    def __init__(self, site: Any, path: str, producer: Producer,
                 data: dict[str, Any] | None = None, base: str | None = None) -> None:
        path = path.lstrip("/")
        super().__init__(site, base if base is not None else site.source,
                         posixpath.dirname(path), posixpath.basename(path))
        self.producer = producer
        self.content = ""
        # Like the gems, an explicit nil layout beats front matter defaults.
        self.data["layout"] = None
        if data:
            self.data.update(data)

    def render_with_liquid(self) -> bool:
        return False


@hooks.register("pages", "post_render", priority=10_000)
def _produce_output(page: Any, *args: Any) -> None:
    if isinstance(page, GeneratedPage):
        page.output = page.producer(page)


def source_file_exists(site: Any, relative: str) -> bool:
    """``File.exist?(site.in_source_dir(path))``, as jekyll-feed checks."""
    import os

    return os.path.exists(site.in_source_dir(relative.lstrip("/")))


def url_taken(site: Any, url: str) -> bool:
    """Whether a page or static file already has *url* (jekyll-sitemap's check)."""
    return any(item.url == url for item in [*site.pages, *site.static_files])
