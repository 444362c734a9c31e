"""Content types and charsets as Jekyll's servlet sends them."""

from __future__ import annotations

import pytest

from jekyll_py.server.mime import content_type, mime_type


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("index.html", "text/html; charset=utf-8"),
        ("a.HTM", "text/html; charset=utf-8"),
        ("style.css", "text/css; charset=utf-8"),
        ("app.js", "application/javascript; charset=utf-8"),
        ("search.json", "application/json; charset=utf-8"),
        ("site.webmanifest", "application/manifest+json; charset=utf-8"),
        ("notes.txt", "text/plain; charset=utf-8"),
        ("feed.xml", "application/xml"),
        ("logo.svg", "image/svg+xml"),
        ("photo.JPG", "image/jpeg"),
        ("font.woff2", "font/woff2"),
        ("paper.pdf", "application/pdf"),
        ("favicon.ico", "image/vnd.microsoft.icon"),
        ("CNAME", "application/octet-stream"),
        ("archive.unknownext", "application/octet-stream"),
    ],
)
def test_content_type(name: str, expected: str) -> None:
    assert content_type(name) == expected


def test_encoding_is_configurable() -> None:
    assert content_type("a.css", "iso-8859-1") == "text/css; charset=iso-8859-1"


def test_builtin_table_fallback() -> None:
    # Not in our table; Python's built-in table knows it.
    assert mime_type("clip.mov") == "video/quicktime"
