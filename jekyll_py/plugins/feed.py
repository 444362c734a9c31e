"""jekyll-feed 0.17: Atom feeds (``feed.xml``) and the ``{% feed_meta %}`` tag.

One feed per configured collection (``posts`` always), per configured
category and, with ``feed.tags``, per tag, each written exactly as the gem's
minified template renders: no whitespace between elements, the feed's own
``<updated>`` is the build time, entries are the newest ``posts_limit``
(default 10) documents, drafts left out unless ``show_drafts``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any

from jekyll_py.liquid.context import Context
from jekyll_py.liquid.parser import Tag
from jekyll_py.liquid.ruby import to_s
from jekyll_py.plugin import Generator, register_tag
from jekyll_py.plugins._pages import GeneratedPage, gem_file, source_file_exists
from jekyll_py.plugins._support import (
    absolute_url,
    normalize_whitespace,
    ruby_strip,
    smartify,
    strip_html,
    xml_attr,
    xml_escape,
    xmlschema,
)

GEM = "jekyll-feed"
#: What the gem strips from its template before using it as the page's content.
_MINIFY = re.compile(r"(?<=>|})\s+")
_TAG_NAME_OK = re.compile(r"\A[a-zA-Z0-9_]+\Z")


def _truthy(value: Any) -> bool:
    return value is not None and value is not False


def _default(value: Any, fallback: Any) -> Any:
    """Liquid's ``default``: *fallback* for nil, false and empty values."""
    if not _truthy(value):
        return fallback
    if isinstance(value, (str, list, dict)) and len(value) == 0:
        return fallback
    return value


def _lookup(value: Any, key: str) -> Any:
    """``value.key`` in Liquid: hashes and drops answer, anything else is nil."""
    if isinstance(value, Mapping):
        return value.get(key)
    return None


def _capitalize(text: Any) -> str:
    """Ruby's ``String#capitalize``."""
    text = "" if text is None else str(text)
    return text[:1].upper() + text[1:].lower()


def feed_config(site: Any) -> dict[str, Any]:
    value = site.config.get("feed")
    return value if isinstance(value, dict) else {}


