"""``Jekyll::Cleaner``: removes files from the destination that the build no longer makes."""

from __future__ import annotations

import os
import re
import shutil
from typing import TYPE_CHECKING

from jekyll_py import hooks
from jekyll_py.utils import is_within

if TYPE_CHECKING:
    from jekyll_py.site import Site


class Cleaner:
    def __init__(self, site: Site) -> None:
        self.site = site

    def cleanup(self) -> None:
        for path in sorted(self.obsolete_files(), key=len, reverse=True):
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            elif os.path.lexists(path):
                os.remove(path)
        if not self.site.incremental():
            meta = self.site.regenerator.metadata_file
            if os.path.exists(meta):
                os.remove(meta)

    def obsolete_files(self) -> list[str]:
        new_files = self.new_files()
        new_dirs = self.new_dirs(new_files)
        # A file where a folder is needed goes; so does a link in the destination
        # leading out of it, so that nothing is ever written outside (Jekyll
        # would write through the link).
        real_dest = os.path.realpath(self.site.dest)
        replaced = {d for d in new_dirs
                    if os.path.isfile(d) or (os.path.islink(d) and not is_within(os.path.realpath(d), real_dest))}
        out = sorted((self.existing_files() - new_files - new_dirs) | replaced)
        hooks.trigger("clean", "on_obsolete", out, enabled=self.site.plugin_enabled)
        return out

    def existing_files(self) -> set[str]:
        dest = self.site.dest
        files: set[str] = set()
        if not os.path.isdir(dest):
            return files
        keep_re = self.keep_file_regex()
        keep_dirs = self.keep_dirs()
        for root, dirs, names in os.walk(dest):
            for name in dirs + names:
                path = os.path.join(root, name)
                if keep_re.match(path) or path in keep_dirs:
                    continue
                files.add(path)
        return files

    def new_files(self) -> set[str]:
        return {item.destination(self.site.dest) for item in self.site.each_site_file()}

    def new_dirs(self, new_files: set[str]) -> set[str]:
        dirs: set[str] = set()
        for file in new_files:
            dirs.update(self.parent_dirs(file))
        return dirs

    def parent_dirs(self, file: str) -> list[str]:
        out = []
        parent = os.path.dirname(file)
        while parent != self.site.dest and parent.startswith(self.site.dest):
            out.append(parent)
            parent = os.path.dirname(parent)
        return out

    def keep_dirs(self) -> set[str]:
        dirs: set[str] = set()
        for file in self.site.keep_files:
            dirs.update(self.parent_dirs(self.site.in_dest_dir(str(file))))
        return dirs

    def keep_file_regex(self) -> re.Pattern[str]:
        keep = "|".join(re.escape(str(k)) for k in self.site.keep_files) or "(?!)"
        return re.compile(r"\A" + re.escape(self.site.dest) + "/(" + keep + ")")
