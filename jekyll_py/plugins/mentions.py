"""jekyll-mentions 1.6: ``@username`` becomes a link to the user's profile.

After rendering, every ``@name`` in the text of an HTML page or written
document (outside ``pre``, ``code``, ``a``, ``style`` and ``script``, and
only inside ``<body>`` when there is one) links to
``https://github.com/name`` or the base URL set by ``jekyll-mentions:`` (a
URL or ``{base_url: URL}``, site-wide or in front matter; ``false`` in front
matter opts a page out).

The gem does this with html-pipeline on Nokogiri, which re-serialises the
whole body whenever it contains a mention: entities become characters,
attributes get double quotes, void elements lose their ``/``. ``reserialize``
reproduces that serialisation so the bytes match.
"""

from __future__ import annotations

import os
import re
from html import escape
from html.parser import HTMLParser
from typing import Any

from jekyll_py import hooks
from jekyll_py.page import Page

GEM = "jekyll-mentions"
GITHUB_DOT_COM = "https://github.com"
OPENING_BODY_TAG = re.compile(r"<body(.*?)>\s*", re.S)
IGNORE_PARENTS = frozenset({"pre", "code", "a", "style", "script"})
VOID_ELEMENTS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen", "isindex",
})
RAW_TEXT = frozenset({"script", "style"})
_USERNAME = r"[\w][\w-]*"
#: html-pipeline's MentionPatterns for jekyll-mentions' username pattern (the
#: atomic group written as a lookahead and back-reference for Python 3.10).
MENTION_REGEX = re.compile(
    rf"(?:^|\W)@(?=({_USERNAME}))\1(?!/)(?=\.+[ \t\W]|\.+$|[^0-9a-zA-Z_.]|$)",
    re.I | re.M | re.A,
)
MENTION_LOGINS = frozenset({"mention", "mentions"})


class InvalidJekyllMentionConfig(ValueError):
    """``jekyll-mentions`` is neither a string nor a hash."""


def default_mention_base() -> str:
    ssl, host = os.environ.get("SSL", ""), os.environ.get("GITHUB_HOSTNAME", "")
    if ssl and host:
        return ("https://" if ssl == "true" else "http://") + host.rstrip("/")
    return GITHUB_DOT_COM


def mention_base(config: dict[str, Any]) -> str:
    setting = config.get("jekyll-mentions")
    if setting is None:
        return default_mention_base()
    if isinstance(setting, str):
        return setting
    if isinstance(setting, dict):
        return str(setting.get("base_url", default_mention_base()))
    raise InvalidJekyllMentionConfig(
        "Your jekyll-mentions config has to either be a string or a hash. "
        f"It's a {type(setting).__name__} right now."
    )


def link_mentions(escaped_text: str, base_url: str) -> str:
    """Replace the mentions in one (HTML-escaped) text node."""
    url = base_url if re.search(r"[/~]\Z", base_url) else base_url + "/"

    def replace(match: re.Match[str]) -> str:
        login = match.group(1)
        if login.lower() in MENTION_LOGINS:
            return match.group(0)
        link = f'<a href="{escape(url + login)}" class="user-mention">@{login}</a>'
        return match.group(0).replace("@" + login, link, 1)

    return MENTION_REGEX.sub(replace, escaped_text)


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _quoted_attr(value: str) -> str:
    """libxml2's quoting: double quotes, or single ones when the value has only ``"``."""
    text = _escape_text(value)
    if '"' in text and "'" not in text:
        return f"'{text}'"
    return '"' + text.replace('"', "&quot;") + '"'


class _Serializer(HTMLParser):
    """Parses an HTML fragment and writes it back the way libxml2 does."""

    def __init__(self, base_url: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.out: list[str] = []
        self.stack: list[str] = []

    def _start(self, tag: str, attrs: list[tuple[str, str | None]]) -> str:
        parts = [f"<{tag}"]
        for name, value in attrs:
            parts.append(f" {name}" if value is None else f" {name}={_quoted_attr(value)}")
        return "".join(parts) + ">"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self._start(tag, attrs))
        if tag not in VOID_ELEMENTS:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self._start(tag, attrs))
        if tag not in VOID_ELEMENTS:
            self.out.append(f"</{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_ELEMENTS:
            return
        if tag in self.stack:
            while self.stack:
                if self.stack.pop() == tag:
                    break
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] in RAW_TEXT:
            self.out.append(data)
            return
        text = _escape_text(data)
        if self.base_url is not None and "@" in text and not IGNORE_PARENTS.intersection(self.stack):
            text = link_mentions(text, self.base_url)
        self.out.append(text)

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


def reserialize(html: str, base_url: str | None = None) -> str:
    """*html* as Nokogiri writes a parsed fragment, mentions linked if *base_url*."""
    serializer = _Serializer(base_url)
    serializer.feed(html)
    serializer.close()
    return "".join(serializer.out)


def mentionify(doc: Any) -> None:
    content = doc.output or ""
    if "@" not in content:
        return
    config = doc.site.config
    if "jekyll-mentions" in doc.data:
        config = {**config, **doc.data}
    base = mention_base(config)
    if "<body" in content:
        match = OPENING_BODY_TAG.search(content)
        if match is None:
            return
        head, opener, tail = content[: match.start()], match.group(0), content[match.end():]
        body, closing, rest = tail.partition("</body>")
        if not MENTION_REGEX.search(body):
            return
        doc.output = head + opener + reserialize(body, base) + closing + rest
    else:
        if not MENTION_REGEX.search(content):
            return
        doc.output = reserialize(content, base)


def mentionable(doc: Any) -> bool:
    written = isinstance(doc, Page) or doc.write_p()
    permalink = doc.permalink if isinstance(doc.permalink, str) else None
    html = doc.output_ext == ".html" or (permalink is not None and permalink.endswith("/"))
    return written and html and doc.data.get("jekyll-mentions") is not False


@hooks.register(["pages", "documents"], "post_render", gem=GEM)
def _mentions_hook(doc: Any, *args: Any) -> None:
    if mentionable(doc):
        mentionify(doc)
