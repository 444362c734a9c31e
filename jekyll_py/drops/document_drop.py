"""Drops for documents, excerpts, collections, static files and URL placeholders."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from jekyll_py.drops.drop import Drop
from jekyll_py.liquid import ruby
from jekyll_py.slugify import slugify

if TYPE_CHECKING:
    from jekyll_py.document import Document

#: Fields left out of a neighbouring document when ``jsonify`` nests two deep.
NESTED_OBJECT_FIELD_BLACKLIST = ("content", "output", "excerpt", "next", "previous")


class DocumentDrop(Drop):
    """``Jekyll::Drops::DocumentDrop``; the key order is Ruby's method order."""

    CONTENT_METHODS = (
        "name", "id", "relative_path", "excerpt", "title", "categories", "collection",
        "next", "tags", "previous", "content", "output", "path", "url", "date",
    )

    def fallback_data(self) -> Mapping[str, Any]:
        return self._obj.data

    def m_name(self) -> Any:
        return self._obj.data.get("name") or self._obj.basename

    def m_id(self) -> str:
        return self._obj.id

    def m_relative_path(self) -> str:
        return self._obj.relative_path

    m_path = m_relative_path

    def m_excerpt(self) -> Any:
        excerpt = self._obj.data.get("excerpt")
        return "" if excerpt is None else str(excerpt)

    def m_title(self) -> Any:
        return self._obj.data.get("title")

    def m_categories(self) -> Any:
        return self._obj.data.get("categories")

    def m_tags(self) -> Any:
        return self._obj.data.get("tags")

    def m_collection(self) -> str:
        return self._obj.collection.label

    def m_next(self) -> Any:
        doc = self._obj.next_doc()
        return doc.to_liquid() if doc is not None else None

    def m_previous(self) -> Any:
        doc = self._obj.previous_doc()
        return doc.to_liquid() if doc is not None else None

    def m_content(self) -> Any:
        return self._obj.content

    def m_output(self) -> Any:
        return self._obj.output

    def m_url(self) -> str:
        return self._obj.url

    def m_date(self) -> Any:
        return self._obj.date

    def __str__(self) -> str:
        return str(self._obj)

    def hash_for_json(self, depth: int = 0) -> dict[str, Any]:
        hash_ = self.to_h()
        if depth >= 2:
            for key in ("previous", "next"):
                if hash_.get(key) is not None:
                    hash_[key] = collapse_document(hash_[key])
        return hash_

    def sort_key(self) -> tuple:
        return self._obj.sort_key()


def collapse_document(doc: Mapping[str, Any]) -> dict[str, Any]:
    return {k: doc[k] for k in doc.keys() if k not in NESTED_OBJECT_FIELD_BLACKLIST}


class ExcerptDrop(DocumentDrop):
    """``Jekyll::Drops::ExcerptDrop``: an excerpt looks like its document."""

    CONTENT_METHODS = ("layout", "date", "excerpt", "name", *[
        m for m in DocumentDrop.CONTENT_METHODS if m not in ("date", "excerpt", "name")
    ])

    def m_layout(self) -> Any:
        return self._obj.doc.data.get("layout")

    def m_date(self) -> Any:
        return self._obj.doc.date

    def m_excerpt(self) -> Any:
        return None

    def m_name(self) -> Any:
        return self._obj.doc.data.get("name") or self._obj.doc.basename


class CollectionDrop(Drop):
    # Ruby lists the drop's methods in this order (`{% for key in collection %}`, jsonify).
    CONTENT_METHODS = ("label", "files", "docs", "output", "relative_directory", "directory")

    def fallback_data(self) -> Mapping[str, Any]:
        return self._obj.metadata

    def m_output(self) -> bool:
        return self._obj.write()

    def m_label(self) -> str:
        return self._obj.label

    def m_docs(self) -> list:
        return self._obj.docs

    def m_files(self) -> list:
        return self._obj.files

    def m_directory(self) -> str:
        return self._obj.directory

    def m_relative_directory(self) -> str:
        return self._obj.relative_directory


class StaticFileDrop(Drop):
    CONTENT_METHODS = ("name", "basename", "extname", "path", "collection", "modified_time")

    def fallback_data(self) -> Mapping[str, Any]:
        return self._obj.data

    def m_name(self) -> str:
        return self._obj.name

    def m_extname(self) -> str:
        return self._obj.extname

    def m_modified_time(self) -> Any:
        return self._obj.modified_time

    def m_basename(self) -> str:
        return self._obj.basename

    def m_path(self) -> str:
        return "/" + self._obj.relative_path.lstrip("/")

    def m_collection(self) -> Any:
        return self._obj.type


class UrlDrop:
    """``Jekyll::Drops::UrlDrop``: the placeholders of a document's permalink."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc

    def has(self, key: str) -> bool:
        return hasattr(self, "p_" + key)

    def get(self, key: str) -> Any:
        return getattr(self, "p_" + key)()

    def _date(self, fmt: str) -> str:
        # Only numeric and English-name directives are used, so the C locale
        # strftime gives Ruby's output.
        return self._doc.date.strftime(fmt)

    def p_output_ext(self) -> str:
        return self._doc.output_ext

    def p_path(self) -> str:
        return self._doc.cleaned_relative_path

    def p_collection(self) -> str:
        return self._doc.collection.label

    def p_name(self) -> Any:
        return slugify(self._doc.basename_without_ext)

    def p_title(self) -> Any:
        slug = self._doc.data.get("slug")
        return slugify(slug, mode="pretty", cased=True) if slug is not None else \
            slugify(self._doc.basename_without_ext, mode="pretty", cased=True)

    def p_slug(self) -> Any:
        slug = self._doc.data.get("slug")
        return slugify(slug) if slug is not None else slugify(self._doc.basename_without_ext)

    def p_categories(self) -> str:
        cats = self._doc.data.get("categories")
        cats = cats if isinstance(cats, list) else ([] if cats is None else [cats])
        return "/".join(dict.fromkeys(ruby.to_s(c).lower() for c in cats))

    def p_slugified_categories(self) -> str:
        cats = self._doc.data.get("categories")
        cats = cats if isinstance(cats, list) else ([] if cats is None else [cats])
        return "/".join(dict.fromkeys(slugify(ruby.to_s(c)) or "" for c in cats))

    def p_year(self) -> str:
        return self._date("%Y")

    def p_month(self) -> str:
        return self._date("%m")

    def p_day(self) -> str:
        return self._date("%d")

    def p_hour(self) -> str:
        return self._date("%H")

    def p_minute(self) -> str:
        return self._date("%M")

    def p_second(self) -> str:
        return self._date("%S")

    def p_i_day(self) -> str:
        return str(self._doc.date.day)

    def p_i_month(self) -> str:
        return str(self._doc.date.month)

    def p_short_month(self) -> str:
        return self._date("%b")

    def p_long_month(self) -> str:
        return self._date("%B")

    def p_short_year(self) -> str:
        return self._date("%y")

    def p_w_year(self) -> str:
        return self._date("%G")

    def p_week(self) -> str:
        return self._date("%V")

    def p_w_day(self) -> str:
        return self._date("%u")

    def p_short_day(self) -> str:
        return self._date("%a")

    def p_long_day(self) -> str:
        return self._date("%A")

    def p_y_day(self) -> str:
        return self._date("%j")