def feed_collections(config: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``{label: {"categories": [...], "path": ...}}``, ``posts`` always present."""
    raw = config.get("collections")
    if isinstance(raw, list):
        collections: dict[str, dict[str, Any]] = {str(c): {} for c in raw}
    elif isinstance(raw, dict):
        collections = {str(k): dict(v or {}) for k, v in raw.items()}
    else:
        collections = {}
    posts = collections.setdefault("posts", {})
    if posts.get("path") is None:
        posts["path"] = config.get("path")
    if posts.get("categories") is None:
        posts["categories"] = config.get("categories")
    for meta in collections.values():
        meta["categories"] = list(dict.fromkeys(meta.get("categories") or []))
    return collections


def feed_path(collections: dict[str, dict[str, Any]], collection: str = "posts",
              category: str | None = None) -> str:
    prefix = "/feed" if collection == "posts" else f"/feed/{collection}"
    if category is not None:
        return f"{prefix}/{category}.xml"
    return collections.get(collection, {}).get("path") or f"{prefix}.xml"


def _entry(site: Any, post: Any, site_feed: dict[str, Any]) -> str:
    config = site.config
    data = post.data
    lang = data.get("lang")
    out = f'<entry xml:lang="{lang}">' if _truthy(lang) else "<entry>"
    title = xml_escape(normalize_whitespace(strip_html(smartify(site, data.get("title")))))
    url = absolute_url(config, post.url)
    out += f'<title type="html">{title}</title>'
    out += f'<link href="{url}" rel="alternate" type="text/html" title="{title}" />'
    out += f"<published>{xmlschema(post.date)}</published>"
    out += f"<updated>{xmlschema(_default(data.get('last_modified_at'), post.date))}</updated>"
    out += f"<id>{xml_escape(absolute_url(config, post.id))}</id>"
    excerpt_only = _default(_lookup(data.get("feed"), "excerpt_only"), site_feed.get("excerpt_only"))
    if not _truthy(excerpt_only):
        out += f'<content type="html" xml:base="{xml_escape(url)}"><![CDATA[{ruby_strip(post.content or "")}]]></content>'
    out += _author(site, data)
    category = data.get("category")
    if _truthy(category):
        out += f'<category term="{xml_escape(category)}" />'
    elif _truthy(data.get("categories")):
        for name in data.get("categories") or []:
            out += f'<category term="{xml_escape(name)}" />'
    for tag in data.get("tags") or []:
        out += f'<category term="{xml_escape(tag)}" />'
    summary = _default(data.get("description"), data.get("excerpt"))
    if _truthy(summary) and summary != "" and summary != [] and summary != {}:
        out += f'<summary type="html"><![CDATA[{normalize_whitespace(strip_html(str(summary)))}]]></summary>'
    image = data.get("image")
    image = _default(_lookup(image, "path"), image)
    if _truthy(image):
        # The template's `contains` tests a hash's keys and an array's items;
        # `absolute_url` and `xml_escape` then print the value with Ruby's to_s
        # (`{"background"=>"x.png"}`), so a non-string image comes out as Jekyll's.
        image_text = to_s(image)
        if not _contains(image, "://"):
            image_text = absolute_url(config, image_text) or ""
        image_text = xml_escape(image_text)
        out += f'<media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="{image_text}" />'
        out += f'<media:content medium="image" url="{image_text}" xmlns:media="http://search.yahoo.com/mrss/" />'
    return out + "</entry>"


def _contains(value: Any, needle: str) -> bool:
    """Liquid's ``contains``: a substring of a string, a key of a hash, an item of an array."""
    if isinstance(value, str):
        return needle in value
    if isinstance(value, Mapping):
        return needle in value
    if isinstance(value, (list, tuple)):
        return any(item == needle for item in value)
    return False


def _author(site: Any, data: dict[str, Any]) -> str:
    authors = data.get("authors")
    first = authors[0] if isinstance(authors, list) and authors else None
    author = _default(_default(data.get("author"), first), site.config.get("author"))
    registry = _lookup(site.data, "authors")
    if isinstance(author, str) or isinstance(author, (int, float)):
        author = _default(_lookup(registry, str(author)) if registry is not None else None, author)
    email = _lookup(author, "email")
    uri = _lookup(author, "uri")
    name = _default(_lookup(author, "name"), author)
    out = f"<author><name>{xml_escape(_default(name, ''))}</name>"
    if _truthy(email):
        out += f"<email>{xml_escape(email)}</email>"
    if _truthy(uri):
        out += f"<uri>{xml_escape(uri)}</uri>"
    return out + "</author>"


def feed_xml(site: Any, page: Any) -> str:
    """The Atom document for one feed page (``collection``/``category``/``tags`` in its data)."""
    config = site.config
    site_feed = feed_config(site)
    data = page.data
    lang = config.get("lang")
    out = '<?xml version="1.0" encoding="utf-8"?>'
    if data.get("xsl"):
        out += f'<?xml-stylesheet type="text/xml" href="{absolute_url(config, "/feed.xslt.xml")}"?>'
    out += '<feed xmlns="http://www.w3.org/2005/Atom" '
    out += f'xml:lang="{lang}">' if _truthy(lang) else ">"
    out += f'<generator uri="https://jekyllrb.com/" version="{_jekyll_version()}">Jekyll</generator>'
    page_url = absolute_url(config, page.url)
    out += f'<link href="{page_url}" rel="self" type="application/atom+xml" />'
    hreflang = f'hreflang="{lang}" ' if _truthy(lang) else ""
    out += f'<link href="{absolute_url(config, "/")}" rel="alternate" type="text/html" {hreflang}/>'
    out += f"<updated>{xmlschema(site.time)}</updated>"
    out += f"<id>{xml_escape(page_url)}</id>"
    # the template reads site.title/description through Liquid (to_liquid: a lazy
    # jekyll-github-metadata fallback becomes its value)
    title = _default(Context.to_liquid(config.get("title")), Context.to_liquid(config.get("name")))
    collection = data.get("collection")
    category = data.get("category")
    if collection != "posts":
        title = _liquid_s(title) + " | " + _capitalize(collection)
    if _truthy(category):
        title = _liquid_s(title) + " | " + _capitalize(category)
    if _truthy(title):
        out += f'<title type="html">{xml_escape(smartify(site, title))}</title>'
    description = Context.to_liquid(config.get("description"))
    if _truthy(description):
        out += f"<subtitle>{xml_escape(description)}</subtitle>"
    site_author = config.get("author")
    if _truthy(site_author):
        name = _default(_lookup(site_author, "name"), site_author)
        out += f"<author><name>{xml_escape(name)}</name>"
        if _truthy(_lookup(site_author, "email")):
            out += f"<email>{xml_escape(site_author['email'])}</email>"
        if _truthy(_lookup(site_author, "uri")):
            out += f"<uri>{xml_escape(site_author['uri'])}</uri>"
        out += "</author>"
    for post in _feed_posts(site, data, site_feed):
        out += _entry(site, post, site_feed)
    return out + "</feed>"


def _feed_posts(site: Any, data: dict[str, Any], site_feed: dict[str, Any]) -> list[Any]:
    tags = data.get("tags")
    if _truthy(tags):
        posts = list(site.tags().get(tags, []))
    else:
        label = str(data.get("collection"))
        collection = site.collections.get(label)
        posts = list(collection.docs) if collection is not None else []
        if label == "posts":
            # ``site.posts`` in Liquid is newest first (ties: path descending);
            # the stable date sort below keeps that order between equal dates.
            posts.sort(key=lambda p: p.sort_key(), reverse=True)
    category = data.get("category")
    if _truthy(category):
        posts = [p for p in posts if any(str(c) == str(category) for c in _as_list(p.data.get("categories")))]
    if not _truthy(site.config.get("show_drafts")):
        posts = [p for p in posts if p.data.get("draft") is not True]
    posts.sort(key=lambda p: p.date)  # Ruby 3.1's sort is glibc's stable merge sort
    posts.reverse()
    limit = _default(site_feed.get("posts_limit"), 10)
    try:
        count = int(limit)
    except (TypeError, ValueError):
        count = 0
    return posts[: max(count, 0)]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _liquid_s(value: Any) -> str:
    return "" if value is None else str(value)


def _jekyll_version() -> str:
    """The Jekyll version jekyll-py reports (``jekyll.version``)."""
    from jekyll_py import JEKYLL_VERSION

    return JEKYLL_VERSION


class JekyllFeed(Generator):
    """Adds the feed pages the configuration asks for."""

    gem = GEM
    safe = True
    priority = "lowest"

    def generate(self, site: Any) -> None:
        config = feed_config(site)
        if config.get("disable_in_development") and os.environ.get("JEKYLL_ENV", "development") == "development":
            site.logger.info("Jekyll Feed:", "Skipping feed generation in development")
            return
        collections = feed_collections(config)
        xsl = source_file_exists(site, "feed.xslt.xml")
        for name, meta in collections.items():
            site.logger.info("Jekyll Feed:", f"Generating feed for {name}")
            for category in [*meta["categories"], None]:
                path = feed_path(collections, name, category)
                if source_file_exists(site, path):
                    continue
                site.pages.append(self._page(site, path, xsl, name, category, None))
        tags_config = config.get("tags")
        if tags_config:
            by_tag = site.tags()
            if by_tag:
                self._tag_feeds(site, tags_config, list(by_tag), xsl)

    def _tag_feeds(self, site: Any, tags_config: Any, all_tags: list[str], xsl: bool) -> None:
        settings = tags_config if isinstance(tags_config, dict) else {}
        except_ = settings.get("except") or []
        only = settings.get("only") or all_tags
        prefix = settings.get("path") or "/feed/by_tag/"
        for tag in [t for t in only if t not in except_]:
            if not _TAG_NAME_OK.match(str(tag)):
                continue
            site.logger.info("Jekyll Feed:", f"Generating feed for posts tagged {tag}")
            path = f"{prefix}{tag}.xml"
            if source_file_exists(site, path):
                continue
            site.pages.append(self._page(site, path, xsl, "posts", None, tag))

    @staticmethod
    def _page(site: Any, path: str, xsl: bool, collection: str, category: Any, tags: Any) -> GeneratedPage:
        data = {"sitemap": False, "xsl": xsl, "collection": collection,
                "category": category, "tags": tags}
        page = GeneratedPage(site, path, lambda page: feed_xml(site, page), data,
                             content=_MINIFY.sub("", gem_file(GEM, "jekyll-feed/feed.xml") or ""))
        # The gem passes the whole path as the page's name ("/feed.xml").
        page.name = path
        return page


@register_tag("feed_meta", gem=GEM)
class FeedMetaTag(Tag):
    """``{% feed_meta %}``: the ``<link rel="alternate">`` to the posts feed."""

    def render(self, context: Any, out: list[str]) -> None:
        site = context.registers["site"]
        out.append(feed_meta(site.config))


def feed_meta(config: dict[str, Any]) -> str:
    path = _lookup(config.get("feed"), "path") or "feed.xml"
    title = config.get("title") or config.get("name")
    attrs = [("type", "application/atom+xml"), ("rel", "alternate"),
             ("href", absolute_url(config, path))]
    if title:
        attrs.append(("title", title))
    return "<link " + " ".join(f"{k}={xml_attr(v)}" for k, v in attrs) + " />"
