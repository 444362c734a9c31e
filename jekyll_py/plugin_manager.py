"""``Jekyll::PluginManager``: which plugins a site uses, and loading them.

A Jekyll site names its plugins by gem name in ``plugins:`` (``gems:`` before
3.5, merged by the configuration). jekyll-py cannot run Ruby, so a name is
resolved, in order, to

1. a built-in Python equivalent in ``jekyll_py.plugins`` (the GitHub Pages gems),
2. an installed Python package exposing that name in the ``jekyll_py.plugins``
   entry point group (its value is a module to import),
3. nothing: one warning names the Ruby plugin and the build goes on without it,
   which is kinder than Jekyll's hard "Dependency Error" for a site that was
   written for Ruby.

``_plugins/*.py`` in the site are executed as Jekyll requires ``_plugins/*.rb``,
except in safe mode; ``.rb`` files there get a warning. In safe mode only names
in ``whitelist:`` load, as on GitHub Pages.

Plugin classes, hooks and Liquid tags/filters register globally (as in Ruby),
so several sites can be built in one process (tests, ``serve``). Built-ins
carry their gem name (``gem = "jekyll-feed"``); the manager tags whatever a
site's own plugin files or an entry point register with a key of its own, and
``enabled(gem)`` tells the site which registrations belong to this build.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jekyll_py import hooks, plugin
from jekyll_py.plugin import Plugin

if TYPE_CHECKING:
    from jekyll_py.plugins.theme import Theme

ENTRY_POINT_GROUP = "jekyll_py.plugins"

#: Gem name -> module in ``jekyll_py.plugins`` providing its equivalent.
BUILTIN_PLUGINS: dict[str, str] = {
    "jekyll-feed": "feed",
    "jekyll-sitemap": "sitemap",
    "jekyll-seo-tag": "seo_tag",
    "jekyll-redirect-from": "redirect_from",
    "jekyll-paginate": "paginate",
    "jekyll-gist": "gist",
    "jekyll-include-cache": "include_cache",
    "jekyll-github-metadata": "github_metadata",
    "jekyll-mentions": "mentions",
    "jemoji": "jemoji",
    "jekyll-avatar": "avatar",
    "jekyll-optional-front-matter": "optional_front_matter",
    "jekyll-titles-from-headings": "titles_from_headings",
    "jekyll-relative-links": "relative_links",
    "jekyll-default-layout": "default_layout",
    "jekyll-readme-index": "readme_index",
    "jekyll-remote-theme": "remote_theme",
    "jekyll-archives": "archives",
}

#: Gems whose job jekyll-py's core already does: listing them is not an error.
BUILT_INTO_CORE = frozenset(
    {
        "jekyll-sass-converter",
        "jekyll-watch",
        "kramdown-parser-gfm",
        "jekyll-commonmark-ghpages",
    }
)

#: What GitHub Pages switches on for every site, whatever ``plugins:`` says
#: (``--github-pages`` or ``github_pages: true``; also implied by listing the
#: ``github-pages`` meta-gem).
GITHUB_PAGES_DEFAULTS = (
    "jekyll-optional-front-matter",
    "jekyll-titles-from-headings",
    "jekyll-relative-links",
    "jekyll-default-layout",
    "jekyll-readme-index",
)


@dataclass
class _Registrations:
    """What one plugin module registered, so it can be scoped and retired."""

    classes: list[type[Plugin]] = field(default_factory=list)
    hooks: list[Callable[..., Any]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    filters: list[str] = field(default_factory=list)


#: Site plugin files already executed: path -> (mtime, registrations).
_LOADED_FILES: dict[str, tuple[float, _Registrations]] = {}
#: Entry point modules already imported (their registrations carry the name).
_LOADED_ENTRY_POINTS: set[str] = set()


def _hook_entries() -> set[tuple[str, str, int]]:
    return {(owner, event, entry[1]) for (owner, event), lst in hooks._registry.items() for entry in lst}


def _scoped_load(key: str, load: Callable[[], None]) -> _Registrations:
    """Run *load* and tag everything it registers without a gem with *key*.

    Tagging makes a site's ``_plugins`` code apply to that site only, the way
    each Ruby process only ever sees its own site's plugins.
    """
    classes_before = set(Plugin.descendants())
    hooks_before = _hook_entries()
    tags_before = dict(plugin.LIQUID_TAGS)
    filters_before = dict(plugin.LIQUID_FILTERS)
    load()
    found = _Registrations()
    for cls in Plugin.descendants():
        if cls not in classes_before and cls.__dict__.get("gem") is None:
            cls.gem = key
            found.classes.append(cls)
    for (owner, event), lst in hooks._registry.items():
        for index, entry in enumerate(lst):
            if (owner, event, entry[1]) not in hooks_before and entry[3] is None:
                lst[index] = (entry[0], entry[1], entry[2], key)
                found.hooks.append(entry[2])
    for table, before, names in (
        (plugin.LIQUID_TAGS, tags_before, found.tags),
        (plugin.LIQUID_FILTERS, filters_before, found.filters),
    ):
        for name, (obj, gem) in list(table.items()):
            if before.get(name) != (obj, gem) and gem is None:
                table[name] = (obj, key)
                names.append(name)
    return found


def _retire(found: _Registrations) -> None:
    """Forget a plugin file's registrations before it is executed again."""
    for cls in found.classes:
        for base in cls.__mro__[1:]:
            registry = base.__dict__.get("_descendants")
            if isinstance(registry, list) and cls in registry:
                registry.remove(cls)
    for func in found.hooks:
        hooks.unregister(func)
    for name in found.tags:
        plugin.LIQUID_TAGS.pop(name, None)
    for name in found.filters:
        plugin.LIQUID_FILTERS.pop(name, None)


