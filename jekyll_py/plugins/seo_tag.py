"""jekyll-seo-tag 2.8: the ``{% seo %}`` tag.

It prints the ``<title>``, Open Graph, Twitter, Facebook and verification
meta tags and a JSON-LD block, one element per line, as the gem's minified
template does. The values follow the gem's drops: titles and descriptions are
markdownified, stripped of HTML, whitespace-normalised and ``escape_once``d;
authors may come from ``site.data.authors``; image paths become absolute.
``{% seo title=false %}`` leaves the ``<title>`` out.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from typing import Any

from jekyll_py import JEKYLL_VERSION
from jekyll_py.liquid.parser import Tag
from jekyll_py.liquid.ruby import to_s
from jekyll_py.plugin import register_tag
from jekyll_py.plugins._support import (
    _normalize_component,
    absolute_url,
    escape_once,
    is_absolute_url,
    markdownify,
    normalize_whitespace,
    strip_html,
    xmlschema,
)

GEM = "jekyll-seo-tag"
VERSION = "2.8.0"
TITLE_SEPARATOR = " | "
HOMEPAGE_OR_ABOUT_REGEX = re.compile(r"^/(about/)?(index.html?)?$")
_URI_CHARS = ":/?#[]@!$&'()*+,;=-._~"


def uri_escape(value: Any) -> str:
    """Jekyll's ``uri_escape``: Addressable's ``normalize_component`` on reserved+unreserved."""
    return _normalize_component(to_s(value), _URI_CHARS)


def _truthy(value: Any) -> bool:
    return value is not None and value is not False


def _get(mapping: Any, key: str) -> Any:
    if isinstance(mapping, Mapping):
        try:
            return mapping.get(key)
        except (KeyError, TypeError):
            return None
    return None


def _sub_hash(mapping: Any, key: str) -> Mapping[str, Any]:
    value = _get(mapping, key)
    return value if isinstance(value, Mapping) else {}


class SeoData:
    """The values the gem's ``Drop`` computes for one page."""

    def __init__(self, site: Any, page: Any, paginator: Any, markup: str) -> None:
        self.site = site
        self.config = site.config
        self.page = page
        self.paginator = paginator
        self.markup = markup
        self.site_title = self.format_string(_default_or(self.config.get("title"), self.config.get("name")))
        self.site_tagline = self.format_string(self.config.get("tagline"))
        self.page_title = self.format_string(_get(page, "title")) or self.site_title
        self.page_seo = _sub_hash(page, "seo")
        self.site_social = _sub_hash(self.config, "social")
        self.author = self._author_hash()
        self.image = self._image_hash()

    # -- helpers ---------------------------------------------------------------

    def format_string(self, value: Any) -> str | None:
        """markdownify | strip_html | normalize_whitespace | escape_once; ``None`` if empty.

        Results are kept for the build in the Liquid engine's filter cache: the
        site's title and description are the same on every page, and each
        costs a Markdown conversion.
        """
        source = to_s(value)
        cache = getattr(getattr(self.site, "liquid_engine", None), "filter_cache", None)
        key = ("jekyll-seo-tag format_string", source)
        if isinstance(cache, dict) and key in cache:
            return cache[key]
        text = escape_once(normalize_whitespace(strip_html(markdownify(self.site, source)))) or None
        if isinstance(cache, dict):
            cache[key] = text
        return text

    @functools.cached_property
    def site_description(self) -> str | None:
        # Read when first needed, as the gem's memoised Drop#site_description: a lazy
        # value there (jekyll-github-metadata's) is computed at the same point as in Jekyll.
        return self.format_string(self.config.get("description"))

    def homepage_or_about(self) -> bool:
        return bool(HOMEPAGE_OR_ABOUT_REGEX.search(to_s(_get(self.page, "url"))))

    # -- titles ----------------------------------------------------------------

    def show_title(self) -> bool:
        return self.title() is not None and not re.search(r"title=false", self.markup, re.I)

    def title(self) -> str | None:
        if self.site_title and self.page_title != self.site_title:
            title = f"{self.page_title}{TITLE_SEPARATOR}{self.site_title}"
        elif self.site_description and self.site_title:
            title = f"{self.site_title}{TITLE_SEPARATOR}{self.site_tagline or self.site_description}"
        else:
            title = self.page_title or self.site_title
        number = self.page_number()
        if number and title is not None:
            return number + title
        return title

    def page_number(self) -> str | None:
        current = _get(self.paginator, "page")
        if not _truthy(current):
            return None
        total = _get(self.paginator, "total_pages")
        message = self.config.get("seo_paginator_message") or "Page %<current>s of %<total>s for "
        if current > 1:
            return str(message).replace("%<current>s", to_s(current)).replace("%<total>s", to_s(total))
        return None

    def name(self) -> str | None:
        if self.page_seo.get("name"):
            return self.format_string(self.page_seo["name"])
        if not self.homepage_or_about():
            return None
        if self.site_social.get("name"):
            return self.format_string(self.site_social["name"])
        return self.site_title

    def description(self) -> str | None:
        text = _get(self.page, "description")
        if not _truthy(text):
            text = _get(self.page, "excerpt")
        return self.format_string(text) or self.site_description

    # -- author and image ------------------------------------------------------

    def _author_hash(self) -> Mapping[str, Any]:
        authors = _get(self.page, "authors")
        sources = [_get(self.page, "author")]
        if isinstance(authors, list):
            sources.append(authors[0] if authors else None)
        sources.append(self.config.get("author"))
        resolved = next((s for s in sources if to_s(s) != ""), None)
        if isinstance(resolved, Mapping):
            return resolved
        if isinstance(resolved, str):
            found: dict[str, Any] = {"name": resolved}
            registry = _get(self.site.site_data(), "authors")
            if isinstance(registry, Mapping) and isinstance(registry.get(resolved), Mapping):
                found.update(registry[resolved])
            return found
        return {}

    def author_twitter(self) -> str | None:
        handle = self.author.get("twitter") or self.author.get("name")
        return handle[1:] if isinstance(handle, str) and handle.startswith("@") else (
            handle if isinstance(handle, str) else None)

    def _image_hash(self) -> dict[str, Any] | None:
        meta = _get(self.page, "image")
        if isinstance(meta, Mapping):
            image: dict[str, Any] = {"path": None, **meta}
        elif isinstance(meta, str):
            image = {"path": meta}
        else:
            image = {"path": None}
        raw = image.get("path") or image.get("facebook") or image.get("twitter")
        if not raw:
            return None
        url = absolute_url(self.config, raw) if isinstance(raw, str) and not is_absolute_url(raw) else raw
        if not url:
            return None
        return {**image, "path": uri_escape(url)}

    # -- dates, type, links ----------------------------------------------------

    def date_modified(self) -> str | None:
        date = self.page_seo.get("date_modified") or _get(self.page, "last_modified_at") or _get(self.page, "date")
        return xmlschema(date) if date else None

    def date_published(self) -> str | None:
        date = _get(self.page, "date")
        return xmlschema(date) if date else None

    def type(self) -> str:
        if self.page_seo.get("type"):
            return self.page_seo["type"]
        if self.homepage_or_about():
            return "WebSite"
        return "BlogPosting" if _get(self.page, "date") else "WebPage"

    def links(self) -> Any:
        if self.page_seo.get("links"):
            return self.page_seo["links"]
        if self.homepage_or_about() and self.site_social.get("links"):
            return self.site_social["links"]
        return None

    def logo(self) -> str | None:
        logo = self.config.get("logo")
        if not logo:
            return None
        return uri_escape(logo if is_absolute_url(logo) else absolute_url(self.config, logo))

    def page_locale(self) -> str:
        lang = _get(self.page, "lang") or self.config.get("lang") or "en_US"
        return to_s(_get(self.page, "locale") or self.config.get("locale") or lang).replace("-", "_")

    def canonical_url(self) -> str:
        canonical = _get(self.page, "canonical_url")
        if to_s(canonical) == "":
            return re.sub(r"/index\.html$", "/", to_s(absolute_url(self.config, _get(self.page, "url"))))
        return canonical

    # -- JSON-LD ---------------------------------------------------------------

    def json_ld(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": self.type(),
            "author": self._json_author(),
            "dateModified": self.date_modified(),
            "datePublished": self.date_published(),
            "description": self.description(),
            "headline": self.page_title,
            "image": self._json_image(),
            "mainEntityOfPage": self._json_main_entity(),
            "name": self.name(),
            "publisher": self._json_publisher(),
            "sameAs": self.links(),
            "url": self.canonical_url(),
        }
        return {key: values[key] for key in sorted(values) if values[key] is not None}

    def _json_author(self) -> dict[str, Any] | None:
        name = self.author.get("name")
        if not name:
            return None
        kind = self.author.get("type")
        if kind and kind not in ("Organization", "Person"):
            return None
        out = {"@type": kind or "Person", "name": name}
        if self.author.get("url"):
            out["url"] = self.author["url"]
        return out

    def _json_image(self) -> Any:
        if self.image is None:
            return None
        if len(self.image) == 1:
            return self.image["path"]
        out = dict(self.image)
        out["url"] = out.pop("path")
        out["@type"] = "imageObject"
        return out

    def _json_publisher(self) -> dict[str, Any] | None:
        logo = self.logo()
        if not logo:
            return None
        out: dict[str, Any] = {"@type": "Organization", "logo": {"@type": "ImageObject", "url": logo}}
        if self.author.get("name"):
            out["name"] = self.author["name"]
        return out

    def _json_main_entity(self) -> dict[str, Any] | None:
        if self.type() not in ("BlogPosting", "CreativeWork"):
            return None
        return {"@type": "WebPage", "@id": self.canonical_url()}


