"""``Jekyll::Site``: the build pipeline and everything it holds.

``process()`` reads top to bottom like Jekyll's ``Site#process``:
reset, read, generate, render, cleanup, write.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from jekyll_py import hooks, utils
from jekyll_py.cleaner import Cleaner
from jekyll_py.collection import Collection
from jekyll_py.configuration import Configuration
from jekyll_py.document import compare
from jekyll_py.drops.site_drop import JekyllDrop, SiteDrop
from jekyll_py.errors import FatalException, InvalidURLError, JekyllError
from jekyll_py.frontmatter_defaults import FrontmatterDefaults
from jekyll_py.log import JekyllLogger
from jekyll_py.log import logger as default_logger
from jekyll_py.plugin import Converter, Generator
from jekyll_py.plugin_manager import PluginManager
from jekyll_py.profiler import RenderStats
from jekyll_py.publisher import Publisher
from jekyll_py.reader import Reader
from jekyll_py.regenerator import Regenerator


class Site:
    def __init__(self, config: dict[str, Any], logger: JekyllLogger | None = None) -> None:
        if not isinstance(config, Configuration):
            config = Configuration.from_user_config(config)
        self.logger = logger or default_logger
        self.source = os.path.abspath(str(config["source"]))
        self.dest = os.path.abspath(str(config["destination"]))
        self.profiler_enabled = bool(config.get("profile"))
        self.timings: dict[str, float] = {}
        #: ``--profile``'s per-template figures (Jekyll's LiquidRenderer stats).
        self.render_stats: RenderStats | None = None
        self.set_config(config)
        self.reader = Reader(self)
        self.regenerator = Regenerator(self)
        self.frontmatter_defaults = FrontmatterDefaults(self)
        self.publisher = Publisher(self)
        self.liquid_engine: Any = None
        self.reset()
        self.setup()
        hooks.trigger("site", "after_init", self, enabled=self.plugin_enabled)

    # -- configuration ---------------------------------------------------------------
    def set_config(self, config: dict[str, Any]) -> None:
        self.config: dict[str, Any] = config
        self.safe = bool(config.get("safe"))
        self.lsi = config.get("lsi")
        self.highlighter = config.get("highlighter")
        baseurl = config.get("baseurl")
        self.baseurl = baseurl
        self.exclude = list(config.get("exclude") or [])
        self.include = list(config.get("include") or [])
        self.future = bool(config.get("future"))
        self.unpublished = bool(config.get("unpublished"))
        self.show_drafts = bool(config.get("show_drafts"))
        self.limit_posts = int(config.get("limit_posts") or 0)
        self.keep_files = list(config.get("keep_files") or [])
        self.permalink_style = str(config.get("permalink") or "date")
        utils.set_timezone(config.get("timezone"))
        self.plugin_manager = PluginManager(self)
        self.theme: Any = None
        self.file_read_opts = {"encoding": config.get("encoding") or "utf-8"}

    def plugin_enabled(self, gem: str | None) -> bool:
        return self.plugin_manager.enabled(gem)

    @property
    def includes_load_paths(self) -> list[str]:
        paths = [self.in_source_dir(str(self.config.get("includes_dir") or "_includes"))]
        theme_includes = getattr(self.theme, "includes_path", None) if self.theme else None
        if theme_includes:
            paths.append(theme_includes)
        return paths

    def setup(self) -> None:
        self.ensure_not_in_dest()
        self.plugin_manager.conscientious_require()
        self.theme = self.plugin_manager.theme
        if self.theme is not None and hasattr(self.theme, "configuration"):
            from jekyll_py.configuration import DEFAULTS

            self.config = self.theme.configuration(self.config, DEFAULTS)
        # The built-in converters are plugins like any other.
        import jekyll_py.converters  # noqa: F401 - registers Identity, Markdown, Scss, Sass

        self.converters: list[Converter] = self.plugin_manager.instantiate_subclasses(Converter)  # type: ignore[assignment]
        for conv in self.converters:
            if hasattr(conv, "site"):
                conv.site = self
        self.generators: list[Generator] = self.plugin_manager.instantiate_subclasses(Generator)  # type: ignore[assignment]

    def ensure_not_in_dest(self) -> None:
        path = self.source
        while True:
            if path == self.dest:
                raise FatalException("Destination directory cannot be or contain the Source directory.")
            parent = os.path.dirname(path)
            if parent == path:
                break
            path = parent

    # -- the pipeline ---------------------------------------------------------------
    def process(self) -> None:
        for phase in ("reset", "read", "generate", "render", "cleanup", "write"):
            start = time.perf_counter()
            getattr(self, phase)()
            self.timings[phase] = self.timings.get(phase, 0.0) + time.perf_counter() - start

    def reset(self) -> None:
        if self.config.get("time"):
            self.time: datetime = utils.parse_date(str(self.config["time"]), "Invalid time in _config.yml.")
        else:
            self.time = utils.now()
        self.layouts: dict[str, Any] = {}
        self.inclusions: dict[str, Any] = {}
        self.pages: list[Any] = []
        self.static_files: list[Any] = []
        self.data: dict[str, Any] = {}
        self.data_files: list[str] = []
        self._post_attr_hash: dict[str, dict[str, list]] = {}
        self._site_data: Any = None
        self.collections: dict[str, Collection] = {
            name: Collection(self, name) for name in self.collection_names()
        }
        self.regenerator.clear_cache()
        self.frontmatter_defaults.reset()
        from jekyll_py.liquid import LiquidEngine

        self.liquid_engine = LiquidEngine(self)
        # LiquidRenderer#reset starts the profile's figures afresh.
        self.render_stats = RenderStats(self.source, self.theme) if self.profiler_enabled else None
        self.liquid_engine.stats = self.render_stats
        self._payload: dict[str, Any] | None = None
        self._site_drop: SiteDrop | None = None
        if self.limit_posts < 0:
            raise FatalException("limit_posts must be a non-negative number")
        hooks.trigger("site", "after_reset", self, enabled=self.plugin_enabled)

    def collection_names(self) -> list[str]:
        collections = self.config.get("collections")
        if isinstance(collections, dict):
            return list(collections.keys())
        if isinstance(collections, list):
            return [str(c) for c in collections]
        if collections is None:
            return []
        raise FatalException("Your `collections` key must be a hash or an array.")

    @property
    def posts(self) -> Collection:
        if "posts" not in self.collections:
            self.collections["posts"] = Collection(self, "posts")
        return self.collections["posts"]

    def read(self) -> None:
        self.reader.read()
        self.limit_posts_()
        hooks.trigger("site", "post_read", self, enabled=self.plugin_enabled)

    def limit_posts_(self) -> None:
        if self.limit_posts > 0:
            docs = self.posts.docs
            limit = min(len(docs), self.limit_posts)
            self.posts.docs = docs[-limit:]

    def generate(self) -> None:
        for generator in self.generators:
            start = time.perf_counter()
            generator.generate(self)
            self.logger.debug("Generating:", f"{type(generator).__name__} finished in "
                                             f"{time.perf_counter() - start} seconds.")

    def render(self) -> None:
        if self.config.get("relative_permalinks"):
            # Jekyll's ``abort_with`` logs the whole sentence as the topic, with no "Error:",
            # and exits: not a FatalException, so no "YOUR SITE COULD NOT BE BUILT" block.
            message = ("Since v3.0, permalinks for pages in subfolders must be relative to the site "
                       "source directory, not the parent directory. Check "
                       "https://jekyllrb.com/docs/upgrading/ for more info.")
            self.logger.error(message)
            raise JekyllError(message)
        payload = self.site_payload()
        hooks.trigger("site", "pre_render", self, payload, enabled=self.plugin_enabled)
        # One batch per collection, in Jekyll's order: a collection's documents
        # are rendered (and, in parallel builds, applied) before the next
        # collection's, so a later collection reading an earlier one's
        # rendered `content` sees it as Jekyll does.
        for collection in self.collections.values():
            self.render_batch(list(collection.docs), payload)
        self.render_batch(list(self.pages), payload)
        hooks.trigger("site", "post_render", self, payload, enabled=self.plugin_enabled)

    def render_batch(self, items: list[Any], payload: dict[str, Any]) -> None:
        """Render ``items`` in order, or across worker processes for large sites."""
        from jekyll_py import parallel

        todo = [item for item in items
                if not getattr(item, "rendered", False) and self.regenerator.regenerate(item)]
        # Sass pages add their source map page to the site: keep them in this process.
        local = [item for item in todo if item.extname in (".scss", ".sass")]
        rest = [item for item in todo if item.extname not in (".scss", ".sass")]
        workers = parallel.workers_for(self, len(rest))
        if workers and parallel.reads_other_rendered(self, rest):
            workers = 0
        if workers:
            for item in local:
                self.render_one(item, payload)
            parallel.render_in_parallel(self, rest, payload, workers)
            return
        for item in todo:
            self.render_one(item, payload)

    def render_regenerated(self, document: Any, payload: dict[str, Any]) -> None:
        """Jekyll's ``render_regenerated``: render one item unless it is up to date."""
        if getattr(document, "rendered", False) or not self.regenerator.regenerate(document):
            return
        self.render_one(document, payload)

    def render_one(self, document: Any, payload: dict[str, Any]) -> None:
        renderer = document.renderer
        renderer.payload = payload
        sass = [c for c in renderer.converters if hasattr(c, "sass_page")]
        for conv in sass:
            conv.sass_page = document
        try:
            document.output = renderer.run()
        finally:
            for conv in sass:
                conv.sass_page = None
        document.trigger_hooks("post_render")

    def cleanup(self) -> None:
        Cleaner(self).cleanup()

    def write(self) -> None:
        self.check_conflicting_urls()
        # Every target is checked before anything is written: by name, and by
        # real path (a link inside the destination must not lead out of it).
        items = list(self.each_site_file())
        for item in items:
            self.checked_destination(item)
        for item in items:
            if self.regenerator.regenerate(item):
                item.write(self.dest)
        self.regenerator.write_metadata()
        hooks.trigger("site", "post_write", self, enabled=self.plugin_enabled)

    def checked_destination(self, item: Any) -> str:
        """Where *item* goes, refused (``InvalidURLError``) if that is outside the
        destination by name or, through a link inside the destination, by real path."""
        dest = item.destination(self.dest)
        if not utils.is_within(dest, self.dest):
            raise InvalidURLError(f"{item.relative_path} would be written outside the destination: {dest}")
        real_parent = os.path.realpath(os.path.dirname(dest))
        if not utils.is_within(real_parent, os.path.realpath(self.dest)):
            raise InvalidURLError(f"{item.relative_path} would be written outside the destination: "
                                  f"{dest} leads to {os.path.join(real_parent, os.path.basename(dest))}")
        return dest

    def check_conflicting_urls(self) -> None:
        """Warn like Jekyll's ``Doctor.conflicting_urls`` before writing."""
        from jekyll_py.commands.doctor import conflicting_urls

        conflicting_urls(self)

    # -- content accessors --------------------------------------------------------------
    def documents(self) -> list[Any]:
        seen: dict[int, Any] = {}
        for collection in self.collections.values():
            for item in [*collection.docs, *collection.files]:
                seen.setdefault(id(item), item)
        return list(seen.values())

    def docs_to_write(self) -> list[Any]:
        return [d for d in self.documents() if d.write_p()]

    def static_files_to_write(self) -> list[Any]:
        return [f for f in self.static_files if f.write_p()]

    def each_site_file(self) -> Iterator[Any]:
        seen: set[int] = set()
        for group in (self.pages, self.static_files_to_write(), self.docs_to_write()):
            for item in group:
                if id(item) in seen:
                    continue
                seen.add(id(item))
                yield item

    def post_attr_hash(self, attr: str) -> dict[str, list]:
        if attr not in self._post_attr_hash:
            table: dict[str, list] = {}
            for post in self.posts.docs:
                values = post.data.get(attr)
                if not values:
                    continue
                for value in values if isinstance(values, list) else [values]:
                    table.setdefault(value, []).append(post)
            for key, posts in table.items():
                # Ruby: `posts.sort!.reverse!`
                table[key] = list(reversed(utils.ruby_sort(posts, compare)))
            self._post_attr_hash[attr] = table
        return self._post_attr_hash[attr]

    def tags(self) -> dict[str, list]:
        return self.post_attr_hash("tags")

    def categories(self) -> dict[str, list]:
        return self.post_attr_hash("categories")

    def site_data(self) -> Any:
        if self._site_data is None:
            self._site_data = self.config.get("data") or self.data
        return self._site_data

    def site_payload(self) -> dict[str, Any]:
        """The Liquid globals (``UnifiedPayloadDrop``): one shared ``site`` drop per build."""
        if self._site_drop is None:
            self._site_drop = SiteDrop(self)
        return {
            "site": self._site_drop,
            "jekyll": JekyllDrop(),
            "page": None,
            "layout": None,
            "content": None,
            "paginator": None,
            "highlighter_prefix": None,
            "highlighter_suffix": None,
            "theme": getattr(self.theme, "to_liquid", lambda: None)() if self.theme else None,
        }

    def to_liquid(self) -> dict[str, Any]:
        return self.site_payload()

    def find_converter_instance(self, cls: type) -> Any:
        for conv in self.converters:
            if type(conv) is cls:
                return conv
        raise FatalException(f"No Converters found for {cls.__name__}")

    def incremental(self) -> bool:
        return bool(self.config.get("incremental"))

    # -- paths ------------------------------------------------------------------------
    def in_source_dir(self, *paths: str) -> str:
        base = self.source
        for path in paths:
            base = utils.sanitized_path(base, path)
        return base

    def in_dest_dir(self, *paths: str) -> str:
        base = self.dest
        for path in paths:
            base = utils.sanitized_path(base, path)
        return base

    def in_theme_dir(self, *paths: str) -> str | None:
        if self.theme is None:
            return None
        base = self.theme.root
        for path in paths:
            base = utils.sanitized_path(base, path)
        return base

    @property
    def collections_path(self) -> str:
        cdir = self.config.get("collections_dir") or ""
        return self.in_source_dir(cdir) if cdir else self.source

    def __repr__(self) -> str:
        return f"<Site @source={self.source}>"
