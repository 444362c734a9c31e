"""jekyll-mentions 1.6: ``@username`` becomes a link to the user's profile.

After rendering, every ``@name`` in the text of an HTML page or written
document (outside ``pre``, ``code``, ``a``, ``style`` and ``script``, and
only inside ``<body>`` when there is one) links to
``https://github.com/name`` or the base URL set by ``jekyll-mentions:`` (a
URL or ``{base_url: URL}``, site-wide or in front matter; ``false`` in front
matter opts a page out).

The gem does this with html-pipeline on Nokogiri, which re-serialises the
whole body whenever it contains a mention: entities become characters,
attributes get double quotes, void elements lose their ``/``, block elements
gain newlines. ``reserialize`` does the same through ``_html_fragment`` (a
libxml2-compatible tree), so the bytes match.
"""

from __future__ import annotations

import os
import re
from html import escape
from typing import Any

from jekyll_py import hooks
from jekyll_py.page import Page
from jekyll_py.plugins import _html_fragment as fragment

GEM = "jekyll-mentions"
GITHUB_DOT_COM = "https://github.com"
IGNORE_PARENTS = frozenset({"pre", "code", "a", "style", "script"})
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


def reserialize(html: str, base_url: str | None = None) -> str:
    """*html* as Nokogiri writes a parsed fragment, mentions linked if *base_url*.

    As html-pipeline does, each text node outside ``pre``/``code``/``a``/
    ``style``/``script`` that holds a mention is replaced by the parsed HTML of
    its linked text before the fragment is written.
    """
    if base_url is None:
        return fragment.serialize(fragment.parse(html))

    def link_text(text: str) -> str | None:
        escaped = fragment.escape_text(text)
        linked = link_mentions(escaped, base_url)
        return linked if linked != escaped else None

    return fragment.filter_text(html, "@", IGNORE_PARENTS, link_text)


def mentionify(doc: Any) -> None:
    content = doc.output or ""
    if "@" not in content:
        return
    config = doc.site.config
    if "jekyll-mentions" in doc.data:
        config = {**config, **doc.data}
    base = mention_base(config)
    if "<body" in content:
        parts = fragment.split_body(content)
        if parts is None:
            return
        before, body, after = parts
        if not MENTION_REGEX.search(body):
            return
        doc.output = before + reserialize(body, base) + after
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
