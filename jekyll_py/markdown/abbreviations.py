"""Abbreviation replacement (``*[HTML]: Hyper Text Markup Language``)."""

from __future__ import annotations

import re

from .element import Element


def replace_abbreviations(el: Element, abbrev_defs: dict[str, str],
                          regexps: tuple[re.Pattern[str], re.Pattern[str]] | None = None) -> None:
    """Split text nodes around defined abbreviations, on word boundaries, longest first."""
    if not abbrev_defs:
        return
    if regexps is None:
        keys = sorted(abbrev_defs, key=len, reverse=True)
        union = "|".join(re.escape(k) for k in keys)
        regexps = (re.compile(f"(?:{union})"),
                   re.compile(rf"(?=(?:\W|^)(?:{union})(?!\w))", re.ASCII | re.M))
    first, boundary = regexps
    new_children: list[Element] = []
    for child in el.children:
        if child.type == "text" and el.options.get("content_model") != "raw":
            if first.search(child.value):
                new_children.extend(_split(child.value, first, boundary))
            else:
                new_children.append(child)
        else:
            replace_abbreviations(child, abbrev_defs, regexps)
            new_children.append(child)
    el.children = new_children


def _split(text: str, first: re.Pattern[str], boundary: re.Pattern[str]) -> list[Element]:
    # Ruby's StringScanner treats the scan position as the start of the string,
    # so ``^`` may match there; searching the remaining slice reproduces that.
    result: list[Element] = []
    pos = 0
    while True:
        rest = text[pos:]
        m = boundary.search(rest)
        if m is None:
            break
        temp = rest[: m.start()]
        pos += m.start()
        am = first.match(text, pos)
        if am is None:
            wm = re.match(r"\W|", text[pos:], re.ASCII)
            ws = wm.group(0) if wm else ""
            temp += ws
            pos += len(ws)
            am = first.match(text, pos)
            if am is None:  # cannot happen for a matching boundary; avoid looping forever
                result.append(Element("text", temp))
                break
        pos = am.end()
        result.append(Element("text", temp))
        result.append(Element("abbreviation", am.group(0)))
    result.append(Element("text", text[pos:]))
    return result
