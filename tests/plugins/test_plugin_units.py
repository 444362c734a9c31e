"""Unit tests of the built-in plugins' pure parts.

Expected values marked "Ruby" were printed by Jekyll 4.3.1's own filters (or
the gem) on this machine; the others follow from the gems' documented rules.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from jekyll_py.liquid.errors import RubyError
from jekyll_py.plugins import _support, avatar, feed, gist, github_metadata, mentions
from jekyll_py.plugins.paginate import Pager, pagination_candidate
from jekyll_py.plugins.relative_links import LINK_REGEX, path_from_root
from jekyll_py.plugins.seo_tag import uri_escape
from jekyll_py.plugins.titles_from_headings import TITLE_REGEX

CONFIG = {"url": "https://Example.COM:443", "baseurl": "/blog/"}


@pytest.mark.parametrize(("value", "absolute", "relative"), [  # Ruby
    ("a b/ümlaut.html", "https://example.com/blog/a%20b/%C3%BCmlaut.html", "/blog/a%20b/%C3%BCmlaut.html"),
    ("/x?q=1&r=2;s+t%2B", "https://example.com/blog/x?q=1&r=2%3Bs+t%2B", "/blog/x?q=1&r=2%3Bs+t%2B"),
    ("#frag", "https://example.com/blog/#frag", "/blog/#frag"),
    ("/a/./b/../c", "https://example.com/blog/a/c", "/blog/a/c"),
    ("https://x.y/Z", "https://x.y/Z", "https://x.y/Z"),
    ("", "https://example.com/blog", "/blog"),
    ("/", "https://example.com/blog/", "/blog/"),
    ("sitemap.xml", "https://example.com/blog/sitemap.xml", "/blog/sitemap.xml"),
    ("/%7euser/", "https://example.com/blog/~user/", "/blog/~user/"),
    ("mailto:x@y", "mailto:x@y", "mailto:x@y"),
])
def test_url_filters_match_jekyll(value: str, absolute: str, relative: str) -> None:
    assert _support.absolute_url(CONFIG, value) == absolute
    assert _support.relative_url(CONFIG, value) == relative


def test_url_filters_without_url_or_baseurl() -> None:
    assert _support.absolute_url({}, "/feed.xml") == "/feed.xml"
    assert _support.absolute_url({"url": ""}, "x") == "/x"
    assert _support.absolute_url({}, None) is None
    assert _support.absolute_url({"url": "https://example.com"}, "") == "https://example.com/"  # Ruby
    assert _support.normalize_uri("https://example.com?a=b") == "https://example.com/?a=b"  # Ruby


def test_text_filters_match_jekyll() -> None:  # Ruby
    assert uri_escape("https://x.y/a b/ü?q=ä&r=%20") == "https://x.y/a%20b/%C3%BC?q=%C3%A4&r=%20"
    assert _support.xml_escape('<a href="x">\'&\'</a>') == (
        "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;")
    assert _support.normalize_whitespace(" a\u00a0 b\n\tc ") == "a\u00a0 b c"
    assert _support.strip_html("<script>x</script>a<!-- c -->b<p class='x'>c</p><style a>s</style>") == "abc"
    assert _support.escape_once("&amp; & &#39; &#x27; <>\"'") == "&amp; &amp; &#39; &amp;#x27; &lt;&gt;&quot;&#39;"


def test_feed_meta_and_paths() -> None:
    assert feed.feed_meta({"title": 'A "B" & C', "url": "https://e.org"}) == (
        '<link type="application/atom+xml" rel="alternate" href="https://e.org/feed.xml" '
        'title="A &quot;B&quot; &amp; C" />')
    assert feed.feed_meta({"feed": {"path": "atom.xml"}}) == (
        '<link type="application/atom+xml" rel="alternate" href="/atom.xml" />')
    collections = feed.feed_collections({"collections": ["recipes"], "categories": ["news"], "path": "/a.xml"})
    assert collections["posts"] == {"path": "/a.xml", "categories": ["news"]}
    assert feed.feed_path(collections) == "/a.xml"
    assert feed.feed_path(collections, "posts", "news") == "/feed/news.xml"
    assert feed.feed_path(collections, "recipes") == "/feed/recipes.xml"
    assert feed.feed_path(collections, "recipes", "sweet") == "/feed/recipes/sweet.xml"


def test_avatar_markup() -> None:  # the servers and URLs the gem printed in the fixture
    html = avatar.avatar_html("hubot", "60")
    assert html.startswith('<img class="avatar" alt="hubot" width="60" height="60" data-proofer-ignore="true" '
                           'src="https://avatars1.githubusercontent.com/hubot?v=3&s=60" ')
    assert "https://avatars1.githubusercontent.com/hubot?v=3&s=240 4x" in html
    lazy = avatar.avatar_html("hubot", "20", lazy=True)
    assert 'class="avatar avatar-small"' in lazy and 'src="" data-src="https://avatars1' in lazy


def test_mentions_reserialise_like_nokogiri() -> None:  # Ruby (html-pipeline on Nokogiri)
    source = ('<p>Hi @bob &amp; &hellip; &nbsp; “q” <img src="a.png" alt=\'x&y\' /> <br/> '
              '<a href="x">@no</a></p>\n<pre>@pre</pre>\n<!-- c @x --><input disabled>')
    assert mentions.reserialize(source, "https://github.com") == (
        '<p>Hi <a href="https://github.com/bob" class="user-mention">@bob</a> &amp; \u2026 \u00a0 “q” '
        '<img src="a.png" alt="x&amp;y"> <br> <a href="x">@no</a></p>\n<pre>@pre</pre>\n'
        '<!-- c @x --><input disabled>')
    assert mentions.reserialize("<p>@a, @b. @c/ @d_e @mention x@y</p>", "https://github.com") == (
        '<p><a href="https://github.com/a" class="user-mention">@a</a>, '
        '<a href="https://github.com/b" class="user-mention">@b</a>. @c/ '
        '<a href="https://github.com/d_e" class="user-mention">@d_e</a> @mention x@y</p>')
    assert mentions.reserialize('<div attr="a>b" data-x=1>text & more < less</div>') == (
        '<div attr="a&gt;b" data-x="1">text &amp; more &lt; less</div>')


#: (source, html-pipeline's MentionFilter output on Nokogiri) -- Ruby
NOKOGIRI_CASES = [
    ('<ul><li>Thanks @bob</li><li>@carol and @dave</li></ul>',
     '<ul>\n<li>Thanks <a href="https://github.com/bob" class="user-mention">@bob</a>\n</li>\n<li>\n<a href="https://github.com/carol" class="user-mention">@carol</a> and <a href="https://github.com/dave" class="user-mention">@dave</a>\n</li>\n</ul>'),
    ('<div><span>a</span><input type="text" placeholder="Search…"></div><p>@x</p>',
     '<div>\n<span>a</span><input type="text" placeholder="Search…">\n</div><p><a href="https://github.com/x" class="user-mention">@x</a></p>'),
    ('<nav><ul><li><a href="/a b">A</a></li><li><a href=\'/b\'>B</a></li></ul></nav> @me',
     '<nav><ul>\n<li><a href="/a%20b">A</a></li>\n<li><a href="/b">B</a></li>\n</ul></nav> <a href="https://github.com/me" class="user-mention">@me</a>'),
    ('<table><tr><td>@a<td>b</table>',
     '<table><tr>\n<td><a href="https://github.com/a" class="user-mention">@a</a></td>\n<td>b</td>\n</tr></table>'),
    ('<p>a<div>@b</div>c',
     '<p>a</p><div><a href="https://github.com/b" class="user-mention">@b</a></div>c'),
    ('<dl><dt>@a<dd>b</dl>',
     '<dl>\n<dt><a href="https://github.com/a" class="user-mention">@a</a></dt>\n<dd>b</dd>\n</dl>'),
    ('<select><option>@a<option>b</select>',
     '<select><option><a href="https://github.com/a" class="user-mention">@a</a></option>\n<option>b</option></select>'),
    ('<div><!-- c --><b>x</b></div> @z',
     '<div>\n<!-- c --><b>x</b>\n</div> <a href="https://github.com/z" class="user-mention">@z</a>'),
    ('<picture><source srcset="a.png"><img src="b c.png"></picture> @z',
     '<picture><source srcset="a.png"><img src="b%20c.png"></source></picture> <a href="https://github.com/z" class="user-mention">@z</a>'),
    ('<h2 id="x">Hi @there</h2>\n<p>text</p><hr><p>@again</p>',
     '<h2 id="x">Hi <a href="https://github.com/there" class="user-mention">@there</a>\n</h2>\n<p>text</p><hr><p><a href="https://github.com/again" class="user-mention">@again</a></p>'),
]


@pytest.mark.parametrize(("source", "expected"), NOKOGIRI_CASES)
def test_mentions_match_html_pipeline(source: str, expected: str) -> None:
    assert mentions.reserialize(source, "https://github.com") == expected


def test_mention_base_url_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL", raising=False)
    assert mentions.mention_base({}) == "https://github.com"
    assert mentions.mention_base({"jekyll-mentions": "https://gl.example"}) == "https://gl.example"
    assert mentions.mention_base({"jekyll-mentions": {"base_url": "https://x"}}) == "https://x"
    with pytest.raises(mentions.InvalidJekyllMentionConfig):
        mentions.mention_base({"jekyll-mentions": 3})
    monkeypatch.setenv("SSL", "true")
    monkeypatch.setenv("GITHUB_HOSTNAME", "ghe.example/")
    assert mentions.mention_base({}) == "https://ghe.example"


def test_relative_link_parts_and_paths() -> None:
    inline = LINK_REGEX.search('See [docs](docs/README.md#part "Docs title").')
    assert inline is not None
    assert inline.group(2, 3, 4, 5) == ("docs", "docs/README.md", "#part", ' "Docs title"')
    reference = LINK_REGEX.search("\n[ref]: other.md\n")
    assert reference is not None and reference.group(6, 7) == ("ref", "other.md")
    assert path_from_root("../other.md", "guide") == "other.md"
    assert path_from_root("/nested/page.md", "guide") == "nested/page.md"
    assert path_from_root("guide/intro.md", ".") == "guide/intro.md"
    assert path_from_root("../../x.md", "a") is None


@pytest.mark.parametrize(("content", "title"), [
    ("# Project *Readme*\n\nSee", "Project *Readme*"),
    ("\n\n## Guide intro ##\n", "Guide intro ##"),
    ("Other page\n==========\n\nBack", "Other page"),
    ("#### Too deep\n", None),
    ("text first\n\n# Late heading\n", None),
])
def test_title_regex(content: str, title: str | None) -> None:
    match = TITLE_REGEX.search(content)
    found = None if match is None else (match.group(1) if match.group(1) is not None else match.group(2))
    assert found == title


def test_pager_slices_and_paths(tmp_path: Any) -> None:
    template = SimpleNamespace(path="blog/index.html", name="index.html", url="/blog/")
    site = SimpleNamespace(config={"paginate": "3", "paginate_path": "/blog/page:num/",
                                   "source": str(tmp_path)}, pages=[template])
    posts = [SimpleNamespace(n=i, to_liquid=lambda i=i: {"n": i}) for i in range(8)]
    second = Pager(site, 2, posts)
    assert [p["n"] for p in second.to_liquid()["posts"]] == [3, 4, 5]
    assert (second.total_pages, second.previous_page_path, second.next_page_path) == (3, "/blog/", "/blog/page3/")
    assert Pager(site, 3, posts).next_page is None
    with pytest.raises(RuntimeError):
        Pager(site, 4, posts)
    root_index = SimpleNamespace(path="index.html", name="index.html")
    assert pagination_candidate(site.config, root_index)  # a parent of the paginate folder
    assert not pagination_candidate(site.config, SimpleNamespace(path="blog/index.md", name="index.md"))
    assert not pagination_candidate(site.config, SimpleNamespace(path="other/index.html", name="index.html"))


def test_gist_arguments_and_script() -> None:
    assert gist.determine_arguments("parkr/c08ee0f2726fd0e3909d") == ("parkr/c08ee0f2726fd0e3909d", "")
    assert gist.determine_arguments("28949e1d5ee2273f9fd3 best.md") == ("28949e1d5ee2273f9fd3", "best.md")
    assert gist.determine_arguments("") is None
    assert gist.gist_script_tag("a/b", "f.rb") == '<script src="https://gist.github.com/a/b.js?file=f.rb"> </script>'


@pytest.fixture
def gist_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            seen.append(self.path)
            found = self.path == "/user/abc/raw/x.rb"
            self.send_response(200 if found else 404)
            self.end_headers()
            self.wfile.write(b'puts "<hi>" & 1' if found else b"404: Not Found")

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setattr(gist, "RAW_BASE_URL", f"http://127.0.0.1:{server.server_address[1]}")
    monkeypatch.delenv("JEKYLL_GITHUB_TOKEN", raising=False)
    try:
        yield seen
    finally:
        server.shutdown()
        server.server_close()


def test_gist_noscript_code_is_fetched_and_escaped(gist_server: list[str]) -> None:
    assert gist.fetch_raw_code("user/abc", "x.rb") == 'puts "<hi>" & 1'
    # Like Net::HTTP, an error status still yields the body.
    assert gist.fetch_raw_code("user/none") == "404: Not Found"
    assert gist_server == ["/user/abc/raw/x.rb", "/user/none/raw"]
    assert _support.escape_html('puts "<hi>" & 1') == "puts &quot;&lt;hi&gt;&quot; &amp; 1"


def test_gist_fetch_failures(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed name lookup (Ruby's SocketError) gives None; a refused
    connection raises the NameError the gem's rescue clause raises on Ruby 3."""
    monkeypatch.delenv("JEKYLL_GITHUB_TOKEN", raising=False)
    monkeypatch.setattr(gist, "RAW_BASE_URL", "http://gist.invalid")
    assert gist.fetch_raw_code("user/abc") is None
    monkeypatch.setattr(gist, "RAW_BASE_URL", "http://127.0.0.1:9")
    with pytest.raises(RubyError, match="TimeoutError") as raised:
        gist.fetch_raw_code("user/abc")
    assert raised.value.ruby_class == "NameError"


