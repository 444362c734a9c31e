"""Unit tests of the highlight package's contract (no conformance data needed)."""

from __future__ import annotations

from jekyll_py.highlight import highlight_table, highlight_tokens, known_language


def test_plaintext_is_escaped_text_without_spans() -> None:
    assert highlight_tokens('a < b && "c" > d\n', "plaintext") == 'a &lt; b &amp;&amp; "c" &gt; d\n'
    assert highlight_tokens("x", "text") == "x"


def test_unknown_and_case_sensitive_lookup() -> None:
    assert highlight_tokens("x = 1", "nosuchlang") is None
    assert highlight_tokens("x = 1", "Ruby") is None  # Rouge's registry is case-sensitive
    assert not known_language("Ruby")
    for name in ("js", "sh", "shell", "console", "yml", "py", "rb", "html", "liquid", "text"):
        assert known_language(name), name
    for name in ("txt", "node", "python3", "none"):
        assert not known_language(name), name


def test_lexer_options_are_accepted() -> None:
    assert known_language("php?start_inline=1")
    assert highlight_tokens("echo 1;", "php?start_inline=1") is not None


def test_text_always_round_trips() -> None:
    code = "def f():\n    return '<a>' & 1\n"
    html = highlight_tokens(code, "python")
    assert html is not None
    import re

    text = re.sub(r"<[^>]+>", "", html)
    assert text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == code


def test_table_counts_lines_and_appends_final_newline() -> None:
    table = highlight_table("a\nb", "text")
    assert table == (
        '<table class="rouge-table"><tbody><tr><td class="gutter gl">'
        '<pre class="lineno">1\n2\n</pre></td><td class="code"><pre>a\nb\n</pre></td>'
        "</tr></tbody></table>"
    )
    assert '<pre class="lineno">1\n</pre>' in highlight_table("", "text")
    assert '<pre class="lineno">1\n2\n</pre>' in highlight_table("a\nb\n", "text")
    assert highlight_table("x", "nosuchlang") == highlight_table("x", "plaintext")


def _strip(markup: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_every_language_keeps_the_text() -> None:
    """No lexer may lose, duplicate or reorder characters, whatever the input.

    Our Rouge-shaped lexers are fed a mix of other languages' code and awkward
    input (unterminated constructs, CRLF, tabs, non-ASCII, NUL).  Languages
    lexed by Pygments are guarded in ``lexing.pygments_raw_tokens`` (plain
    text when Pygments rewrites the input); a quarter of them is exercised
    here, because building a Pygments lexer the first time is slow.
    """
    import json
    from pathlib import Path

    from jekyll_py.highlight.languages import ROUGE_LEXERS
    from jekyll_py.highlight.lexers import LEXER_CLASSES

    records = json.loads(
        (Path(__file__).parent / "data" / "rouge.json").read_text(encoding="utf-8")
    )["records"]
    samples = [r["code"] for r in records[::75]] + [
        "\"unterminated\n'also\n/* open\n<!-- open\n`tick\n",
        "a\r\nb\rc\td\x00é中文\u200b\n",
        "",
        "{% if x %}{{ y | f: 1 }}{% endif %}<%= z %>${w} #{v} $(u)",
    ]
    pygments_backed = [tag for tag in ROUGE_LEXERS if tag not in LEXER_CLASSES]
    for tag in [*LEXER_CLASSES, *pygments_backed[::4]]:
        for code in samples:
            out = highlight_tokens(code, tag)
            assert out is not None
            assert _strip(out) == code, (tag, code)
