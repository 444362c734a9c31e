"""The path rules of the preview server (Jekyll's WEBrick servlet / GitHub Pages)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jekyll_py.server.servlet import directory_listing, normalize_baseurl, resolve


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    """A destination folder with every shape of path the rules care about."""
    root = tmp_path / "_site"
    (root / "blog" / "2024").mkdir(parents=True)
    (root / "empty").mkdir()
    (root / "xdir").mkdir()
    (root / "index.html").write_text("home")
    (root / "about.html").write_text("about")
    (root / "feed.xml").write_text("<feed/>")
    (root / "legacy.xhtml").write_text("x")
    (root / "blog" / "index.html").write_text("blog")
    (root / "blog" / "2024" / "post.html").write_text("post")
    (root / "xdir" / "index.xhtml").write_text("xhtml index")
    (root / ".htaccess").write_text("secret")
    (root / "~backup.html").write_text("backup")
    (root / "caf\u00e9.html").write_text("unicode")
    (tmp_path / "outside.txt").write_text("outside")
    return root


def test_root_serves_index(site: Path) -> None:
    res = resolve(site, "/")
    assert res.status == 200 and res.file == site / "index.html"


def test_exact_file(site: Path) -> None:
    assert resolve(site, "/feed.xml").file == site / "feed.xml"


@pytest.mark.parametrize(("path", "name"), [("/about", "about.html"), ("/legacy", "legacy.xhtml")])
def test_extensionless_finds_html_then_xhtml(site: Path, path: str, name: str) -> None:
    res = resolve(site, path)
    assert res.status == 200 and res.file == site / name


def test_folder_without_slash_redirects_and_keeps_query(site: Path) -> None:
    assert resolve(site, "/blog").location == "/blog/"
    res = resolve(site, "/blog", query="page=2")
    assert (res.status, res.location) == (301, "/blog/?page=2")


def test_folder_with_slash_serves_its_index(site: Path) -> None:
    assert resolve(site, "/blog/").file == site / "blog" / "index.html"
    assert resolve(site, "/xdir/").file == site / "xdir" / "index.xhtml"


def test_nested_file_and_missing_paths(site: Path) -> None:
    assert resolve(site, "/blog/2024/post").file == site / "blog" / "2024" / "post.html"
    assert resolve(site, "/blog/2023/post").status == 404
    assert resolve(site, "/nope").status == 404
    assert resolve(site, "/about.html/extra").status == 404
    assert resolve(site, "/nope/").status == 404


def test_folder_without_index_is_404_unless_listing(site: Path) -> None:
    assert resolve(site, "/empty/").status == 404
    res = resolve(site, "/empty/", show_dir_listing=True)
    assert res.status == 200 and res.listing == site / "empty"
    # --show-dir-listing lists even folders that have an index, as Jekyll does.
    assert resolve(site, "/blog/", show_dir_listing=True).listing == site / "blog"


def test_percent_encoded_names(site: Path) -> None:
    assert resolve(site, "/caf%C3%A9.html").file == site / "caf\u00e9.html"
    assert resolve(site, "/caf%C3%A9").file == site / "caf\u00e9.html"
    assert resolve(site, "/caf%E9.html").status == 404  # not UTF-8


def test_nondisclosure_names(site: Path) -> None:
    assert resolve(site, "/.htaccess").status == 404
    assert resolve(site, "/.HTaccess").status == 404
    assert resolve(site, "/~backup.html").status == 404


@pytest.mark.parametrize(
    "path",
    [
        "/../outside.txt",
        "/blog/../../outside.txt",
        "/%2e%2e/outside.txt",
        "/%2E%2E/outside.txt",
        "/.%2e/outside.txt",
        "/..%2foutside.txt",
        "/..%2Foutside.txt",
        "/blog%2f..%2f..%2foutside.txt",
        "/..\\outside.txt",
        "/..%5coutside.txt",
        "/%5c..%5coutside.txt",
        "/./index.html",
        "/index.html%00.txt",
        "/a\x00b",
    ],
)
def test_traversal_is_forbidden(site: Path, path: str) -> None:
    assert resolve(site, path).status == 403


def test_symlink_leaving_the_destination_is_forbidden(site: Path) -> None:
    os.symlink(site.parent / "outside.txt", site / "link.txt")
    os.symlink(site.parent, site / "uplink")
    assert resolve(site, "/link.txt").status == 403
    assert resolve(site, "/uplink/outside.txt").status == 403
    os.symlink(site / "about.html", site / "inside.html")
    assert resolve(site, "/inside.html").file == site / "inside.html"


def test_relative_request_target_is_not_found(site: Path) -> None:
    assert resolve(site, "index.html").status == 404
    assert resolve(site, "").status == 404


def test_baseurl_mount(site: Path) -> None:
    assert resolve(site, "/blog-base/about", baseurl="/blog-base").file == site / "about.html"
    assert resolve(site, "/blog-base/", baseurl="blog-base/").file == site / "index.html"
    assert resolve(site, "/blog-base", baseurl="/blog-base").location == "/blog-base/"
    assert resolve(site, "/blog-base/blog", baseurl="/blog-base").location == "/blog-base/blog/"
    assert resolve(site, "/about", baseurl="/blog-base").status == 404
    assert resolve(site, "/", baseurl="/blog-base").status == 404
    assert resolve(site, "/blog-basement/", baseurl="/blog-base").status == 404


def test_normalize_baseurl() -> None:
    assert normalize_baseurl(None) == ""
    assert normalize_baseurl("/") == ""
    assert normalize_baseurl("blog/") == "/blog"
    assert normalize_baseurl("/a/b/") == "/a/b"


def test_directory_listing_hides_nondisclosed(site: Path) -> None:
    listing = directory_listing(site, "/")
    assert '<a href="blog/">blog/</a>' in listing
    assert '<a href="about.html">' in listing
    assert ".htaccess" not in listing and "~backup" not in listing
    assert "../" in directory_listing(site / "blog", "/blog/")
