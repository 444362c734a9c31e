"""Deterministic generator of structured Markdown documents for differential tests.

The documents mix what Jekyll pages contain (headers with ids, nested lists,
fences, block HTML with ``markdown=`` attributes, tables, IALs, footnotes,
definition lists, math, smart quotes, entities) in random arrangements.
``record_kramdown.py`` records what Jekyll's kramdown writes for them and
``test_recorded.py`` compares KramdownConverter with that recording.
"""

from __future__ import annotations

import random
import re

WORDS = "alpha beta gamma delta Paper ICLR 2024 résumé 中文 naïve x y z code test".split()
ENTITIES = ["--", "---", "...", "<<", ">>", "&nbsp;", "&amp;", "&copy;", "&#8212;", "\\*", "\\_", "\\|"]
LINE_BLOCKS = ["{: .ial}", "{:toc}", "{::comment}x{:/comment}", "^", "<!-- c -->",
               "*[HTML]: Hyper", '[ref]: http://r.com "T"', "{:ald: .x}"]


class Generator:
    #: block HTML tags of the generated ``<tag markdown=...>`` blocks
    block_tags = ["div", "p", "section", "details", "center", "table", "span"]

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def words(self) -> str:
        return " ".join(self.r.choice(WORDS) for _ in range(self.r.randint(1, 3)))

    def inline(self, depth: int = 0) -> str:
        r = self.r
        parts = []
        for _ in range(r.randint(1, 7)):
            k = r.random()
            w = self.words()
            if depth < 2 and k < 0.08:
                parts.append(f"*{self.inline(depth + 1)}*")
            elif depth < 2 and k < 0.14:
                parts.append(f"**{self.inline(depth + 1)}**")
            elif k < 0.18:
                parts.append(f"_{w}_")
            elif k < 0.23:
                parts.append(f"`{w}`")
            elif depth < 2 and k < 0.29:
                parts.append(f"[{self.inline(depth + 1)}](http://ex.com/{r.choice(WORDS)}?a=1&b=2)")
            elif k < 0.32:
                parts.append(f"![{w}](img/{r.choice(WORDS)}.png)")
            elif k < 0.35:
                parts.append(f'"{w}"')
            elif k < 0.38:
                parts.append(f"'{w}'")
            elif k < 0.41:
                parts.append(r.choice(ENTITIES))
            elif k < 0.44:
                parts.append(f'<span class="{r.choice(WORDS)}">{w}</span>')
            elif k < 0.46:
                parts.append(f"$${w}^2$$")
            elif k < 0.48:
                parts.append("[^fn]")
            elif k < 0.50:
                parts.append(f"~~{w}~~")
            elif k < 0.52:
                parts.append("<br>")
            elif k < 0.54:
                parts.append(f"{{: .cls{r.randint(1, 3)}}}")
            elif k < 0.56:
                parts.append("HTML")
            elif k < 0.58:
                parts.append(f"<kbd>{w}</kbd>")
            elif k < 0.60:
                parts.append(f"[{w}][ref]")
            else:
                parts.append(w)
        return r.choice([" ", "", " "]).join(parts)

    def block(self, depth: int = 0, indent: str = "") -> str:
        r = self.r
        k = r.random()
        if k < 0.25:
            return "\n".join(indent + self.inline() for _ in range(r.randint(1, 3)))
        if k < 0.35:
            return indent + "#" * r.randint(1, 6) + " " + self.inline() + r.choice(["", " {#cid}", " ##"])
        if k < 0.50 and depth < 3:
            marker = r.choice(["-", "*", "+", "1.", "2."])
            items = []
            for _ in range(r.randint(1, 4)):
                item = indent + marker + " " + self.inline()
                if r.random() < 0.3:
                    item += "\n" + ("\n" if r.random() < 0.5 else "")
                    item += self.block(depth + 1, indent + " " * r.choice([2, 3, 4]))
                items.append(item)
            return ("\n\n" if r.random() < 0.3 else "\n").join(items)
        if k < 0.57:
            fence = r.choice(["```", "~~~", "````"])
            lang = r.choice(["", "text", "nosuch", "plaintext"])
            return f"{indent}{fence}{lang}\n{indent}{self.inline()}\n{indent}  x = 1 < 2\n{indent}{fence}"
        if k < 0.62:
            return "\n".join(indent + "> " + self.inline() for _ in range(r.randint(1, 3)))
        if k < 0.67:
            cols = r.randint(1, 3)
            rows = [indent + "| " + " | ".join(self.inline(2) for _ in range(cols)) + " |",
                    indent + "|" + "|".join(r.choice(["---", ":--", "--:", ":-:"]) for _ in range(cols)) + "|"]
            rows += [indent + "| " + " | ".join(self.inline(2) for _ in range(cols)) + " |"
                     for _ in range(r.randint(1, 3))]
            return "\n".join(rows)
        if k < 0.74:
            tag = r.choice(self.block_tags)
            md = r.choice(["", ' markdown="1"', ' markdown="0"', ' markdown="span"'])
            inner = self.block(depth + 1) if depth < 2 else self.inline()
            sep = r.choice(["\n", "\n\n", ""])
            return f"{indent}<{tag} class='{r.choice(WORDS)}'{md}>{sep}{inner}{sep}</{tag}>"
        if k < 0.78:
            extra = ("\n" + indent + ": " + self.inline()) if r.random() < 0.4 else ""
            return indent + self.inline() + "\n" + indent + ": " + self.inline() + extra
        if k < 0.81:
            return f"{indent}$$\n{indent}a_1 + b^2 < c\n{indent}$$"
        if k < 0.84:
            return indent + r.choice(["---", "***", "* * *", "___"])
        if k < 0.87:
            return indent + r.choice(LINE_BLOCKS)
        if k < 0.90:
            more = ("\n" + indent + "    " + self.inline()) if r.random() < 0.5 else ""
            return indent + "[^fn]: " + self.inline() + more
        if k < 0.93:
            return indent + "* TOC\n" + indent + "{:toc}"
        if k < 0.96:
            return indent + "    indented code " + self.inline()
        return indent + self.inline() + "\n" + indent + r.choice(["===", "---"])

    def document(self) -> str:
        r = self.r
        blocks = [self.block() for _ in range(r.randint(1, 7))]
        return "".join(b + r.choice(["\n", "\n\n", "\n\n", "\n\n\n"]) for b in blocks)


