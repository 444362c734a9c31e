"""Record how Nokogiri parses and writes HTML fragments, for tests/plugins/test_html_fragment.py.

Runs Ruby with the system's Nokogiri (1.13, libxml2 2.9.14) over a corpus of
fragments and writes ``tests/plugins/nokogiri_fragments.json``: for each case,
``Nokogiri::HTML::DocumentFragment.parse(input).to_html``; for "replace"
cases, first every text node holding ``marker`` is replaced as html-pipeline's
EmojiFilter (``escaped`` false: from ``node.text``) or MentionFilter
(``escaped`` true: from ``node.to_html``) does, with ``node.replace(html)``;
when Nokogiri raises, the expectation is ``ERROR: message``.

The corpus is hand-written cases (realistic page bodies first, then broken
markup), seeded random fragments (mis-nested tags, text, entities), seeded
random runs of markup characters, and seeded random replacements (a marker in
a page or random fragment replaced by random markup, at the top level or
inside elements); it is fully deterministic.

    python tools/record_nokogiri_fragments.py [--random N] [--chars N] [--replace N] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "plugins" / "nokogiri_fragments.json"

RUBY = r"""
require 'nokogiri'
require 'json'
cases = JSON.parse(STDIN.read)
results = cases.map do |c|
  frag = Nokogiri::HTML::DocumentFragment.parse(c['input'])
  begin
    if c['marker']
      frag.search('.//text()').each do |node|
        content = c['escaped'] ? node.to_html : node.text
        next unless content.include?(c['marker'])
        html = content.gsub(c['marker'], c['replacement'])
        next if html == content
        node.replace(html)
      end
    end
    frag.to_html
  rescue RuntimeError => e
    "ERROR: #{e.message}"
  end
