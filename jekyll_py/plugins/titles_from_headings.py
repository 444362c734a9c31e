"""jekyll-titles-from-headings 0.5: a Markdown page's first heading is its title.

Pages without a ``title`` take it from a leading ``#``/``##``/``###`` or
setext heading, converted to plain text (markdownify, strip_html,
normalize_whitespace, footnote markers removed). Options under
``titles_from_headings:``: ``enabled: false``; ``strip_title: true`` (also per
page) removes the heading from the content; ``collections: true`` also
retitles written documents, whose filename-derived title does not count.
"""

from __future__ import annotations

import re
from typing import Any

from jekyll_py.document import Document
from jekyll_py.plugin import Generator
from jekyll_py.plugins._markdown import is_markdown, option
from jekyll_py.plugins._support import call_filter, normalize_whitespace, strip_html
from jekyll_py.static_file import StaticFile

GEM = "jekyll-titles-from-headings"
CONFIG_KEY = "titles_from_headings"
_S = r"[ \t\r\n\f\v]"  # Ruby's \s
TITLE_REGEX = re.compile(
    rf"\A{_S}*(?:\#{{1,3}}{_S}+(.*)(?:{_S}+\#{{1,3}})?|(.*)\r?\n[-=]+{_S}*)$", re.M
)
EXTRA_MARKUP_REGEX = re.compile(r"\[\^[^\]]*\]")


def strip_markup(site: Any, text: str) -> str:
    html = call_filter(site, "markdownify", text)
    return EXTRA_MARKUP_REGEX.sub("", normalize_whitespace(strip_html(html)))


def title_from_content(site: Any, content: str | None) -> str | None:
    match = TITLE_REGEX.search(content or "")
    if not match:
        return None
    return strip_markup(site, match.group(1) if match.group(1) is not None else match.group(2))


class TitlesFromHeadings(Generator):
    gem = GEM
    safe = True
    priority = "lowest"

    def generate(self, site: Any) -> None:
        if option(site, CONFIG_KEY, "enabled") is False:
            return
        documents = list(site.pages)
        if option(site, CONFIG_KEY, "collections") is True:
            documents += site.docs_to_write()
        for document in documents:
            if isinstance(document, StaticFile) or not is_markdown(site, document.extname):
                continue
            if not isinstance(document, Document) and document.data.get("title") is not None:
                continue
            title = title_from_content(site, document.content)
            if title is not None:
                document.data["title"] = title
            if self._strip_title(site, document) and document.content:
                document.content = ruby_strip(TITLE_REGEX.sub("", document.content, count=1))
                if (isinstance(document, Document) and document.collection.label == "posts"
                        and document.excerpt_separator()):
                    from jekyll_py.excerpt import Excerpt

                    document.data["excerpt"] = Excerpt(document)

    @staticmethod
    def _strip_title(site: Any, document: Any) -> bool:
        if "strip_title" in document.data:
            return document.data["strip_title"] is True
        return option(site, CONFIG_KEY, "strip_title") is True


def ruby_strip(text: str) -> str:
    return text.strip(" \t\r\n\f\v\0")
