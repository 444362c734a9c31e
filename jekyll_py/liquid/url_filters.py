"""Jekyll's ``URLFilters``: ``relative_url``, ``absolute_url``, ``strip_index``.

Objects with a ``url`` (documents, pages, static files) give their URL; a
hash does not.  Results go through Addressable's normalisation (``url``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from . import ruby
from .context import Context, with_context
from .filters import no_method
from .url import addressable_absolute, addressable_normalize


def _config(context: Context) -> Mapping[str, Any]:
    return getattr(context.registers.get("site"), "config", None) or {}



def _url_of(value: Any) -> Any:
    if isinstance(value, Mapping):
        if hasattr(value, "hash_for_json") and "url" in value:
            return value["url"]
        return value
    url = getattr(value, "url", None)
    if url is not None and not isinstance(value, (str, int, float, list)):
        return url() if callable(url) else url
    return value


def _ensure_leading_slash(text: str) -> str:
    if not text or text.startswith("/"):
        return text
    return "/" + text


@with_context
def relative_url(context: Context, value: Any) -> Any:
    if value is None:
        return None
    value = _url_of(value)
    text = ruby.to_s(value)
    if addressable_absolute(text):
        return value
    baseurl = _config(context).get("baseurl")
    base = "" if baseurl is None else ruby.to_s(baseurl).removesuffix("/")
    return addressable_normalize(_ensure_leading_slash(base) + _ensure_leading_slash(text))


@with_context
def absolute_url(context: Context, value: Any) -> Any:
    if value is None:
        return None
    value = _url_of(value)
    text = ruby.to_s(value)
    if addressable_absolute(text):
        return value
    site_url = _config(context).get("url")
    if site_url is None or site_url == "":
        return relative_url(context, value)
    return addressable_normalize(ruby.to_s(site_url) + relative_url(context, value))


def strip_index(value: Any) -> Any:
    if value is None or ruby.to_s(value) == "":
        return value
    if not isinstance(value, str):
        raise no_method("sub", value)
    return re.sub(r"/index\.html?$", "/", value, count=1)



URL_FILTERS: dict[str, Any] = {
    "relative_url": relative_url,
    "absolute_url": absolute_url,
    "strip_index": strip_index,
}
