"""Behaviours of KramdownConverter, each checked against kramdown 2.4 as Jekyll 4.3.1 runs it.

The expected strings were produced by Jekyll's own converter (Ruby) for these
inputs and are kept here so the tests need no Ruby.
"""

from __future__ import annotations

import pytest

from jekyll_py.markdown import KramdownConverter

ACAD = {
    "markdown": "kramdown",
    "highlighter": "rouge",
    "kramdown": {"input": "GFM", "hard_wrap": False, "auto_ids": True, "footnote_nr": 1,
                 "entity_output": "as_char", "toc_levels": "1..6",
                 "smart_quotes": "lsquo,rsquo,ldquo,rdquo", "enable_coderay": False},
}

CASES = {
    'emoji_only_header': (
        '## 🎖\n\n## 🎖\n\n## 🎖 Honors\n',
        '<h2>🎖</h2>\n\n<h2 id="-1">🎖</h2>\n\n<h2 id="-honors">🎖 Honors</h2>\n',
    ),
    'duplicate_ids': (
        '# Intro\n\n# Intro\n\n## Intro\n',
        '<h1 id="intro">Intro</h1>\n\n<h1 id="intro-1">Intro</h1>\n\n<h2 id="intro-2">Intro</h2>\n',
    ),
    'header_explicit_id': (
        '## Custom {#my-id}\n',
        '<h2 id="my-id">Custom</h2>\n',
    ),
    'header_inline_markup': (
        '## The `code` and *emph* & more\n',
        '<h2 id="the-code-and-emph--more">The <code class="language-plaintext highlighter-rouge">code</code> and <em>emph</em> &amp; more</h2>\n',
    ),
    'markdown_1_div': (
        '<div markdown="1">\n## Inner\n\n*emph* text\n</div>\n',
        '<div>\n  <h2 id="inner">Inner</h2>\n\n  <p><em>emph</em> text</p>\n</div>\n',
    ),
    'raw_div': (
        '<div class="x">\n*not emph*\n\n<p class=\'a\'>hi</p>\n</div>\n',
        '<div class="x">\n*not emph*\n\n<p class="a">hi</p>\n</div>\n',
    ),
    'span_alone': (
        "<span class='anchor' id='about-me'></span>\n",
        '<p><span class="anchor" id="about-me"></span></p>\n',
    ),
    'nbsp': (
        'a&nbsp;b &amp; c &lt; d &copy; &#169; &#x263A; &quot;q&quot;\n',
        '<p>a\xa0b &amp; c &lt; d © © ☺ "q"</p>\n',
    ),
    'typography': (
        'He said "hi" -- it\'s \'fine\'... --- <<quoted>> 1990\'s\n',
        '<p>He said “hi” – it’s ‘fine’… — «quoted» 1990’s</p>\n',
    ),
    'math': (
        'Inline $$a_1 + b^2$$ math.\n\n$$\n\\sum_{i=1}^n x_i < 5\n$$\n',
        '<p>Inline \\(a_1 + b^2\\) math.</p>\n\n\\[\\sum_{i=1}^n x_i &lt; 5\\]\n',
    ),
    'footnotes': (
        'Text[^1] and again[^n].\n\n[^1]: First.\n[^n]: Second\n    with more.\n',
        '<p>Text<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup> and again<sup id="fnref:n" role="doc-noteref"><a href="#fn:n" class="footnote" rel="footnote">2</a></sup>.</p>\n\n<div class="footnotes" role="doc-endnotes">\n  <ol>\n    <li id="fn:1" role="doc-endnote">\n      <p>First.\xa0<a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p>\n    </li>\n    <li id="fn:n" role="doc-endnote">\n      <p>Second\nwith more.\xa0<a href="#fnref:n" class="reversefootnote" role="doc-backlink">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n',
    ),
    'toc': (
        '* TOC\n{:toc}\n\n# One\n\n## Two\n\n# Three\n',
        '<ul id="markdown-toc">\n  <li><a href="#one" id="markdown-toc-one">One</a>    <ul>\n      <li><a href="#two" id="markdown-toc-two">Two</a></li>\n    </ul>\n  </li>\n  <li><a href="#three" id="markdown-toc-three">Three</a></li>\n</ul>\n\n<h1 id="one">One</h1>\n\n<h2 id="two">Two</h2>\n\n<h1 id="three">Three</h1>\n',
    ),
    'ial_block': (
        'A paragraph.\n{: .lead #p1 data-x="1"}\n',
        '<p class="lead" id="p1" data-x="1">A paragraph.</p>\n',
    ),
    'ald': (
        '{:ref: .big}\n\nPara\n{: ref}\n',
        '\n<p class="big">Para</p>\n',
    ),
    'deflist': (
        'Term\n: Definition\n',
        '<dl>\n  <dt>Term</dt>\n  <dd>Definition</dd>\n</dl>\n',
    ),
    'abbrev': (
        'HTML is fun.\n\n*[HTML]: Hyper Text\n',
        '<p><abbr title="Hyper Text">HTML</abbr> is fun.</p>\n\n',
    ),
    'nomarkdown': (
        '{::nomarkdown}\n<b>*raw*</b>\n{:/}\n\n{::comment}\nhidden\n{:/comment}\n',
        '<b>*raw*</b>\n\n<!-- hidden -->\n',
    ),
    'table': (
        '| a | b |\n|:--|--:|\n| 1 | 2 |\n',
        '<table>\n  <thead>\n    <tr>\n      <th style="text-align: left">a</th>\n      <th style="text-align: right">b</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td style="text-align: left">1</td>\n      <td style="text-align: right">2</td>\n    </tr>\n  </tbody>\n</table>\n',
    ),
    'code_unknown_lang': (
        '```nosuchlang\nx < y\n```\n',
        '<pre><code class="language-nosuchlang">x &lt; y\n</code></pre>\n',
    ),
    'inline_code': (
        'Use `a < b` here.\n',
        '<p>Use <code class="language-plaintext highlighter-rouge">a &lt; b</code> here.</p>\n',
    ),
    'task_list': (
        '- [ ] todo\n- [x] done\n',
        '<ul class="task-list">\n  <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />todo</li>\n  <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />done</li>\n</ul>\n',
    ),
    'strike': (
        '~~gone~~ and ~one~\n',
        '<p><del>gone</del> and ~one~</p>\n',
    ),
    'no_autolink': (
        'See https://example.com and <https://example.com>.\n',
        '<p>See https://example.com and <a href="https://example.com">https://example.com</a>.</p>\n',
    ),
    'hard_break': (
        'line one\\\nline two  \nline three\n',
        '<p>line one<br />\nline two<br />\nline three</p>\n',
    ),
    'blank_start': (
        '\n\nText\n',
        '\n<p>Text</p>\n',
    ),
}



