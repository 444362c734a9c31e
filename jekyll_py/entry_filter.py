"""``Jekyll::EntryFilter``: which files and folders of the source take part in the build."""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from jekyll_py.utils import is_within, path_join

if TYPE_CHECKING:
    from jekyll_py.site import Site

_SPECIAL_LEADING = re.compile(r"\A[._#~]")


class EntryFilter:
    """Filters directory entries by Jekyll's rules.

    Entries starting with ``.``, ``_``, ``#`` or ``~`` and backups ending in
    ``~`` are skipped unless listed in ``include``; ``exclude`` patterns are
    matched with ``File.fnmatch`` semantics (``*`` crosses ``/``) and also as
    plain prefixes, exactly as Jekyll does.
    """

    def __init__(self, site: Site, base_directory: str = "") -> None:
        self.site = site
        base = str(base_directory or "")
        if base.startswith(site.source):
            base = base[len(site.source):]
        self.base_directory = base

    def relative_to_source(self, entry: str) -> str:
        return path_join(self.base_directory, entry) if self.base_directory else "/" + entry

    def filter(self, entries: Iterable[str]) -> list[str]:
        result = []
        for entry in entries:
            if entry.endswith("."):
                continue
            included = self.included(entry)
            if self.excluded(entry) and not included:
                continue
            if self.symlink(entry):
                continue
            if included:
                result.append(entry)
                continue
            if self.special(entry) or self.backup(entry):
                continue
            result.append(entry)
        return result

    def included(self, entry: str) -> bool:
        include = list(self.site.include)
        exclude = list(self.site.exclude)
        return self.glob_include([p for p in include if p not in exclude], entry) or \
            self.glob_include(include, os.path.basename(entry))

    @staticmethod
    def special(entry: str) -> bool:
        return bool(_SPECIAL_LEADING.match(entry) or _SPECIAL_LEADING.match(os.path.basename(entry)))

    @staticmethod
    def backup(entry: str) -> bool:
        return entry.endswith("~")

    def excluded(self, entry: str) -> bool:
        include = list(self.site.include)
        patterns = [p for p in self.site.exclude if p not in include]
        return self.glob_include(patterns, self.relative_to_source(entry))

    def symlink(self, entry: str) -> bool:
        """Whether *entry* must be skipped because a symlink takes it outside the source.

        Jekyll skips such links only in safe mode; jekyll-py never reads
        outside the site source, so a file or folder of the source that
        resolves elsewhere (through a link anywhere on its path) is skipped in
        every mode, with a warning outside safe mode. Entries that are not in
        the source (a theme's files) follow Jekyll's safe-mode rule.
        """
        path = entry if os.path.isabs(entry) else self.site.in_source_dir(self.base_directory, entry)
        real_source = os.path.realpath(self.site.source)
        target = os.path.realpath(path)
        if is_within(target, real_source):
            return False
        if not is_within(path, self.site.source):
            return bool(self.site.safe) and os.path.islink(path)
        if not self.site.safe:
            warned = self.site.__dict__.setdefault("_outside_links_warned", set())
            if path not in warned:
                warned.add(path)
                from jekyll_py.log import logger

                shown = os.path.relpath(path, self.site.source)
                logger.warn("Symlink:", f"{shown} leads outside the site source ({target}); skipped.")
        return True

    def glob_include(self, patterns: Iterable[object], entry: str) -> bool:
        entry_with_source = path_join(self.site.source, entry)
        is_dir = os.path.isdir(entry_with_source)
        for pattern in patterns:
            if isinstance(pattern, re.Pattern):
                if pattern.search(entry_with_source):
                    return True
                continue
            if not isinstance(pattern, str):
                continue
            pattern_with_source = path_join(self.site.source, pattern)
            if (
                fnmatch.fnmatchcase(entry_with_source, pattern_with_source)
                or entry_with_source.startswith(pattern_with_source)
                or (is_dir and pattern_with_source == entry_with_source + "/")
            ):
                return True
        return False
