"""Liquid 5.4's standard filters with Ruby's String/Array/number semantics.

Strings follow Ruby's ``String`` (see ``rubystring``), arrays go through
Liquid's ``InputIterator`` (flattened, every element ``to_liquid``), and
properties are read with Ruby's ``[]`` rules; the maths filters live in
``math_filters``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import re
import urllib.parse
from collections.abc import Mapping
from typing import Any

from . import ruby
from .errors import (
    LiquidArgumentError,
    RubyError,
)
from .expressions import utils_to_integer
from .math_filters import MATH_FILTERS
from .rubystring import (
    RUBY_SPACE,
    casecmp,
    ruby_capitalize,
    ruby_downcase,
    ruby_gsub,
    ruby_slice,
    ruby_split,
    ruby_strip,
    ruby_upcase,
)


def input_iterator(value: Any) -> list[Any]:
    """``Liquid::StandardFilters::InputIterator``: the input as an array of Liquid values.

    Arrays are flattened, a hash is one element, and every element goes through
    ``to_liquid`` (so documents and static files become their drops).
    """
    from .context import Context

    if isinstance(value, (list, tuple)):
        items = ruby.flatten(value)
    elif ruby.is_jekyll_drop(value):
        items = list(value.keys())  # an Enumerable drop iterates its keys
    elif isinstance(value, Mapping):
        items = [value]
    elif isinstance(value, range):
        items = list(value)
    elif value is None:
        items = []
    else:
        items = [value]
    return [Context.to_liquid(i) for i in items]


def index_property(item: Any, prop: Any) -> Any:
    """``item[property]`` in Ruby for the types a template may hold."""
    if isinstance(item, Mapping):
        try:
            return item.get(prop)
        except TypeError:
            return None
    if isinstance(item, str):
        if isinstance(prop, str):
            return prop if prop in item else None
        if isinstance(prop, int):
            return item[prop] if -len(item) <= prop < len(item) else None
        raise TypeError("no implicit conversion into Integer")
    if isinstance(item, (list, tuple)):
        if isinstance(prop, int) and not isinstance(prop, bool):
            return item[prop] if -len(item) <= prop < len(item) else None
        raise TypeError(f"no implicit conversion of {ruby.class_name(prop)} into Integer")
    if isinstance(item, int) and not isinstance(item, bool):
        if isinstance(prop, int):
            return (item >> prop) & 1 if prop >= 0 else 0
        raise TypeError(f"no implicit conversion of {ruby.class_name(prop)} into Integer")
    raise _NoIndex()


class _NoIndex(Exception):
    """The item does not respond to ``[]``."""


def responds_to_index(item: Any) -> bool:
    return isinstance(item, (Mapping, str, list, tuple, int)) and not isinstance(item, bool)


# --------------------------------------------------------------------------- string filters


def size(value: Any) -> Any:
    result = ruby.size_of(value)
    return 0 if result is None else result


def downcase(value: Any) -> str:
    return ruby_downcase(ruby.to_s(value))


def upcase(value: Any) -> str:
    return ruby_upcase(ruby.to_s(value))


def capitalize(value: Any) -> str:
    return ruby_capitalize(ruby.to_s(value))


def escape(value: Any) -> Any:
    if value is None:
        return None
    return (
        ruby.to_s(value)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


_ESCAPE_ONCE = re.compile(r"[\"><']|&(?!(?:[a-zA-Z]+|(?:#\d+));)")
_HTML_ESCAPE = {"&": "&amp;", ">": "&gt;", "<": "&lt;", '"': "&quot;", "'": "&#39;"}


def escape_once(value: Any) -> str:
    return _ESCAPE_ONCE.sub(lambda m: _HTML_ESCAPE[m.group()], ruby.to_s(value))


def cgi_escape_str(text: str) -> str:
    """``CGI.escape``."""
    return urllib.parse.quote(text, safe="~ ").replace(" ", "+") if text else ""


def url_encode(value: Any) -> Any:
    if value is None:
        return None
    return cgi_escape_str(ruby.to_s(value))


def url_decode(value: Any) -> Any:
    if value is None:
        return None
    raw = urllib.parse.unquote_to_bytes(ruby.to_s(value).replace("+", " "))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise LiquidArgumentError("invalid byte sequence in UTF-8") from err


def base64_encode(value: Any) -> str:
    return base64.b64encode(ruby.to_s(value).encode()).decode()


def base64_decode(value: Any) -> str:
    text = ruby.to_s(value)
    try:
        if not re.fullmatch(r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?", text):
            raise binascii.Error("invalid")
        return base64.b64decode(text, validate=True).decode("utf-8", "replace")
    except (binascii.Error, ValueError) as err:
        raise LiquidArgumentError("invalid base64 provided to base64_decode") from err


def base64_url_safe_encode(value: Any) -> str:
    return base64.urlsafe_b64encode(ruby.to_s(value).encode()).decode()


def base64_url_safe_decode(value: Any) -> str:
    text = ruby.to_s(value)
    if not text.endswith("=") and len(text) % 4:
        text += "=" * (-len(text) % 4)  # urlsafe_decode64 pads, then decodes strictly
    try:
        return base64_decode(text.replace("-", "+").replace("_", "/"))
    except LiquidArgumentError as err:
        raise LiquidArgumentError("invalid base64 provided to base64_url_safe_decode") from err


def slice_(value: Any, offset: Any, length: Any = None) -> Any:
    off = utils_to_integer(offset)
    ln = utils_to_integer(length) if length is not None else 1
    if isinstance(value, (list, tuple)):
        result = ruby_slice(list(value), off, ln)
        return [] if result is None else result
    result = ruby_slice(ruby.to_s(value), off, ln)
    return "" if result is None else result


def truncate(value: Any, length: Any = 50, truncate_string: Any = "...") -> Any:
    if value is None:
        return None
    text = ruby.to_s(value)
    n = utils_to_integer(length)
    ellipsis = ruby.to_s(truncate_string)
    keep = max(n - len(ellipsis), 0)
    return text[:keep] + ellipsis if len(text) > n else text


def truncatewords(value: Any, words: Any = 15, truncate_string: Any = "...") -> Any:
    if value is None:
        return None
    text = ruby.to_s(value)
    n = utils_to_integer(words)
    if n <= 0:
        n = 1
    wordlist = ruby_split(text, " ", n + 1)
    if len(wordlist) <= n:
        return text
    wordlist.pop()
    return " ".join(wordlist) + ruby.to_s(truncate_string)


def split(value: Any, pattern: Any) -> list[str]:
    return ruby_split(ruby.to_s(value), ruby.to_s(pattern))


def strip(value: Any) -> str:
    return ruby_strip(ruby.to_s(value))


def lstrip(value: Any) -> str:
    return ruby.to_s(value).lstrip(RUBY_SPACE)


def rstrip(value: Any) -> str:
    return ruby.to_s(value).rstrip(RUBY_SPACE + "\0")


_STRIP_HTML_BLOCKS = re.compile(r"<script.*?</script>|<!--.*?-->|<style.*?</style>", re.S)
_STRIP_HTML_TAGS = re.compile(r"<.*?>", re.S)


def strip_html(value: Any) -> str:
    return _STRIP_HTML_TAGS.sub("", _STRIP_HTML_BLOCKS.sub("", ruby.to_s(value)))


def strip_newlines(value: Any) -> str:
    return re.sub(r"\r?\n", "", ruby.to_s(value))


def newline_to_br(value: Any) -> str:
    return re.sub(r"\r?\n", "<br />\n", ruby.to_s(value))


def append(value: Any, other: Any) -> str:
    return ruby.to_s(value) + ruby.to_s(other)


def prepend(value: Any, other: Any) -> str:
    return ruby.to_s(other) + ruby.to_s(value)


def remove(value: Any, pattern: Any) -> str:
    return ruby_gsub(ruby.to_s(value), ruby.to_s(pattern), "")


def remove_first(value: Any, pattern: Any) -> str:
    return ruby_gsub(ruby.to_s(value), ruby.to_s(pattern), "", count=1)


def replace(value: Any, pattern: Any, replacement: Any = "") -> str:
    return ruby_gsub(ruby.to_s(value), ruby.to_s(pattern), ruby.to_s(replacement))


def replace_first(value: Any, pattern: Any, replacement: Any = "") -> str:
    return ruby_gsub(ruby.to_s(value), ruby.to_s(pattern), ruby.to_s(replacement), count=1)


def replace_last(value: Any, pattern: Any, replacement: Any) -> str:
    text, pat = ruby.to_s(value), ruby.to_s(pattern)
    idx = text.rfind(pat)
    if idx < 0:
        return text
    return text[:idx] + ruby.to_s(replacement) + text[idx + len(pat) :]


def remove_last(value: Any, pattern: Any) -> str:
    return replace_last(value, pattern, "")


# --------------------------------------------------------------------------- array filters


def join(value: Any, glue: Any = " ") -> str:
    items = input_iterator(value)
    return ruby.to_s(glue).join(ruby.output_s(i) if isinstance(i, list) else ruby.to_s(i) for i in items)


def first(value: Any) -> Any:
    if ruby.is_jekyll_drop(value):
        keys = list(value.keys())
        return keys[0] if keys else None
    if isinstance(value, (list, tuple)):
        return value[0] if value else None
    if isinstance(value, range):
        return value.start if len(value) else None
    if isinstance(value, Mapping):
        for k, v in value.items():
            return [k, v]
    return None


def last(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return value[-1] if value else None
    if isinstance(value, range):
        return value.stop - 1 if len(value) else None
    return None


def reverse(value: Any) -> list[Any]:
    return list(reversed(input_iterator(value)))


def _property_error(prop: Any) -> LiquidArgumentError:
    return LiquidArgumentError(f"cannot select the property '{ruby.to_s(prop)}'")


def map_(value: Any, prop: Any) -> list[Any]:
    out = []
    for item in input_iterator(value):
        if prop == "to_liquid":
            out.append(item)
        elif responds_to_index(item):
            try:
                out.append(index_property(item, prop))
            except TypeError as err:
                raise _property_error(prop) from err
        else:
            out.append(None)
    return out


def compact(value: Any, prop: Any = None) -> list[Any]:
    items = input_iterator(value)
    if prop is None:
        return [i for i in items if i is not None]
    if not items:
        return []
    out = []
    for item in items:
        try:
            if index_property(item, prop) is not None:
                out.append(item)
        except TypeError as err:
            raise _property_error(prop) from err
        except _NoIndex:
            return None  # type: ignore[return-value]  # Ruby: NoMethodError → nil
    return out


def uniq(value: Any, prop: Any = None) -> list[Any]:
    items = input_iterator(value)
    if len(items) <= 1:
        return items  # Array#uniq never calls its block for 0 or 1 elements
    keyed: list[tuple[Any, Any]] = []
    for item in items:
        if prop is None:
            key = item
        else:
            try:
                key = index_property(item, prop)
            except TypeError as err:
                raise _property_error(prop) from err
            except _NoIndex:
                return None  # type: ignore[return-value]  # Ruby: NoMethodError → nil
        keyed.append((item, key))
    # Ruby's Array#uniq hashes (hash/eql?); do the same where every value has a
    # known hash key, and compare pairwise only for values that have none.
    hashed = [_eql_key(key) for _, key in keyed]
    if all(h is not None for h in hashed):
        found: dict[Any, None] = {}
        out = []
        for (item, _), h in zip(keyed, hashed, strict=True):
            if h not in found:
                found[h] = None
                out.append(item)
        return out
    out = []
    seen: list[Any] = []
    for item, key in keyed:
        if any(_hash_eql(key, s) for s in seen):
            continue
        seen.append(key)
        out.append(item)
    return out


def _eql_key(value: Any) -> Any:
    """A hashable key that is equal for two values exactly when Ruby's ``eql?``
    holds for them, or None for values with no such key here (NaN, BigDecimal,
    foreign objects: those are compared pairwise)."""
    if value is None or isinstance(value, bool):
        return ("c", value)
    if isinstance(value, int):
        return ("i", value)
    if isinstance(value, float):
        return None if value != value else ("f", value)
    if isinstance(value, str):
        return ("s", value)
    if isinstance(value, _dt.datetime):
        return ("t", value)
    if isinstance(value, _dt.date):
        return ("d", value)
    if isinstance(value, (list, tuple)):
        keys = tuple(_eql_key(v) for v in value)
        return None if any(k is None for k in keys) else ("a", keys)
    if ruby.is_jekyll_drop(value) or getattr(value, "ruby_class", None):
        return ("o", id(value))  # drops define no eql?: identity
    if isinstance(value, Mapping):
        pairs = [(_eql_key(k), _eql_key(v)) for k, v in value.items()]
        if any(k is None or v is None for k, v in pairs):
            return None
        return ("h", frozenset(pairs))
    return None


def _hash_eql(a: Any, b: Any) -> bool:
    """``eql?``: like ``==`` but 1 and 1.0 differ."""
    if type(a) is not type(b) and (ruby.is_number(a) or ruby.is_number(b)):
        return False
    return ruby.ruby_eq(a, b)


def concat(value: Any, other: Any) -> list[Any]:
    if not isinstance(other, (list, tuple)):
        raise LiquidArgumentError("concat filter requires an array argument")
    return input_iterator(value) + list(other)


def _nil_safe_casecmp(a: Any, b: Any) -> int:
    if a is not None and b is not None:
        return casecmp(ruby.to_s(a), ruby.to_s(b))
    return 1 if a is None else -1


def sort_natural(value: Any, prop: Any = None) -> Any:
    items = input_iterator(value)
    if not items:
        return []
    if prop is None:
        return ruby_sort(items, _nil_safe_casecmp)
    if all(responds_to_index(i) for i in items):
        if len(items) == 1:
            return items  # the sort block never runs for one element
        try:
            keyed = [(index_property(i, prop), i) for i in items]
        except TypeError as err:
            raise _property_error(prop) from err
        return [i for _, i in ruby_sort(keyed, lambda a, b: _nil_safe_casecmp(a[0], b[0]))]
    return None


ruby_sort = ruby.ruby_sort


def default(value: Any, default_value: Any = "", options: Any = None) -> Any:
    opts = options if isinstance(options, Mapping) else {}
    if ruby.truthy(opts.get("allow_false")):
        false_check = value is None
    else:
        false_check = not ruby.truthy(value)
    if false_check or (isinstance(value, (str, list, tuple, Mapping)) and len(value) == 0):
        return default_value
    return value


def no_method(name: str, value: Any) -> RubyError:
    """Ruby's ``NoMethodError`` message for calling ``name`` on ``value``."""
    shown = "nil" if value is None else ruby.inspect(value)
    return RubyError(
        f"undefined method `{name}' for {shown}:{ruby.class_name(value)}", "NoMethodError"
    )