def _default_or(value: Any, fallback: Any) -> Any:
    """Ruby's ``a || b``."""
    return value if _truthy(value) else fallback


def _remove_at(value: Any) -> str:
    return to_s(value).replace("@", "")


def seo_html(site: Any, page: Any, paginator: Any = None, markup: str = "") -> str:
    """The ``{% seo %}`` output for *page* (its Liquid hash or drop)."""
    seo = SeoData(site, page, paginator, markup)
    config = site.config
    lines = [f"<!-- Begin Jekyll SEO tag v{VERSION} -->"]
    meta = lines.append
    if seo.show_title():
        meta(f"<title>{seo.title()}</title>")
    meta(f'<meta name="generator" content="Jekyll v{JEKYLL_VERSION}" />')
    if seo.page_title:
        meta(f'<meta property="og:title" content="{seo.page_title}" />')
    if _truthy(seo.author.get("name")):
        meta(f'<meta name="author" content="{to_s(seo.author["name"])}" />')
    meta(f'<meta property="og:locale" content="{seo.page_locale()}" />')
    description = seo.description()
    if description:
        meta(f'<meta name="description" content="{description}" />')
        meta(f'<meta property="og:description" content="{description}" />')
    if _truthy(config.get("url")):
        meta(f'<link rel="canonical" href="{to_s(seo.canonical_url())}" />')
        meta(f'<meta property="og:url" content="{to_s(seo.canonical_url())}" />')
    if seo.site_title:
        meta(f'<meta property="og:site_name" content="{seo.site_title}" />')
    image = seo.image
    if image is not None:
        meta(f'<meta property="og:image" content="{image["path"]}" />')
        for key in ("height", "width", "alt"):
            if _truthy(image.get(key)):
                meta(f'<meta property="og:image:{key}" content="{to_s(image[key])}" />')
    if _truthy(_get(page, "date")):
        meta('<meta property="og:type" content="article" />')
        meta(f'<meta property="article:published_time" content="{xmlschema(_get(page, "date"))}" />')
    else:
        meta('<meta property="og:type" content="website" />')
    for rel, key in (("prev", "previous_page"), ("next", "next_page")):
        if _truthy(_get(paginator, key)):
            meta(f'<link rel="{rel}" href="{to_s(absolute_url(config, _get(paginator, key + "_path")))}" />')
    if image is not None:
        card = _get(_get(page, "twitter"), "card") or _get(config.get("twitter"), "card") or "summary_large_image"
        meta(f'<meta name="twitter:card" content="{to_s(card)}" />')
        meta(f'<meta property="twitter:image" content="{image["path"]}" />')
    else:
        meta('<meta name="twitter:card" content="summary" />')
    if image is not None and _truthy(image.get("alt")):
        meta(f'<meta name="twitter:image:alt" content="{to_s(image["alt"])}" />')
    if seo.page_title:
        meta(f'<meta property="twitter:title" content="{seo.page_title}" />')
    twitter = config.get("twitter")
    if _truthy(twitter):
        meta(f'<meta name="twitter:site" content="@{_remove_at(_get(twitter, "username"))}" />')
        if seo.author_twitter():
            meta(f'<meta name="twitter:creator" content="@{_remove_at(seo.author_twitter())}" />')
    _facebook_and_verifications(config, meta)
    meta('<script type="application/ld+json">')
    payload = json.dumps(seo.json_ld(), ensure_ascii=False, separators=(",", ":"), default=to_s)
    lines[-1] += "\n" + payload + "</script>"
    meta("<!-- End Jekyll SEO tag -->")
    return "\n".join(lines) + "\n"


