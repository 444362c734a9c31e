"""The document tree shared by the parser stages and the HTML renderer.

kramdown builds a tree of ``Element`` objects (type, value, attr, options,
children) and both its parser and its converter mutate them freely.  We keep
that shape so the parsing rules can be expressed the way kramdown expresses
them; the whole tree travels through mistune as a single token.
"""

from __future__ import annotations

import html.entities
import re
from typing import Any

#: Element types whose category never changes (kramdown's ``Element::CATEGORY``).
BLOCK_TYPES = frozenset(
    "blank p header blockquote codeblock ul ol li dl dt dd table td hr".split()
)
SPAN_TYPES = frozenset(
    "text a br img codespan footnote em strong entity typographic_sym smart_quote abbreviation".split()
)


class Element:
    """One node of the kramdown tree (kramdown's ``Kramdown::Element``)."""

    __slots__ = ("type", "value", "attr", "options", "children")

    def __init__(
        self,
        type: str,
        value: Any = None,
        attr: dict[str, Any] | None = None,
        options: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.value = value
        self.attr: dict[str, Any] = attr if attr is not None else {}
        self.options: dict[str, Any] = options if options is not None else {}
        self.children: list[Element] = []

    def __repr__(self) -> str:
        return f"<Element {self.type} {self.value!r} {self.attr} {len(self.children)} children>"

    def category(self) -> str | None:
        if self.type in BLOCK_TYPES:
            return "block"
        if self.type in SPAN_TYPES:
            return "span"
        return self.options.get("category")

    def is_block(self) -> bool:
        return self.category() == "block"

    def deep_copy(self) -> Element:
        """Copy the subtree (kramdown uses Marshal round trips for footnotes and the TOC)."""
        el = Element(self.type, self.value, dict(self.attr), dict(self.options))
        el.children = [c.deep_copy() for c in self.children]
        return el

    def as_token(self) -> dict[str, Any]:
        """The mistune token carrying this tree (mistune leaves tokens without
        ``children``/``text`` keys alone when it walks them before rendering)."""
        return {"type": "kramdown_root", "root": self}


# ---------------------------------------------------------------------------
# Entities.  kramdown ships its own table: the HTML 4 entities plus a few
# extras, with ``lang``/``rang`` swapped relative to HTML 4, and the C1
# control code points remapped to their Windows-1252 characters.

ENTITY_NAMES: dict[str, int] = dict(html.entities.name2codepoint)
ENTITY_NAMES.update({"vellip": 8942, "rceil": 8968, "lceil": 8969, "rang": 9001,
                     "lang": 9002, "apos": 39})
_NAME_FOR_POINT: dict[int, str] = {}
for _name, _point in ENTITY_NAMES.items():
    _NAME_FOR_POINT.setdefault(_point, _name)
# kramdown maps the first occurrence of each code point; the table order puts
# these names first where several share one code point.
_NAME_FOR_POINT.update({9001: "rang", 9002: "lang", 39: "apos"})
_CP1252 = {128: 8364, 130: 8218, 131: 402, 132: 8222, 133: 8230, 134: 8224, 135: 8225,
           136: 710, 137: 8240, 138: 352, 139: 8249, 140: 338, 142: 381, 145: 8216,
           146: 8217, 147: 8220, 148: 8221, 149: 8226, 150: 8211, 151: 8212, 152: 732,
           153: 8482, 154: 353, 155: 8250, 156: 339, 158: 382, 159: 376}


class Entity:
    """A character reference: code point plus kramdown's name for it (if any)."""

    __slots__ = ("code_point", "name")

    def __init__(self, code_point: int, name: str | None) -> None:
        self.code_point = code_point
        self.name = name

    @property
    def char(self) -> str | None:
        # Surrogates and out-of-range code points have no UTF-8 form; kramdown
        # would write invalid bytes, we keep the reference as written instead.
        if 0xD800 <= self.code_point <= 0xDFFF:
            return None
        try:
            return chr(self.code_point)
        except (ValueError, OverflowError):
            return None

    def __deepcopy__(self, memo: dict) -> Entity:
        return self


class UnknownEntity(Exception):
    """kramdown raises for a named reference it has no table entry for."""


def entity(point_or_name: int | str) -> Entity:
    """Look an entity up the way ``Kramdown::Utils::Entities.entity`` does."""
    if isinstance(point_or_name, int):
        cp = _CP1252.get(point_or_name, point_or_name)
        return Entity(cp, _NAME_FOR_POINT.get(cp))
    cp2 = ENTITY_NAMES.get(point_or_name)
    if cp2 is None:
        raise UnknownEntity(point_or_name)
    return Entity(cp2, point_or_name)


# ---------------------------------------------------------------------------
# Escaping (kramdown's Utils::Html): text escaping leaves well-formed character
# references alone, so ``&amp;`` in a text node is never double escaped.

_NAME_START = (
    r":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D"
    r"\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF"
)
_NAME_CHAR = _NAME_START + r"\-.0-9\xB7\u0300-\u036F\u203F-\u2040"
XML_NAME = f"[{_NAME_START}][{_NAME_CHAR}]*"
#: REXML 3.2.5's ``REFERENCE_RE`` (what Jekyll 4.3.1 runs with): its entity
#: names use Ruby's ASCII-only ``\w``, so ``&über;`` is escaped as ``&amp;über;``.
_REFERENCE = r"&(?:[\w:][\-\w.:]*;|#[0-9]+;|#x[0-9a-fA-F]+;)"
_ESCAPE_MAP = {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;"}
_ESCAPE_RES = {
    "all": re.compile(r"[<>&]"),
    "text": re.compile(rf"{_REFERENCE}|[<>&]", re.ASCII),
    "attribute": re.compile(rf"{_REFERENCE}|[<>&\"]", re.ASCII),
}


def _escape_sub(m: re.Match[str]) -> str:
    s = m.group(0)
    return _ESCAPE_MAP.get(s, s)


def escape_html(text: str, kind: str = "all") -> str:
    return _ESCAPE_RES[kind].sub(_escape_sub, text)


def html_attributes(attr: dict[str, Any]) -> str:
    """Serialise attributes in insertion order, dropping empty ids like kramdown."""
    out = []
    for k, v in attr.items():
        if v is None or (k == "id" and not str(v).strip(WS)):
            continue
        out.append(f' {k}="{escape_html(str(v), "attribute")}"')
    return "".join(out)


#: What Ruby's ``String#strip`` removes (Python's default also strips NBSP etc.).
WS = " \t\n\v\f\r\0"
