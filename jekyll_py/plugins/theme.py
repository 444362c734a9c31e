"""``Jekyll::Theme``: a gem-based theme's folders, found without RubyGems.

``theme: NAME`` in Jekyll names a gem whose ``_layouts``, ``_includes``,
``_sass``, ``assets`` and ``_data`` back the site's own. jekyll-py finds the
theme's folder, in order:

1. a Python package that declares NAME in the ``jekyll_py.themes`` entry point
   group (the entry point's value is a module whose folder is the theme root,
   or a callable returning the root);
2. NAME as a folder, absolute or relative to the site source;
3. ``NAME/`` or ``NAME-<version>/`` under the folders in ``$JEKYLL_PY_THEMES``
   (``os.pathsep``-separated), then under the RubyGems gem folders of the
   machine (``$GEM_HOME``, ``$GEM_PATH`` and the Debian/Ubuntu defaults): a
   theme gem is only files, so an installed Ruby theme such as minima works
   without running Ruby.

``remote_theme:`` (the jekyll-remote-theme gem) is handled by
``jekyll_py.plugins.remote_theme`` and produces the same ``Theme``.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from jekyll_py import yaml_loader
from jekyll_py.utils import deep_merge_hashes

if TYPE_CHECKING:
    from jekyll_py.plugin_manager import PluginManager

THEME_ENTRY_POINT_GROUP = "jekyll_py.themes"
_DEFAULT_GEM_DIRS = (
    "~/.local/share/gem/ruby/*/gems",
    "~/.gem/ruby/*/gems",
    "/var/lib/gems/*/gems",
    "/usr/local/lib/ruby/gems/*/gems",
    "/usr/lib/ruby/gems/*/gems",
    "/usr/share/rubygems-integration/all/gems",
    "/usr/share/rubygems-integration/*/gems",
)
_GEMSPEC_RUNTIME = re.compile(
    r"""add_runtime_dependency\s*\(?\s*(?:%q<([^>]+)>|["']([^"']+)["'])""")
_GEMSPEC_ANY = re.compile(r"""\.add_dependency\s*\(?\s*(?:%q<([^>]+)>|["']([^"']+)["'])""")
_VERSION_RE = re.compile(r"-\d+(?:\.\w+)*")


class Theme:
    """A theme's root folder and the sub-folders Jekyll reads from it."""

    def __init__(self, name: str, root: str | os.PathLike[str]) -> None:
        self.name = name.lower().strip()
        self.root = os.path.realpath(root)

    def __repr__(self) -> str:
        return f"Theme({self.name!r}, {self.root!r})"

    def path_for(self, folder: str) -> str | None:
        """The real path of *folder* in the theme, if it is a folder inside the root.

        Like Jekyll, symlinks are resolved and a sub-folder that escapes the
        theme root is refused.
        """
        path = os.path.realpath(os.path.join(self.root, folder))
        if os.path.commonpath([path, self.root]) != self.root:
            return None
        return path if os.path.isdir(path) else None

    @property
    def includes_path(self) -> str | None:
        return self.path_for("_includes")

    @property
    def layouts_path(self) -> str | None:
        return self.path_for("_layouts")

    @property
    def sass_path(self) -> str | None:
        return self.path_for("_sass")

    @property
    def assets_path(self) -> str | None:
        return self.path_for("assets")

    @property
    def data_path(self) -> str | None:
        return self.path_for("_data")

    def runtime_dependencies(self) -> list[str]:
        """The gems the theme needs (its gemspec's runtime dependencies, ``jekyll`` aside).

        Jekyll requires them with the theme (minima brings jekyll-feed and
        jekyll-seo-tag). The gemspec is read as text, never run: the one in the
        theme folder, or RubyGems' copy next to an installed gem.
        """
        specs = sorted(glob.glob(os.path.join(glob.escape(self.root), "*.gemspec")))
        gem_dir = os.path.basename(self.root)
        installed = os.path.join(os.path.dirname(os.path.dirname(self.root)), "specifications",
                                 gem_dir + ".gemspec")
        if os.path.isfile(installed):
            specs.append(installed)
        for spec in specs:
            try:
                text = Path(spec).read_text("utf-8", errors="replace")
            except OSError:
                continue
            names = _GEMSPEC_RUNTIME.findall(text) or _GEMSPEC_ANY.findall(text)
            found = [a or b for a, b in names]
            return [n for n in dict.fromkeys(found) if n != "jekyll"]
        return list(self.declared_dependencies)

    #: Dependencies a Python theme declares (``JEKYLL_DEPENDENCIES`` in its module).
    declared_dependencies: tuple[str, ...] = ()

    def configuration(self, config: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
        """Jekyll's ``load_theme_configuration``: the theme's ``_config.yml`` under the site's.

        Keys that are Jekyll defaults are ignored (a theme must not override
        them), a symlinked file is ignored, and ``ignore_theme_config: true``
        switches the whole thing off.
        """
        if config.get("ignore_theme_config") is True:
            return config
        path = os.path.join(self.root, "_config.yml")
        if not os.path.isfile(path) or os.path.islink(path):
            return config
        theme_config = yaml_loader.safe_load_file(path)
        if not isinstance(theme_config, dict):
            return config
        theme_config = {k: v for k, v in theme_config.items() if k not in defaults}
        return deep_merge_hashes(theme_config, config)


def _root_from_entry_point(value: Any) -> str | None:
    if isinstance(value, ModuleType):
        file = getattr(value, "__file__", None)
        return os.path.dirname(file) if file else next(iter(getattr(value, "__path__", [])), None)
    if isinstance(value, Callable):  # type: ignore[arg-type]
        value = value()
    return os.fspath(value) if isinstance(value, (str, os.PathLike)) else None


def _entry_point_theme(name: str) -> tuple[str, tuple[str, ...]] | None:
    """(root, declared dependencies) of a theme installed as a Python package."""
    for ep in entry_points(group=THEME_ENTRY_POINT_GROUP):
        if ep.name == name:
            value = ep.load()
            root = _root_from_entry_point(value)
            if root and os.path.isdir(root):
                return root, tuple(getattr(value, "JEKYLL_DEPENDENCIES", ()) or ())
    return None


def find_theme_root(name: str, source: str | os.PathLike[str]) -> str | None:
    """Where theme *name* lives on this machine, or ``None``."""
    packaged = _entry_point_theme(name)
    if packaged is not None:
        return packaged[0]
    candidate = Path(source, os.path.expanduser(name))
    if candidate.is_dir():
        return str(candidate)
    search = [d for d in os.environ.get("JEKYLL_PY_THEMES", "").split(os.pathsep) if d]
    for var in ("GEM_HOME", "GEM_PATH"):
        search += [os.path.join(d, "gems") for d in os.environ.get(var, "").split(os.pathsep) if d]
    search += list(_DEFAULT_GEM_DIRS)
    for pattern in search:
        for folder in sorted(glob.glob(os.path.expanduser(pattern))):
            exact = os.path.join(folder, name)
            if os.path.isdir(exact):
                return exact
            versions = [
                p for p in glob.glob(os.path.join(folder, glob.escape(name) + "-*"))
                if os.path.isdir(p) and _VERSION_RE.fullmatch(os.path.basename(p)[len(name):])
            ]
            if versions:
                return max(versions, key=_version_key)
    return None


def _version_key(path: str) -> tuple[Any, ...]:
    version = os.path.basename(path).rsplit("-", 1)[-1]
    return tuple((0, int(p)) if p.isdigit() else (-1, p) for p in version.split("."))


def resolve_theme(site: Any, manager: PluginManager) -> Theme | None:
    """The site's theme from ``theme:`` or ``remote_theme:``, or ``None``.

    A theme that cannot be found is a warning, not an error, so the rest of the
    site still builds (its pages will warn about missing layouts).
    """
    config = site.config
    remote = config.get("remote_theme")
    if remote and ("jekyll-remote-theme" in manager.gems() or manager.github_pages()):
        if manager.plugin_allowed("jekyll-remote-theme") or manager.github_pages():
            from jekyll_py.plugins.remote_theme import download_theme

            manager.enabled_gems.add("jekyll-remote-theme")
            return download_theme(site, str(remote))
    name = config.get("theme")
    if name is None:
        return None
    if not isinstance(name, str):
        site.logger.warn(
            "Theme:",
            "value of 'theme' in config should be String to use gem-based themes, "
            f"but got {type(name).__name__}",
        )
        return None
    root = find_theme_root(name, site.source)
    if root is None:
        site.logger.warn("Theme:", f"The {name} theme could not be found.")
        return None
    site.logger.debug("Theme:", name)
    site.logger.debug("Theme source:", root)
    theme = Theme(name, root)
    packaged = _entry_point_theme(name)
    if packaged is not None:
        theme.declared_dependencies = packaged[1]
    return theme
