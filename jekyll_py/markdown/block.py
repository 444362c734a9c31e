"""kramdown's block-level parser (GFM flavour) on mistune's ``BlockParser``.

mistune provides the rule registry and the compiled start-pattern scanner:
every kramdown block rule is registered with a cheap *start* pattern, and
``parse_blocks`` asks mistune's ``compile_sc`` scanner which rule may start at
the cursor, in kramdown's priority order.  A rule that declines (returns
``False``) passes the position to the next rule, exactly as kramdown's
``@block_parsers.any?`` loop does.  The rules themselves follow kramdown 2.4 /
kramdown-parser-gfm 1.1.0 behaviour.
"""

from __future__ import annotations

import re
from typing import Any

import mistune

from . import patterns as P
from .abbreviations import replace_abbreviations
from .document import Document
from .element import WS, Element
from .extensions import ExtensionsMixin
from .html_block import HtmlBlockMixin
from .lists import ListMixin
from .scanner import Scanner
from .span import SPAN_RULES as SPAN_RULE_NAMES
from .span import KramdownSpanParser
from .table import TableMixin


class StopBlockParsing(Exception):
    """Raised by a closing HTML tag to end the enclosing ``parse_blocks`` call."""


#: (rule name, start pattern for mistune's scanner) in kramdown's GFM order; the rule is parse_<name>.
BLOCK_RULES: list[tuple[str, str]] = [
    ("blank_line", r"^[ \t\r\f\v]*\n"),
    ("codeblock", P.INDENT_S),
    ("codeblock_fenced", P.FENCED_CODEBLOCK_START_S),
    ("blockquote", P.BLOCKQUOTE_START_S),
    ("atx_header", r"^\#{1,6}[\t ]+.*\n"),
    ("horizontal_rule", r"^ {0,3}[*_-][ \t]*[*_-]"),
    ("list", r"^ {0,3}(?:[+*-]|\d+\.)[\t| ].*?\n"),
    ("definition_list", r"^ {0,3}:[\t| ].*?\n"),
    ("block_html", r"^ {0,3}<"),
    ("setext_header", r"^ {0,3}[^ \t].*\n[-=]"),
    ("block_math", r"^ {0,3}\\?\$\$"),
    ("table", r"^ {0,3}(?=\S)(?:\||.*?[^\\\n]\|).*?\n"),
    ("footnote_definition", r"^ {0,3}\[\^"),
    ("link_definition", r"^ {0,3}\[[^\n\]]+\]:"),
    ("abbrev_definition", r"^ {0,3}\*\[.+?\]:"),
    ("block_extensions", r"^ {0,3}\{:"),
    ("eob_marker", r"^\^\s*?\n"),
    ("paragraph", r"^ {0,3}[^ \t].*?\n"),
]