@pytest.fixture(scope="module")
def conv() -> KramdownConverter:
    return KramdownConverter(ACAD)


@pytest.mark.parametrize("name", sorted(CASES))
def test_behaviour(conv: KramdownConverter, name: str) -> None:
    source, expected = CASES[name]
    assert conv.convert(source) == expected


OPTION_CASES = [
    ({'hard_wrap': True}, 'line one\nline two\n',
     '<p>line one<br />\nline two</p>\n'),
    ({'auto_ids': False}, '# Title\n',
     '<h1>Title</h1>\n'),
    ({'auto_id_prefix': 'h-'}, '# Title\n\n# Title\n',
     '<h1 id="h-title">Title</h1>\n\n<h1 id="h-title-1">Title</h1>\n'),
    ({'footnote_nr': 5, 'footnote_backlink': '^'}, 'x[^a]\n\n[^a]: note\n',
     '<p>x<sup id="fnref:a" role="doc-noteref"><a href="#fn:a" class="footnote" rel="footnote">5</a></sup></p>\n\n<div class="footnotes" role="doc-endnotes">\n  <ol start="5">\n    <li id="fn:a" role="doc-endnote">\n      <p>note\xa0<a href="#fnref:a" class="reversefootnote" role="doc-backlink">^</a></p>\n    </li>\n  </ol>\n</div>\n'),
    ({'typographic_symbols': {'hellip': '...', 'mdash': '--'}}, 'Wait... --- ok\n',
     '<p>Wait... -- ok</p>\n'),
    # kramdown 2.4 via Jekyll: Ruby's \\B is Unicode-aware, so no rquote1 before 开
    ({}, '""开源" 意味\n', '<p>"”开源” 意味</p>\n'),
    ({'smart_quotes': 'apos,apos,quot,quot'}, '"a" \'b\'\n',
     '<p>"a" \'b\'</p>\n'),
    ({'entity_output': 'numeric'}, 'a&nbsp;b &copy; "q" -- x\n',
     '<p>a&#160;b &#169; &#8220;q&#8221; &#8211; x</p>\n'),
    ({'entity_output': 'symbolic'}, 'a&nbsp;b &copy; "q" -- x\n',
     '<p>a&nbsp;b &copy; &ldquo;q&rdquo; &ndash; x</p>\n'),
    ({'entity_output': 'as_input'}, 'a&nbsp;b &copy; &#169; "q" -- x\n',
     '<p>a&nbsp;b &copy; &#169; &#8220;q&#8221; &#8211; x</p>\n'),
    ({'toc_levels': '2..3'}, '* x\n{:toc}\n\n# A\n\n## B\n\n### C\n\n#### D\n',
     '<ul id="markdown-toc">\n  <li><a href="#b" id="markdown-toc-b">B</a>    <ul>\n      <li><a href="#c" id="markdown-toc-c">C</a></li>\n    </ul>\n  </li>\n</ul>\n\n<h1 id="a">A</h1>\n\n<h2 id="b">B</h2>\n\n<h3 id="c">C</h3>\n\n<h4 id="d">D</h4>\n'),
    ({'parse_block_html': True}, '<div>\n*emph*\n</div>\n',
     '<div>\n  <p><em>emph</em></p>\n</div>\n'),
    ({'parse_span_html': False}, 'a <span>*b*</span>\n',
     '<p>a <span>*b*</span></p>\n'),
    ({'math_engine': None}, '$$x$$ and\n\n$$\ny\n$$\n',
     '<p><span class="kdmath">$x$</span> and</p>\n\n<div class="kdmath">$$\ny\n$$</div>\n'),
    ({'syntax_highlighter': None}, '```ruby\nx = 1\n```\n\n`c`\n',
     '<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code><span class="n">x</span> <span class="o">=</span> <span class="mi">1</span>\n</code></pre></div></div>\n\n<p><code class="language-plaintext highlighter-rouge">c</code></p>\n'),
    ({'guess_lang': False}, '```\nplain\n```\n\n`c`\n',
     '<pre><code>plain\n</code></pre>\n\n<p><code>c</code></p>\n'),
    ({'syntax_highlighter_opts': {'block': {'line_numbers': True}}}, '```ruby\nx = 1\n```\n\n`code`\n',
     '<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code><table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">1\n</pre></td><td class="rouge-code"><pre><span class="n">x</span> <span class="o">=</span> <span class="mi">1</span>\n</pre></td></tr></tbody></table></code></pre></div></div>\n\n<p><code class="language-plaintext highlighter-rouge">code</code></p>\n'),
    ({'syntax_highlighter_opts': {'css_class': 'hl', 'span': {'disable': True}}}, '```ruby\nx = 1\n```\n\n`code`\n',
     '<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="hl"><code><span class="n">x</span> <span class="o">=</span> <span class="mi">1</span>\n</code></pre></div></div>\n\n<p><code>code</code></p>\n'),
    ({'input': 'kramdown'}, '# Héllo Wörld 2\n\n```\nnot fenced\n```\n\n~~~ ruby\nx\n~~~\n\n~~strike~~ line\\\nnext\n\n- [ ] task\n',
     '<h1 id="hllo-wrld-2">Héllo Wörld 2</h1>\n\n<p><code class="language-plaintext highlighter-rouge">\nnot fenced\n</code></p>\n\n<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code><span class="n">x</span>\n</code></pre></div></div>\n\n<p>~~strike~~ line\\\nnext</p>\n\n<ul>\n  <li>[ ] task</li>\n</ul>\n'),
]


