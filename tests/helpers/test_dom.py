"""Unit tests of the DOM-normalising comparer used by the conformance tests."""

from __future__ import annotations

import pytest

from helpers.dom import canonical, dom_diff, dom_equal


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("<p>a<br>b</p>", "<p>a<br />b</p>"),
        ("<p>a<br>b</p>", "<p>a<br/>b</p>"),
        ('<img src="x.png" alt="x">', "<img alt='x' src=x.png />"),
        ('<a href="/" class="b  a">x</a>', '<a class="b a" href="/">x</a>'),
        ("<p>&amp; &lt; &#39; &quot;</p>", "<p>&#38; &#x3c; ' \"</p>"),
        ("<p>caf&eacute;</p>", "<p>café</p>"),
        ("<div>\n  <p>x</p>\n</div>", "<div><p>x</p></div>"),
        ("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n", "<ul><li>one</li><li>two</li></ul>"),
        ("<p>a   b\n c</p>", "<p>a b c</p>"),
        ("<input disabled>", '<input disabled="">'),
        ("<!DOCTYPE html>\n<html></html>", "<!doctype html><html></html>"),
        ('<a title="x&amp;y">t</a>', '<a title="x&y">t</a>'),
    ],
)
def test_equal_despite_insignificant_differences(a: str, b: str) -> None:
    assert dom_equal(a, b), dom_diff(a, b)
    assert canonical(a) == canonical(b)
    assert dom_diff(a, b) == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("<pre>a  b</pre>", "<pre>a b</pre>"),
        ("<pre><code>x\n</code></pre>", "<pre><code>x</code></pre>"),
        ("<code> x</code>", "<code>x</code>"),
        ("<script>var a = 1;  </script>", "<script>var a = 1;</script>"),
        ("<style>a{}\n</style>", "<style>a{}</style>"),
        ("<textarea> t</textarea>", "<textarea>t</textarea>"),
        ("<p><em>a</em> <em>b</em></p>", "<p><em>a</em><em>b</em></p>"),
        ("<p>a b</p>", "<p>ab</p>"),
        ('<a href="/a">x</a>', '<a href="/b">x</a>'),
        ("<p>x</p>", "<div>x</div>"),
        ("<p>x</p><p>y</p>", "<p>x</p>"),
        ("<p>x</p>", "<p>x</p><!-- c -->"),
        ("<a class='a b'>x</a>", "<a class='b a'>x</a>"),
    ],
)
def test_significant_differences_are_reported(a: str, b: str) -> None:
    assert not dom_equal(a, b)
    assert dom_diff(a, b) != ""


def test_diff_points_at_the_first_difference() -> None:
    expected = '<html><body><div><p>one</p><p class="x">two</p></div></body></html>'
    actual = '<html><body><div><p>one</p><p class="y">two</p></div></body></html>'
    message = dom_diff(expected, actual)
    assert "html[0] > body[0] > div[0] > p[1]" in message
    assert "'class': 'x'" in message and "'class': 'y'" in message


def test_diff_reports_text_difference_and_missing_child() -> None:
    assert "'two'" in dom_diff("<p>one</p><p>two</p>", "<p>one</p><p>too</p>")
    message = dom_diff("<ul><li>a</li><li>b</li></ul>", "<ul><li>a</li></ul>")
    assert "missing" in message and "<li>b</li>" in message


def test_unclosed_and_stray_tags_do_not_crash() -> None:
    assert dom_equal("<div><p>a</div></span>", "<div><p>a</p></div>")


def test_xml_feed_cdata_and_processing_instruction() -> None:
    a = '<?xml version="1.0"?>\n<feed><title><![CDATA[x & y]]></title></feed>'
    b = '<?xml version="1.0" ?><feed>\n  <title><![CDATA[x & y]]></title>\n</feed>'
    assert dom_equal(a, b)
    assert not dom_equal(a, a.replace("x &", "z &"))


def test_canonical_form_parses_back_to_the_same_tree() -> None:
    html = ('<!DOCTYPE html><html><head><script>if (a < b && c) {}</script>'
            '<style>a > b { x: "&" }</style></head><body><p title="&quot;q&quot;">a &lt; b &amp; c</p>'
            '<br/><pre>  keep\n</pre></body></html>')
    assert dom_equal(canonical(html), html)