def _facebook_and_verifications(config: Mapping[str, Any], meta: Any) -> None:
    facebook = config.get("facebook")
    if _truthy(facebook):
        for key, prop in (("admins", "fb:admins"), ("publisher", "article:publisher"),
                          ("app_id", "fb:app_id")):
            if _truthy(_get(facebook, key)):
                meta(f'<meta property="{prop}" content="{to_s(facebook[key])}" />')
    verifications = config.get("webmaster_verifications")
    if _truthy(verifications):
        for key, name in (("google", "google-site-verification"), ("bing", "msvalidate.01"),
                          ("alexa", "alexaVerifyID"), ("yandex", "yandex-verification"),
                          ("baidu", "baidu-site-verification"),
                          ("facebook", "facebook-domain-verification")):
            if _truthy(_get(verifications, key)):
                meta(f'<meta name="{name}" content="{to_s(verifications[key])}" />')
    elif _truthy(config.get("google_site_verification")):
        meta(f'<meta name="google-site-verification" content="{to_s(config["google_site_verification"])}" />')


@register_tag("seo", gem=GEM)
class SeoTag(Tag):
    """``{% seo %}`` / ``{% seo title=false %}``."""

    def render(self, context: Any, out: list[str]) -> None:
        site = context.registers["site"]
        page_obj = context.registers.get("page")
        page = page_obj.to_liquid() if hasattr(page_obj, "to_liquid") else (page_obj or {})
        out.append(seo_html(site, page, context.find_variable("paginator"), self.markup))
