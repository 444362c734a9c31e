"""``Jekyll::StaticFile``: a file copied to the destination as it is."""

from __future__ import annotations

import os
import re
import shutil
from datetime import datetime
from typing import TYPE_CHECKING, Any

from jekyll_py.drops.document_drop import StaticFileDrop
from jekyll_py.url import URL, unescape_path
from jekyll_py.utils import file_join

if TYPE_CHECKING:
    from jekyll_py.collection import Collection
    from jekyll_py.site import Site


class StaticFile:
    #: source path -> mtime of the last copy, shared like Jekyll's class-level cache.
    mtimes: dict[str, int] = {}
    #: Jekyll delegates ``to_json`` to ``to_liquid`` (the drop's hash).
    json_via_to_liquid = True

    def __init__(self, site: Site, base: str, dir: str, name: str,
                 collection: Collection | None = None) -> None:
        self.site = site
        self.base = base
        self.dir = dir
        self.name = name
        self.collection = collection
        self.relative_path = file_join(*[p for p in (dir, name) if p is not None])
        self.extname = os.path.splitext(name)[1]
        self._url: str | None = None
        self._data: dict[str, Any] | None = None

    @property
    def path(self) -> str:
        if self.collection is not None and self.site.config.get("collections_dir"):
            return file_join(self.base, self.site.config["collections_dir"], self.dir, self.name)
        return file_join(self.base, self.dir, self.name)

    @property
    def type(self) -> str | None:
        return None if self.collection is None else self.collection.label

    @property
    def basename(self) -> str:
        return re.sub(r"\.*\Z", "", os.path.splitext(self.name)[0]) if self.extname else \
            re.sub(r"\.*\Z", "", self.name)

    @property
    def cleaned_relative_path(self) -> str:
        rel = self.relative_path
        cleaned = rel[: len(rel) - len(self.extname)] if self.extname else rel
        cleaned = re.sub(r"\.*\Z", "", cleaned)
        if self.collection is not None:
            cleaned = cleaned.replace(self.collection.relative_directory, "", 1)
        return cleaned

    @property
    def url(self) -> str:
        if self._url is None:
            if self.collection is None:
                base = self.cleaned_relative_path
            else:
                placeholders = {
                    "collection": self.collection.label,
                    "path": self.cleaned_relative_path,
                    "output_ext": "",
                    "name": self.basename,
                    "title": "",
                }
                base = URL(template=self.collection.url_template, placeholders=placeholders).to_s()
            base = base[:-1] if base.endswith("/") else base
            self._url = base + self.extname
        return self._url

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            self._data = self.site.frontmatter_defaults.all(self.relative_path, self.type)
        return self._data

    @property
    def modified_time(self) -> datetime:
        return datetime.fromtimestamp(os.stat(self.path).st_mtime).astimezone()

    @property
    def mtime(self) -> int:
        return int(os.stat(self.path).st_mtime)

    def destination(self, dest: str) -> str:
        return self.site.in_dest_dir(dest, unescape_path(self.url))

    def write_p(self) -> bool:
        defaults = self.site.frontmatter_defaults.all(self.url, self.type)
        publishable = defaults.get("published", True)
        if self.collection is None:
            return bool(publishable)
        return bool(publishable) and self.collection.write()

    def modified(self) -> bool:
        return StaticFile.mtimes.get(self.path) != self.mtime

    def write(self, dest: str) -> bool:
        dest_path = self.destination(dest)
        if os.path.exists(dest_path) and not self.modified():
            return False
        StaticFile.mtimes[self.path] = self.mtime
        os.makedirs(os.path.dirname(dest_path), exist_ok=True)
        # Copy beside the target and rename, so a reader never sees half a file.
        tmp = f"{dest_path}.jekyll-py-tmp"
        shutil.copy2(self.path, tmp)
        os.replace(tmp, dest_path)
        return True

    def to_liquid(self) -> StaticFileDrop:
        return StaticFileDrop(self)

    def __repr__(self) -> str:
        return f"<StaticFile {self.relative_path!r}>"