def test_github_metadata_offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    for var in ("PAGES_ENV", "JEKYLL_ENV", "PAGES_REPO_NWO", "PAGES_GITHUB_HOSTNAME", "SSL",
                "PAGE_BUILD_ID", "JEKYLL_BUILD_REVISION"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("JEKYLL_BUILD_REVISION", "abc123")
    site = SimpleNamespace(config={"repository": "octo/project"}, source=str(tmp_path),
                           logger=SimpleNamespace(warn=lambda *a: None))
    data = github_metadata.metadata(site)
    assert data["repository_url"] == "https://github.com/octo/project"
    assert data["url"] == "https://github.com/pages/octo/project"  # development: no custom domains
    assert data["baseurl"] == "/pages/octo/project"
    assert data["source"] == {"branch": "gh-pages", "path": "/"}
    assert data["zip_url"] == "https://github.com/octo/project/zipball/gh-pages"
    assert data["build_revision"] == "abc123" and data["is_project_page"] is True
    assert list(data) == sorted(data)
    monkeypatch.setenv("PAGES_ENV", "dotcom")
    user = github_metadata.Repository("octo/octo.github.io")
    assert user.user_page() and user.html_url() == "http://octo.github.io"
    assert github_metadata.Repository("octo/project").html_url() == "http://octo.github.io/project"
    github_metadata.munge(site)
    assert site.config["title"] == "project"
    with pytest.raises(github_metadata.NoRepositoryError):
        monkeypatch.setenv("JEKYLL_ENV", "production")
        github_metadata.find_nwo(SimpleNamespace(config={}, source=str(tmp_path)))


def test_github_metadata_drop_is_lazy(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    """Keys needing no repository work without one; the others raise when read
    (values as printed by Jekyll 4.3.1 with jekyll-github-metadata 2.15 offline)."""
    for var in ("PAGES_ENV", "JEKYLL_ENV", "PAGES_REPO_NWO", "PAGES_API_URL", "PAGES_GITHUB_HOSTNAME",
                "PAGES_PAGES_HOSTNAME", "PAGES_HOSTNAME", "GITHUB_HOSTNAME", "API_URL"):
        monkeypatch.delenv(var, raising=False)
    warnings: list[tuple[str, ...]] = []
    site = SimpleNamespace(config={}, source=str(tmp_path), logger=SimpleNamespace(warn=lambda *a: warnings.append(a)))
    drop = github_metadata.github_namespace(site)
    assert drop["environment"] == "development" and drop["pages_hostname"] == "localhost:4000"
    assert drop["api_url"] == "https://api.github.com" and drop["hostname"] == "github.com"
    with pytest.raises(RubyError, match="No repo name found"):
        drop["repository_url"]
    with pytest.raises(RubyError, match="No repo name found"):
        drop["license"]
    assert warnings == []
    site.config.update(repository="octo/project", github={"source": {"branch": "main"}, "extra": 1})
    drop = github_metadata.github_namespace(site)
    assert drop["source"] == {"branch": "main", "path": "/"} and drop["extra"] == 1
    assert drop["contributors"] is False and len(warnings) == 2  # the API is reached for once
    assert drop["language"] is None and len(warnings) == 2


def test_archives_enabled_kinds() -> None:
    """``enabled``: true or "all" switch every kind on, a list names them, anything else none."""
    from jekyll_py.plugins.archives import _enabled

    assert _enabled({"enabled": True}, "day") and _enabled({"enabled": "all"}, "tags")
    assert _enabled({"enabled": ["year", "tags"]}, "tags") and not _enabled({"enabled": ["year"]}, "month")
    assert not _enabled({"enabled": []}, "year") and not _enabled({"enabled": "year"}, "year")
