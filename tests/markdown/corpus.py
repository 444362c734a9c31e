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
            tag = r.choice(["div", "p", "section", "details", "center", "table", "span"])
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
