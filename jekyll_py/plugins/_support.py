"""Jekyll filter semantics the plugins compute in Python.

The Ruby gems build their output with Liquid templates and Jekyll's filters
(``absolute_url``, ``xml_escape``, ``date_to_xmlschema``, ...). Our plugins
write the same bytes directly from Python, which keeps them independent of the
template engine's whitespace handling and makes each generator a plain,
unit-testable function. The helpers here reproduce those filters exactly,
including Addressable's URI normalisation that ``absolute_url`` and
``relative_url`` apply.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any
from urllib.parse import quote, unquote_to_bytes

from jekyll_py.liquid.ruby import to_s as ruby_to_s
from jekyll_py.utils import parse_date

# --------------------------------------------------------------------------
# URLs (Jekyll::Filters::URLFilters on Addressable::URI#normalize)
# --------------------------------------------------------------------------

_UNRESERVED = "-._~"
_SUB_DELIMS = "!$&'()*+,;="
#: Addressable's character classes (beyond ASCII letters and digits).
_PCHAR = _UNRESERVED + _SUB_DELIMS + ":@"
_QUERY_PAIR = (_PCHAR + "/?").replace("&", "").replace(";", "")
_FRAGMENT = _PCHAR + "/?"
_URI_RE = re.compile(r"^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$", re.S)
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9.+-]*$")
_DEFAULT_PORTS = {"http": "80", "https": "443", "ftp": "21", "tftp": "69"}


#: Per character class: the pattern of components normalisation leaves unchanged.
_PLAIN_COMPONENT: dict[str, re.Pattern[str]] = {}


def _normalize_component(text: str, safe: str, leave_encoded: str = "") -> str:
    """``Addressable::URI.normalize_component``: decode, NFKC, re-encode.

    Escapes of characters in *leave_encoded* survive as they were (Addressable
    keeps ``%2B`` apart from ``+`` in queries); everything else is decoded and
    re-encoded with upper-case hex, so ``%7e`` becomes ``~`` and ``ü`` ``%C3%BC``.
    """
    plain = _PLAIN_COMPONENT.get(safe)
    if plain is None:
        plain = _PLAIN_COMPONENT[safe] = re.compile("[A-Za-z0-9" + re.escape(safe) + "]*")
    if plain.fullmatch(text):
        return text  # nothing to decode, encode or NFKC-normalise: the common case
    out: list[str] = []
    chunk: list[str] = []

    def flush() -> None:
        raw = unquote_to_bytes("".join(chunk)).decode("utf-8", errors="surrogateescape")
        raw = unicodedata.normalize("NFKC", raw)
        out.append(quote(raw, safe=safe, errors="surrogateescape"))
        chunk.clear()

    for index, part in enumerate(re.split(r"(%[0-9A-Fa-f]{2})", text)):
        if index % 2 and chr(int(part[1:], 16)) in leave_encoded:
            flush()
            out.append(part.upper())
        else:
            chunk.append(part)
    flush()
    return "".join(out)


_DOT_SEGMENT = re.compile(r"(?:^|/)\.\.?(?:/|$)")


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4, as ``Addressable::URI.normalize_path`` applies it."""
    if not _DOT_SEGMENT.search(path):
        return path
    output: list[str] = []
    segments = path.split("/")
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == ".":
            if last:
                output.append("")
        elif segment == "..":
            if len(output) > 1 or (output and output[0] != ""):
                output.pop()
            if last:
                output.append("")
        else:
            output.append(segment)
    result = "/".join(output)
    if path.startswith("/") and not result.startswith("/"):
        result = "/" + result
    return result


def is_absolute_url(value: Any) -> bool:
    """``Addressable::URI.parse(value).absolute?``: the string has a scheme."""
    if not isinstance(value, str):
        return False
    match = _URI_RE.match(value)
    return bool(match and match.group(1) and _SCHEME_RE.match(match.group(1)))


#: URLs that normalisation leaves as they are: lower-case scheme and host, no
#: port, plain path characters, no dot segments, no query or fragment.
_PLAIN_URI = re.compile(r"(?:[a-z][a-z0-9+.-]*://[a-z0-9.-]+(?=/))?(?:/[A-Za-z0-9._~!$&'()*+,;=:@-]*)*")


def normalize_uri(uri: str) -> str:
    """``Addressable::URI.parse(uri).normalize.to_s`` for the URLs sites produce."""
    if _PLAIN_URI.fullmatch(uri) and not _DOT_SEGMENT.search(uri.split("://", 1)[-1]):
        return uri
    match = _URI_RE.match(uri)
    if not match:
        return uri
    scheme, authority, path, query, fragment = match.groups()
    out = ""
    if scheme is not None:
        scheme = scheme.lower()
        out += scheme + ":"
    if authority is not None:
        userinfo, _, hostport = authority.rpartition("@")
        host, port = hostport, ""
        port_match = re.match(r"^(.*?)(?::(\d*))?$", hostport)
        if port_match and not hostport.startswith("["):
            host, port = port_match.group(1), port_match.group(2) or ""
        host = host.lower()
        try:
            host = host.encode("idna").decode("ascii") if host and not host.isascii() else host
        except UnicodeError:
            pass
        if port and _DEFAULT_PORTS.get(scheme or "") == port:
            port = ""
        out += "//" + (userinfo + "@" if userinfo else "") + host + (":" + port if port else "")
    segments = [_normalize_component(seg, _PCHAR) for seg in path.strip().split("/")]
    normalized_path = _remove_dot_segments("/".join(segments))
    if not normalized_path and scheme in _DEFAULT_PORTS and authority is not None:
        normalized_path = "/"
    out += normalized_path
    if query is not None:
        pairs = [_normalize_component(pair, _QUERY_PAIR, "+") for pair in query.split("&")]
        joined = "&".join(pairs)
        if joined:
            out += "?" + joined
    if fragment is not None:
        out += "#" + _normalize_component(fragment, _FRAGMENT)
    return out