def documents(seed: int, count: int) -> list[str]:
    gen = Generator(seed)
    return [gen.document() for _ in range(count)]


#: Non-ASCII words for the smart-quote documents: Ruby's regexps treat these as
#: word characters for \b but not for \w, which decides most smart-quote rules.
SQ_WORDS = ["开源", "意味", "é", "café", "naïve", "日本語", "ab", "x", "Ωμέγα", "1990",
            "s", "над", "한국", "ñ", "über", "l'été", "«", "»", "—"]
SQ_QUOTES = ['"', "'", '""', "''", "\"'", "'\""]
SQ_PUNCT = [".", ",", "!", "?", ":", ";", ")", "(", "-", "...", "*", "_"]


def smart_quote_documents(seed: int, count: int) -> list[str]:
    """Short paragraphs mixing quotes, punctuation and CJK/accented words."""
    r = random.Random(seed)
    docs = []
    for _ in range(count):
        lines = []
        for _ in range(r.randint(1, 3)):
            pool = [r.choice(SQ_WORDS), r.choice(SQ_QUOTES), r.choice(SQ_PUNCT), " "]
            lines.append("".join(r.choice(pool) for _ in range(r.randint(2, 8))).strip() or "x")
        docs.append("\n".join(lines) + "\n")
    return docs


#: Words swapped into generated documents by ``unicode_documents``.
UNICODE_WORDS = ["，", "。", "「引用」", "—", "…", "\u00a0", "\u3000", "开源", "日本語", "é", "naïve", "über", "한국어", "Ωμέγα", "中文字", "ñandú", "ça"]


def unicode_documents(seed: int, count: int) -> list[str]:
    """``documents`` with many lower-case words replaced by CJK/accented ones.

    Ruby's regexps and REXML treat such words differently from ASCII ones
    (``\\w`` is ASCII-only, ``\\b`` is not), in entities, smart quotes, HTML.
    """
    r = random.Random(seed)
    return [re.sub(r"\b[a-z]{2,}\b",
                   lambda m: r.choice(UNICODE_WORDS) if r.random() < 0.4 else m.group(), doc)
            for doc in documents(seed, count)]


