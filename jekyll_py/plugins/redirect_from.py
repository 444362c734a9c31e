"""jekyll-redirect-from 0.16: ``redirect_from``, ``redirect_to`` and ``redirects.json``.

For every ``redirect_from`` path of a page or written document, a small HTML
page at that path sends the browser to the document's absolute URL; a
document with ``redirect_to`` becomes such a page itself. Both render through
the ``redirect`` layout, which a site may override with its own
``_layouts/redirect.html`` (the page sees ``page.redirect.from`` and
``page.redirect.to``). ``redirects.json`` maps every source path to its
target unless ``redirect_from: {json: false}``.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

from jekyll_py.document import Document
from jekyll_py.layout import Layout
from jekyll_py.page import Page, PageWithoutAFile
from jekyll_py.plugin import Generator
from jekyll_py.plugins._pages import GeneratedPage, source_file_exists
from jekyll_py.plugins._support import absolute_url

GEM = "jekyll-redirect-from"
DEFAULT_DATA = {"sitemap": False, "layout": "redirect"}
_HTTP_RE = re.compile(r"^https?://")


def redirect_html(target: str) -> str:
    """The default redirect page for *target* (the gem's layout, as bytes).

    The layout below is this function applied to the Liquid expression, so a
    site's own ``redirect`` layout and ours go through the same renderer.
    """
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        '  <meta charset="utf-8">',
        "  <title>Redirecting&hellip;</title>",
        f'  <link rel="canonical" href="{target}">',
        f'  <script>location="{target}"</script>',
        f'  <meta http-equiv="refresh" content="0; url={target}">',
        '  <meta name="robots" content="noindex">',
        "  <h1>Redirecting&hellip;</h1>",
        f'  <a href="{target}">Click here if you are not redirected.</a>',
        "</html>",
    ]
    return "\n".join(lines) + "\n"


class RedirectLayout(Layout):
    """The built-in ``redirect`` layout: no file to read.

    ``path`` points at this module so incremental builds can stat it.
    """

    def __init__(self, site: Any) -> None:  # noqa: D107 - no file, so no super()
        self.site = site
        self.base = os.path.dirname(__file__)
        self.name = "redirect.html"
        self.path = os.path.abspath(__file__)
        self.base_dir = self.base
        self.relative_path = "_layouts/redirect.html"
        self.ext = ".html"
        self.data: dict[str, Any] = {}
        self.content = redirect_html("{{ page.redirect.to }}")
        self.line_offset = 0


def _ensure_leading_slash(path: str) -> str:
    return path if not path or path.startswith("/") else "/" + path


class RedirectPage(PageWithoutAFile):
    """A page at *from_path* whose only job is to redirect to *to*."""

    def __init__(self, site: Any, from_path: str, to: str) -> None:
        super().__init__(site, site.source, "", "redirect.html")
        self.content = ""
        self.output = ""
        self.data.update(DEFAULT_DATA)
        from_path = _ensure_leading_slash(from_path)
        target = to if _HTTP_RE.match(to) else absolute_url(site.config, to) or ""
        self.data["permalink"] = from_path
        self.data["redirect"] = {"from": from_path, "to": target}

    @property
    def redirect_from(self) -> str:
        return self.data["redirect"]["from"]

    @property
    def redirect_to(self) -> str:
        return self.data["redirect"]["to"]


def _liquid_value(doc: Any, key: str) -> Any:
    liquid = doc.to_liquid()
    try:
        return liquid.get(key)
    except AttributeError:  # pragma: no cover - every drop is a Mapping
        return None


def redirect_from_paths(doc: Any) -> list[str]:
    value = _liquid_value(doc, "redirect_from")
    values = value if isinstance(value, list) else [value]
    return [str(v) for v in values if v is not None]


def redirect_to_target(doc: Any) -> str | None:
    value = _liquid_value(doc, "redirect_to")
    if isinstance(value, list):
        value = next((v for v in value if v is not None), None)
    # ``return unless doc.redirect_to``: false (a front matter
    # ``redirect_to: false`` overriding a default) is no redirect either.
    return None if value is None or value is False else str(value)


class RedirectFromGenerator(Generator):
    """Creates the redirect pages and ``redirects.json``."""

    gem = GEM
    safe = True

    def generate(self, site: Any) -> None:
        redirects: dict[str, str] = {}
        if "redirect" not in site.layouts:
            site.layouts["redirect"] = RedirectLayout(site)
        for doc in [*site.docs_to_write(), *list(site.pages)]:
            if not isinstance(doc, (Document, Page)) or isinstance(doc, (RedirectPage, GeneratedPage)):
                continue
            for path in redirect_from_paths(doc):
                page = RedirectPage(site, path, doc.url)
                site.pages.append(page)
                redirects[page.redirect_from] = page.redirect_to
            target = redirect_to_target(doc)
            if target is not None:
                page = RedirectPage(site, doc.url, target)
                doc.data.update(page.data)
                doc.content = doc.output = page.output
                redirects[page.redirect_from] = page.redirect_to
        settings = site.config.get("redirect_from")
        if isinstance(settings, dict) and settings.get("json") is False:
            return
        if source_file_exists(site, "redirects.json"):
            return
        text = json.dumps(redirects, ensure_ascii=False, separators=(",", ":"))
        site.pages.append(GeneratedPage(site, "redirects.json", lambda page: text, content=text))
