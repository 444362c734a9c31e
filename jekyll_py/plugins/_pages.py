"""Pages that a plugin generates and whose output Python computes.

The gems add ``PageWithoutAFile``s whose content is a Liquid template shipped
in the gem (``feed.xml``, ``sitemap.xml``, ...). Ours produce those bytes in
Python instead, but they must still be computed *when the page is rendered*,
not when it is generated: a feed holds its posts' rendered content, and a
sitemap lists pages that generators running later add. So the page is an
ordinary page with no content and no layout, and a ``post_render`` hook of
the highest priority replaces its (empty) output with the producer's result,
before any other plugin's ``post_render`` hook sees it.

Its ``content`` is still what the gem gives it -- the raw template source --
because a page rendered earlier sees it through ``site.pages`` (search
indexes print it). That source is the gem's own file, so it is read from an
installed copy of the gem when there is one (Debian's ``ruby-jekyll-*`` or a
RubyGems install); without one the content stays empty.
"""

from __future__ import annotations

import functools
import glob
import os
import posixpath
from collections.abc import Callable
from typing import Any

from jekyll_py import hooks, utils
from jekyll_py.errors import LiquidException
from jekyll_py.liquid.errors import RubyError
from jekyll_py.page import PageWithoutAFile
from jekyll_py.plugins.theme import _DEFAULT_GEM_DIRS

Producer = Callable[["GeneratedPage"], str]


class GeneratedPage(PageWithoutAFile):
    """A plugin page: URL from *path*, output from *producer* at render time."""

    def __init__(self, site: Any, path: str, producer: Producer,
                 data: dict[str, Any] | None = None, base: str | None = None,
                 content: str = "") -> None:
        path = path.lstrip("/")
        super().__init__(site, base if base is not None else site.source,
                         posixpath.dirname(path), posixpath.basename(path))
        self.producer = producer
        self.content = content
        # Like the gems, an explicit nil layout beats front matter defaults.
        self.data["layout"] = None
        if data:
            self.data.update(data)

    @property
    def relative_path(self) -> str:
        """The page's path under the site, whatever its ``name`` (jekyll-feed's is "/feed.xml")."""
        return utils.path_join(self._dir, posixpath.basename(self.name)).lstrip("/")

    def render_with_liquid(self) -> bool:
        return False


@hooks.register("pages", "post_render", priority=10_000)
def _produce_output(page: Any, *args: Any) -> None:
    if isinstance(page, GeneratedPage):
        try:
            page.output = page.producer(page)
            # The gems' pages have no layout, so Jekyll's renderer leaves the
            # rendered text in `content` as well: pages rendered later see it.
            page.content = page.output
        except RubyError as err:
            # The gem renders a Liquid template here, so a Ruby error raised
            # while reading a value (github-metadata's missing repository behind
            # site.description) is reported as that page's Liquid Exception.
            page.site.logger.error("Liquid Exception:", f"{err} in {page.path}")
            raise LiquidException(str(err), path=page.path) from err


#: Where Ruby gems' files are installed: RubyGems' gem folders, then Debian's
#: ``vendor_ruby`` (where ``ruby-jekyll-sitemap`` puts its ``lib``).
_GEM_LIB_GLOBS = tuple(f"{d}/{{gem}}-[0-9]*/lib" for d in _DEFAULT_GEM_DIRS) + ("/usr/lib/ruby/vendor_ruby",)


@functools.cache
def gem_file(gem: str, relative: str) -> str | None:
    """The text of *relative* (under the gem's ``lib``) from an installed *gem*, or ``None``."""
    for pattern in _GEM_LIB_GLOBS:
        for lib in sorted(glob.glob(os.path.expanduser(pattern.format(gem=gem))), reverse=True):
            candidate = os.path.join(lib, relative)
            if os.path.isfile(candidate):
                with open(candidate, encoding="utf-8") as handle:
                    return handle.read()
    return None


def source_file_exists(site: Any, relative: str) -> bool:
    """``File.exist?(site.in_source_dir(path))``, as jekyll-feed checks."""
    return os.path.exists(site.in_source_dir(relative.lstrip("/")))


def url_taken(site: Any, url: str) -> bool:
    """Whether a page or static file already has *url* (jekyll-sitemap's check)."""
    return any(item.url == url for item in [*site.pages, *site.static_files])