HTML_ENTITIES = ["&amp;", "&lt;", "&gt;", "&quot;", "&copy;", "&nbsp;", "&#8212;", "&#x41;", "&#150;",
                 "&foo;", "&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;", "&hellip;", "&mdash;",
                 "&ndash;", "&laquo;", "&raquo;", "&#39;", "&apos;"]
HTML_SPAN_TAGS = ["b", "i", "em", "strong", "code", "kbd", "span", "abbr", "sub", "u", "del", "q"]
HTML_LANGS = ["ruby", "python", "js", "nosuch", "plaintext", "html"]
HTML_ATTRS = ["", ' class="c"', " id='i1'", ' style="color: red"', ' title="a &amp; b"', ' data-x=1',
              ' CLASS="Up"']
HTML_CONTAINERS = ["div", "section", "blockquote", "li", "dd", "figure", "aside", "details",
                   "header", "footer", "article", "nav", "form", "center"]


class HtmlGenerator(Generator):
    """HTML-heavy documents for ``html_to_native``: nested block HTML, span HTML,
    code, lists, tables, headers, entities, mixed with ordinary Markdown.

    A ``<table>`` without rows makes kramdown's converter raise (Jekyll stops
    the build), so the Markdown blocks here use no ``<table markdown=...>``.
    """

    block_tags = ["div", "p", "section", "details", "center", "span"]

    def space(self) -> str:
        return self.r.choice(["", " ", "\n", "  ", "\n  ", " \n"])

    def text(self) -> str:
        r = self.r
        parts = []
        for _ in range(r.randint(1, 5)):
            k = r.random()
            if k < 0.2:
                parts.append(r.choice(HTML_ENTITIES))
            elif k < 0.3:
                parts.append(r.choice(['"quoted"', "'single'", "--", "...", "<<", "*md*", "`tick`"]))
            else:
                parts.append(self.words())
        return r.choice([" ", "", "\n"]).join(parts)

    def span_html(self, depth: int = 0) -> str:
        r = self.r
        k = r.random()
        if k < 0.1:
            return f'<img src="{r.choice(WORDS)}.png" alt="{self.words()}"{r.choice(HTML_ATTRS)}>'
        if k < 0.15:
            return r.choice(["<br>", "<br/>", "<br />"])
        if k < 0.3:
            href = r.choice([' href="http://ex.com/?a=1&b=2"', " href='/x'", ' href=""', ' name="n"'])
            return f"<a{href}{r.choice(HTML_ATTRS)}>{self.span_body(depth)}</a>"
        if k < 0.42:
            cls = r.choice(["", f' class="language-{r.choice(HTML_LANGS)}"', ' class="highlighter-rouge x"'])
            return f"<code{cls}>{self.text()}</code>"
        if k < 0.45:
            return '<script type="math/tex">x^2</script>'
        if k < 0.47:
            return "<!-- note -->"
        tag = r.choice(HTML_SPAN_TAGS)
        md = r.choice(["", "", "", ' markdown="1"', ' markdown="0"', ' markdown="span"'])
        pad = r.choice(["", "", "", " "])
        return f"<{tag}{r.choice(HTML_ATTRS)}{md}>{pad}{self.span_body(depth)}{r.choice(['', '', pad])}</{tag}>"

    def span_body(self, depth: int) -> str:
        r = self.r
        parts = []
        for _ in range(r.randint(1, 3)):
            if depth < 2 and r.random() < 0.35:
                parts.append(self.span_html(depth + 1))
            else:
                parts.append(self.text())
        return r.choice([" ", ""]).join(parts)

    def code_block(self) -> str:
        r = self.r
        body = "\n".join(r.choice(["x = 1 &lt; 2", "  if (a &amp;&amp; b) { go(); }", "puts 'hi'",
                                   "<b>bold</b> &#8212; end", "def f(): return \"s\""])
                         for _ in range(r.randint(1, 3)))
        lang = r.choice(["", f' class="language-{r.choice(HTML_LANGS)}"', ' class="x language-ruby"'])
        pre_attr = r.choice(["", "", ' class="pre"', ' class="language-python"'])
        if r.random() < 0.7:
            return f"<pre{pre_attr}><code{lang}>{body}{r.choice(['', chr(10)])}</code></pre>"
        return f"<pre{pre_attr}>{body}</pre>"

    def table(self) -> str:
        r = self.r
        cols = r.randint(1, 3)

        def row(cell: str, ragged: bool = False) -> str:
            n = cols - 1 if ragged and cols > 1 else cols
            cells = []
            for _ in range(n):
                style = r.choice(["", "", ' style="text-align: right"', ' style="text-align: center"',
                                  ' style="width: 3em; text-align: left"'])
                body = self.span_body(1) if r.random() < 0.8 else f"<p>{self.text()}</p>"
                cells.append(f"<{cell}{style}>{self.space()}{body}{self.space()}</{cell}>")
            return "<tr>" + self.space().join(cells) + "</tr>"

        lines = [f"<table{r.choice(HTML_ATTRS)}>"]
        if r.random() < 0.2:
            lines.append(f"<caption>{self.text()}</caption>")
        if r.random() < 0.5:
            lines += ["<thead>", row("th"), "</thead>", "<tbody>"]
            lines += [row("td", r.random() < 0.1) for _ in range(r.randint(1, 3))]
            lines.append("</tbody>")
            if r.random() < 0.3:
                lines += ["<tfoot>", row("td"), "</tfoot>"]
        else:
            lines += [row(r.choice(["td", "td", "th"])) for _ in range(r.randint(1, 3))]
        lines.append("</table>")
        return r.choice(["\n", "\n  ", ""]).join(lines)

    def html_block(self, depth: int = 0) -> str:
        r = self.r
        k = r.random()
        attrs = r.choice(HTML_ATTRS)
        if k < 0.15:
            return f"<p{attrs}>{self.space()}{self.span_body(0)}{self.space()}</p>"
        if k < 0.25:
            n = r.randint(1, 6)
            return f"<h{n}{attrs}>{self.span_body(1)}</h{n}>"
        if k < 0.35:
            return self.code_block()
        if k < 0.47:
            tag = r.choice(["ul", "ol"])
            items = [f"<li>{self.space()}{self.html_item(depth)}{self.space()}</li>" for _ in range(r.randint(1, 3))]
            return f"<{tag}{attrs}>\n  " + "\n  ".join(items) + f"\n</{tag}>"
        if k < 0.53:
            items = []
            for _ in range(r.randint(1, 2)):
                items += [f"<dt>{self.span_body(1)}</dt>", f"<dd>{self.html_item(depth)}</dd>"]
            return "<dl>\n  " + "\n  ".join(items) + "\n</dl>"
        if k < 0.61:
            return self.table()
        if k < 0.64:
            return r.choice(["<hr>", "<hr/>", '<hr class="x" />'])
        if k < 0.67:
            return r.choice(["<!-- block comment -->", "<!--\nmulti\n-->"])
        if k < 0.69:
            return '<script type="math/tex; mode=display">\nx = 1\n</script>'
        if k < 0.71:
            return f"<textarea>{self.space()}{self.text()}{self.space()}</textarea>"
        tag = r.choice(HTML_CONTAINERS)
        md = r.choice(["", "", ' markdown="1"', ' markdown="0"', ' markdown="block"', ' markdown="span"'])
        sep = r.choice(["\n", "\n\n", "", "\n  "])
        inner = sep.join(self.html_item(depth + 1) for _ in range(r.randint(1, 3)))
        return f"<{tag}{attrs}{md}>{sep}{inner}{sep}</{tag}>"

    def html_item(self, depth: int) -> str:
        r = self.r
        k = r.random()
        if depth < 2 and k < 0.45:
            return self.html_block(depth + 1)
        if k < 0.6 and depth < 2:
            return self.block(2)
        return self.span_body(1)

    def document(self) -> str:
        r = self.r
        blocks = [self.html_block() if r.random() < 0.75 else self.block(1) for _ in range(r.randint(1, 6))]
        return "".join(b + r.choice(["\n", "\n\n", "\n\n", "\n\n\n"]) for b in blocks)


def html_documents(seed: int, count: int) -> list[str]:
    gen = HtmlGenerator(seed)
    return [gen.document() for _ in range(count)]
