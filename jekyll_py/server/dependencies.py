"""Which outputs an edit can reach, read from the templates each item renders with.

Jekyll's ``Regenerator`` learns dependencies while rendering, and only for
layouts (includes only in ``--incremental`` mode). The watcher needs more -
"does this page list the site's posts?" - and needs it for every item, so it
reads the templates itself: an item's own unrendered content, its layout
chain and, recursively, the files they include. Each template is analysed by
python-liquid (:mod:`jekyll_py.server.template_analysis`), so a ``site.posts``
inside ``{% comment %}``/``{% raw %}`` or in prose does not make a listing
page; a template python-liquid cannot parse is judged by its text, as before.
The answers are memoised per item until the item or the templates change.
"""

from __future__ import annotations

import os
from typing import Any

from jekyll_py.server.template_analysis import TemplateReads, analyze_template

#: Template text that means "this output lists documents of the site".
DOC_LIST_TOKENS = (
    "site.posts",
    "site.documents",
    "site.collections",
    "site.tags",
    "site.categories",
    "site[",
    "paginator",
)
#: Template text that means "this output lists pages".
PAGE_LIST_TOKENS = ("site.pages", "site.html_pages", "site[")


def is_generated(item: Any) -> bool:
    """Pages a plugin made (no file of their own): recomputed, never re-read."""
    from jekyll_py.page import PageWithoutAFile

    return isinstance(item, PageWithoutAFile) or hasattr(item, "producer")


class TemplateUsage:
    """Answers "what does this item's rendering read?" for one site."""

    def __init__(self, site: Any, pristine: dict[int, str]) -> None:
        self.site = site
        #: id(item) -> unrendered content (shared with the regenerator).
        self.pristine = pristine
        #: id(item) -> (template text, includes a computed name, included files, reads).
        self._closure: dict[int, tuple[str, bool, frozenset[str], tuple[TemplateReads, ...]]] = {}
        self._lists_docs: dict[int, bool] = {}
        self._file_text: dict[str, tuple[float, str]] = {}

    def forget(self, item: Any = None) -> None:
        """Drop memoised answers: for one re-read item, or all (templates changed)."""
        if item is None:
            self._closure.clear()
            self._lists_docs.clear()
        else:
            self._closure.pop(id(item), None)
            self._lists_docs.pop(id(item), None)

    # -- layouts -------------------------------------------------------------------

    def layout_chain(self, item: Any) -> list[Any]:
        chain: list[Any] = []
        name = item.data.get("layout") if isinstance(item.data, dict) else None
        layouts = self.site.layouts
        while name is not None and str(name) in layouts:
            layout = layouts[str(name)]
            if any(layout is seen for seen in chain):
                break
            chain.append(layout)
            name = layout.data.get("layout")
        return chain

    def uses_layout(self, item: Any, layout_paths: list[str]) -> bool:
        return any(os.path.abspath(lay.path) in layout_paths for lay in self.layout_chain(item))

    # -- includes --------------------------------------------------------------------

    def _scan(self, item: Any) -> tuple[str, bool, frozenset[str], tuple[TemplateReads, ...]]:
        """(all template text, includes a computed name, files included by path, reads).

        Includes come from the analysed tree, so one inside ``{% comment %}``
        does not count; the text of unparsable templates is scanned instead.
        """
        key = id(item)
        if key not in self._closure:
            parts = [self.pristine.get(key, getattr(item, "content", "") or "")]
            parts += [lay.content for lay in self.layout_chain(item)]
            dynamic = False
            files: set[str] = set()
            reads: list[TemplateReads] = []
            queue = list(parts)
            while queue:
                text = queue.pop()
                analysis = analyze_template(text)
                reads.append(analysis)
                for ref in analysis.includes:
                    if ref.name is None:
                        dynamic = True
                        continue
                    path = self._locate(item, ref.tag, ref.name)
                    if path is None or path in files:
                        continue
                    files.add(path)
                    body = self._read(path)
                    parts.append(body)
                    queue.append(body)
            self._closure[key] = ("\n".join(parts), dynamic, frozenset(files), tuple(reads))
        return self._closure[key]

    def _locate(self, item: Any, tag: str, name: str) -> str | None:
        if tag == "include_relative":
            source = getattr(item, "path_abs", None) or getattr(item, "path", None)
            if not source or not os.path.isabs(str(source)):
                return None
            path = os.path.abspath(os.path.join(os.path.dirname(str(source)), name))
            return path if os.path.isfile(path) else None
        for directory in self.site.includes_load_paths:
            path = os.path.abspath(os.path.join(directory, name))
            if os.path.isfile(path):
                return path
        return None

    def _read(self, path: str) -> str:
        mtime = os.stat(path).st_mtime
        cached = self._file_text.get(path)
        if cached is None or cached[0] != mtime:
            with open(path, encoding="utf-8", errors="replace") as fh:
                cached = (mtime, fh.read())
            self._file_text[path] = cached
        return cached[1]

    def template_text(self, item: Any) -> tuple[str, bool]:
        """All template text an item renders with, and whether it includes dynamically."""
        text, dynamic, _files, _reads = self._scan(item)
        return text, dynamic

    def uses_include(self, item: Any, paths: list[str]) -> bool:
        """Whether ``item`` includes any of ``paths`` (absolute), directly or not."""
        _text, dynamic, files, _reads = self._scan(item)
        return dynamic or any(p in files for p in paths)

    def includes_file(self, item: Any, path: str) -> bool:
        """Whether ``item`` includes the file at ``path`` (``include_relative`` too)."""
        return path in self._scan(item)[2]

    # -- listings --------------------------------------------------------------------

    def lists_documents(self, item: Any) -> bool:
        """Whether ``item``'s templates iterate over the site's documents (memoised)."""
        key = id(item)
        if key not in self._lists_docs:
            if is_generated(item):
                self._lists_docs[key] = True
            else:
                self._lists_docs[key] = self._mentions(item, DOC_LIST_TOKENS, collections=True)
        return self._lists_docs[key]

    def lists_without_paginator(self, item: Any) -> bool:
        tokens = tuple(t for t in DOC_LIST_TOKENS if t != "paginator")
        return self._mentions(item, tokens, collections=True)

    def reads_data(self, item: Any) -> bool:
        """Whether ``item``'s templates read ``site.data`` (plugin pages are assumed to)."""
        return is_generated(item) or self._mentions(item, ("site.data", "site["))

    def lists_pages(self, item: Any) -> bool:
        return is_generated(item) or self._mentions(item, PAGE_LIST_TOKENS)

    def _mentions(self, item: Any, tokens: tuple[str, ...], collections: bool = False) -> bool:
        """Whether any template ``item`` renders with reads one of ``tokens``."""
        reads = self._scan(item)[3]
        if collections:
            tokens = (*tokens, *(f"site.{label}" for label in self.site.collections))
        return any(analysis.mentions(tokens) for analysis in reads)
