"""``Jekyll::FrontmatterDefaults``: the ``defaults:`` sets of the configuration."""

from __future__ import annotations

import glob
import os
from typing import TYPE_CHECKING, Any

from jekyll_py import utils
from jekyll_py.log import logger

if TYPE_CHECKING:
    from jekyll_py.site import Site

_DEPRECATED_TYPES = {"page": "pages", "post": "posts", "draft": "drafts"}


class FrontmatterDefaults:
    def __init__(self, site: Site) -> None:
        self.site = site
        self._sets: list[dict[str, Any]] | None = None
        self._glob_cache: dict[str, list[str]] = {}
        self._matched: dict[tuple[str, str | None], list[dict[str, Any]]] = {}

    def reset(self) -> None:
        self._sets = None
        self._glob_cache = {}
        self._matched = {}

    def valid_sets(self) -> list[dict[str, Any]]:
        if self._sets is None:
            sets = self.site.config.get("defaults")
            out: list[dict[str, Any]] = []
            if isinstance(sets, list):
                for entry in sets:
                    if isinstance(entry, dict) and isinstance(entry.get("values"), dict):
                        entry = dict(entry)
                        scope = entry.get("scope")
                        if isinstance(scope, dict) and scope.get("type") in _DEPRECATED_TYPES:
                            scope = dict(scope)
                            scope["type"] = _DEPRECATED_TYPES[scope["type"]]
                            entry["scope"] = scope
                        if "date" in entry["values"]:
                            values = dict(entry["values"])
                            values["date"] = utils.parse_date(
                                values["date"],
                                f"An invalid date format was found in a front-matter default set: {entry}",
                            )
                            entry["values"] = values
                        out.append(entry)
                    else:
                        logger.warn("Defaults:", "An invalid front-matter default set was found:")
                        logger.warn(str(entry))
            self._sets = out
        return self._sets

    def find(self, path: str, type_: str | None, setting: str) -> Any:
        value = None
        old_scope = None
        for entry in self.matching_sets(path, type_):
            if setting in entry["values"] and self.has_precedence(old_scope, entry.get("scope")):
                value = entry["values"][setting]
                old_scope = entry.get("scope")
        return value

    def all(self, path: str, type_: str | None) -> dict[str, Any]:
        defaults: dict[str, Any] = {}
        old_scope = None
        for entry in self.matching_sets(path, type_):
            if self.has_precedence(old_scope, entry.get("scope")):
                defaults = utils.deep_merge_hashes(defaults, entry["values"])
                old_scope = entry.get("scope")
            else:
                defaults = utils.deep_merge_hashes(entry["values"], defaults)
        return defaults

    def matching_sets(self, path: str, type_: str | None) -> list[dict[str, Any]]:
        key = (path, type_)
        if key not in self._matched:
            self._matched[key] = [
                s for s in self.valid_sets()
                if not isinstance(s.get("scope"), dict) or self.applies(s["scope"], path, type_)
            ]
        return self._matched[key]

    def applies(self, scope: dict[str, Any], path: str, type_: str | None) -> bool:
        return self.applies_type(scope, type_) and self.applies_path(scope, path)

    @staticmethod
    def applies_type(scope: dict[str, Any], type_: str | None) -> bool:
        return "type" not in scope or (type_ is not None and str(type_) == str(scope["type"]))

    def applies_path(self, scope: dict[str, Any], path: str) -> bool:
        rel_scope = scope.get("path")
        if not isinstance(rel_scope, str) or not rel_scope:
            return True
        sanitized = self.sanitize_path(path)
        if "*" in rel_scope:
            abs_scope = os.path.join(self.site.source, rel_scope)
            if abs_scope not in self._glob_cache:
                self._glob_cache[abs_scope] = glob.glob(abs_scope)
            for scope_path in self._glob_cache[abs_scope]:
                rel = os.path.relpath(scope_path, self.site.source)
                if sanitized.startswith(self.strip_collections_dir(rel)):
                    return True
            return False
        return sanitized.startswith(self.strip_collections_dir(rel_scope))

    def strip_collections_dir(self, path: str) -> str:
        cdir = self.site.config.get("collections_dir") or ""
        if not cdir or not path.startswith(cdir + "/"):
            return path
        return path.replace(cdir + "/", "", 1)

    @staticmethod
    def sanitize_path(path: str | None) -> str:
        if not path:
            return ""
        if path.startswith("/"):
            path = path[1:]
        return path

    def has_precedence(self, old_scope: Any, new_scope: Any) -> bool:
        if old_scope is None:
            return True
        old_scope = old_scope if isinstance(old_scope, dict) else {}
        new_scope = new_scope if isinstance(new_scope, dict) else {}
        new_path = self.sanitize_path(new_scope.get("path"))
        old_path = self.sanitize_path(old_scope.get("path"))
        if len(new_path) != len(old_path):
            return len(new_path) >= len(old_path)
        if "type" in new_scope:
            return True
        return "type" not in old_scope
