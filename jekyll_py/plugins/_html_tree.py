"""libxml2's HTML 4 tables (elements, start-close, end priorities, entities) and
the node type the fragment parser builds; used by ``_html_parser`` and
``_html_fragment``. Facts about libxml2 2.9.14's behaviour, written for this
project."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.entities import name2codepoint

# --------------------------------------------------------------------------
# libxml2's HTML 4 element table, reduced to what parsing and writing use.
# Each group lists elements with the same (end tag, saved end tag, empty,
# inline) flags: end tag 1 = may be omitted, 2 = forbidden, 3 = "closed by a
# mismatching end tag with an error"; saved end tag = written without one when
# it has no children; inline = no format newlines.
_ELEMENT_GROUPS: list[tuple[tuple[int, int, int, int], str]] = [
    ((0, 0, 0, 0), "address blockquote caption dir div dl fieldset form frameset h1 h2 h3 "
                   "h4 h5 h6 legend menu noframes noscript ol optgroup pre style table "
                   "tbody td title tr ul"),
    ((0, 0, 0, 1), "a abbr acronym bdo cite code dfn kbd label q samp select span textarea var"),
    ((0, 0, 0, 2), "applet button del iframe ins map object script"),
    ((1, 0, 0, 0), "body colgroup dd dt head html option p tfoot th thead"),
    ((1, 0, 0, 1), "embed"),
    ((1, 1, 0, 0), "li"),
    ((2, 2, 1, 0), "area base col frame hr isindex link meta param"),
    ((2, 2, 1, 1), "basefont br img input"),
    ((3, 0, 0, 0), "center"),
    ((3, 0, 0, 1), "b big em font i s small strike strong sub sup tt u"),
]


@dataclass(frozen=True)
class ElementInfo:
    end_tag: int
    save_end_tag: int
    empty: bool
    inline: bool


ELEMENTS: dict[str, ElementInfo] = {
    name: ElementInfo(end, save, bool(empty), bool(inline))
    for (end, save, empty, inline), names in _ELEMENT_GROUPS
    for name in names.split()
}

#: Start tag -> the current elements it closes (libxml2's htmlStartClose).
_START_CLOSE_SPEC = {
    "a": "a head", "abbr": "head", "acronym": "head", "address": "head p ul", "b": "head",
    "bdo": "head", "big": "head", "blockquote": "head p", "body": "head link p style title",
    "br": "head", "caption": "p", "center": "b font head i p", "cite": "head",
    "code": "head", "col": "caption col p", "colgroup": "caption col colgroup p",
    "dd": "address dir dt head listing menu p pre xmp", "dfn": "head", "dir": "head p",
    "div": "head p", "dl": "address dir dt head listing menu p pre xmp",
    "dt": "address dd dir head listing menu p pre xmp", "em": "head",
    "fieldset": "a h1 h2 h3 h4 h5 h6 head legend listing p pre xmp", "font": "head",
    "form": "address dir dl form h1 h2 h3 h4 h5 h6 head hr listing menu ol p pre ul xmp",
    "frameset": "head link p style title", "h1": "head p", "h2": "head p", "h3": "head p",
    "h4": "head p", "h5": "head p", "h6": "head p", "head": "p", "hr": "head p",
    "i": "head", "iframe": "head", "img": "head", "kbd": "head",
    "li": "address dl h1 h2 h3 h4 h5 h6 head li listing p pre xmp", "listing": "head p",
    "map": "head", "menu": "head p ul", "noscript": "script", "ol": "head p ul",
    "optgroup": "option", "option": "option",
    "p": "b big h1 h2 h3 h4 h5 h6 head i p s small strike tt u", "pre": "head p ul",
    "q": "head", "s": "head", "samp": "head", "small": "head", "span": "head",
    "strike": "head", "strong": "head", "sub": "head", "sup": "head",
    "table": "a h1 h2 h3 h4 h5 h6 head listing p pre xmp",
    "tbody": "caption col colgroup p tbody td tfoot th thead tr",
    "td": "a b font i p span td th u",
    "tfoot": "caption col colgroup p tbody td th thead tr", "th": "a b font i p span td th u",
    "thead": "caption col colgroup", "title": "p", "tr": "caption col colgroup p td th tr",
    "tt": "head", "u": "head", "ul": "address dir head listing menu ol p pre xmp",
    "var": "head", "xmp": "head p",
}
START_CLOSE: dict[str, frozenset[str]] = {
    new: frozenset(old.split()) for new, old in _START_CLOSE_SPEC.items()
}
#: End tags may only close elements of lower or equal priority (default 100).
_END_PRIORITY = {"div": 150, "td": 160, "th": 160, "tr": 170, "thead": 180, "tbody": 180,
                 "tfoot": 180, "table": 190, "head": 200, "body": 200, "html": 220}
#: Where text is not allowed and a ``<p>`` is implied.
_NO_CONTENT = ("html", "head")
#: Attributes written without their value.
_BOOLEAN_ATTRS = frozenset({"checked", "compact", "declare", "defer", "disabled", "ismap",
                            "multiple", "nohref", "noresize", "noshade", "nowrap", "readonly",
                            "selected"})
#: libxml2 knows the HTML 4 entities, and ``&apos;``.
ENTITIES: dict[str, int] = {**name2codepoint, "apos": 39}
RAW_TEXT = frozenset({"script", "style"})
_BLANKS = " \t\n\r"
#: xmlParserMaxDepth: a start tag with more open nodes than this stops the parse.
_MAX_DEPTH = 256
#: Characters xmlURIEscapeStr leaves alone, besides ASCII letters and digits.
_URI_SAFE = frozenset("-_.!~*'()@/:=?;#%&,+<>")
_EXTENDERS = frozenset("\u00b7\u02d0\u02d1\u0387\u0640\u0e46\u0ec6\u3005"
                       "\u3031\u3032\u3033\u3034\u3035\u309d\u309e\u30fc\u30fd\u30fe")


@dataclass(eq=False)
class Node:
    """A node: an element (``name``, ``attrs``), text, cdata, a comment or a PI.

    ``kind`` is "element", "text", "cdata" (raw ``script``/``style`` text),
    "comment", "pi" (``name`` is the target, ``text`` the data or None),
    "dtd" (only in a parsed document), or "fragment"/"document" for roots.
    """

    kind: str
    name: str = ""
    attrs: list[tuple[str, str | None]] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    text: str | None = ""
    parent: Node | None = None

    def is_text(self) -> bool:
        """Text or cdata: what XPath's ``text()`` selects."""
        return self.kind in ("text", "cdata")

    def append(self, child: Node) -> None:
        child.parent = self
        self.children.append(child)


#: Characters outside XML's Char production (NUL is handled apart).
_NON_CHARS = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: Tag and attribute names (htmlParseHTMLName); longer names are cut at 100 characters.
_HTML_NAME = re.compile(r"[A-Za-z_:.][A-Za-z0-9:_.-]{0,99}")
_TAG_NAME = re.compile(r"[A-Za-z0-9:_-]{0,100}")
_TEXT_END = re.compile("[<&]")
_QUOTED_VALUE_END = {'"': re.compile('["&\0]'), "'": re.compile("['&\0]")}
_UNQUOTED_VALUE_END = re.compile("[>& \t\n\r\0]")
_ATTRIBUTE_SPECIALS = re.compile("[<>&\x00-\x08\x0b\x0c\x0e-\x1f]")


def _is_char(c: str) -> bool:
    o = ord(c)
    return (0x20 <= o <= 0xD7FF or o in (9, 10, 13) or 0xE000 <= o <= 0xFFFD
            or o >= 0x10000)


def _is_ascii_letter(c: str) -> bool:
    return ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_name_char(c: str) -> bool:
    return _is_ascii_letter(c) or ("0" <= c <= "9") or c in "_-:."