class PluginManager:
    """Loads a site's plugins and answers which registrations apply to it."""

    def __init__(self, site: Any) -> None:
        self.site = site
        #: Gem names (and site-plugin keys) whose registrations this build uses.
        self.enabled_gems: set[str] = set()
        #: Names listed in ``plugins:`` that nothing provides (warned about).
        self.missing: list[str] = []
        self.theme: Theme | None = None

    # -- configuration -------------------------------------------------------

    @property
    def config(self) -> dict[str, Any]:
        return self.site.config

    @property
    def safe(self) -> bool:
        return bool(getattr(self.site, "safe", None) or self.config.get("safe"))

    def whitelist(self) -> list[str]:
        """``whitelist:`` flattened, as Jekyll's ``[config["whitelist"]].flatten``."""
        return [str(name) for name in _flatten([self.config.get("whitelist")]) if name is not None]

    def plugin_allowed(self, name: str) -> bool:
        """Jekyll's ``plugin_allowed?``: anything outside safe mode, else the whitelist."""
        return not self.safe or name in self.whitelist()

    def github_pages(self) -> bool:
        return bool(self.config.get("github_pages")) or "github-pages" in self.gems()

    def gems(self) -> list[str]:
        """The site's ``plugins:`` list (already merged with ``gems:``)."""
        names = self.config.get("plugins") or []
        return [str(name) for name in _flatten([names]) if name is not None]

    def plugins_path(self) -> list[Path]:
        """Jekyll's ``plugins_path``: ``_plugins`` in the source unless configured."""
        configured = self.config.get("plugins_dir", "_plugins")
        source = Path(self.site.source)
        if configured == "_plugins":
            return [source / "_plugins"]
        return [Path(os.path.abspath(d)) for d in _flatten([configured]) if d]

    # -- loading -------------------------------------------------------------

    def conscientious_require(self) -> None:
        """Load everything the site asks for (Jekyll's method of the same name)."""
        self.require_theme()
        self.require_plugin_files()
        self.require_gems()
        self.deprecation_checks()

    def require_gems(self) -> None:
        requested = [name for name in self.gems() if self.plugin_allowed(name)]
        if self.github_pages():
            requested += [name for name in GITHUB_PAGES_DEFAULTS if name not in requested]
        for name in requested:
            self.require_plugin(name)

    def require_plugin(self, name: str) -> bool:
        """Enable one plugin by gem name; ``False`` (after a warning) if unknown."""
        if name in self.enabled_gems:
            return True
        if name in self.missing:
            return False
        if name == "github-pages" or name in BUILT_INTO_CORE:
            self.enabled_gems.add(name)
            return True
        module = BUILTIN_PLUGINS.get(name)
        if module is not None:
            importlib.import_module(f"jekyll_py.plugins.{module}")
            self.enabled_gems.add(name)
            return True
        if self._require_entry_point(name):
            self.enabled_gems.add(name)
            return True
        self.missing.append(name)
        self.site.logger.warn(
            "Plugin Warning:",
            f"{name} is a Ruby plugin that jekyll-py does not provide; "
            "the site is built without it.",
        )
        return False

    def _require_entry_point(self, name: str) -> bool:
        found = [ep for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.name == name]
        if not found:
            return False
        if name not in _LOADED_ENTRY_POINTS:
            _scoped_load(name, lambda: [ep.load() for ep in found])
            _LOADED_ENTRY_POINTS.add(name)
        return True

    def require_plugin_files(self) -> None:
        """Execute ``_plugins/**/*.py`` (not in safe mode); warn about ``.rb`` files."""
        if self.safe:
            return
        for directory in self.plugins_path():
            if not directory.is_dir():
                continue
            for path in sorted(directory.rglob("*.rb")):
                self.site.logger.warn(
                    "Plugin Warning:",
                    f"{_display(path, self.site.source)} is a Ruby plugin; jekyll-py "
                    "cannot run it and builds the site without it.",
                )
            for path in sorted(directory.rglob("*.py")):
                self.enabled_gems.add(self._load_plugin_file(path))

    def _load_plugin_file(self, path: Path) -> str:
        key = f"_plugins:{path.resolve()}"
        mtime = path.stat().st_mtime
        previous = _LOADED_FILES.get(key)
        if previous is not None and previous[0] == mtime:
            return key
        if previous is not None:
            _retire(previous[1])
        module_name = f"jekyll_py_site_plugin_{abs(hash(key)):x}"

        def load() -> None:
            spec = importlib.util.spec_from_file_location(module_name, path)
            if spec is None or spec.loader is None:  # pragma: no cover - not a file
                raise ImportError(f"cannot load plugin {path}")
            module = importlib.util.module_from_spec(spec)
            sys.modules[module_name] = module
            spec.loader.exec_module(module)

        _LOADED_FILES[key] = (mtime, _scoped_load(key, load))
        return key

    def require_theme(self) -> None:
        """Resolve ``theme:`` / ``remote_theme:`` into ``self.theme`` (``site.theme``)."""
        from jekyll_py.plugins.theme import resolve_theme

        self.theme = resolve_theme(self.site, self)
        if self.theme is not None and "jekyll-remote-theme" not in self.enabled_gems:
            # Jekyll's require_theme_deps (remote themes do not bring theirs).
            for name in self.theme.runtime_dependencies():
                if self.plugin_allowed(name):
                    self.require_plugin(name)

    def deprecation_checks(self) -> None:
        if self.config.get("paginate") and "jekyll-paginate" not in self.enabled_gems:
            self.site.logger.warn(
                "Deprecation:",
                "You appear to have pagination turned on, but you haven't included the "
                "`jekyll-paginate` gem. Ensure you have `plugins: [jekyll-paginate]` in "
                "your configuration file.",
            )

    # -- what the site asks ----------------------------------------------------

    def enabled(self, gem: str | None) -> bool:
        """Whether a registration tagged with *gem* applies to this site."""
        return gem is None or gem in self.enabled_gems

    def instantiate_subclasses(self, base: type[Plugin]) -> list[Plugin]:
        """Jekyll's ``instantiate_subclasses``: enabled (and, if safe, safe) plugins.

        Sorted by priority, highest first; equal priorities keep load order.
        """
        classes = [
            cls
            for cls in base.descendants()
            if self.enabled(getattr(cls, "gem", None)) and (not self.safe or cls.safe)
        ]
        classes.sort(key=lambda cls: -cls.priority_value())
        return [cls(self.config) for cls in classes]

    def liquid_tags(self) -> dict[str, Any]:
        """Tag name -> tag class for the Liquid tags this site's plugins provide."""
        return {name: tag for name, (tag, gem) in plugin.LIQUID_TAGS.items() if self.enabled(gem)}

    def liquid_filters(self) -> dict[str, Callable[..., Any]]:
        """Filter name -> function for the Liquid filters this site's plugins provide."""
        return {
            name: func for name, (func, gem) in plugin.LIQUID_FILTERS.items() if self.enabled(gem)
        }


def _flatten(items: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if isinstance(item, (list, tuple)):
            out.extend(_flatten(item))
        else:
            out.append(item)
    return out


def _display(path: Path, source: str | os.PathLike[str]) -> str:
    try:
        return str(path.relative_to(source))
    except ValueError:
        return str(path)


@hooks.register("site", "after_reset", priority=10_000)
def install_liquid_extensions(site: Any) -> None:
    """Give the build's Liquid engine the tags and filters of the site's plugins.

    ``Site#reset`` makes a fresh engine each build and then runs this hook, so
    each site sees exactly its own plugins' tags (``{% seo %}`` only where
    jekyll-seo-tag is listed), whatever else the process has loaded.
    """
    engine = getattr(site, "liquid_engine", None)
    manager = getattr(site, "plugin_manager", None)
    if engine is None or manager is None:
        return
    for name, tag in manager.liquid_tags().items():
        engine.register_tag(name, tag)
    for name, func in manager.liquid_filters().items():
        engine.register_filter(name, func, with_context=bool(getattr(func, "with_context", False)))
