"""``Jekyll::Collection``: a folder of documents (``_posts``, ``_projects`` ...)."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

from jekyll_py import utils
from jekyll_py.document import Document, compare
from jekyll_py.drops.document_drop import CollectionDrop
from jekyll_py.entry_filter import EntryFilter
from jekyll_py.log import logger
from jekyll_py.static_file import StaticFile

if TYPE_CHECKING:
    from jekyll_py.site import Site


def _compare(a: Any, b: Any) -> int | None:
    """Ruby's ``<=>`` for the values front matter holds; ``None`` if incomparable."""
    try:
        if a == b:
            return 0
        return -1 if a < b else 1
    except TypeError:
        return None


def sort_documents(docs: list[Document]) -> None:
    """Sort in place with ``Document#<=>`` (date, then path; undated documents by path)."""
    docs[:] = utils.ruby_sort(docs, compare)


class Collection:
    def __init__(self, site: Site, label: str) -> None:
        self.site = site
        self.label = re.sub(r"[^a-z0-9_\-.]", "", label, flags=re.I)
        self.metadata: dict[str, Any] = self.extract_metadata()
        self.docs: list[Document] = []
        self.files: list[StaticFile] = []
        self._positions: dict[int, int] | None = None

    def extract_metadata(self) -> dict[str, Any]:
        collections = self.site.config.get("collections")
        if isinstance(collections, dict):
            return dict(collections.get(self.label) or {})
        return {}

    @property
    def relative_directory(self) -> str:
        return f"_{self.label}"

    @property
    def container(self) -> str:
        return self.site.config.get("collections_dir") or ""

    @property
    def directory(self) -> str:
        return self.site.in_source_dir(os.path.join(self.container, self.relative_directory))

    def collection_dir(self, *files: str) -> str:
        if not files:
            return self.directory
        return self.site.in_source_dir(self.container, self.relative_directory, *files)

    def exists(self) -> bool:
        return os.path.isdir(self.directory)

    def entry_filter(self) -> EntryFilter:
        return EntryFilter(self.site, self.relative_directory)

    def entries(self) -> list[str]:
        """Every file below the collection folder, relative to it, sorted like Ruby's glob."""
        if not self.exists():
            return []
        out = []
        base = self.directory
        for root, dirs, files in os.walk(base, followlinks=True):
            dirs.sort()
            rel_root = os.path.relpath(root, base)
            for name in sorted(files):
                out.append(name if rel_root == "." else os.path.join(rel_root, name))
            for name in dirs:
                out.append(name if rel_root == "." else os.path.join(rel_root, name))
        return sorted(out)

    def filtered_entries(self) -> list[str]:
        flt = self.entry_filter()
        return [e for e in flt.filter(self.entries()) if not os.path.isdir(self.collection_dir(e))]

    def read(self) -> None:
        for file_path in self.filtered_entries():
            full_path = self.collection_dir(file_path)
            if utils.has_yaml_header(full_path):
                self.read_document(full_path)
            else:
                self.read_static_file(file_path, full_path)
        if self.files:
            self.site.static_files.extend(self.files)
        self.sort_docs()

    def read_document(self, full_path: str) -> None:
        doc = Document(full_path, site=self.site, collection=self)
        doc.read()
        if self.site.unpublished or doc.published():
            self.docs.append(doc)

    def read_static_file(self, file_path: str, full_path: str) -> None:
        sub = os.path.dirname(file_path)
        rel_dir = self.relative_directory + "/" + sub if sub else self.relative_directory + "/"
        self.files.append(StaticFile(self.site, self.site.source, rel_dir,
                                     os.path.basename(full_path), self))

    def sort_docs(self) -> None:
        order = self.metadata.get("order")
        sort_by = self.metadata.get("sort_by")
        if isinstance(order, list):
            self._rearrange_docs(order)
        elif isinstance(sort_by, str):
            self._sort_docs_by_key(sort_by)
        else:
            sort_documents(self.docs)
        self._positions = None

    def _sort_docs_by_key(self, key: str) -> None:
        def cmp(a: Document, b: Document) -> int:
            av, bv = a.data.get(key), b.data.get(key)
            if av is None and bv is not None:
                logger.warn("Sort warning:", f"'{key}' not defined in {a.relative_path}")
                return 1
            if av is not None and bv is None:
                logger.warn("Sort warning:", f"'{key}' not defined in {b.relative_path}")
                return -1
            order = _compare(av, bv)
            if not order:
                return compare(a, b)
            return order

        self.docs = utils.ruby_sort(self.docs, cmp)

    def _rearrange_docs(self, order: list[Any]) -> None:
        sort_documents(self.docs)
        table = {doc.relative_path: doc for doc in self.docs}
        result: dict[str, Document | None] = {}
        for entry in order:
            result[os.path.join(self.relative_directory, str(entry))] = None
        for path, doc in table.items():
            result[path] = doc
        self.docs = [d for d in result.values() if d is not None]

    def position(self, doc: Document) -> int | None:
        """Index of ``doc`` in ``docs`` (for ``next``/``previous``), memoised.

        ``docs`` can be replaced or reordered by plugins and ``limit_posts``, so a
        memoised index is trusted only when it still points at ``doc``.
        """
        if self._positions is not None:
            pos = self._positions.get(id(doc))
            if pos is not None and pos < len(self.docs) and self.docs[pos] is doc:
                return pos
        self._positions = {id(d): i for i, d in enumerate(self.docs)}
        return self._positions.get(id(doc))

    def write(self) -> bool:
        return bool(self.metadata.get("output", False))

    @property
    def url_template(self) -> str:
        permalink = self.metadata.get("permalink")
        if permalink:
            return str(permalink)
        return utils.add_permalink_suffix("/:collection/:path", self.site.permalink_style)

    def to_liquid(self) -> CollectionDrop:
        return CollectionDrop(self)

    def __repr__(self) -> str:
        return f"<Collection @label={self.label} docs={len(self.docs)}>"
