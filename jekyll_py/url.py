"""``Jekyll::URL``: turning a permalink template and placeholders into a URL."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, unquote

# Addressable::URI.encode keeps RFC 3986 path characters; `?` survives because
# Addressable reads it as the start of a query, `#` as a fragment (then Jekyll
# escapes the first `#` itself).
_PATH_SAFE = "/:@!$&'()*+,;=-._~?#"
_PLAIN_RE = re.compile(r"^[a-zA-Z0-9./-]+$")
_PLACEHOLDER_RE = re.compile(r":([a-z_]+)")


def escape_path(path: str) -> str:
    if not path or _PLAIN_RE.match(path):
        return path
    return quote(path, safe=_PATH_SAFE).replace("#", "%23", 1)


def unescape_path(path: str) -> str:
    return unquote(path) if "%" in path else path


def sanitize_url(text: str) -> str:
    result = ("/" + text).replace("..", "/").replace("./", "")
    return re.sub(r"/{2,}", "/", result)


def permalink_option(value: Any) -> str | None:
    """A front matter ``permalink`` as ``URL`` takes it, with Ruby's truthiness.

    ``nil`` and ``false`` mean "use the template"; anything else, even ``""``
    (which a front matter default sometimes sets), is the permalink.
    """
    if value is None or value is False:
        return None
    return str(value)


class URL:
    """Generate a URL from ``template`` (or ``permalink``) and ``placeholders``.

    ``placeholders`` is either a plain mapping (pages, static files: Jekyll's
    hash form, where a ``None`` value removes ``/:key``) or a ``UrlDrop``-like
    object with ``has(key)``/``get(key)`` (documents: Jekyll's drop form, where an
    unknown key is an error).
    """

    def __init__(self, template: str | None = None, placeholders: Any = None,
                 permalink: str | None = None) -> None:
        if template is None and permalink is None:
            raise ValueError("One of :template or :permalink must be supplied.")
        self.template = template
        self.placeholders = placeholders if placeholders is not None else {}
        self.permalink = permalink

    def to_s(self) -> str:
        # Ruby's ``generated_permalink || generated_url``: an empty permalink is
        # still a permalink (it makes the URL "/"), only nil falls back.
        source = self.permalink if self.permalink is not None else self.template
        return sanitize_url(self.generate_url(str(source)))

    __str__ = to_s

    def generate_url(self, template: str) -> str:
        if isinstance(self.placeholders, Mapping):
            return self._from_hash(template)
        return self._from_drop(template)

    def _from_hash(self, template: str) -> str:
        result = template
        for key, value in self.placeholders.items():
            if ":" not in result:
                break
            if value is None:
                result = result.replace(f"/:{key}", "")
            else:
                result = result.replace(f":{key}", escape_path(str(value)))
        return result

    def _from_drop(self, template: str) -> str:
        drop = self.placeholders

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            pool = [name, name[:-1]] if name.endswith("_") else [name]
            winner = next((key for key in pool if drop.has(key)), None)
            if winner is None:
                raise NoPlaceholderError(
                    f"The URL template doesn't have {' or '.join(pool)} keys. "
                    "Check your permalink template!"
                )
            value = drop.get(winner)
            replacement = escape_path("" if value is None else str(value))
            return match.group(0).replace(f":{winner}", replacement, 1)

        return _PLACEHOLDER_RE.sub(replace, template)


class NoPlaceholderError(Exception):
    """A permalink template names a placeholder that does not exist."""
