"""jekyll-archives 2.2: year, month, day, category and tag archive pages.

The gem adds one page per year/month/day with posts and per tag/category,
each rendered only through its layout (its content is empty), for the kinds
listed in ``jekyll-archives: {enabled: [...]}`` (or all of them with ``true``
or ``"all"``). A page's URL comes from ``permalinks`` (``/:year/:month/``,
``/tag/:name/``...; ``:name`` is the slugified title), its layout from
``layouts: {<type>: ...}`` falling back to ``layout`` (``archive``). In Liquid
the page is ``{type, title, date, posts, name, path, url, permalink}``: a date
archive has no title but a ``date`` (the first day of its period), a tag or
category archive the reverse, and ``posts`` is newest first.

Like the gem's ``Archive``, the page does not go through ``Page#initialize``:
its data is only ``{"layout": ...}`` (no front matter defaults there, though
``to_liquid`` still merges the defaults for its path and type) and no
``post_init`` hook runs. The merged settings are left in
``site.config["jekyll-archives"]`` and the pages in ``site.config["archives"]``.
"""

from __future__ import annotations

import datetime as _dt
import os
from typing import Any

from jekyll_py import utils
from jekyll_py.document import compare
from jekyll_py.page import Page
from jekyll_py.plugin import Generator
from jekyll_py.slugify import slugify
from jekyll_py.url import URL, unescape_path

GEM = "jekyll-archives"
DEFAULTS: dict[str, Any] = {
    "layout": "archive",
    "enabled": [],
    "permalinks": {
        "year": "/:year/",
        "month": "/:year/:month/",
        "day": "/:year/:month/:day/",
        "tag": "/tag/:name/",
        "category": "/category/:name/",
    },
}
ATTRIBUTES_FOR_LIQUID = ("posts", "type", "title", "date", "name", "path", "url", "permalink")


class Archive(Page):
    """One archive page (``Jekyll::Archives::Archive``)."""

    def __init__(self, site: Any, title: str | dict[str, str], type: str, posts: list[Any],
                 config: dict[str, Any]) -> None:
        # Deliberately not Page.__init__: the gem's Archive sets only these.
        self.site = site
        self.base = site.source
        self.posts = posts
        #: "year", "month", "day", "tag" or "category" (also the defaults' type).
        self.type = type
        self._title = title
        self._config = config
        self._slug = slugify(title) if isinstance(title, str) else None
        self._url: str | None = None
        self._renderer = None
        self.pager: Any = None
        self.line_offset = 0
        self.output: str | None = None
        self.content = ""
        relative = self.relative_path
        self.ext = os.path.splitext(relative)[1]
        self._dir = ""
        self.name = os.path.basename(relative)[: len(os.path.basename(relative)) - len(self.ext)]
        self.basename = self.name
        self.path_abs = os.path.join(site.source, relative)
        self.data: dict[str, Any] = {"layout": self._layout()}

    def _layout(self) -> Any:
        layouts = self._config.get("layouts")
        if isinstance(layouts, dict) and layouts.get(self.type):
            return layouts[self.type]
        return self._config.get("layout")

    def template(self) -> str:
        return (self._config.get("permalinks") or {}).get(self.type)

    def url_placeholders(self) -> dict[str, Any]:
        if isinstance(self._title, dict):
            return {**self._title, "type": self.type}
        return {"name": self._slug, "type": self.type}

    @property
    def url(self) -> str:
        if self._url is None:
            try:
                self._url = URL(template=self.template(), placeholders=self.url_placeholders()).to_s()
            except (ValueError, TypeError) as err:
                raise ValueError(f'Template "{self.template()}" provided is invalid.') from err
        return self._url

    @url.setter
    def url(self, value: str) -> None:
        self._url = value

    @property
    def relative_path(self) -> str:
        url = self.url
        path = unescape_path(url).removeprefix("/")
        if not url.endswith("/"):
            return path
        # Ruby's File.join: no doubled slash, but "" joins to "/index.html".
        return path + ("" if path.endswith("/") else "/") + "index.html"

    @property
    def path(self) -> str:
        return dict.get(self.data, "path", self.relative_path)

    @property
    def permalink(self) -> Any:
        return self.data.get("permalink")

    @property
    def title(self) -> str | None:
        return self._title if isinstance(self._title, str) else None

    @property
    def date(self) -> _dt.date | None:
        """The first day of the archived period (``Date.new(year, month, day)``)."""
        if not isinstance(self._title, dict):
            return None
        parts = [int(value) for value in self._title.values()]
        return _dt.date(*parts, *([1] * (3 - len(parts))))

    def render_with_liquid(self) -> bool:
        return False

    def to_liquid(self) -> dict[str, Any]:
        further = {attr: getattr(self, attr) for attr in ATTRIBUTES_FOR_LIQUID}
        return utils.deep_merge_hashes(self.defaults(), utils.deep_merge_hashes(dict(self.data), further))

    def __repr__(self) -> str:
        return f"#<Jekyll:Archive @type={self.type} @title={self._title} @data={self.data!r}>"


class Archives(Generator):
    """Adds the enabled archive pages to ``site.pages``."""

    gem = GEM
    safe = True

    def generate(self, site: Any) -> None:
        config = utils.deep_merge_hashes(DEFAULTS, site.config.get("jekyll-archives") or {})
        site.config["jekyll-archives"] = config
        archives: list[Archive] = []
        if _enabled(config, "tags"):
            for title, posts in site.post_attr_hash("tags").items():
                archives.append(Archive(site, title, "tag", posts, config))
        if _enabled(config, "categories"):
            for title, posts in site.post_attr_hash("categories").items():
                archives.append(Archive(site, title, "category", posts, config))
        for year, year_posts in _group(site.posts.docs, "%Y").items():
            if _enabled(config, "year"):
                archives.append(Archive(site, {"year": year}, "year", year_posts, config))
            for month, month_posts in _group(year_posts, "%m").items():
                if _enabled(config, "month"):
                    archives.append(Archive(site, {"year": year, "month": month}, "month", month_posts, config))
                for day, day_posts in _group(month_posts, "%d").items():
                    if _enabled(config, "day"):
                        archives.append(Archive(site, {"year": year, "month": month, "day": day}, "day",
                                                day_posts, config))
        site.pages.extend(archives)
        site.config["archives"] = archives


def _enabled(config: dict[str, Any], kind: str) -> bool:
    enabled = config.get("enabled")
    if enabled is True or enabled == "all":
        return True
    return isinstance(enabled, list) and kind in enabled


def _group(posts: list[Any], fmt: str) -> dict[str, list[Any]]:
    """Posts by ``date.strftime(fmt)`` in first-seen order, each group newest first."""
    groups: dict[str, list[Any]] = {}
    for post in posts:
        groups.setdefault(post.date.strftime(fmt), []).append(post)
    return {key: list(reversed(utils.ruby_sort(group, compare))) for key, group in groups.items()}
