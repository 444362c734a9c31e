"""URL generation (``Jekyll::URL``) and path safety."""

from __future__ import annotations

from jekyll_py.url import URL, escape_path, sanitize_url
from jekyll_py.utils import sanitized_path


def test_hash_placeholders_and_nil_removal() -> None:
    url = URL(template="/:path/:basename:output_ext",
              placeholders={"path": "/docs", "basename": "guide", "output_ext": ".html"})
    assert url.to_s() == "/docs/guide.html"
    url = URL(template="/:categories/:title/", placeholders={"categories": None, "title": "x"})
    assert url.to_s() == "/x/"


def test_permalink_wins_over_template() -> None:
    assert URL(template="/:path/", placeholders={"path": "a"}, permalink="/custom/").to_s() == "/custom/"


def test_sanitize_url() -> None:
    assert sanitize_url("//a/../b/./c//") == "/a/b/c/"


def test_escape_path() -> None:
    assert escape_path("/plain/path.html") == "/plain/path.html"
    assert escape_path("/with space/ü") == "/with%20space/%C3%BC"
    assert escape_path("/a#b#c") == "/a%23b#c"


def test_sanitized_path_never_leaves_base() -> None:
    assert sanitized_path("/site", "../../etc/passwd") == "/site/etc/passwd"
    assert sanitized_path("/site", "/site/x") == "/site/x"
    assert sanitized_path("/site", "~/x") == "/site/~/x"
