"""``Jekyll::Page``: a file with front matter outside any collection."""

from __future__ import annotations

import os
import posixpath
import re
from typing import TYPE_CHECKING, Any

from jekyll_py import hooks, utils
from jekyll_py.convertible import read_front_matter, write_output
from jekyll_py.liquid import ruby
from jekyll_py.url import URL, permalink_option, unescape_path

if TYPE_CHECKING:
    from jekyll_py.renderer import Renderer
    from jekyll_py.site import Site

HTML_EXTENSIONS = (".html", ".xhtml", ".htm")
ATTRIBUTES_FOR_LIQUID = ("content", "dir", "excerpt", "name", "path", "url")


class PageData(dict):
    """A page's front matter; missing keys fall back to the ``defaults`` sets.

    Jekyll gives ``Page#data`` a ``default_proc`` rather than merging the
    defaults in, so a key set to ``null`` in front matter stays ``nil``
    (``layout: null`` really means no layout) while absent keys see defaults.
    """

    def __init__(self, data: dict[str, Any], lookup: Any) -> None:
        super().__init__(data)
        self._lookup = lookup

    def __missing__(self, key: str) -> Any:
        return self._lookup(key)

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        if key in self:
            return dict.__getitem__(self, key)
        value = self._lookup(key)
        return default if value is None else value


class Page:
    """A page. ``dir`` is the folder relative to the source (``""`` or ``/about``)."""

    hook_owner = "pages"
    type = "pages"

    def ruby_to_s(self) -> str:
        """``Convertible#to_s``: the content (what ``to_json`` writes for a raw page)."""
        return self.content or ""

    def __init__(self, site: Site, base: str, dir: str, name: str, *, read: bool = True) -> None:
        self.site = site
        self.base = base
        self._dir = dir
        self.name = name
        self.path_abs = os.path.join(base, dir.lstrip("/"), name)
        self.ext = os.path.splitext(name)[1]
        self.basename = re.sub(r"\.*\Z", "", name[: len(name) - len(self.ext)] if self.ext else name)
        self.data: dict[str, Any] = PageData({}, self._default_for)
        self.content: str = ""
        self.output: str | None = None
        self.pager: Any = None
        self.line_offset = 0
        self._url: str | None = None
        self._renderer: Renderer | None = None
        if read:
            data, content, consumed = read_front_matter(site, self.path_abs, self.relative_path)
            self.content = content
            self.line_offset = consumed
            self.data = PageData(data, self._default_for)
            if site.config.get("page_excerpts"):
                self.generate_excerpt()
        self.trigger_hooks("post_init")

    # -- identity ---------------------------------------------------------------
    @property
    def relative_path(self) -> str:
        return utils.path_join(self._dir, self.name).lstrip("/")

    @property
    def path(self) -> str:
        # `data.fetch("path") { relative_path }`: defaults are not consulted.
        return dict.get(self.data, "path", self.relative_path)

    @property
    def extname(self) -> str:
        return self.ext

    def defaults(self) -> dict[str, Any]:
        return self.site.frontmatter_defaults.all(self.relative_path, self.type)

    def _default_for(self, key: str) -> Any:
        return self.site.frontmatter_defaults.find(self.relative_path, self.type, key)

    # -- URL ------------------------------------------------------------------------
    @property
    def permalink(self) -> Any:
        return self.data.get("permalink")

    @property
    def output_ext(self) -> str:
        return self.renderer.output_ext

    def html(self) -> bool:
        return self.output_ext in HTML_EXTENSIONS

    def index(self) -> bool:
        return self.basename == "index"

    def template(self) -> str:
        if not self.html():
            return "/:path/:basename:output_ext"
        if self.index():
            return "/:path/"
        return utils.add_permalink_suffix("/:path/:basename", self.site.permalink_style)

    def url_placeholders(self) -> dict[str, Any]:
        return {"path": self._dir, "basename": self.basename, "output_ext": self.output_ext}

    @property
    def url(self) -> str:
        if self._url is None:
            permalink = self.permalink
            self._url = URL(
                template=self.template(),
                placeholders=self.url_placeholders(),
                permalink=permalink_option(permalink),
            ).to_s()
        return self._url

    @url.setter
    def url(self, value: str) -> None:
        self._url = value

    @property
    def dir(self) -> str:
        url = self.url
        if url.endswith("/"):
            return url
        value = posixpath.dirname(url)
        return value if value.endswith("/") else value + "/"

    def destination(self, dest: str) -> str:
        url = self.url
        path = self.site.in_dest_dir(dest, unescape_path(url))
        if url.endswith("/"):
            path = os.path.join(path, "index")
        if not path.endswith(self.output_ext):
            path += self.output_ext
        return path

    # -- rendering -------------------------------------------------------------------
    @property
    def renderer(self) -> Renderer:
        if self._renderer is None:
            from jekyll_py.renderer import Renderer

            self._renderer = Renderer(self.site, self)
        return self._renderer

    @property
    def excerpt(self) -> Any:
        value = self.data.get("excerpt")
        return None if value is None or value is False else ruby.to_s(value)

    def excerpt_separator(self) -> str:
        """The page's own ``excerpt_separator`` or the site's (Jekyll reads it
        before front matter defaults are attached to the page's data)."""
        if getattr(self, "_excerpt_separator", None) is None:
            sep = dict.get(self.data, "excerpt_separator")
            if sep is None or sep is False:
                sep = self.site.config.get("excerpt_separator")
            self._excerpt_separator = "" if sep is None else ruby.to_s(sep)
        return self._excerpt_separator

    def generate_excerpt(self) -> None:
        """``page_excerpts: true``: a plain page with HTML output gets a PageExcerpt."""
        if not self.excerpt_separator() or type(self) is not Page or not self.html():
            return
        current = dict.get(self.data, "excerpt")
        if current is None or current is False:
            from jekyll_py.excerpt import PageExcerpt

            dict.__setitem__(self.data, "excerpt", PageExcerpt(self))

    def render_with_liquid(self) -> bool:
        if self.data.get("render_with_liquid") is False:
            return False
        return utils.has_liquid_construct(self.content)

    def asset_file(self) -> bool:
        return self.ext in (".sass", ".scss", ".coffee")

    def place_in_layout(self) -> bool:
        return not (self.asset_file() or self.data.get("layout") == "none")

    def to_liquid(self, attrs: tuple[str, ...] = ATTRIBUTES_FOR_LIQUID) -> dict[str, Any]:
        further = {attr: getattr(self, attr) for attr in attrs}
        return utils.deep_merge_hashes(self.defaults(), utils.deep_merge_hashes(dict(self.data), further))

    def trigger_hooks(self, event: str, *args: Any) -> None:
        hooks.trigger("pages", event, self, *args, enabled=self.site.plugin_enabled)

    def write_p(self) -> bool:
        return True

    def write(self, dest: str) -> None:
        write_output(self.destination(dest), self.output)
        self.trigger_hooks("post_write")

    def __repr__(self) -> str:
        return f"<Page {self.relative_path!r}>"


class PageWithoutAFile(Page):
    """A page generated by a plugin (sitemap, feed, redirects): nothing to read."""

    def __init__(self, site: Site, base: str, dir: str, name: str) -> None:
        super().__init__(site, base, dir, name, read=False)