class KramdownBlockParser(ExtensionsMixin, HtmlBlockMixin, ListMixin, TableMixin, mistune.BlockParser):
    """Parses a whole document into kramdown's element tree."""

    sc_flag = re.M | re.ASCII

    #: block rules and span rules this parser uses (kramdown's @block_parsers/@span_parsers)
    block_rules: list[tuple[str, str]] = BLOCK_RULES
    span_rules: list[str] | None = None
    #: kramdown-parser-gfm's post-pass (header ids, hard line breaks), task lists, ...
    gfm = True
    paragraph_end = P.PARAGRAPH_END_GFM
    fenced_match = P.FENCED_CODEBLOCK_MATCH

    def __init__(self, options: dict[str, Any]) -> None:
        super().__init__(block_quote_rules=[], list_rules=[])
        self.rules = []
        self.specification = {}
        for name, start in self.block_rules:
            self.register(name, start, getattr(type(self), "parse_" + name))
        span_rules = self.span_rules
        self.atx_quirk = self.gfm
        if self.gfm:
            quirks = options.get("gfm_quirks") or []
            if "paragraph_end" not in quirks:
                self.paragraph_end = P.PARAGRAPH_END
                self.atx_quirk = False
            if "no_auto_typographic" in quirks:
                span_rules = [n for n, _s, _t in SPAN_RULE_NAMES if n not in
                              ("typographic_syms", "escaped_chars_plain")]
        self.span = KramdownSpanParser(self, options, span_rules)
        self.reset(Document(options=dict(options)))

    def reset(self, doc: Document) -> None:
        """Start a new document; the rule registry and compiled scanners are kept."""
        self.doc = doc
        self.options = doc.options
        self.src = Scanner("")
        self.tree: Element = doc.root
        self.block_ial: dict[str, Any] | None = None
        self.stack: list[tuple[Any, ...]] = []
        self.text_type = "raw_text"
        self.id_counter: dict[str, int] = {}
        # kramdown-parser-gfm turns this into <br /> after span parsing.
        self.hard_line_break = "\n" if self.options.get("hard_wrap") else "\\\n"
        self.span.reset(doc)

    # -- driver --------------------------------------------------------------
    def parse(self, state: mistune.BlockState) -> None:  # type: ignore[override]
        """mistune entry point: parse ``state.src`` into ``state.tokens``."""
        root = self.doc.root
        self.parse_blocks(root, state.src, state)
        self.update_tree(root)
        for k in list(self.doc.abbrev_attr):
            self.doc.abbrev_attr[k] = self.doc.abbrev_attr[k].attr
        self.replace_abbreviations(root)
        for data in self.doc.footnotes.values():
            self.update_tree(data["content"])
            self.replace_abbreviations(data["content"])
        root.options["footnote_count"] = sum(1 for d in self.doc.footnotes.values() if "marker" in d)
        if self.gfm:
            self.update_elements(root)
        state.tokens = [root.as_token()]

    def parse_blocks(self, el: Element, text: str | None = None, state: Any = None) -> str | None:
        """Parse block-level elements from ``text`` (or the current source) into ``el``."""
        self.stack.append((self.tree, self.src, self.block_ial))
        self.tree, self.block_ial = el, None
        if text is not None:
            self.src = Scanner(text)
        status = None
        src = self.src
        try:
            while not src.eos():
                start = 0
                handled = False
                while True:
                    if src.pos and src.string[src.pos - 1] != "\n":
                        src.rebase()
                    sc = self.compile_sc(self.rules[start:])
                    m = sc.match(src.string, src.pos)
                    if m is None:
                        break
                    name = m.lastgroup or ""
                    if self._methods[name](m, state):
                        handled = True
                        break
                    start = self.rules.index(name) + 1
                if not handled:
                    line = src.scan(P.PARAGRAPH_MATCH) or src.rest()
                    if not line:
                        src.terminate()
                    self.add_text(line)
        except StopBlockParsing:
            status = "found"
        self.tree, self.src, self.block_ial = self.stack.pop()
        return status

    # -- helpers shared by the rules ------------------------------------------
    def new_block_el(self, *args: Any) -> Element:
        el = Element(*args)
        if self.block_ial is not None:
            el.options["ial"] = self.block_ial
            self.block_ial = None
        return el

    def add_text(self, text: str, tree: Element | None = None, type: str | None = None) -> None:
        tree = self.tree if tree is None else tree
        type = self.text_type if type is None else type
        children = tree.children
        if children and children[-1].type == type:
            children[-1].value += text
        elif text:
            children.append(Element(type, text))

    def after_block_boundary(self) -> bool:
        children = self.tree.children
        if not children:
            return True
        last = children[-1]
        return (last.type == "blank" or (last.type == "eob" and last.value is None)
                or bool(self.block_ial))

    def before_block_boundary(self) -> bool:
        return self.src.check(P.BLOCK_BOUNDARY) is not None

    # -- simple rules -----------------------------------------------------------
    def parse_blank_line(self, m: re.Match[str], state: Any) -> bool:
        text = self.src.scan(P.BLANK_LINE) or ""
        children = self.tree.children
        if children and children[-1].type == "blank":
            children[-1].value += text
        else:
            children.append(self.new_block_el("blank", text))
        return True

    def parse_eob_marker(self, m: re.Match[str], state: Any) -> bool:
        if not self.src.scan(P.EOB_MARKER):
            return False
        self.tree.children.append(self.new_block_el("eob"))
        return True

    def parse_paragraph(self, m: re.Match[str], state: Any) -> bool:
        src = self.src
        if not src.check(P.PARAGRAPH_START):
            return False
        pos = src.pos
        result = src.scan(P.PARAGRAPH_MATCH) or ""
        while not src.check(self.paragraph_end):
            more = src.scan(P.PARAGRAPH_MATCH)
            if more is None:
                break
            result += more
        result = result.rstrip(WS)
        children = self.tree.children
        if children and children[-1].type == "p":
            last_child = children[-1]
            last_item = last_child.children[-1] if last_child.children else None
            if last_item is not None and last_item.type == self.text_type:
                joiner = "  \n" if src.string[max(pos - 3, 0):pos] == "  \n" else "\n"
                last_item.value += joiner + result
            else:
                self.add_text(result, last_child)
        else:
            children.append(self.new_block_el("p"))
            self.add_text(result.lstrip(WS), children[-1])
        return True

    def _header_contents(self) -> tuple[str, str | None]:
        text = (self.src["contents"] or "").rstrip(WS)
        idm = P.HEADER_ID.search(text)
        hid = None
        if idm:
            hid = idm.group("id")
            text = text[: len(text) - len(idm.group(0))].rstrip(WS)
        return text, hid

    def _add_header(self, level: int, text: str, hid: str | None) -> None:
        self.src.pos = self.src.m.end()  # type: ignore[union-attr]
        el = self.new_block_el("header", None, None, {"level": level, "raw_text": text})
        self.add_text(text, el)
        if hid:
            el.attr["id"] = hid
        self.tree.children.append(el)

    def parse_atx_header(self, m: re.Match[str], state: Any) -> bool:
        if not self.gfm:
            return self._parse_kramdown_atx_header(P.KD_ATX_HEADER_START)
        if not self.atx_quirk:
            return self._parse_kramdown_atx_header(P.ATX_HEADER_START)
        if not self.src.check(P.ATX_HEADER_START):
            return False
        level = len(self.src["level"] or "")
        text, hid = self._header_contents()
        new = re.sub(r"[\t ]#+\Z", "", text)
        if new != text:
            text = new.rstrip(WS)
        if not text:
            return False
        self._add_header(level, text, hid)
        return True

    def _parse_kramdown_atx_header(self, start: re.Pattern[str]) -> bool:
        """kramdown's own ATX rule: needs a block boundary, keeps escaped closing ``#``."""
        if not self.after_block_boundary() or not self.src.check(start):
            return False
        level = len(self.src["level"] or "")
        text, hid = self._header_contents()
        new = re.sub(r"(?<!\\)#+\Z", "", text)
        if new != text:
            text = new.rstrip(WS)
        if not text:
            return False
        self._add_header(level, text, hid)
        return True

    def parse_setext_header(self, m: re.Match[str], state: Any) -> bool:
        if not self.after_block_boundary() or not self.src.check(P.SETEXT_HEADER_START):
            return False
        level = 2 if self.src["level"] == "-" else 1
        text, hid = self._header_contents()
        if not text:
            return False
        self._add_header(level, text, hid)
        return True

    def parse_blockquote(self, m: re.Match[str], state: Any) -> bool:
        src = self.src
        result = src.scan(P.PARAGRAPH_MATCH) or ""
        while not src.check(P.LAZY_END):
            more = src.scan(P.PARAGRAPH_MATCH)
            if more is None:
                break
            result += more
        result = P.BLOCKQUOTE_START.sub("", result)
        el = self.new_block_el("blockquote")
        self.tree.children.append(el)
        self.parse_blocks(el, result, state)
        return True

    def parse_codeblock(self, m: re.Match[str], state: Any) -> bool:
        data = self.src.scan(P.CODEBLOCK_MATCH)
        if not data:
            return False
        data = re.sub(r"\n( {0,3}\S)", r" \1", data)
        data = re.sub(P.INDENT_S, "", data, flags=re.M)
        self.tree.children.append(self.new_block_el("codeblock", data))
        return True

    def parse_codeblock_fenced(self, m: re.Match[str], state: Any) -> bool:
        src = self.src
        if not src.check(self.fenced_match):
            return False
        src.pos = src.m.end()  # type: ignore[union-attr]
        el = self.new_block_el("codeblock", src[5], None, {"fenced": True})
        lang = (src[3] or "").strip(WS)
        if lang:
            el.options["lang"] = lang
            el.attr["class"] = f"language-{src[4]}"
        self.tree.children.append(el)
        return True

    def parse_horizontal_rule(self, m: re.Match[str], state: Any) -> bool:
        if not self.src.scan(P.HR_START):
            return False
        self.tree.children.append(self.new_block_el("hr"))
        return True

    def parse_block_math(self, m: re.Match[str], state: Any) -> bool:
        src = self.src
        if not src.check(P.BLOCK_MATH_START):
            return False
        if not self.after_block_boundary():
            return False
        if src[1]:
            if src[3]:
                src.scan(re.compile(r"^ {0,3}\\", re.M))
            return False
        saved = src.pos
        match = src.m
        src.pos = match.end()  # type: ignore[union-attr]
        data = (match.group(2) or "").strip(WS)  # type: ignore[union-attr]
        if self.before_block_boundary():
            self.tree.children.append(self.new_block_el("math", data, None, {"category": "block"}))
            return True
        src.pos = saved
        return False

    def parse_footnote_definition(self, m: re.Match[str], state: Any) -> bool:
        src = self.src
        if not src.check(P.FOOTNOTE_DEFINITION_START):
            return False
        src.pos = src.m.end()  # type: ignore[union-attr]
        name, body = src[1] or "", src[2] or ""
        el = Element("footnote_def")
        self.parse_blocks(el, re.sub(P.INDENT_S, "", body, flags=re.M), state)
        self.tree.children.append(self.new_block_el("eob", "footnote_def"))
        self.doc.footnotes[name] = {"content": el, "eob": self.tree.children[-1]}
        return True

    def parse_link_definition(self, m: re.Match[str], state: Any) -> bool:
        src = self.src
        if not src.check(P.LINK_DEFINITION_START):
            return False
        if re.search(r"[ \t]+[\"']", src[3] or ""):
            return False
        src.pos = src.m.end()  # type: ignore[union-attr]
        link_id = normalize_link_id(src[1] or "")
        url = src[2] if src[2] is not None else src[3]
        self.tree.children.append(self.new_block_el("eob", "link_def"))
        self.doc.link_defs[link_id] = [url, src[5], self.tree.children[-1]]
        return True

    def parse_abbrev_definition(self, m: re.Match[str], state: Any) -> bool:
        src = self.src
        if not src.scan(P.ABBREV_DEFINITION_START):
            return False
        abbrev_id, text = src[1] or "", (src[2] or "").strip(WS)
        self.tree.children.append(self.new_block_el("eob", "abbrev_def"))
        self.doc.abbrev_defs[abbrev_id] = text
        self.doc.abbrev_attr[abbrev_id] = self.tree.children[-1]
        return True

    # -- post-processing ----------------------------------------------------------
    def replace_abbreviations(self, el: Element) -> None:
        replace_abbreviations(el, self.doc.abbrev_defs)

    def update_tree(self, element: Element) -> None:
        """Span-parse raw text, merge blanks and apply IALs (kramdown's ``update_tree``)."""
        last_blank: Element | None = None
        new_children: list[Element] = []
        for child in element.children:
            t = child.type
            if t == "raw_text":
                last_blank = None
                new_children.extend(self.span.parse_raw(child))
            elif t == "eob":
                if child.options.get("ial"):
                    self.update_attr_with_ial(child.attr, child.options["ial"])
            elif t == "blank":
                if last_blank is not None:
                    last_blank.value += child.value
                else:
                    last_blank = child
                    new_children.append(child)
            else:
                last_blank = None
                self.update_tree(child)
                if child.options.get("ial"):
                    self.update_attr_with_ial(child.attr, child.options["ial"])
                if self.gfm and t in ("dt", "header"):
                    child.options["raw_text"] = raw_text_of(child)
                elif t == "dt" or (t == "header" and self.options.get("auto_id_stripping")):
                    child.options["raw_text"] = text_of(child)
                new_children.append(child)
        element.children = new_children

    def update_elements(self, element: Element) -> None:
        """GFM post-pass: hard line breaks and GitHub-style header ids."""
        new_children: list[Element] = []
        for child in element.children:
            if child.type == "text" and self.hard_line_break in child.value:
                new_children.extend(self._split_hard_breaks(element, child))
                continue
            if child.type == "html_element":
                pass
            elif child.type == "header" and self.options["auto_ids"] and "id" not in child.attr:
                child.attr["id"] = self.gfm_header_id(child.options.get("raw_text", ""))
            else:
                self.update_elements(child)
            new_children.append(child)
        element.children = new_children

    def _split_hard_breaks(self, element: Element, child: Element) -> list[Element]:
        lines = child.value.split(self.hard_line_break)
        omit_trailing_br = (lines[-1] == "" and element.is_block()
                            and element.children[-1] is child)
        out: list[Element] = []
        n = len(lines)
        for i, line in enumerate(lines):
            out.append(Element("text", ("\n" + line) if i > 0 else line))
            if i < n - 2 or (i == n - 2 and not omit_trailing_br):
                out.append(Element("br"))
        return out

    def gfm_header_id(self, text: str) -> str:
        result = "".join(c for c in text.lower() if _is_gfm_id_char(c))
        result = result.replace(" ", "-").replace("\t", "-")
        n = self.id_counter.get(result, -1) + 1
        self.id_counter[result] = n
        if n > 0:
            result += f"-{n}"
        return self.options["auto_id_prefix"] + result