def _ensure_leading_slash(text: str) -> str:
    return text if not text or text.startswith("/") else "/" + text


def sanitized_baseurl(config: Mapping[str, Any]) -> str:
    baseurl = config.get("baseurl")
    if baseurl is None:
        return ""
    return str(baseurl).removesuffix("/")


def _url_of(value: Any) -> Any:
    url = getattr(value, "url", None)
    return url if isinstance(url, str) else value


def relative_url(config: Mapping[str, Any], value: Any) -> str | None:
    """Jekyll's ``relative_url`` filter: prefix ``baseurl``, normalise."""
    if value is None:
        return None
    value = _url_of(value)
    text = _to_s(value)
    if is_absolute_url(text):
        return text
    parts = [sanitized_baseurl(config), text]
    return normalize_uri("".join(_ensure_leading_slash(p) for p in parts))


def absolute_url(config: Mapping[str, Any], value: Any) -> str | None:
    """Jekyll's ``absolute_url`` filter: ``url`` + ``relative_url``, normalised."""
    if value is None:
        return None
    value = _url_of(value)
    text = _to_s(value)
    if is_absolute_url(text):
        return text
    site_url = config.get("url")
    if site_url is None or site_url == "":
        return relative_url(config, text)
    return normalize_uri(str(site_url) + (relative_url(config, text) or ""))


# --------------------------------------------------------------------------
# Text filters
# --------------------------------------------------------------------------


def _to_s(value: Any) -> str:
    """Ruby's ``to_s`` (hashes print as ``{"k"=>"v"}``, floats and times the Ruby way)."""
    return ruby_to_s(value)


def xml_escape(value: Any) -> str:
    """Jekyll's ``xml_escape``: ``encode(xml: :attr)`` without the quotes (``'`` too)."""
    text = _to_s(value)
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def xml_attr(value: Any) -> str:
    """Ruby's ``String#encode(xml: :attr)``: escaped and wrapped in double quotes."""
    return '"' + xml_escape(value) + '"'


_STRIP_HTML_BLOCKS = re.compile(r"<script.*?</script>|<!--.*?-->|<style.*?</style>", re.S)
_STRIP_HTML_TAGS = re.compile(r"<.*?>", re.S)
#: Ruby's ``\s``: ASCII whitespace only (no NBSP, unlike Python's ``\s``).
_RUBY_SPACE = re.compile(r"[ \t\r\n\f\v]+")


def strip_html(value: Any) -> str:
    """Liquid's ``strip_html``."""
    return _STRIP_HTML_TAGS.sub("", _STRIP_HTML_BLOCKS.sub("", _to_s(value)))


def normalize_whitespace(value: Any) -> str:
    """Jekyll's ``normalize_whitespace``: runs of whitespace to one space, stripped."""
    return ruby_strip(_RUBY_SPACE.sub(" ", _to_s(value)))


def ruby_strip(text: str) -> str:
    """Ruby's ``String#strip`` (ASCII whitespace and NUL)."""
    return text.strip(" \t\r\n\f\v\0")


_ESCAPE_ONCE = re.compile(r"[\"><']|&(?!(?:[a-zA-Z]+|#\d+);)")
_HTML_ESCAPE = {"&": "&amp;", ">": "&gt;", "<": "&lt;", '"': "&quot;", "'": "&#39;"}


def escape_once(value: Any) -> str:
    """Liquid's ``escape_once``: escape, but leave existing entities alone."""
    return _ESCAPE_ONCE.sub(lambda m: _HTML_ESCAPE[m.group(0)[0]], _to_s(value))


def escape_html(value: Any) -> str:
    """Ruby's ``CGI.escapeHTML``."""
    return "".join(_HTML_ESCAPE.get(ch, ch) for ch in _to_s(value))


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------


def to_time(value: Any) -> datetime:
    """Jekyll's ``time`` helper behind the date filters: a local aware datetime."""
    if isinstance(value, (datetime, date)):
        return parse_date(value)
    return parse_date(_to_s(value))


def xmlschema(value: Any) -> str:
    """``date_to_xmlschema``: ``Time#xmlschema`` of the local time."""
    moment = to_time(value)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S%z")
    return text[:-2] + ":" + text[-2:]


# --------------------------------------------------------------------------
# Converters reached through the site (SmartyPants, Markdown)
# --------------------------------------------------------------------------


def call_filter(site: Any, name: str, value: Any, *args: Any) -> Any:
    """Apply the site's own Liquid filter *name*, as a template would.

    ``smartify`` and ``markdownify`` belong to the Liquid layer (they reach the
    site's converters); calling them through the engine keeps one
    implementation. Raises ``LookupError`` when the engine lacks the filter.
    """
    engine = site.liquid_engine
    spec = engine.filters.get(name)
    if spec is None:
        raise LookupError(f"the Liquid engine has no {name!r} filter")
    if getattr(spec, "with_context", False):
        context = engine.new_context({}, {"site": site})
        return spec.func(context, value, *args)
    return spec.func(value, *args)


def markdownify(site: Any, value: Any) -> str:
    """Jekyll's ``markdownify`` filter: the site's Markdown converter."""
    return str(call_filter(site, "markdownify", value))


def smartify(site: Any, value: Any) -> str:
    """Jekyll's ``smartify`` filter: kramdown's SmartyPants (typographic quotes, escaped)."""
    return str(call_filter(site, "smartify", value))
