"""Content types for the preview server.

Jekyll's WEBrick servlet takes its types from the ``mime.types`` file Jekyll
ships and adds ``charset=<encoding>`` only to the types listed in its
``mime_types_charset.json`` (all ``text/*`` plus JavaScript, JSON and the web
manifest). We keep a table of the extensions a static site actually serves,
with the same type names, and fall back on Python's *built-in* table (never
the host's ``/etc/mime.types``, so the answer does not depend on the machine).
"""

from __future__ import annotations

import mimetypes
import posixpath

#: Extension (lower case, no dot) -> type, as in Jekyll's ``mime.types``.
#: Listed explicitly where Python's built-in table differs or lacks the entry.
_TYPES: dict[str, str] = {
    "html": "text/html",
    "htm": "text/html",
    "shtml": "text/html",
    "xhtml": "application/xhtml+xml",
    "xht": "application/xhtml+xml",
    "css": "text/css",
    "js": "application/javascript",
    "mjs": "application/javascript",
    "json": "application/json",
    "map": "application/json",
    "jsonld": "application/ld+json",
    "geojson": "application/geo+json",
    "webmanifest": "application/manifest+json",
    "xml": "application/xml",
    "xsl": "application/xml",
    "xsd": "application/xml",
    "xslt": "application/xslt+xml",
    "atom": "application/atom+xml",
    "rss": "application/rss+xml",
    "txt": "text/plain",
    "text": "text/plain",
    "log": "text/plain",
    "md": "text/markdown",
    "markdown": "text/markdown",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "yaml": "text/yaml",
    "yml": "text/yaml",
    "ics": "text/calendar",
    "vtt": "text/vtt",
    "svg": "image/svg+xml",
    "svgz": "image/svg+xml",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "jpe": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "avif": "image/avif",
    "ico": "image/vnd.microsoft.icon",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "eot": "application/vnd.ms-fontobject",
    "wasm": "application/wasm",
    "pdf": "application/pdf",
    "tex": "application/x-tex",
    "mp4": "video/mp4",
    "webm": "video/webm",
    "m4a": "audio/mp4",
    "mp3": "audio/mpeg",
    "zip": "application/zip",
}

#: Non-``text/*`` types that get a charset (Jekyll's ``mime_types_charset.json``).
_CHARSET_TYPES = frozenset(
    {
        "application/javascript",
        "application/json",
        "application/manifest+json",
        "application/vnd.syncml+xml",
        "application/vnd.syncml.dm+wbxml",
        "application/vnd.syncml.dm+xml",
        "application/vnd.syncml.dmddf+xml",
        "application/vnd.wap.wbxml",
    }
)

#: Python's built-in table only: constructing ``MimeTypes`` directly does not
#: read the host's files, unlike ``mimetypes.init()``.
_BUILTIN = mimetypes.MimeTypes()

DEFAULT_TYPE = "application/octet-stream"


def mime_type(filename: str) -> str:
    """The bare content type for ``filename`` (WEBrick's ``mime_type``)."""
    ext = posixpath.splitext(filename)[1].lstrip(".").lower()
    if not ext:
        return DEFAULT_TYPE
    if ext in _TYPES:
        return _TYPES[ext]
    guessed, _encoding = _BUILTIN.guess_type("x." + ext, strict=False)
    return guessed or DEFAULT_TYPE


def content_type(filename: str, encoding: str = "utf-8") -> str:
    """The ``Content-Type`` header value, with a charset where Jekyll adds one."""
    typ = mime_type(filename)
    if typ.startswith("text/") or typ in _CHARSET_TYPES:
        return f"{typ}; charset={encoding}"
    return typ
