"""``Jekyll::Reader``: walks the source and fills the site with its content."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from jekyll_py import utils
from jekyll_py.entry_filter import EntryFilter
from jekyll_py.page import Page
from jekyll_py.readers import DataReader, LayoutReader, PostReader
from jekyll_py.static_file import StaticFile

if TYPE_CHECKING:
    from jekyll_py.site import Site


class Reader:
    def __init__(self, site: Site) -> None:
        self.site = site
        self.post_reader = PostReader(site)

    def read(self) -> None:
        site = self.site
        site.layouts = LayoutReader(site).read()
        self.read_directories()
        self.read_included_excludes()
        self.sort_files()
        data_reader = DataReader(site)
        site.data = data_reader.read(site.config.get("data_dir") or "_data")
        site.data_files = data_reader.files
        for label, collection in site.collections.items():
            if label != "posts":
                collection.read()
        self.read_theme_assets()

    def sort_files(self) -> None:
        """Jekyll's ``sort_files!``: Ruby's sort here is glibc's stable merge sort."""
        from jekyll_py.collection import sort_documents

        for collection in self.site.collections.values():
            sort_documents(collection.docs)
        self.site.pages.sort(key=lambda p: p.name)
        self.site.static_files.sort(key=lambda f: f.relative_path)

    def filter_entries(self, entries: list[str], base_directory: str = "") -> list[str]:
        return EntryFilter(self.site, base_directory).filter(entries)

    def read_directories(self, dir: str = "") -> None:
        site = self.site
        base = site.in_source_dir(dir)
        if not os.path.isdir(base):
            return
        dot_dirs, dot_pages, dot_static = [], [], []
        # Unsorted on purpose: Jekyll lists with ``Dir.entries``, i.e. in the
        # file system's readdir order, and ``sort_files`` later orders pages by
        # name with a stable sort, so pages that share a name (``index.md`` in
        # several folders) keep this reading order in ``site.pages``, sitemaps
        # and navigation.  ``os.listdir`` returns the same readdir order.
        for entry in self.filter_entries(os.listdir(base), base):
            file_path = os.path.join(base, entry)
            if os.path.isdir(file_path):
                dot_dirs.append(entry)
            elif utils.has_yaml_header(file_path):
                dot_pages.append(entry)
            else:
                dot_static.append(entry)
        self.retrieve_posts(dir)
        for entry in dot_dirs:
            dir_path = site.in_source_dir(dir, entry)
            if dir_path.rstrip("/") != site.dest.rstrip("/"):
                self.read_directories(utils.file_join(dir, entry))
        for name in dot_pages:
            page = Page(site, site.source, dir, name)
            if site.publisher.publish(page):
                site.pages.append(page)
        for name in dot_static:
            site.static_files.append(StaticFile(site, site.source, dir, name))

    def retrieve_posts(self, dir: str) -> None:
        site = self.site
        if self.outside_configured_directory(dir):
            return
        site.posts.docs.extend(self.post_reader.read_posts(dir))
        if site.show_drafts:
            site.posts.docs.extend(self.post_reader.read_drafts(dir))

    def outside_configured_directory(self, dir: str) -> bool:
        collections_dir = self.site.config.get("collections_dir") or ""
        return bool(collections_dir) and not dir.lstrip("/").startswith(collections_dir)

    def get_entries(self, dir: str, subfolder: str) -> list[str]:
        base = self.site.in_source_dir(dir, subfolder)
        if not os.path.exists(base):
            return []
        entries = []
        for root, dirs, files in os.walk(base, followlinks=True):
            dirs.sort()
            rel_root = os.path.relpath(root, base)
            for name in sorted(files):
                entries.append(name if rel_root == "." else os.path.join(rel_root, name))
        entries = sorted(entries)
        return self.filter_entries(entries, base)

    def read_included_excludes(self) -> None:
        site = self.site
        flt = EntryFilter(site)
        for entry in site.include:
            entry_path = site.in_source_dir(str(entry))
            if os.path.isdir(entry_path) or flt.symlink(entry_path) or not os.path.isfile(entry_path):
                continue
            if utils.has_yaml_header(entry_path):
                container = site.pages
                if any(site.in_source_dir(p.relative_path) == entry_path for p in container):
                    continue
                dir_, name = os.path.split(entry_path)
                dir_ = dir_.replace(site.source, "", 1)
                page = Page(site, site.source, dir_, name)
                if site.publisher.publish(page):
                    container.append(page)
            else:
                if any(site.in_source_dir(f.relative_path) == entry_path for f in site.static_files):
                    continue
                dir_, name = os.path.split(entry_path)
                site.static_files.append(StaticFile(site, site.source, dir_.replace(site.source, "", 1), name))

    def read_theme_assets(self) -> None:
        theme = self.site.theme
        assets = getattr(theme, "assets_path", None) if theme else None
        if not assets or not os.path.isdir(assets):
            return
        site = self.site
        for root, dirs, files in os.walk(assets):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(root, name)
                rel_dir = os.path.relpath(root, theme.root)
                rel = os.path.join(rel_dir, name)
                if any(p.relative_path == rel for p in site.pages) or \
                        any(f.relative_path == rel for f in site.static_files):
                    continue
                if utils.has_yaml_header(path):
                    site.pages.append(Page(site, theme.root, rel_dir, name))
                else:
                    site.static_files.append(StaticFile(site, theme.root, rel_dir, name))