class PlainKramdownBlockParser(KramdownBlockParser):
    """kramdown's own parser (``kramdown: {input: kramdown}``), without the GFM changes."""

    block_rules = [(n, {"codeblock_fenced": r"^~{3,}", "atx_header": r"^\#{1,6}"}.get(n, s))
                   for n, s in BLOCK_RULES]
    span_rules = ["emphasis", "codespan", "autolink", "span_html", "footnote_marker", "link",
                  "smart_quotes", "inline_math", "span_extensions", "html_entity",
                  "typographic_syms", "line_break", "escaped_chars_plain"]
    gfm = False
    paragraph_end = P.PARAGRAPH_END
    fenced_match = P.KD_FENCED_CODEBLOCK_MATCH


class SmartyPantsBlockParser(KramdownBlockParser):
    """kramdown's SmartyPants parser (Jekyll's ``smartify``): block HTML, else plain lines."""

    block_rules = [("block_html", r"^ {0,3}<"), ("content", r"(?:)")]
    span_rules = ["smart_quotes", "html_entity", "typographic_syms", "span_html"]
    gfm = False

    def parse_content(self, m: re.Match[str], state: Any) -> bool:
        line = self.src.scan(re.compile(r".*\n")) or self.src.rest()
        if not line:
            self.src.terminate()
        self.add_text(line)
        return True


