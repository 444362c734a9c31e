"""``Jekyll::Regenerator``: which outputs need rendering again.

For every source file it keeps the mtime and the files it depended on
(layouts, includes, data); an output is redone when its source or any
dependency changed, or its destination is missing. With ``--incremental`` the
record is kept in ``.jekyll-py-metadata`` between runs (JSON; Jekyll's own
``.jekyll-metadata`` is a Ruby Marshal dump that Python cannot share).
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from jekyll_py.log import logger

if TYPE_CHECKING:
    from jekyll_py.site import Site

METADATA_FILE = ".jekyll-py-metadata"


class Regenerator:
    def __init__(self, site: Site) -> None:
        self.site = site
        self.metadata: dict[str, dict[str, Any]] = {}
        self.cache: dict[str, bool] = {}
        self.disabled: bool | None = None
        self.read_metadata()

    @property
    def metadata_file(self) -> str:
        return self.site.in_source_dir(METADATA_FILE)

    def is_disabled(self) -> bool:
        if self.disabled is None:
            self.disabled = not self.site.incremental()
        return self.disabled

    def regenerate(self, document: Any) -> bool:
        """``regenerate?``: must this page, document or static file be (re)written?"""
        if self.is_disabled():
            return True
        from jekyll_py.document import Document
        from jekyll_py.page import Page

        dest = document.destination(self.site.dest)
        if isinstance(document, Page):
            if document.asset_file() or document.data.get("regenerate"):
                return True
            return self.source_modified_or_dest_missing(
                self.site.in_source_dir(document.relative_path), dest)
        if isinstance(document, Document):
            if not document.write_p() or document.data.get("regenerate"):
                return True
            return self.source_modified_or_dest_missing(document.path, dest)
        return self.source_modified_or_dest_missing(getattr(document, "path", None), dest)

    def source_modified_or_dest_missing(self, source: str | None, dest: str | None) -> bool:
        return self.modified(source) or bool(dest and not os.path.exists(dest))

    def add(self, path: str) -> bool:
        if not os.path.exists(path):
            return True
        self.metadata[path] = {"mtime": os.stat(path).st_mtime, "deps": []}
        self.cache[path] = True
        return True

    def force(self, path: str) -> bool:
        self.cache[path] = True
        return True

    def clear(self) -> None:
        self.metadata = {}
        self.clear_cache()

    def clear_cache(self) -> None:
        self.cache = {}

    def modified(self, path: str | None) -> bool:
        if self.is_disabled() or path is None:
            return True
        if path in self.cache:
            return self.cache[path]
        if path in self.metadata:
            return self.existing_file_modified(path)
        return self.add(path)

    def existing_file_modified(self, path: str) -> bool:
        for dependency in self.metadata[path]["deps"]:
            if self.modified(dependency):
                self.cache[dependency] = self.cache[path] = True
                return True
        if os.path.exists(path) and self.metadata[path]["mtime"] == os.stat(path).st_mtime:
            self.cache[path] = False
            return False
        return self.add(path)

    def add_dependency(self, path: str, dependency: str) -> None:
        if self.is_disabled() or path not in self.metadata:
            return
        deps = self.metadata[path]["deps"]
        if dependency not in deps:
            deps.append(dependency)
            if dependency not in self.metadata:
                self.add(dependency)

    def dependents(self, path: str) -> list[str]:
        """Sources whose output used ``path`` (for watch-mode rebuilds)."""
        return [src for src, meta in self.metadata.items() if path in meta["deps"]]

    def write_metadata(self) -> None:
        if self.is_disabled():
            return
        logger.debug("Writing Metadata:", METADATA_FILE)
        tmp = self.metadata_file + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(self.metadata, fh)
        os.replace(tmp, self.metadata_file)

    def read_metadata(self) -> None:
        path = self.metadata_file
        if not os.path.isfile(path):
            self.metadata = {}
            return
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
            self.metadata = data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            self.metadata = {}