end
print JSON.generate(results)
"""

EMOJI = (':smile:', '<img class="emoji" title=":smile:" alt=":smile:" '
         'src="https://github.githubassets.com/images/icons/emoji/unicode/1f604.png" '
         'height="20" width="20">')
MENTION = ("@octocat", '@<a href="https://github.com/octocat" class="user-mention">octocat</a>')

# Realistic page bodies: kramdown output and theme markup.
PAGES = [
    "<h1 id=\"title\">Title</h1>\n<p>Some <em>text</em> and <strong>bold</strong>.</p>\n",
    "<h2 id=\"a-b\">A &amp; B</h2>\n\n<p>Line one<br />\nLine two</p>\n",
    "<ul>\n  <li>one</li>\n  <li>two\n    <ul>\n      <li>nested</li>\n    </ul>\n  </li>\n</ul>\n",
    "<ol>\n  <li>\n    <p>para item</p>\n  </li>\n  <li>\n    <p>second</p>\n  </li>\n</ol>\n",
    "<table>\n  <thead>\n    <tr>\n      <th>A</th>\n      <th style=\"text-align: right\">B</th>\n"
    "    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td>1</td>\n      <td>2</td>\n    </tr>\n"
    "  </tbody>\n</table>\n",
    "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\">"
    "<code><span class=\"k\">def</span> <span class=\"nf\">foo</span>\n  <span class=\"mi\">1</span>"
    " <span class=\"o\">&lt;</span> <span class=\"mi\">2</span>\n<span class=\"k\">end</span>\n"
    "</code></pre></div></div>\n",
    "<figure class=\"highlight\"><pre><code class=\"language-python\" data-lang=\"python\">"
    "<span class=\"k\">print</span><span class=\"p\">(</span><span class=\"s\">\"hi\"</span>"
    "<span class=\"p\">)</span></code></pre></figure>\n",
    "<p>Text with a footnote<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" "
    "class=\"footnote\" rel=\"footnote\">1</a></sup>.</p>\n\n<div class=\"footnotes\" "
    "role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:1\" role=\"doc-endnote\">\n      <p>Note. "
    "<a href=\"#fnref:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n"
    "    </li>\n  </ol>\n</div>\n",
    "<blockquote>\n  <p>Quoted <code class=\"language-plaintext highlighter-rouge\">code</code></p>\n"
    "</blockquote>\n",
    "<dl>\n  <dt>Term</dt>\n  <dd>Definition</dd>\n  <dt>Other</dt>\n  <dd>\n    <p>Para</p>\n"
    "  </dd>\n</dl>\n",
    "<p><img src=\"/assets/a b.png\" alt=\"An image\" /></p>\n<hr />\n<p>After rule</p>\n",
    "<header class=\"site-header\">\n  <div class=\"wrapper\"><a class=\"site-title\" rel=\"author\" "
    "href=\"/\">My Site</a><nav class=\"site-nav\">\n      <input type=\"checkbox\" "
    "id=\"nav-trigger\" class=\"nav-trigger\" />\n      <label for=\"nav-trigger\">\n"
    "        <span class=\"menu-icon\">\n          <svg viewBox=\"0 0 18 15\" width=\"18px\" "
    "height=\"15px\">\n            <path d=\"M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484\"/>\n"
    "          </svg>\n        </span>\n      </label>\n      <div class=\"trigger\"><a "
    "class=\"page-link\" href=\"/about/\">About</a></div>\n    </nav></div>\n</header>\n",
    "<main class=\"page-content\" aria-label=\"Content\">\n  <div class=\"wrapper\">\n"
    "    <article class=\"post h-entry\" itemscope itemtype=\"http://schema.org/BlogPosting\">\n"
    "      <header class=\"post-header\">\n        <h1 class=\"post-title p-name\" "
    "itemprop=\"name headline\">Post</h1>\n        <p class=\"post-meta\"><time "
    "class=\"dt-published\" datetime=\"2020-01-01T00:00:00+00:00\" itemprop=\"datePublished\">"
    "Jan 1, 2020\n        </time></p>\n      </header>\n      <div class=\"post-content "
    "e-content\" itemprop=\"articleBody\">\n        <p>Body :smile:</p>\n      </div>\n"
    "    </article>\n  </div>\n</main>\n",
    "<footer class=\"site-footer h-card\">\n  <data class=\"u-url\" href=\"/\"></data>\n"
    "  <div class=\"wrapper\">\n    <h2 class=\"footer-heading\">Site</h2>\n    <section>\n"
    "      <p>About me</p>\n    </section>\n  </div>\n</footer>\n",
    "<form action=\"/search results/\" method=\"get\">\n  <fieldset>\n    <legend>Search</legend>\n"
    "    <input type=\"text\" name=\"q\" value=\"a &quot;b&quot;\" required>\n    <select name=\"s\">"
    "<option value=\"1\" selected>One<option value=\"2\">Two</select>\n    <textarea "
    "rows=\"3\">x &lt; y</textarea>\n    <button type=\"submit\" disabled>Go</button>\n"
    "  </fieldset>\n</form>\n",
    "<p>Video:</p>\n<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/x?a=1&b=2\" "
    "frameborder=\"0\" allowfullscreen></iframe>\n<video controls><source src=\"v.mp4\" "
    "type=\"video/mp4\"></video>\n",
    "<script>\n  var x = 1 < 2 && 3 > 2; document.write('<p>hi</p>');\n</script>\n"
    "<style>\n  p > a { color: red; }\n</style>\n<p>after</p>\n",
    "<script type=\"text/javascript\">if (a</b) {}</script><p>x</p>",
    "<!-- a comment -->\n<p>text</p>\n<!--[if lt IE 9]><script src=\"html5.js\"></script>"
    "<![endif]-->\n",
    "<p>Entities: &nbsp;&copy;&eacute;&#169;&#x263A;&hellip;&mdash;&apos;&quot;&lt;&gt;&amp;</p>",
    "<p>Unknown &foo; and bare & ampersand and &amp without semicolon &#xZZ; &#12ab</p>",
    "<a href=\"https://example.com/ä ö?q=a b&amp;c=d#frag ment\" title='It\"s'>link</a>",
    "<a href='x' title='both \" and &apos;'>q</a><a href=x title=unquoted>u</a>"
    "<a name=\"a b\" href=\"  /lead\">n</a>",
    "<img src=\"data:image/png;base64,iVBOR+/=\" alt=\"\"><img src=\"\" alt>",
    "<P CLASS=\"Upper\">Upper <B>case</B> <A HREF=\"/x\">tags</A></P><BR><HR>",
    "<br><br/><br /><br clear=\"all\"/><hr/><p>x<br>y</p>",
    "<div>\n  <div>\n    <p>a</p>\n    <p>b</p>\n  </div>\n  <span>c</span>\n</div>\n",
    "<section id=\"s\">\n<h2>Head</h2>\n<p>Para</p>\n</section>\n<aside>side</aside>\n"
    "<nav><ul><li><a href=\"/\">Home</a></li></ul></nav>",
    "<details><summary>More</summary><p>Hidden</p></details><mark>m</mark><time>t</time>",
    "<svg width=\"10\" height=\"10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/><use "
    "xlink:href=\"#icon\"></use></svg>",
    "<math><mi>x</mi></math><template><p>t</p></template><canvas></canvas>",
    "<p>a</p>\n\n\n<p>b</p>   <p>c</p>\t<div>d</div>\n<div>e</div>",
    "<ul><li>one<li>two<li>three</ul>",
    "<dl><dt>a<dd>b<dt>c<dd>d</dl>",
    "<table><tr><td>1<td>2<tr><td>3</table>",
    "<table><caption>Cap</caption><colgroup><col><col span=\"2\"></colgroup><tbody>"
    "<tr><th>h</th></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>",
    "<p>Hello :smile: world</p>",
    "<p>@octocat said :smile:</p>",
    "Just text, no tags :smile:",
    "  leading spaces and <b>bold</b>",
    "",
    "<p>\u00e9\u00e8 \u4e2d\u6587 \U0001f600 \u00a0nbsp</p>",
    "<p>a\r\nb\rc</p>",
    "<?php echo 1; ?><p>x</p><?xml version=\"1.0\"?>",
    "<!DOCTYPE html><p>x</p>",
    "<html><head><title>T</title></head><body><p>x</p></body></html>",
    "<body class=\"home\"><p>x</p>",
    "<p>x</p></body><p>after body</p>",
    "<input type=checkbox checked><option selected>o</option><dir compact><li>x</dir>",
    "<a href=\"javascript:alert('x')\" onclick=\"a<b\">j</a>",
    "<div title=\"&{expr};\" data-x=\"<!-- ssi -->\">x</div>",
    "<p class=\"a\"class=\"b\" id=x id=y>dup</p>",
    "<div data-json='{\"a\": 1}'>json</div>",
    "<span>one</span><span>two</span>\n<em>three</em>",
    "<pre>\n  code\n  <b>bold</b>\n</pre><pre><code>x</code>\n</pre>",
    "<p><object data=\"x\"><param name=\"a\" value=\"b\"><embed src=\"e\"></object></p>",
    "<center>c</center><font color=red>f</font><u>u</u><s>s</s><strike>st</strike>",
    "<noscript><p>no js</p></noscript><map name=\"m\"><area href=\"/a\"></map>",
    "<label>l <input></label><select><optgroup label=g><option>1<option>2</optgroup></select>",
    "<li>orphan item</li><dd>orphan dd</dd><td>orphan cell</td><tr><td>row</td></tr>",
    "<kbd>Ctrl</kbd>+<kbd>C</kbd> <abbr title=\"x\">X</abbr> <q>q</q> <sub>1</sub><sup>2</sup>",
]

# Broken and mis-nested markup.
BROKEN = [
    "<p><tt>code<p>next</tt></p>",
    "<tt>a<p>b</p>c</tt>",
    "<b>bold <i>both</b> italic?</i> plain",
    "<p>para <ul><li>in list</li></ul> tail</p>",
    "<p>one<div>block in p</div>two</p>",
    "<span>inline <div>block</div> more</span>",
    "<a href=\"/a\">link <a href=\"/b\">nested</a> tail</a>",
    "<em><p>p in em</p></em>",
    "<h1>head <h2>sub</h2></h1>",
    "<p>unclosed <b>bold",
    "</p>stray end</div></span>text",
    "<div><p>x</div>y</p>z",
    "<table><p>p in table</p><tr><td>x</td></tr></table>",
    "<table><td>cell without row</td></table>",
    "<tr><td>a</td></tr>",
    "<td>a</td><td>b</td>",
    "<table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>",
    "<div><table><tr><td>x</div></td></tr></table>",
    "<ul><li>a<ul><li>b</li></ul><li>c</ul>",
    "<ol><p>p in ol</p><li>x</li></ol>",
    "<ul><ol><li>x</li></ol></ul>",
    "<li>a<p>b<li>c",
    "<dl><dd>a<dt>b<dd>c</dl>",
    "<form><form>nested</form></form>",
    "<p><form>f</form></p>",
    "<select><option>a<option>b</select>",
    "<b><center>c</center></b>",
    "<font><td>x</td></font>",
    "<i><p>x</p></i>",
    "<caption>x<tr>y",
    "<colgroup><col><tr>",
    "<thead><tr><td>1</td></tr><tbody><tr><td>2</td></tr>",
    "<pre><ul><li>x</li></ul></pre>",
    "<address><ul><li>a</li></ul></address>",
    "<head><title>misplaced</title></head><p>x</p>",
    "<html><p>x</p></html>tail",
    "<body><body>double</body></body>",
    "<p>a<body/>b</p>c",
    "x</body>y",
    "a</html>b",
    "<!DOCTYPE html>x</body></html><body>y",
    "<!DOCTYPE html>x</html><!--c--><body>z",
    "x</html><!DOCTYPE html><body>z",
    "<div></div/><p/>self-closed p<span/>after",
    "<div/>content<br/>x",
    "<p>x</P><P>y</p>",
    "<DIV>upper</div><div>mixed</DIV>",
    "<p>a &lt;b&gt; :smile:</p>",
    "<p>text <!-- unterminated comment",
    "<p>x</p><!-- a -- b --><!---->y<!--->z-->w<!-- c --!>v",
    "<p>a < b and c > d</p>",
    "<p>1 <2 and <3></p>",
    "< p>not a tag</p>",
    "</ p>x</>y</3>z",
    "<_x>underscore</_x><:y>colon</:y>",
    "<a:b>x</a:b><a:b:c>y</a:b:c><a:>z</a:><a::b>w</a::b><a:1b>v</a:1b><xml:a href=\" x\">u</xml:a>",
    "<p><svg:rect x=1/><xml:foo>x</xml:foo></p>",
    "<p a:x=1 b=2 c:y c:z=3 d=4 :e f>x<b g:h=1 i=2>y</b></p>",
    "<p>a<![CDATA[b]]>c<!x>d</p>",
    "<p>x<? foo>y</p>",
    "<div title=\"unterminated>text",
    "<div title='a>b'>x</div><div title=a>b>y</div>",
    "<div a=\"1\" b c = 'x' d=>e</div>",
    "<div \"quoted\" 'x' =y z>bogus attrs</div>",
    "<img src=x.png alt=a/b/>tail",
    "<a href=/x/y/>l</a>",
    "<div class=\"a\"",
    "<div",
    "text <",
    "a &",
    "a &amp",
    "&#x110000; &#55296; &#0; &#65;&#x41;&#X42;",
    "<p>\x01\x08ctrl\x0b\x0c\x1f chars\ufffe</p>",
    "<script>a</script><script>if (1</2) {}</SCRIPT>",
    "<script>unterminated <p>x",
    "<style>a{}</style x><style>b</stylex>c</style>",
    "<p><script>x</script>after</p>",
    "<textarea><p>in textarea</p></textarea>",
    "<title>t<b>x</b></title>",
    "<noscript><div>x</div></noscript>",
    "<iframe><p>x</p></iframe>",
    "<option>a<optgroup>b",
    "<frameset><frame></frameset><noframes>n</noframes>",
    "<embed><p>x</p></embed><wbr>y<source>z",
    "<nav><p>a<section>b</section></p></nav>",
    "<p><article>x</article></p><p><figure>f</figure>",
    "<svg><p>x</p></svg>",
    "<b><p>a</b>b</p>",
    "<b><div>a</b>b</div>",
    "<span><p>a</span>b</p>",
    "<table><tr><td>a</b>c</td></tr></table>",
    "<tt><td>x</td></tt>",
    "<u><th>x</th></u>",
    "<a><table><tr><td>x</td></tr></table></a>",
    "<div><span>a</div>b</span>",
    "<div><b>a</div>b</b>",
    "<td><div>x</td></div>",
    "<tr><div>x</tr>",
    "<h3><p>x</p></h3>",
    "<p><h3>x</h3></p>",
    "<small><p>x</small>",
    "<big><p>x</big>",
    "<listing>l</listing><xmp>x</xmp>",
    "<menu><ul><li>m</li></ul></menu><dir><ul>d</ul></dir>",
    "<legend>l<fieldset>f</fieldset>",
    "<script>x</script><noscript>n</noscript>",
    "<col><colgroup>c",
    "<p>:smile:<b>:smile:</b><code>:smile:</code><tt>:smile:</tt><pre>:smile:</pre></p>",
    "<p>&lt;/div&gt; :smile: &lt;b&gt;x</p><p>after</p>",
    "<p>&lt;p&gt;para :smile:</p>",
    "<p>&lt;!-- c :smile:</p>",
    "<p>a &amp; b :smile: &lt; c</p>",
    "<li>:smile:</li><td>:smile:</td>",
    "<script>var s = ':smile:';</script><style>/* :smile: */</style>",
    "<p>@octocat and @octocat</p><a>@octocat</a>",
    "<p>&lt;span&gt;@octocat</p>",
]

# Nesting around libxml2's depth limit (256 open nodes): the parse stops there;
# a replacement nesting too deep makes Nokogiri raise.
DEEP = [
    *({"input": "<span>a" * n + "end<p>x</p>"} for n in (254, 255, 256, 300)),
    *({"input": "<div>" * n + "x MARK y", "marker": "MARK", "replacement": "<b>z",
       "escaped": False} for n in (254, 255)),
    *({"input": "<p>x MARK y</p>", "marker": "MARK", "replacement": "<i>" * n + "z",
       "escaped": False} for n in (254, 255, 300)),
    {"input": "x MARK y", "marker": "MARK", "replacement": "<i>" * 300 + "z", "escaped": False},
    {"input": "<b>" * 260 + "<!-- c -->" + "</b>" * 260 + "tail"},
]

_TAGS_BLOCK = ["p", "div", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "pre", "blockquote",
               "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "form", "center",
               "address", "fieldset", "legend", "noscript", "hr", "br", "img", "input", "colgroup",
               "col", "select", "option", "optgroup", "textarea", "title"]
_TAGS_INLINE = ["a", "b", "i", "em", "strong", "code", "tt", "span", "small", "big", "u", "s",
                "sub", "sup", "font", "kbd", "q", "label", "abbr", "cite"]
_TAGS_OTHER = ["section", "article", "nav", "header", "footer", "figure", "aside", "main", "svg",
               "path", "mark", "details", "summary", "time", "script", "style", "iframe", "object",
               "embed", "html", "head", "body", "meta", "link", "video", "source", "math"]
_WORDS = ["hello", "world", ":smile:", "@octocat", "x", "foo bar", "&amp;", "&lt;b&gt;", "&nbsp;",
          "&copy;", "&#x263A;", "&bogus;", "a & b", "1 < 2", "3 > 2", "caf\u00e9", "\u4e2d",
          "\U0001f600", " ", "\n", "\n\n", "  ", "&lt;/p&gt;", "&lt;div&gt;", ":+1:", "'", '"']
_ATTRS = ["class", "id", "href", "src", "title", "alt", "style", "name", "data-x", "checked",
          "action", "HREF", "Class"]
_VALUES = ["x", "a b", "/path/to page", "http://ex.com/\u00e9?a=1&b=2", "", "it's", 'say "hi"',
           "&amp;", "&{x}", "<b>", " lead", "#frag", "both ' and \""]


def _random_attr(rng: random.Random) -> str:
    name = rng.choice(_ATTRS)
    roll = rng.random()
    if roll < 0.15:
        return f" {name}"
    value = rng.choice(_VALUES)
    if roll < 0.3 and not any(c in value for c in " \"'>"):
        return f" {name}={value}"
    if '"' in value:
        return f" {name}='{value}'" if "'" not in value else f' {name}="{value.replace(chr(34), "&quot;")}"'
    return f' {name}="{value}"'


def random_fragment(rng: random.Random) -> str:
    """A random mix of tags (often mis-nested), text, entities, comments."""
    parts: list[str] = []
    open_tags: list[str] = []
    for _ in range(rng.randint(3, 28)):
        roll = rng.random()
        if roll < 0.3:
            pool = rng.choice((_TAGS_BLOCK, _TAGS_INLINE, _TAGS_INLINE, _TAGS_OTHER))
            tag = rng.choice(pool)
            attrs = "".join(_random_attr(rng) for _ in range(rng.choice((0, 0, 1, 1, 2))))
            if rng.random() < 0.1:
                tag = tag.upper()
            slash = "/" if rng.random() < 0.05 else ""
            parts.append(f"<{tag}{attrs}{slash}>")
            open_tags.append(tag.lower())
        elif roll < 0.5 and open_tags:
            # close the innermost tag, or (mis-nesting) another one
            index = -1 if rng.random() < 0.6 else rng.randrange(len(open_tags))
            parts.append(f"</{open_tags.pop(index)}>")
        elif roll < 0.55:
            parts.append(f"</{rng.choice(_TAGS_BLOCK + _TAGS_INLINE)}>")
        elif roll < 0.58:
            parts.append(rng.choice(["<!-- c -->", "<!---->", "<!-- :smile: -->", "<br/>",
                                     "<hr>", "<img src=\"a.png\">"]))
        else:
            parts.append(rng.choice(_WORDS))
    while open_tags and rng.random() < 0.7:
        parts.append(f"</{open_tags.pop()}>")
    return "".join(parts)


_ATOMS = list("<>/!-?&#;=\"' \n\tabpx:_.0\r\x01\x00") + [
    "<p", "<b", "</p", "</b", "<div", "</div", "<td", "<tr", "<table", "<li", "<ul", "<script",
    "</script", "<style", "</style", "<!--", "-->", "--!>", "&amp", "&lt;", "&nbsp;", "&#x", "&#",
    "<html", "<body", "</body", "<head", "<title", "<img", "<br", "<a href=", "<section", "<svg",
    "<?", "<!DOCTYPE", "\u00e9", "\u4e2d", "\U0001f600", ":smile:", "@octocat", "<tt", "</tt",
    "<pre", "<code", "<option", "<select", "<textarea", "<dl", "<dd", "<dt", "<h1", "<form",
    "<center", "<font", "<i", "<em", "<span", "</span", "<caption", "<col", "<thead", "<tbody",
    "<th", "&{", "}", "&eacute", "&caf\u00e9;", "<\u00c9", "<x" + "y" * 120, "<a:b", "x:y",
]


def random_characters(rng: random.Random) -> str:
    """Markup-significant characters and tag pieces run together: tokeniser corners."""
    return "".join(rng.choice(_ATOMS) for _ in range(rng.randint(1, 40)))


def random_replacement(rng: random.Random) -> dict[str, object]:
    """A host fragment with ``MARK`` in a text node, replaced by random markup."""
    host = rng.choice(PAGES + BROKEN) if rng.random() < 0.5 else random_fragment(rng)
    words = host.split(" ")
    k = rng.randrange(len(words))
    words[k] += " MARK" if rng.random() < 0.8 else "MARK"
    replacement = random_characters(rng) if rng.random() < 0.7 else random_fragment(rng)
    return {"group": "replace", "input": " ".join(words), "marker": "MARK",
            "replacement": replacement.replace("\0", ""), "escaped": rng.random() < 0.3}


def corpus(n_random: int, seed: int, n_chars: int = 300,
           n_replace: int = 200) -> list[dict[str, object]]:
    cases: list[dict[str, object]] = []
    for group, inputs in (("page", PAGES), ("broken", BROKEN)):
        for text in inputs:
            cases.append({"group": group, "input": text})
            if EMOJI[0] in text:
                cases.append({"group": group, "input": text, "marker": EMOJI[0],
                              "replacement": EMOJI[1], "escaped": False})
            if MENTION[0] in text:
                cases.append({"group": group, "input": text, "marker": MENTION[0],
                              "replacement": MENTION[1], "escaped": True})
    cases.extend({"group": "deep", **case} for case in DEEP)
    rng = random.Random(seed)
    generated = [("random", random_fragment(rng)) for _ in range(n_random)]
    generated += [("chars", random_characters(rng)) for _ in range(n_chars)]
    for group, text in generated:
        cases.append({"group": group, "input": text})
        if EMOJI[0] in text:
            cases.append({"group": group, "input": text, "marker": EMOJI[0],
                          "replacement": EMOJI[1], "escaped": False})
        if MENTION[0] in text:
            cases.append({"group": group, "input": text, "marker": MENTION[0],
                          "replacement": MENTION[1], "escaped": True})
    cases.extend(random_replacement(rng) for _ in range(n_replace))
    return cases


def run_nokogiri(cases: list[dict[str, object]]) -> list[str]:
    done = subprocess.run(["ruby", "-e", RUBY], input=json.dumps(cases), capture_output=True,
                          text=True, encoding="utf-8", check=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--random", type=int, default=400, help="random fragments (400)")
    parser.add_argument("--chars", type=int, default=300,
                        help="random character-level fragments (300)")
    parser.add_argument("--replace", type=int, default=200,
                        help="random replacements of a marker by random markup (200)")
    parser.add_argument("--seed", type=int, default=20240, help="random seed (20240)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    cases = corpus(args.random, args.seed, args.chars, args.replace)
    for case, expected in zip(cases, run_nokogiri(cases), strict=True):
        case["expected"] = expected
    version = subprocess.run(
        ["ruby", "-rnokogiri", "-e",
         "print Nokogiri::VERSION, ' libxml2 ', Nokogiri::VERSION_INFO['libxml']['loaded']"],
        capture_output=True, text=True, check=True).stdout
    payload = {"recorded_with": f"Nokogiri {version}", "cases": cases}
    args.out.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(cases)} cases -> {args.out} ({args.out.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
