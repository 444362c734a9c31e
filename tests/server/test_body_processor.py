"""Injection of the LiveReload client and of the build-error overlay."""

from __future__ import annotations

from jekyll_py.server.body_processor import (
    inject,
    livereload_args,
    livereload_snippet,
    process_html,
)
from jekyll_py.server.live_reload_reactor import ChangedItem, LiveReloadReactor


def test_inject_before_last_body_end() -> None:
    body = b"<html><body><pre></body></pre></BODY ></html>"
    out, anchored = inject(body, b"<x>")
    assert anchored and out == b"<html><body><pre></body></pre><x></BODY ></html>"


def test_inject_after_head_when_no_body_end_and_not_in_header() -> None:
    out, anchored = inject(b"<header></header><head lang=en><title>t</title>", b"<x>")
    assert anchored and out == b"<header></header><head lang=en><x><title>t</title>"
    out, anchored = inject(b"plain", b"<x>")
    assert not anchored and out == b"plain<x>"


def test_livereload_args_follow_jekyll() -> None:
    assert livereload_args({"livereload_port": 35729}) == "snipver=1&port=35729"
    args = livereload_args(
        {"livereload_port": 1234, "livereload_min_delay": 2, "livereload_max_delay": 9}
    )
    assert args == "snipver=1&mindelay=2&maxdelay=9&port=1234"
    assert b":1234/livereload.js?snipver=1" in livereload_snippet({"livereload_port": 1234})


def test_process_html_escapes_error() -> None:
    out, added = process_html(b"<body></body>", livereload=None, error="<b>bad</b> & worse")
    assert not added
    assert b"&lt;b&gt;bad&lt;/b&gt; &amp; worse" in out
    out, added = process_html(b"<body></body>", livereload={"livereload_port": 1}, error=None)
    assert added and b"livereload.js" in out


def test_livereload_ignore_globs_match_relative_paths() -> None:
    reactor = LiveReloadReactor(ignore=["assets/*", "*.pdf"])
    kept = reactor.filtered(
        [
            ChangedItem("/assets/css/main.css", "assets/css/main.scss"),
            ChangedItem("/files/cv.pdf", "files/cv.pdf"),
            ChangedItem("/about/", "_pages/about.md"),
        ]
    )
    assert kept == [ChangedItem("/about/", "_pages/about.md")]


def test_source_maps_are_never_sent() -> None:
    reactor = LiveReloadReactor()
    sent: list = []
    reactor._send_per_client = sent.extend  # type: ignore[method-assign]
    reactor.reload(
        [
            ChangedItem("/assets/main.css.map"),
            ChangedItem("/assets/main.css"),
            ChangedItem("/assets/main.css"),
        ]
    )
    assert [i.url for i in sent] == ["/assets/main.css"]


def test_each_browser_reloads_only_for_its_own_page() -> None:
    files = {
        "http://127.0.0.1:4000/": "/d/index.html",
        "http://127.0.0.1:4000/about/": "/d/about/index.html",
    }
    reactor = LiveReloadReactor(page_file=files.get)
    items = [
        ChangedItem("/", "index.md", "/d/index.html"),
        ChangedItem("/2024/01/01/a.html", "_posts/2024-01-01-a.md", "/d/2024/01/01/a.html"),
        ChangedItem("/assets/main.css", "assets/main.scss", "/d/assets/main.css"),
        ChangedItem("/assets/app.js", "assets/app.js", "/d/assets/app.js"),
    ]
    paths = lambda url: [m["path"] for m in reactor.messages_for(url, items)]  # noqa: E731
    # Stylesheets and scripts go to everyone, stylesheets first; a page only to its viewers.
    assert paths("http://127.0.0.1:4000/") == ["/assets/main.css", "/assets/app.js", "/"]
    assert paths("http://127.0.0.1:4000/about/") == ["/assets/main.css", "/assets/app.js"]
    # A browser that has not said where it is (or is on a missing page) gets a page reload.
    assert paths(None) == ["/assets/main.css", "/assets/app.js", "/"]
    assert paths("http://127.0.0.1:4000/missing") == ["/assets/main.css", "/assets/app.js", "/"]
    css_only = [items[2]]
    assert [m["path"] for m in reactor.messages_for("http://127.0.0.1:4000/about/", css_only)] == [
        "/assets/main.css"
    ]
