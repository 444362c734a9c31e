"""jekyll-sitemap 1.4: ``sitemap.xml`` and ``robots.txt``.

The output is the gem's minified template, byte for byte: one ``<url>`` per
written collection document, then per HTML page, then per static
``.html``/``.htm``/``.xhtml``/``.pdf`` file, skipping anything with
``sitemap: false`` and the 404 page. A source file with the same URL wins:
the plugin then leaves that file alone.
"""

from __future__ import annotations

import re
from typing import Any

from jekyll_py.plugin import Generator
from jekyll_py.plugins._pages import GeneratedPage, gem_file, url_taken
from jekyll_py.plugins._support import absolute_url, xml_escape, xmlschema

GEM = "jekyll-sitemap"
INCLUDED_EXTENSIONS = (".htm", ".html", ".xhtml", ".pdf")
_URLSET = (
    '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 '
    'http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" '
    'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
)


def _truthy(value: Any) -> bool:
    """Liquid truthiness: only nil and false are false."""
    return value is not None and value is not False


def _entry(config: dict[str, Any], location: str, lastmod: Any = None) -> str:
    loc = xml_escape(absolute_url(config, location.replace("/index.html", "/")))
    out = f"<url>\n<loc>{loc}</loc>\n"
    if lastmod is not None:
        out += f"<lastmod>{xmlschema(lastmod)}</lastmod>\n"
    return out + "</url>\n"


def sitemap_xml(site: Any, static_files: list[Any], xsl: bool) -> str:
    """The sitemap for *site*; *static_files* and *xsl* are fixed at generation time."""
    config = site.config
    out = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if xsl:
        out += f'<?xml-stylesheet type="text/xsl" href="{absolute_url(config, "/sitemap.xsl")}"?>\n'
    out += _URLSET
    # ``site.collections`` in Liquid is sorted by label (Jekyll's SiteDrop).
    for collection in sorted(site.collections.values(), key=lambda c: c.label):
        if not collection.write():
            continue
        for doc in collection.docs:
            data = doc.data
            if data.get("sitemap") is False:
                continue
            modified = data.get("last_modified_at")
            lastmod = None
            if _truthy(modified) or _truthy(doc.date):
                lastmod = modified if _present(modified) else doc.date
            out += _entry(config, doc.url, lastmod)
    for page in site.pages:
        if not page.html() or page.data.get("sitemap") is False or page.url == "/404.html":
            continue
        modified = page.data.get("last_modified_at")
        out += _entry(config, page.url, modified if _truthy(modified) else None)
    for file in static_files:
        drop = file.to_liquid()
        if drop.get("sitemap") is False or drop.get("name") == "404.html":
            continue
        out += _entry(config, str(drop.get("path")), file.modified_time)
    return out + "</urlset>\n"


def _present(value: Any) -> bool:
    """Liquid's ``default`` filter keeps a value unless it is nil, false or empty."""
    if not _truthy(value):
        return False
    return not (hasattr(value, "__len__") and len(value) == 0)


#: What jekyll-sitemap strips from its template before using it as the page's content.
_MINIFY = re.compile(r"(?:(?<=>\n)|(?<=}))\s+")


def template_source(name: str) -> str:
    """The gem's template *name* as its page's ``content`` (empty without the gem installed)."""
    text = gem_file(GEM, name) or ""
    return _MINIFY.sub("", text) if name == "sitemap.xml" else text


def robots_txt(site: Any) -> str:
    return f"Sitemap: {absolute_url(site.config, 'sitemap.xml')}\n"


class JekyllSitemap(Generator):
    """Adds ``/sitemap.xml`` and ``/robots.txt`` unless the site has its own."""

    gem = GEM
    safe = True
    priority = "lowest"

    def generate(self, site: Any) -> None:
        if not url_taken(site, "/sitemap.xml"):
            files = [f for f in site.static_files if f.extname in INCLUDED_EXTENSIONS]
            xsl = url_taken(site, "/sitemap.xsl")
            site.pages.append(GeneratedPage(
                site, "sitemap.xml", lambda page: sitemap_xml(site, files, xsl),
                {"static_files": [f.to_liquid() for f in files], "xsl": xsl},
                content=template_source("sitemap.xml"),
            ))
        if not url_taken(site, "/robots.txt"):
            site.pages.append(GeneratedPage(site, "robots.txt", lambda page: robots_txt(site),
                                            content=template_source("robots.txt")))
