"""``Jekyll::Document``: a file in a collection (posts included)."""

from __future__ import annotations

import datetime as _dt
import os
import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from jekyll_py import frontmatter, hooks, utils
from jekyll_py.convertible import write_output
from jekyll_py.drops.document_drop import DocumentDrop, UrlDrop
from jekyll_py.errors import (
    FatalException,
    InvalidEncodingError,
    YAMLDisallowedClassError,
    YAMLError,
)
from jekyll_py.liquid import ruby, rubystring
from jekyll_py.liquid.rubystring import ruby_split
from jekyll_py.log import logger
from jekyll_py.url import URL, permalink_option, unescape_path

if TYPE_CHECKING:
    from jekyll_py.collection import Collection
    from jekyll_py.renderer import Renderer
    from jekyll_py.site import Site

DATELESS_FILENAME_MATCHER = re.compile(r"^(?:.+/)*(.*)(\.[^.]+)$")
DATE_FILENAME_MATCHER = re.compile(r"^(?:.+/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$")
SASS_FILE_EXTS = (".sass", ".scss")
YAML_FILE_EXTS = (".yaml", ".yml")


class Document:
    def __init__(self, path: str, site: Site, collection: Collection) -> None:
        self.path = path
        self.site = site
        self.collection = collection
        self.extname = os.path.splitext(path)[1]
        self.type = collection.label
        self.data: dict[str, Any] = {}
        self.content: str = ""
        self.output: str | None = None
        self.line_offset = 0
        self._url: str | None = None
        self._renderer: Renderer | None = None
        self._drop: DocumentDrop | None = None
        self._write: bool | None = None
        self.relative_path = path.replace(site.collections_path + "/", "", 1)
        if self.draft():
            self.categories_from_path("_drafts")
        else:
            self.categories_from_path(collection.relative_directory)
        self.trigger_hooks("post_init")

    # -- identity -----------------------------------------------------------------
    @property
    def basename(self) -> str:
        return os.path.basename(self.path)

    @property
    def basename_without_ext(self) -> str:
        return os.path.splitext(self.basename)[0]

    @property
    def name(self) -> str:
        return self.basename

    @property
    def cleaned_relative_path(self) -> str:
        rel = self.relative_path
        rel = rel[: len(rel) - len(self.extname)] if self.extname else rel
        rel = rel.replace(self.collection.relative_directory, "", 1)
        return re.sub(r"\.*\Z", "", rel)

    def draft(self) -> bool:
        if "draft" not in self.data or self.data["draft"] is None:
            self.data["draft"] = (
                self.collection.relative_directory not in self.relative_path
                and self.collection.label == "posts"
            )
        return bool(self.data["draft"])

    @property
    def date(self) -> datetime:
        if self.data.get("date") is None:
            if self.draft():
                self.data["date"] = datetime.fromtimestamp(os.stat(self.path).st_mtime).astimezone()
            else:
                self.data["date"] = self.site.time
        return self.data["date"]

    def yaml_file(self) -> bool:
        return self.extname in YAML_FILE_EXTS

    def asset_file(self) -> bool:
        return self.extname in SASS_FILE_EXTS or self.extname == ".coffee"

    # -- data ----------------------------------------------------------------------
    def merge_data(self, other: dict[str, Any], source: str = "YAML front matter") -> None:
        other = dict(other)
        cats = other.get("categories")
        if cats is not None:
            if isinstance(cats, str):
                cats = ruby_split(cats, " ")  # String#split: ASCII whitespace only
            if isinstance(self.data.get("categories"), list):
                if not isinstance(cats, list):  # Array#| on anything else
                    shown = str(cats).lower() if isinstance(cats, bool) else _ruby_class(cats)
                    raise ValueError(f"no implicit conversion of {shown} into Array")
                cats = _ruby_uniq([*self.data["categories"], *cats])
            other["categories"] = cats
        utils.deep_merge_hashes_in_place(self.data, other)
        if "date" in self.data and self.data["date"] is not None:
            self.data["date"] = utils.parse_date(
                self.data["date"],
                f"Document '{self.relative_path}' does not have a valid date in the {source}.",
            )

    def categories_from_path(self, special_dir: str) -> None:
        if self.relative_path.startswith(special_dir):
            superdirs: list[str] = []
        else:
            rest = re.sub(re.escape(special_dir) + ".*", "", self.relative_path, count=1)
            superdirs = [c for c in rest.split("/") if c and c != special_dir and c != self.basename]
        self.merge_data({"categories": superdirs}, source="file path")

    def read(self) -> None:
        """Read front matter and content (``Document#read``)."""
        if self.yaml_file():
            from jekyll_py import yaml_loader

            self.data = yaml_loader.safe_load_file(self.path, self.relative_path) or {}
            return
        try:
            defaults = self.site.frontmatter_defaults.all(self.relative_path, self.type)
            if defaults:
                self.merge_data(defaults, source="front matter defaults")
            text = frontmatter.read_file_text(self.path)
            if not rubystring.valid_encoding(text):
                # The front matter regexp raises ArgumentError in Ruby: the whole
                # file is the content, nothing of the post data is read, and the
                # post reader then skips the document.
                self.content = text
                raise InvalidEncodingError(rubystring.INVALID_BYTE_SEQUENCE)
            match = frontmatter.YAML_FRONT_MATTER_RE.match(text)
            # The body is taken before the YAML is loaded, as in Jekyll.
            self.content = text[match.end():] if match else text
            data, content, consumed = frontmatter.split(text, self.relative_path)
            self.content = content
            self.line_offset = consumed
            if data:
                if not isinstance(data, dict):
                    # Document#merge_data! asks it for "categories": a NoMethodError,
                    # reported and survived like any read error.
                    raise ValueError(_no_key_method(data))
                self.merge_data(data)
            self.read_post_data()
        except YAMLError as exc:
            if isinstance(exc, YAMLDisallowedClassError):
                logger.error("Error:", f"could not read file {self.path}: {exc}")
            else:
                logger.error("Error:", f"YAML Exception reading {self.path}: {exc}")
            if self.site.config.get("strict_front_matter"):
                raise
        except FatalException as exc:
            logger.error("Error:", f"could not read file {self.path}: {exc}")
            raise
        except (OSError, ValueError, InvalidEncodingError) as exc:
            logger.error("Error:", f"could not read file {self.path}: {exc}")
            if self.site.config.get("strict_front_matter"):
                raise

    def read_post_data(self) -> None:
        self.populate_title()
        self.populate_categories()
        self.populate_tags()
        self.generate_excerpt()

    def populate_title(self) -> None:
        slug = ext = None
        match = DATE_FILENAME_MATCHER.match(self.relative_path)
        if match:
            date_str, slug, ext = match.groups()
            self.modify_date(date_str)
        else:
            match = DATELESS_FILENAME_MATCHER.match(self.relative_path)
            if match:
                slug, ext = match.groups()
        if slug is None:
            slug = self.basename_without_ext
        slug = re.sub(r"\.*\Z", "", slug)
        # Ruby's `||=`: only nil or false are replaced (`title: ""` stays empty).
        self.data.setdefault("title", None)
        if _nil_or_false(self.data.get("title")):
            self.data["title"] = utils.titleize_slug(slug)
        if _nil_or_false(self.data.get("slug")):
            self.data["slug"] = slug
        if _nil_or_false(self.data.get("ext")):
            self.data["ext"] = ext

    def modify_date(self, date_str: str) -> None:
        current = self.data.get("date")
        if not current or int(current.timestamp()) == int(self.site.time.timestamp()):
            self.merge_data({"date": date_str}, source="filename")

    def populate_categories(self) -> None:
        cats = self.data.get("categories")
        categories = list(cats) if isinstance(cats, list) else ([] if cats is None else [cats])
        categories += utils.pluralized_array_from_hash(self.data, "category", "categories")
        # categories.map!(&:to_s): a nested list becomes its inspect form, as in Ruby.
        flat = [ruby.to_s(c) for c in categories]
        self.merge_data({"categories": list(dict.fromkeys(flat))})

    def populate_tags(self) -> None:
        tags = utils.pluralized_array_from_hash(self.data, "tag", "tags")
        self.merge_data({"tags": tags})

    def excerpt_separator(self) -> str:
        # ``data["excerpt_separator"] || site.config["excerpt_separator"]``
        sep = self.data.get("excerpt_separator")
        if sep is None or sep is False:
            sep = self.site.config.get("excerpt_separator")
        return "" if sep is None else ruby.to_s(sep)

    def generate_excerpt(self) -> None:
        # ``data["excerpt"] ||= Excerpt.new(self)``: only nil or false is
        # replaced; a front matter ``excerpt: ''`` stays empty.
        current = self.data.get("excerpt")
        if self.excerpt_separator() and (current is None or current is False):
            from jekyll_py.excerpt import Excerpt

            self.data["excerpt"] = Excerpt(self)

    # -- URL ------------------------------------------------------------------------
    @property
    def permalink(self) -> Any:
        return self.data.get("permalink")

    @property
    def url(self) -> str:
        if self._url is None:
            permalink = self.permalink
            self._url = URL(
                template=self.collection.url_template,
                placeholders=UrlDrop(self),
                permalink=permalink_option(permalink),
            ).to_s()
        return self._url

    @property
    def id(self) -> str:
        slug = self.data.get("slug") or self.basename_without_ext
        return utils.file_join(utils.ruby_dirname(self.url), str(slug))

    @property
    def output_ext(self) -> str:
        return self.renderer.output_ext

    def destination(self, dest: str) -> str:
        url = self.url
        path = self.site.in_dest_dir(dest, unescape_path(url))
        if url.endswith("/"):
            return os.path.join(path, "index.html")
        if not path.endswith(self.output_ext):
            path += self.output_ext
        return path

    # -- rendering -------------------------------------------------------------------
    @property
    def renderer(self) -> Renderer:
        if self._renderer is None:
            from jekyll_py.renderer import Renderer

            self._renderer = Renderer(self.site, self)
        return self._renderer

    def render_with_liquid(self) -> bool:
        if self.data.get("render_with_liquid") is False:
            return False
        return not (self.extname == ".coffee" or self.yaml_file()
                    or not utils.has_liquid_construct(self.content))

    def place_in_layout(self) -> bool:
        return not (self.asset_file() or self.yaml_file() or self.data.get("layout") == "none")

    def published(self) -> bool:
        return not ("published" in self.data and self.data["published"] is False)

    def write_p(self) -> bool:
        if self._write is None:
            self._write = bool(self.collection.write()) and self.site.publisher.publish(self)
        return self._write

    def write(self, dest: str) -> None:
        write_output(self.destination(dest), self.output)
        self.trigger_hooks("post_write")

    def to_liquid(self) -> DocumentDrop:
        if self._drop is None:
            self._drop = DocumentDrop(self)
        return self._drop

    def sort_key(self) -> tuple:
        """A key for documents that all have dates (posts); see ``compare`` otherwise."""
        date = self.data.get("date")
        ts = date.timestamp() if isinstance(date, datetime) else 0.0
        return (ts, self.path)


    def next_doc(self) -> Document | None:
        docs = self.collection.docs
        pos = self.collection.position(self)
        if pos is not None and pos < len(docs) - 1:
            return docs[pos + 1]
        return None

    def previous_doc(self) -> Document | None:
        docs = self.collection.docs
        pos = self.collection.position(self)
        if pos is not None and pos > 0:
            return docs[pos - 1]
        return None

    def related_posts(self) -> list[Document]:
        """The ten most recent other posts (Jekyll without LSI)."""
        posts = self.site.posts.docs
        return [p for p in reversed(posts) if p is not self][:10]

    def trigger_hooks(self, event: str, *args: Any) -> None:
        enabled = self.site.plugin_enabled
        hooks.trigger(self.collection.label, event, self, *args, enabled=enabled)
        hooks.trigger("documents", event, self, *args, enabled=enabled)

    def __str__(self) -> str:
        return self.output or self.content or "NO CONTENT"

    def __repr__(self) -> str:
        return f"<Document {self.relative_path} collection={self.collection.label}>"


