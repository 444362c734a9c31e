"""Block-level HTML, parsed and re-serialised the way kramdown does it.

kramdown does not pass block HTML through verbatim: it parses tags into
elements (lower-casing known names, re-quoting attributes) and decides per
element whether the body is raw HTML, span-level or block-level Markdown
(``markdown="1"``/``"span"``/``"block"``/``"0"``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import patterns as P
from .element import Element
from .html_native import convert_html

MARKDOWN_ATTR_MAP = {"0": "raw", "1": "default", "span": "span", "block": "block"}


def parse_html_attributes(text: str, in_html_tag: bool = True) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for m in P.HTML_ATTRIBUTE_RE.finditer(text):
        name, val, _sep, quoted = m.group(1, 2, 3, 4)
        if in_html_tag:
            name = name.lower()
        attrs[name] = val if val is not None else (quoted if quoted is not None else "")
    return attrs


def normalize_tag_name(name: str) -> str:
    return name.lower() if name.lower() in P.HTML_ELEMENT else name


class HtmlBlockMixin:
    """HTML handling of the block parser (kramdown's Parser::Html::Parser + block_html)."""

    # -- generic HTML parser ---------------------------------------------------
    def handle_html_start_tag(self, m: re.Match[str], handler: Callable[..., None]) -> None:
        name = normalize_tag_name(m.group(1))
        closed = m.group(4) is not None
        attrs = parse_html_attributes(m.group(2), name in P.HTML_ELEMENT)
        el = Element("html_element", name, attrs, {"category": "block"})
        self.tree.children.append(el)  # type: ignore[attr-defined]
        if not closed and name in P.HTML_ELEMENTS_WITHOUT_BODY:
            closed = True
        if name in ("script", "style"):
            self.handle_raw_html_tag(name)
            handler(el, False, False)
        else:
            handler(el, closed, True)

    def handle_raw_html_tag(self, name: str) -> None:
        src = self.src  # type: ignore[attr-defined]
        curpos = src.pos
        stop = re.compile(rf"(?=</{re.escape(name)}[ \t\r\n\f\v]*>)", re.I)
        if src.scan_until(stop) is not None:
            self.add_text(src.string[curpos:src.pos], self.tree.children[-1], "raw")  # type: ignore[attr-defined]
            src.scan(P.HTML_TAG_CLOSE_RE)
        else:
            self.add_text(src.rest(), self.tree.children[-1], "raw")  # type: ignore[attr-defined]
            src.terminate()

    def parse_raw_html(self, el: Element, handler: Callable[..., None]) -> None:
        src = self.src  # type: ignore[attr-defined]
        self.stack.append((self.tree,))  # type: ignore[attr-defined]
        self.tree = el  # type: ignore[attr-defined]
        done = False
        while not src.eos() and not done:
            result = src.scan_until(P.HTML_RAW_START)
            if result is None:
                self.add_text(src.rest(), self.tree, "text")  # type: ignore[attr-defined]
                src.terminate()
                done = True
                break
            # scan_until with a non-lookahead pattern: keep the tag unconsumed
            src.pos = src.m.start()
            self.add_text(result[: len(result) - len(src.m.group(0))], self.tree, "text")  # type: ignore[attr-defined]
            if (res := src.scan(P.HTML_COMMENT_RE)) is not None:
                self.tree.children.append(Element("xml_comment", res, None, {"category": "block"}))  # type: ignore[attr-defined]
            elif (res := src.scan(P.HTML_INSTRUCTION_RE)) is not None:
                self.tree.children.append(Element("xml_pi", res, None, {"category": "block"}))  # type: ignore[attr-defined]
            elif src.scan(P.HTML_TAG_RE) is not None:
                self.handle_html_start_tag(src.m, handler)
            elif src.scan(P.HTML_TAG_CLOSE_RE) is not None:
                tv = self.tree.value  # type: ignore[attr-defined]
                closing = src[1].lower() if tv in P.HTML_ELEMENT else src[1]
                if tv == closing:
                    done = True
                else:
                    self.add_text(src.matched, self.tree, "text")  # type: ignore[attr-defined]
            else:
                self.add_text(src.getch(), self.tree, "text")  # type: ignore[attr-defined]
        (self.tree,) = self.stack.pop()  # type: ignore[attr-defined]

    # -- kramdown's use of it -----------------------------------------------------
    def handle_kramdown_html_tag(self, el: Element, closed: bool, handle_body: bool) -> None:
        if self.block_ial is not None:  # type: ignore[has-type]
            el.options["ial"] = self.block_ial
            self.block_ial = None
        tree = self.tree  # type: ignore[attr-defined]
        src = self.src  # type: ignore[attr-defined]
        if tree.type != "html_element" or tree.options.get("content_model") != "raw":
            cm = P.content_model(el.value) if self.options["parse_block_html"] else "raw"  # type: ignore[attr-defined]
        else:
            cm = "raw"
        val = MARKDOWN_ATTR_MAP.get(el.attr.pop("markdown", None) or "")
        if val:
            cm = P.content_model(el.value) if val == "default" else val
        if cm == "block":
            src.scan(P.TRAILING_WHITESPACE)
        el.options["content_model"] = cm
        el.options["is_closed"] = closed
        if not closed and handle_body:
            if cm == "block":
                self.parse_blocks(el)  # type: ignore[attr-defined]
            elif cm == "span":
                curpos = src.pos
                stop = re.compile(rf"(?=</{re.escape(el.value)}[ \t\r\n\f\v]*>)", re.I)
                if src.scan_until(stop) is not None:
                    self.add_text(src.string[curpos:src.pos], el)  # type: ignore[attr-defined]
                    src.scan(P.HTML_TAG_CLOSE_RE)
                else:
                    self.add_text(src.rest(), el)  # type: ignore[attr-defined]
                    src.terminate()
            else:
                self.parse_raw_html(el, self.handle_kramdown_html_tag)
            tree = self.tree  # type: ignore[attr-defined]
            if not (tree.type == "html_element" and tree.options.get("content_model") == "raw"):
                src.scan(P.TRAILING_WHITESPACE)

    def parse_block_html(self, m: re.Match[str], state: Any) -> bool:
        from .block import StopBlockParsing

        src = self.src  # type: ignore[attr-defined]
        if not src.check(P.HTML_BLOCK_START):
            return False
        if (res := src.scan(P.HTML_COMMENT_RE)) is not None:
            self.tree.children.append(Element("xml_comment", res, None, {"category": "block"}))  # type: ignore[attr-defined]
            src.scan(P.TRAILING_WHITESPACE)
            return True
        tm = src.check(P.HTML_BLOCK_TAG)
        if tm and tm.group(1).lower() not in P.HTML_SPAN_ELEMENTS:
            src.pos = tm.end()
            self.handle_html_start_tag(tm, self.handle_kramdown_html_tag)
            if self.options["html_to_native"]:  # type: ignore[attr-defined]
                convert_html(self.tree.children[-1])  # type: ignore[attr-defined]
            return True
        cm = src.check(P.HTML_BLOCK_TAG_CLOSE)
        if cm and cm.group(1).lower() not in P.HTML_SPAN_ELEMENTS:
            name = cm.group(1).lower()
            tree = self.tree  # type: ignore[attr-defined]
            if tree.type == "html_element" and tree.value == name:
                src.pos = cm.end()
                raise StopBlockParsing()
        return False