@pytest.mark.parametrize(("kramdown", "source", "expected"), OPTION_CASES)
def test_options(kramdown: dict, source: str, expected: str) -> None:
    assert KramdownConverter({"kramdown": kramdown}).convert(source) == expected


def test_nbsp_entity_is_a_character(conv: KramdownConverter) -> None:
    assert conv.convert("a&nbsp;b\n") == "<p>a\u00a0b</p>\n"


def test_empty_and_whitespace_inputs(conv: KramdownConverter) -> None:
    assert conv.convert("") == "\n"
    assert conv.convert("\n\n   \n\t\n") == "\n"


def test_converter_is_reusable_and_stateless(conv: KramdownConverter) -> None:
    first = conv.convert("# A\n\nx[^1]\n\n[^1]: n\n")
    assert conv.convert("# A\n\nx[^1]\n\n[^1]: n\n") == first
    # inline {::options} must not leak into later conversions
    conv.convert("{::options footnote_nr=\"7\" /}\n\nx[^1]\n\n[^1]: n\n")
    assert conv.convert("# A\n\nx[^1]\n\n[^1]: n\n") == first


@pytest.mark.parametrize("source", [
    "<div>\n" * 300,
    "[" * 60 + "x" + "]" * 60,
    "*" * 1000,
    "> " * 200 + "deep",
    "- " * 150 + "x\n",
    "<" + "a" * 50 + " b='\n",
    "{::nomarkdown}\nunterminated",
    "```\nunterminated fence",
    "\x00\x01 \ud7ff \U0010ffff &#0; &#1114112; &#xD800;",
    "| a |\n|---|\n| `x | y` |\n",
])
def test_never_raises(conv: KramdownConverter, source: str) -> None:
    assert isinstance(conv.convert(source), str)


#: Jekyll's SmartyPants converter (the ``smartify`` filter) on these inputs.
SMARTYPANTS_CASES = [
    ('He said "hi" -- it\'s... <<x>>', 'He said “hi” – it’s… «x»'),
    ('<p>a "b"</p>\nline "two"\n\n', '<p>a "b"</p>\nline “two”\n'),
    ('a &amp; b &copy; <em>"x"</em>', 'a &amp; b © <em>“x”</em>'),
    ('# Not a header "x"\n* not list', '# Not a header “x”\n* not list'),
    ('Jekyll\'s "smart" quotes---and dashes', 'Jekyll’s “smart” quotes—and dashes'),
    ('<div>\n"raw"\n</div>\nafter "x"', '<div>\n"raw"\n</div>\nafter “x”'),
    ('', ''),
    ('a *b* `c` \\"d\\"', 'a *b* `c` \\“d\\”'),
]


@pytest.mark.parametrize(("source", "expected"), SMARTYPANTS_CASES)
def test_smartypants(conv: KramdownConverter, source: str, expected: str) -> None:
    assert conv.smartypants(source) == expected