def compare(a: Document, b: Document) -> int:
    """``Document#<=>``: by date, then path; a missing date compares by path only."""
    da, db = a.data.get("date"), b.data.get("date")
    if isinstance(da, datetime) and isinstance(db, datetime):
        ta, tb = da.timestamp(), db.timestamp()
        if ta != tb:
            return -1 if ta < tb else 1
    return (a.path > b.path) - (a.path < b.path)


def _nil_or_false(value: Any) -> bool:
    """What Ruby's ``||=`` replaces: nil or false (not "", 0 or [])."""
    return value is None or value is False


def _ruby_class(value: Any) -> str:
    if isinstance(value, _dt.datetime):
        return "Time"
    if isinstance(value, _dt.date):
        return "Date"
    if isinstance(value, dict):
        return "Hash"
    return {bool: "TrueClass", int: "Integer", float: "Float", str: "String", list: "Array"}.get(
        type(value), "Integer" if isinstance(value, int) else "Float" if isinstance(value, float)
        else type(value).__name__)


def _ruby_uniq(items: list[Any]) -> list[Any]:
    """``Array#uniq``, for items that may be lists or hashes too."""
    out: list[Any] = []
    seen: set[Any] = set()
    for item in items:
        try:
            if item in seen:
                continue
            seen.add(item)
        except TypeError:
            if item in out:
                continue
        out.append(item)
    return out


def _no_key_method(value: Any) -> str:
    """Ruby's NoMethodError for ``value.key?`` in ``merge_categories!``, as Jekyll's
    logger prints it (whitespace squeezed, Ruby 3.1's error_highlight appended)."""
    ruby_class = _ruby_class(value)
    shown = ruby.inspect(value)
    if len(shown) > 65:  # Ruby shows the object's class and address instead
        shown = f"#<{ruby_class}>"
    return (f"undefined method `key?' for {shown}:{ruby_class} "
            'if other.key?("categories") && !other["categories"].nil? ^^^^^')
