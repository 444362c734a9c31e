"""Lists and definition lists, following kramdown's list rules.

kramdown decides the content indentation from the first line of an item,
collects the item's lines (content lines, lazy lines, blank lines) and then
block-parses each item on its own; whether the first paragraph of an item is
"transparent" (rendered without ``<p>``) is decided per item.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from . import patterns as P
from .element import WS, Element
from .extensions import ial_of, parse_attribute_list

TASK_UNCHECKED = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />'
TASK_CHECKED = ('<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" '
                'checked="checked" />')


@lru_cache(maxsize=64)
def _line_patterns(indentation: int) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    q, r = divmod(indentation, 4)
    content_re = P.rx(rf"^(?:(?:\t| {{4}}){{{q}}} {{{r}}}|(?:\t| {{4}}){{{q + 1}}}).*\S.*\n")
    lazy_re = P.rx(
        rf"(?!^ {{0,{min(indentation, 3)}}}(?:{P.IAL_BLOCK}|{P.LAZY_END_HTML_STOP}"
        rf"|{P.LAZY_END_HTML_START})).*\S.*\n"
    )
    indent_re = P.rx(rf"^ {{{indentation}}}")
    return content_re, lazy_re, indent_re


@lru_cache(maxsize=32)
def _item_start(kind: str, indentation: int) -> re.Pattern[str]:
    spaces = {1: "{0}", 2: "{0,1}", 3: "{0,2}"}.get(indentation, "{0,3}")
    marker = {"ul": "[+*-]", "ol": r"\d+\.", "dl": ":"}[kind]
    return P.rx(rf"^( {spaces}{marker})({P.PATTERN_TAIL})")


def parse_first_list_line(indentation: int, content: str) -> tuple[str, int]:
    """Expand tabs of an item's first line and compute its content indentation."""
    if P.LIST_ITEM_IAL_CHECK.match(content):
        indentation = 4
    else:
        while re.match(r"^ *\t", content):
            temp = len(re.match(r"^ *", content).group(0)) + indentation  # type: ignore[union-attr]

            def expand(m: re.Match[str], temp: int = temp) -> str:
                return m.group(1) + " " * (4 - (temp % 4) + (len(m.group(2)) - 1) * 4)

            content = re.sub(r"^( *)(\t+)", expand, content, count=1)
        indentation += len(re.match(r"^ *", content).group(0))  # type: ignore[union-attr]
    content = re.sub(r"^\s*", "", content, count=1, flags=re.ASCII)
    return content, indentation


def _strip_item_ial(text: str, item: Element, doc: Any) -> str:
    m = P.LIST_ITEM_IAL.match(text)
    if not m:
        return text
    parse_attribute_list(m.group(1), ial_of(item), doc)
    return text[: m.start()] + text[m.end():]


