"""jekyll-relative-links 0.7: Markdown links to ``.md`` files point at their pages.

``[text](other.md)`` written for GitHub's file view is rewritten, before
conversion, to the URL the linked file gets on the site (with ``baseurl``);
reference definitions too. Fragments and titles survive; absolute URLs,
bare fragments and links to unknown files are left alone. Options under
``relative_links:``: ``enabled: false``, ``collections: true``, ``exclude:``
(globs).
"""

from __future__ import annotations

import posixpath
import re
from typing import Any
from urllib.parse import unquote_plus

from jekyll_py.document import Document
from jekyll_py.entry_filter import EntryFilter
from jekyll_py.plugin import Generator
from jekyll_py.plugins._markdown import is_markdown, option
from jekyll_py.plugins._support import is_absolute_url, relative_url
from jekyll_py.static_file import StaticFile

GEM = "jekyll-relative-links"
CONFIG_KEY = "relative_links"
_FRAG_AND_TITLE = r"(#.+?|)?" + r"""(\s+"(?:\\"|[^"])*(?<!\\)"|\s+"(?:\\'|[^'])*(?<!\\)')?"""
INLINE_LINK = r"\[(.*?)\]\(([^)]+?)" + _FRAG_AND_TITLE + r"\)"
REFERENCE_LINK = r"^\s*?\[(.*?)\]: (.+?)" + _FRAG_AND_TITLE + r"\s*?$"
LINK_REGEX = re.compile(f"({INLINE_LINK}|{REFERENCE_LINK})", re.M)


def path_from_root(link: str, url_base: str) -> str | None:
    """The linked file's path from the source root, ``None`` if it climbs out of the site.

    The gem expands the path against the working directory and strips that
    prefix again; resolving against a virtual root is the same, and a link
    that climbs above the root cannot match any file.
    """
    is_absolute = link.startswith("/")
    base = "" if is_absolute or url_base == "." else url_base
    depth = 0
    for part in [*base.split("/"), *link.lstrip("/").split("/")]:
        if part == "..":
            depth -= 1
            if depth < 0:
                return None
        elif part not in ("", "."):
            depth += 1
    return posixpath.normpath(posixpath.join("/", base, link.lstrip("/"))).lstrip("/")


class RelativeLinks(Generator):
    gem = GEM
    safe = True
    priority = "lowest"

    def generate(self, site: Any) -> None:
        if option(site, CONFIG_KEY, "enabled") is False:
            return
        self.site = site
        self._targets: dict[str, str] | None = None
        documents = list(site.pages)
        if option(site, CONFIG_KEY, "collections") is True:
            documents += site.docs_to_write()
        for document in documents:
            if not is_markdown(site, document.extname) or isinstance(document, StaticFile):
                continue
            if self._excluded(document):
                continue
            self.replace_relative_links(document)

    def replace_relative_links(self, document: Any) -> None:
        if document.content is None:
            return
        url_base = posixpath.dirname(document.relative_path) or "."
        document.content = LINK_REGEX.sub(lambda m: self._replace(m, url_base), document.content)
        if document.data.get("excerpt"):
            from jekyll_py.excerpt import Excerpt

            if isinstance(document, Document):
                document.data["excerpt"] = Excerpt(document)

    def _replace(self, match: re.Match[str], url_base: str) -> str:
        inline = match.group(2) is not None
        text, path, fragment, title = (match.group(i) for i in ((2, 3, 4, 5) if inline else (6, 7, 8, 9)))
        if path.startswith("#") or is_absolute_url(path):
            return match.group(0)
        relative = path_from_root(path, url_base)
        url = self._url_for_path(relative) if relative is not None else None
        if url is None:
            return match.group(0)
        url += fragment or ""
        if inline:
            return f"[{text}]({url}{title or ''})"
        return f"\n[{text}]: {url}{title or ''}"

    def _url_for_path(self, path: str) -> str | None:
        """The URL of the page, static file or document at *path* (the first one wins)."""
        if self._targets is None:
            # Built once per build, like the gem's memoised list: links are many.
            self._targets = {}
            for target in [*self.site.pages, *self.site.static_files, *self.site.docs_to_write()]:
                self._targets.setdefault(target.relative_path.lstrip("/"), target.url)
        url = self._targets.get(unquote_plus(path))
        return relative_url(self.site.config, url) if url else None

    def _excluded(self, document: Any) -> bool:
        patterns = option(self.site, CONFIG_KEY, "exclude")
        if not patterns:
            return False
        return EntryFilter(self.site).glob_include(patterns, document.relative_path)