def normalize_link_id(link_id: str) -> str:
    return re.sub(r"\s+", " ", link_id, flags=re.ASCII).lower()


def raw_text_of(item: Element) -> str:
    """Header/term text as GFM computes it for ids (entities and quotes as characters)."""
    from .element import entity

    parts: list[str] = []

    def walk(el: Element) -> None:
        t = el.type
        if t in ("text", "codespan", "math"):
            parts.append(el.value)
        elif t == "entity":
            parts.append(el.value.char or "")
        elif t == "smart_quote":
            parts.append(entity(el.value).char or "")
        elif t == "typographic_sym":
            if el.value == "laquo_space":
                parts.append("\u00ab\u00a0")  # kramdown-parser-gfm uses a no-break space
            elif el.value == "raquo_space":
                parts.append("\u00a0\u00bb")
            else:
                parts.append(entity(el.value).char or "")
        else:
            for c in el.children:
                walk(c)

    walk(item)
    return "".join(parts)


def text_of(item: Element) -> str:
    """kramdown's base ``update_raw_text``: the text nodes only."""
    if item.type == "text":
        return item.value
    return "".join(text_of(c) for c in item.children)


def _is_gfm_id_char(c: str) -> bool:
    """Onigmo's ``\\p{Word}`` (letters, marks, decimal digits, connectors) plus ``-``, space, tab."""
    if c in "- \t_" or c.isalpha() or c.isdecimal():
        return True
    import unicodedata

    cat = unicodedata.category(c)
    if cat[0] == "M" or cat in ("Nd", "Pc", "Nl"):
        return True
    # symbols with the Alphabetic property (circled/squared Latin letters)
    cp = ord(c)
    return (0x24B6 <= cp <= 0x24E9 or 0x1F130 <= cp <= 0x1F149 or 0x1F150 <= cp <= 0x1F169
            or 0x1F170 <= cp <= 0x1F189)