class ListMixin:
    """``parse_list`` and ``parse_definition_list`` of the block parser."""

    def parse_list(self, m: re.Match[str], state: Any) -> bool:
        src = self.src  # type: ignore[attr-defined]
        if src.check(P.LIST_START_UL):
            kind, start_re = "ul", P.LIST_START_UL
        elif src.check(P.LIST_START_OL):
            kind, start_re = "ol", P.LIST_START_OL
        else:
            return False
        lst = self.new_block_el(kind)  # type: ignore[attr-defined]
        item: Element | None = None
        content_re = lazy_re = indent_re = None
        eob_found = False
        nested_list_found = False
        last_is_blank = False
        indentation = 0
        while not src.eos():
            if last_is_blank and src.check(P.HR_START):
                break
            if src.scan(P.EOB_MARKER):
                eob_found = True
                break
            if src.scan(start_re):
                lst.options.setdefault("first_list_marker", src[1].strip(WS))
                item = Element("li")
                value, indentation = parse_first_list_line(len(src[1]), src[2])
                content_re, lazy_re, indent_re = _line_patterns(indentation)
                lst.children.append(item)
                value = _strip_item_ial(value, item, self.doc)  # type: ignore[attr-defined]
                start_re = _item_start(kind, indentation)
                nested_list_found = bool(P.LIST_START.search(value))
                last_is_blank = False
                item.value = [value]
                continue
            result = src.scan(content_re) if content_re is not None else None
            if result is None and not last_is_blank and lazy_re is not None:
                result = src.scan(lazy_re)
            if result is not None and item is not None:
                result = re.sub(r"^(\t+)", lambda mm: " " * 4 * len(mm.group(1)), result, count=1)
                new = indent_re.sub("", result, count=1)  # type: ignore[union-attr]
                indentation_found = new != result
                result = new
                if not nested_list_found and indentation_found and P.LIST_START.search(result):
                    item.value.append("")
                    nested_list_found = True
                elif nested_list_found and not indentation_found and P.LIST_START.search(result):
                    result = " " * (indentation + 4) + result
                item.value[-1] += result
                last_is_blank = False
                continue
            blank = src.scan(P.BLANK_LINE)
            if blank is not None and item is not None:
                nested_list_found = True
                last_is_blank = True
                item.value[-1] += blank
                continue
            break
        self.tree.children.append(lst)  # type: ignore[attr-defined]
        last = None
        items = lst.children
        for it in items:
            temp = Element("temp")
            for val in it.value:
                self.parse_blocks(temp, val, state)  # type: ignore[attr-defined]
            it.children = temp.children
            it.value = None
            ch = it.children
            if not ch:
                continue
            if (ch[0].type == "p" and len(ch) >= 2 and ch[1].type == "eob"
                    and ch[0].options.get("ial")):
                del ch[1]
            if ch[0].type == "p" and (
                len(ch) < 2 or ch[1].type != "blank"
                or (it is items[-1] and len(ch) == 2 and not eob_found)
            ) and (
                items[-1] is not it or len(items) == 1
                or any(not c.children or c.children[0].type != "p"
                       or c.children[0].options.get("transparent") for c in items[:-1])
            ):
                if len(ch) > 1 and ch[1].type != "blank":
                    ch[0].children[0].value += "\n"
                ch[0].options["transparent"] = True
            last = ch.pop() if ch[-1].type == "blank" else None
        if last is not None and not eob_found:
            self.tree.children.append(last)  # type: ignore[attr-defined]
        if self.gfm:  # type: ignore[attr-defined]
            self._gfm_task_list(lst)
        return True

    def _gfm_task_list(self, lst: Element) -> None:
        """kramdown-parser-gfm: ``[ ]``/``[x]`` at the start of an item become checkboxes."""
        is_tasklist = False
        for li in lst.children:
            if not li.children or li.children[0].type != "p":
                continue
            p_children = li.children[0].children
            if not p_children:
                continue
            first = p_children[0]
            value = first.value
            if not isinstance(value, str):
                continue
            value, n1 = re.subn(r"\A\s*\[ \]\s+", TASK_UNCHECKED, value, flags=re.ASCII)
            value, n2 = re.subn(r"\A\s*\[x\]\s+", TASK_CHECKED, value, flags=re.ASCII | re.I)
            first.value = value
            is_tasklist = is_tasklist or bool(n1 or n2)
            if is_tasklist:
                li.attr["class"] = "task-list-item"
        if is_tasklist:
            lst.attr["class"] = "task-list"

    def parse_definition_list(self, m: re.Match[str], state: Any) -> bool:
        src = self.src  # type: ignore[attr-defined]
        children = self.tree.children  # type: ignore[attr-defined]
        if not children or (len(children) == 1 and children[-1].type != "p") or (
            len(children) >= 2 and children[-1].type != "p" and (
                children[-1].type != "blank" or children[-1].value != "\n"
                or children[-2].type != "p")):
            return False
        if not src.check(P.DEFINITION_LIST_START):
            return False
        first_as_para = False
        deflist = self.new_block_el("dl")  # type: ignore[attr-defined]
        para = children.pop()
        if para.type == "blank":
            para = children.pop()
            first_as_para = True
        first_text = para.children[0].value if para.children else ""
        terms = first_text.split("\n")
        while terms and not terms[-1]:  # Ruby's split drops trailing empty fields
            terms.pop()
        for term in terms:
            el = Element("dt")
            term = _strip_item_ial(term, el, self.doc)  # type: ignore[attr-defined]
            el.options["raw_text"] = term
            el.children.append(Element("raw_text", term))
            deflist.children.append(el)
        # kramdown replaces the IAL new_block_el gave the list with the paragraph's
        deflist.options["ial"] = para.options.get("ial")
        item: Element | None = None
        content_re = lazy_re = indent_re = None
        def_start_re = P.DEFINITION_LIST_START
        last_is_blank = False
        while not src.eos():
            if src.scan(def_start_re):
                item = Element("dd")
                item.options["first_as_para"] = first_as_para
                value, indentation = parse_first_list_line(len(src[1]), src[2])
                content_re, lazy_re, indent_re = _line_patterns(indentation)
                deflist.children.append(item)
                item.value = _strip_item_ial(value, item, self.doc)  # type: ignore[attr-defined]
                def_start_re = _item_start("dl", indentation)
                first_as_para = False
                last_is_blank = False
                continue
            if src.check(P.EOB_MARKER):
                break
            result = src.scan(content_re) if content_re is not None else None
            if result is None and not last_is_blank and lazy_re is not None:
                result = src.scan(lazy_re)
            if result is not None and item is not None:
                result = re.sub(r"^(\t+)", lambda mm: " " * 4 * len(mm.group(1)), result, count=1)
                result = indent_re.sub("", result, count=1)  # type: ignore[union-attr]
                item.value += result
                first_as_para = False
                last_is_blank = False
                continue
            blank = src.scan(P.BLANK_LINE)
            if blank is not None and item is not None:
                first_as_para = True
                item.value += blank
                last_is_blank = True
                continue
            break
        last = None
        for it in deflist.children:
            if it.type == "dt":
                continue
            self.parse_blocks(it, it.value, state)  # type: ignore[attr-defined]
            it.value = None
            ch = it.children
            if not ch:
                continue
            last = ch.pop() if ch[-1].type == "blank" else None
            first_para = it.options.pop("first_as_para", False)
            if ch and ch[0].type == "p" and not first_para:
                if len(ch) > 1:
                    ch[0].children[0].value += "\n"
                ch[0].options["transparent"] = True
        if children and children[-1].type == "dl":
            children[-1].children.extend(deflist.children)
        elif len(children) >= 2 and children[-1].type == "blank" and children[-2].type == "dl":
            children.pop()
            children[-1].children.extend(deflist.children)
        else:
            children.append(deflist)
        if last is not None:
            children.append(last)
        return True
