"""``Jekyll::LayoutReader``: ``_layouts`` (and the theme's) into ``site.layouts``."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from jekyll_py.entry_filter import EntryFilter
from jekyll_py.layout import Layout

if TYPE_CHECKING:
    from jekyll_py.site import Site


def _layout_name(file: str) -> str:
    return ".".join(file.split(".")[:-1])


def _entries_in(site: Site, directory: str) -> list[str]:
    if not os.path.isdir(directory):
        return []
    found = []
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if "." in name:
                found.append(os.path.relpath(os.path.join(root, name), directory))
    entry_filter = EntryFilter(site)
    # Jekyll runs the filter from inside the folder; the symlink test needs the real place.
    found = [name for name in found if not entry_filter.symlink(os.path.join(directory, name))]
    return entry_filter.filter(found)


class LayoutReader:
    def __init__(self, site: Site) -> None:
        self.site = site

    def read(self) -> dict[str, Layout]:
        layouts: dict[str, Layout] = {}
        layout_dir = self.site.in_source_dir(self.site.config.get("layouts_dir") or "_layouts")
        for file in _entries_in(self.site, layout_dir):
            layouts[_layout_name(file)] = Layout(self.site, layout_dir, file)
        theme = self.site.theme
        theme_dir = getattr(theme, "layouts_path", None) if theme else None
        if theme_dir:
            for file in _entries_in(self.site, theme_dir):
                layouts.setdefault(_layout_name(file), Layout(self.site, theme_dir, file, theme.root))
        return layouts