STANDARD_FILTERS: dict[str, Any] = {
    "size": size,
    "downcase": downcase,
    "upcase": upcase,
    "capitalize": capitalize,
    "escape": escape,
    "h": escape,
    "escape_once": escape_once,
    "url_encode": url_encode,
    "url_decode": url_decode,
    "base64_encode": base64_encode,
    "base64_decode": base64_decode,
    "base64_url_safe_encode": base64_url_safe_encode,
    "base64_url_safe_decode": base64_url_safe_decode,
    "slice": slice_,
    "truncate": truncate,
    "truncatewords": truncatewords,
    "split": split,
    "strip": strip,
    "lstrip": lstrip,
    "rstrip": rstrip,
    "strip_html": strip_html,
    "strip_newlines": strip_newlines,
    "newline_to_br": newline_to_br,
    "append": append,
    "prepend": prepend,
    "remove": remove,
    "remove_first": remove_first,
    "remove_last": remove_last,
    "replace": replace,
    "replace_first": replace_first,
    "replace_last": replace_last,
    "join": join,
    "first": first,
    "last": last,
    "reverse": reverse,
    "map": map_,
    "compact": compact,
    "uniq": uniq,
    "concat": concat,
    "sort_natural": sort_natural,
    "default": default,
    **MATH_FILTERS,
}
