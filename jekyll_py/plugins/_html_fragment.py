"""HTML fragments parsed and written back the way Nokogiri 1.13 on libxml2 2.9.14 does.

html-pipeline filters (jekyll-mentions, jemoji) parse a page body with
``Nokogiri::HTML::DocumentFragment.parse``, edit text nodes and write the
fragment back with ``to_html``, so a page they touch comes out in libxml2's
HTML serialisation, not as it was written. To give the same bytes this module
reimplements, in Python, what those calls do:

* ``parse``: Nokogiri parses ``<html><body>`` + the string as a whole HTML
  document and keeps the children of ``/html/body`` (the ``<body>`` itself
  when a line of the string starts with one). The parser below follows
  libxml2's HTML parser (``HTMLparser.c``): its tokeniser (names, attribute
  values, entity and character references, comments, processing
  instructions, raw ``script``/``style`` text, a NUL ending the input), and
  its recovery rules — a start tag closes the current element while the pair
  is in libxml2's start-close table, an end tag closes open elements only up
  to one of higher "end priority", stray end tags are dropped, text directly
  in ``<html>`` gets an implied ``<p>``, misplaced ``html``/``head``/``body``
  tags are dropped, elements unknown to HTML 4 are kept (named by what
  follows the first colon, as libxml2's SAX2 builder does). Nokogiri's
  ``add_child`` then moves attributes with a colon in their name to the end
  of each top-level node.
* ``replace_with_html``: ``Node#replace(string)``, which parses
  ``<div>STRING</div>`` "in context" (no implied elements; on any parse
  error Nokogiri falls back to a fragment parse) and splices in the first
  node's children.
* ``serialize``: ``to_html`` (``htmlNodeDumpFormatOutput`` with format on):
  entities become characters, text escapes ``& < >`` (not in ``script`` and
  ``style``), attributes are double-quoted (single-quoted when they hold
  ``"`` but no ``'``), ``href``/``src``/``action``/``name`` on ``a`` are
  URI-escaped, boolean attributes lose their value, empty elements lose their
  end tag, and "format" newlines go inside and after HTML 4 block elements,
  except directly in elements whose name starts with ``p``.

The element, start-close, end-priority and entity tables are libxml2's (facts
about its behaviour); the code is written for this project.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
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


class _Parser:
    """libxml2's HTML parser over a Python string, building ``Node`` trees.

    ``context`` given: parse "in context" as ``xmlParseInNodeContext`` does
    for an HTML document (no implied elements, new nodes appended to the
    context node); ``errors`` counts the parse errors libxml2 would report.
    """

    def __init__(self, text: str, context: Node | None = None) -> None:
        self.s = text
        self.n = len(text)
        self.i = 0
        self.doc = Node("document")
        self.implied = context is None
        self.names: list[str] = []
        self.nodes: list[Node] = [context] if context is not None else []
        self.html = 1  # ctxt->html: 3 once a head was pushed, 10 once a body was
        self.depth = 0  # misplaced html/head/body start tags dropped
        self.errors = 0
        self.halted = False  # too deep: libxml2 stops parsing and building

    # -- input ------------------------------------------------------------
    def ch(self, k: int = 0) -> str:
        """The character at the cursor (+k); "" at the end and at a NUL (libxml2's CUR == 0)."""
        j = self.i + k
        c = self.s[j] if j < self.n else ""
        return "" if c == "\0" else c

    def chars(self, raw: str) -> str:
        """Characters read with CUR_CHAR: NUL becomes a space, non-XML characters are dropped."""
        if "\0" in raw:
            self.error()
            raw = raw.replace("\0", " ")
        if _NON_CHARS.search(raw):
            self.error()
            raw = _NON_CHARS.sub("", raw)
        return raw

    def error(self) -> None:
        self.errors += 1

    def skip_blanks(self) -> None:
        while self.i < self.n and self.s[self.i] in _BLANKS:
            self.i += 1

    def html_name(self) -> str | None:
        """htmlParseHTMLName: an ASCII name, lower-cased, at most 100 characters."""
        match = _HTML_NAME.match(self.s, self.i)
        if match is None:
            return None
        self.i = match.end()
        return match.group().lower()

    def peek_name(self) -> str:
        """The tag name after ``<`` without consuming it (no ``.`` allowed)."""
        match = _TAG_NAME.match(self.s, self.i + 1)
        assert match is not None
        return match.group().lower()

    def name(self) -> str | None:
        """htmlParseName: an XML name (entity names, PI targets), case kept."""
        s, start = self.s, self.i
        j = start
        if j < self.n and (_is_ascii_letter(s[j]) or s[j] in "_:"):
            j += 1
            while j < self.n and _is_name_char(s[j]):
                j += 1
            if j == self.n:
                return None
            if 0 < ord(s[j]) < 0x80:
                self.i = j
                return s[start:j]
        # the general case, for names with non-ASCII characters
        j = start
        c = s[j] if j < self.n else ""
        if not c or c in " >/\0" or not (c.isalpha() or c in "_:"):
            return None
        while j < self.n:
            c = s[j]
            if c in " >/\0" or not (c.isalpha() or c.isdigit() or c in ".-_:"
                                  or unicodedata.category(c).startswith("M")
                                  or c in _EXTENDERS):
                break
            j += 1
        self.i = j
        return s[start:j]

    # -- tree building (libxml2's SAX2 handlers) --------------------------
    @property
    def node(self) -> Node | None:
        return self.nodes[-1] if self.nodes else None

    def start_element(self, name: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.halted:
            return
        if len(self.nodes) > _MAX_DEPTH:  # "Excessive depth in document"
            self.error()
            self.halted = True
            self.i = self.n
            return
        element = Node("element", name=self.local_name(name), attrs=attrs)
        parent = self.node
        if parent is None:
            if not self.doc.children:
                self.doc.append(element)
            else:
                parent = self.doc.children[0]
        if parent is not None:
            if parent.kind == "element":
                parent.append(element)
            else:  # a sibling of the document's first child
                assert parent.parent is not None
                parent.parent.append(element)
        self.nodes.append(element)

    def local_name(self, name: str) -> str:
        """xmlSplitQName: the DOM keeps what follows the first colon (the prefix is lost)."""
        if name.startswith(":") or ":" not in name:
            return name
        local = name.split(":", 1)[1]
        if not local:
            return name
        first = local[0]
        if not (_is_ascii_letter(first) or first in "_:" or first.isalpha()):
            self.error()  # "not XML Namespace compliant", a fatal error
        return local

    def end_element(self) -> None:
        if self.nodes:
            self.nodes.pop()

    def add_text(self, text: str, kind: str = "text") -> None:
        parent = self.node
        if parent is None or not text or self.halted:
            return
        last = parent.children[-1] if parent.children else None
        if last is not None and last.kind == kind:
            last.text = (last.text or "") + text
        else:
            parent.append(Node(kind, text=text))

    def add_other(self, node: Node) -> None:
        if not self.halted:
            (self.node or self.doc).append(node)

    def push(self, name: str) -> None:
        if name == "head" and self.html < 3:
            self.html = 3
        if name == "body" and self.html < 10:
            self.html = 10
        self.names.append(name)

    def push_element(self, name: str, attrs: list[tuple[str, str | None]] | None = None) -> None:
        self.push(name)
        self.start_element(name, attrs or [])

    def pop_element(self) -> None:
        self.end_element()
        self.names.pop()

    # -- recovery rules ---------------------------------------------------
    def auto_close(self, new: str) -> None:
        closes = START_CLOSE.get(new)
        while closes and self.names and self.names[-1] in closes:
            self.pop_element()

    def auto_close_on_close(self, new: str) -> None:
        priority = _END_PRIORITY.get(new, 100)
        for name in reversed(self.names):
            if name == new:
                break
            if _END_PRIORITY.get(name, 100) > priority:
                return
        else:
            return
        while self.names[-1] != new:
            info = ELEMENTS.get(self.names[-1])
            if info is not None and info.end_tag == 3:
                self.error()
            self.pop_element()

    def auto_close_on_end(self) -> None:
        while self.names:
            self.pop_element()

    def check_implied(self, new: str) -> None:
        if not self.implied or new == "html":
            return
        if not self.names:
            self.push_element("html")
        if new in ("body", "head"):
            return
        if len(self.names) <= 1 and new in ("script", "style", "meta", "link", "title", "base"):
            if self.html >= 3:
                return
            self.push_element("head")
        elif new not in ("noframes", "frame", "frameset"):
            if self.html >= 10 or "body" in self.names or "head" in self.names:
                return
            self.push_element("body")

    def check_paragraph(self) -> None:
        if not self.names or self.names[-1] in _NO_CONTENT:
            self.auto_close("p")
            self.check_implied("p")
            self.push_element("p")

    # -- markup -----------------------------------------------------------
    def char_ref(self) -> int:
        """htmlParseCharRef at ``&#``: the code point, or 0 when invalid."""
        value = 0
        hexa = self.ch(2) in "xX" and self.ch(2) != ""
        self.i += 3 if hexa else 2
        digits = "0123456789abcdefABCDEF" if hexa else "0123456789"
        while self.ch() != ";":
            c = self.ch()
            if c == "" or c not in digits:
                self.error()
                break
            if value < 0x110000:
                value = value * (16 if hexa else 10) + int(c, 16)
            self.i += 1
        if self.ch() == ";":
            self.i += 1
        if value and value < 0x110000 and _is_char(chr(value)):
            return value
        self.error()
        return 0

    def entity_ref(self) -> tuple[str | None, int | None]:
        """htmlParseEntityRef at ``&``: (name or None, code point if known)."""
        self.i += 1
        name = self.name()
        if name is None:
            self.error()
            return None, None
        if self.ch() == ";":
            value = ENTITIES.get(name)
            if value is not None:
                self.i += 1
            return name, value
        self.error()
        return name, None

    def attribute_value_text(self, stop: str) -> str:
        out: list[str] = []
        pattern = _QUOTED_VALUE_END[stop] if stop else _UNQUOTED_VALUE_END
        while True:
            match = pattern.search(self.s, self.i)
            end = match.start() if match else self.n
            if end > self.i:
                out.append(self.s[self.i:end])
                self.i = end
            c = self.ch()
            if c == "" or c == stop or (not stop and (c == ">" or c in _BLANKS)):
                break
            if c == "&":
                if self.ch(1) == "#":
                    out.append(chr(self.char_ref()))
                else:
                    name, value = self.entity_ref()
                    if name is None:
                        out.append("&")
                    elif value is None:
                        out.append("&" + name)
                    else:
                        out.append(chr(value))
            else:
                out.append(c)
                self.i += 1
        return "".join(out).split("\0", 1)[0]

    def attribute(self) -> tuple[str | None, str | None]:
        name = self.html_name()
        if name is None:
            self.error()
            return None, None
        self.skip_blanks()
        if self.ch() != "=":
            return name, None
        self.i += 1
        self.skip_blanks()
        quote = self.ch()
        if quote in ('"', "'") and quote:
            self.i += 1
            value = self.attribute_value_text(quote)
            if self.ch() == quote:
                self.i += 1
            else:
                self.error()
            return name, value
        return name, self.attribute_value_text("")

    def at_tag_end(self) -> bool:
        c = self.ch()
        return c == "" or c == ">" or (c == "/" and self.ch(1) == ">")

    def start_tag(self) -> int:
        """htmlParseStartTag at ``<``: -1 failed, 1 tag dropped, 0 element pushed."""
        self.i += 1
        name = self.html_name()
        if name is None:
            self.error()
            while self.ch() not in ("", ">"):
                self.i += 1
            return -1
        self.auto_close(name)
        self.check_implied(name)
        discard = False
        if self.names and name == "html":
            self.error()
            discard = True
            self.depth += 1
        if len(self.names) != 1 and name == "head":
            self.error()
            discard = True
            self.depth += 1
        if name == "body":
            for open_name in self.names:
                if open_name == "body":
                    self.error()
                    discard = True
                    self.depth += 1
        self.skip_blanks()
        attrs: list[tuple[str, str | None]] = []
        while not self.at_tag_end():
            attname, value = self.attribute()
            if attname is not None:
                if any(existing == attname for existing, _ in attrs):
                    self.error()
                else:
                    attrs.append((attname, value))
            else:
                while not self.at_tag_end() and self.ch() not in _BLANKS:
                    self.i += 1
            self.skip_blanks()
        if discard:
            return 1
        self.push_element(name, attrs)
        return 0

    def element(self) -> None:
        """htmlParseElementInternal."""
        failed = self.start_tag()
        name = self.names[-1] if self.names else None
        if failed == -1 or name is None:
            if self.ch() == ">":
                self.i += 1
            return
        info = ELEMENTS.get(name)
        if info is None:
            self.error()
        if self.ch() == "/" and self.ch(1) == ">":
            self.i += 2
            self.pop_element()
            return
        if self.ch() == ">":
            self.i += 1
        else:  # end of input inside the start tag
            self.error()
            self.pop_element()
            if self.ch() == "":
                self.auto_close_on_end()
            return
        if info is not None and info.empty:
            self.pop_element()

    def end_tag(self) -> bool:
        """htmlParseEndTag at ``</``: whether the current element was closed."""
        self.i += 2
        name = self.html_name()
        if name is None:
            return False
        self.skip_blanks()
        if self.ch() != ">":
            self.error()
            while self.ch() not in ("", ">"):
                self.i += 1
        if self.ch() == ">":
            self.i += 1
        if self.depth > 0 and name in ("html", "body", "head"):
            self.depth -= 1
            return False
        if name not in self.names:
            self.error()
            return False
        self.auto_close_on_close(name)
        if self.names and self.names[-1] != name:
            self.error()
        if self.names and self.names[-1] == name:
            self.pop_element()
            return True
        return False

    def reference(self) -> None:
        if self.ch(1) == "#":
            value = self.char_ref()
            if value:
                self.check_paragraph()
                self.add_text(chr(value))
            return
        name, value = self.entity_ref()
        self.check_paragraph()
        if name is None:
            self.add_text("&")
        elif value is None:
            self.add_text("&" + name)
        else:
            self.add_text(chr(value))

    def char_data(self) -> None:
        start = self.i
        match = _TEXT_END.search(self.s, start)
        j = match.start() if match else self.n
        self.i = j
        text = self.chars(self.s[start:j])
        if not text:
            return
        blank = not text.strip(_BLANKS) and self.ch() in ("", "<")
        if not blank:
            self.check_paragraph()
        self.add_text(text)

    def script(self) -> None:
        """Raw ``script``/``style`` content up to the matching end tag."""
        name = self.names[-1] if self.names else ""
        s = self.s
        start = self.i
        j = s.find("</", start)
        while j != -1 and s[j + 2:j + 2 + len(name)].lower() != name:
            self.error()
            j = s.find("</", j + 1)
        if j == -1:
            j = self.n
        self.i = j
        self.add_text(self.chars(s[start:j]), "cdata")

    def comment(self) -> None:
        """``<!--`` up to the first ``-->`` or ``--!>`` (unterminated: the rest is lost)."""
        start = self.i + 4
        end = self.s.find("-->", start)
        bang = self.s.find("--!>", start, self.n if end == -1 else end)
        ends = [pos for pos in (end, bang) if pos != -1]
        if not ends:
            self.error()
            self.i = self.n
            return
        stop = min(ends)
        closing = 4 if self.s.startswith("--!>", stop) else 3
        if closing == 4:
            self.error()
        text = self.chars(self.s[start:stop])
        self.i = stop + closing
        self.add_other(Node("comment", text=text))

    def processing_instruction(self) -> None:
        self.i += 2
        target = self.name()
        if target is None:
            self.error()
            return
        if self.ch() == ">":
            self.i += 1
            self.add_other(Node("pi", name=target, text=None))
            return
        if self.ch() not in _BLANKS or self.ch() == "":
            self.error()
        self.skip_blanks()
        end = self.s.find(">", self.i)
        if end == -1:
            self.error()
            self.i = self.n
            return
        data = self.chars(self.s[self.i:end])
        self.i = end + 1
        self.add_other(Node("pi", name=target, text=data))

    def literal(self) -> None:
        quote = self.ch()
        if quote not in ('"', "'") or not quote:
            self.error()
            return
        end = self.s.find(quote, self.i + 1)
        if end == -1:
            self.error()
            self.i = self.n
        else:
            self.i = end + 1

    def doctype(self) -> None:
        """A DOCTYPE: it goes to the document, never into the fragment."""
        self.i += 9
        self.skip_blanks()
        if self.name() is None:
            self.error()
        self.skip_blanks()
        keyword = self.s[self.i:self.i + 6].upper()
        if keyword in ("SYSTEM", "PUBLIC"):
            self.i += 6
            if self.ch() not in _BLANKS or self.ch() == "":
                self.error()
            self.skip_blanks()
            self.literal()
            if keyword == "PUBLIC":
                self.skip_blanks()
                if self.ch() in ('"', "'") and self.ch():
                    self.literal()
        self.skip_blanks()
        if self.ch() != ">":
            self.error()
            while self.ch() not in ("", ">"):
                self.i += 1
        if self.ch() == ">":
            self.i += 1
        # xmlSAX2InternalSubset: the DTD becomes the document's first child
        # (replacing an earlier one), so an element started with no open
        # node later lands at the document's top level
        if self.halted:
            return
        old = next((child for child in self.doc.children if child.kind == "dtd"), None)
        if old is not None:
            if len(self.doc.children) == 1:
                return
            self.doc.children.remove(old)
        dtd = Node("dtd")
        dtd.parent = self.doc
        self.doc.children.insert(0, dtd)

    # -- the content loop (htmlParseContentInternal) -----------------------
    def content(self) -> None:
        current = self.names[-1] if self.names else None
        depth = len(self.names)
        while True:
            c = self.ch()
            if c == "<" and self.ch(1) == "/":
                if self.end_tag() and (current is not None or not self.names):
                    current = self.names[-1] if self.names else None
                    depth = len(self.names)
                continue
            if c == "<" and (_is_ascii_letter(self.ch(1)) or self.ch(1) in ("_", ":")) \
                    and self.ch(1):
                new = self.peek_name()
                if self.names and self.names[-1] in START_CLOSE.get(new, ()):
                    self.auto_close(new)
                    continue
            if self.names and depth >= len(self.names) and current != self.names[-1]:
                if self.ch() == "":
                    self.auto_close_on_end()
                current = self.names[-1] if self.names else None
                depth = len(self.names)
                continue
            if c and current in RAW_TEXT:
                self.script()
                continue
            if c == "<" and self.ch(1) == "!" and self.s[self.i + 2:self.i + 9].upper() == "DOCTYPE":
                self.error()
                self.doctype()
                c = self.ch()
            if c == "<" and self.s.startswith("!--", self.i + 1):
                self.comment()
            elif c == "<" and self.ch(1) == "?":
                self.processing_instruction()
            elif c == "<" and _is_ascii_letter(self.ch(1)) and self.ch(1):
                self.element()
                current = self.names[-1] if self.names else None
                depth = len(self.names)
            elif c == "<":
                self.add_text("<")
                self.i += 1
            elif c == "&":
                self.reference()
            elif c == "":
                self.auto_close_on_end()
                break
            else:
                self.char_data()


#: Nokogiri's ``/^\s*?<body/i`` (Ruby's ``^`` matches at every line start).
_STARTS_WITH_BODY = re.compile(r"^[ \t\r\n\f\v]*?<body", re.I | re.M)


def _parse_document_fragment(html: str) -> list[Node]:
    """``HTML::DocumentFragment.parse``: the nodes Nokogiri keeps, detached."""
    parser = _Parser("<html><body>" + html)
    parser.content()
    whole_body = _STARTS_WITH_BODY.search(html) is not None
    kept: list[Node] = []
    for top in parser.doc.children:
        if top.kind != "element" or top.name != "html":
            continue
        for body in top.children:
            if body.kind == "element" and body.name == "body":
                kept.extend([body] if whole_body else body.children)
    return kept


def parse(html: str) -> Node:
    """Parse *html* as a fragment (the root's kind is ``fragment``)."""
    root = Node("fragment", name="#fragment")
    for node in _parse_document_fragment(html):
        _append_merging(root, _adopt(node))
    return root


def _adopt(node: Node) -> Node:
    """What Nokogiri's ``add_child`` does to a node it reparents: attributes whose
    name has a colon are removed and set again (so they come last, and one
    without a value gets ``""``)."""
    if node.kind == "element" and any(":" in name for name, _ in node.attrs):
        plain = [(k, v) for k, v in node.attrs if ":" not in k]
        colon = [(k, "" if v is None else v) for k, v in node.attrs if ":" in k]
        node.attrs = plain + colon
    return node


def _append_merging(parent: Node, node: Node) -> None:
    """xmlAddChild: a text node following a text node is merged into it."""
    last = parent.children[-1] if parent.children else None
    if node.kind == "text" and last is not None and last.kind == "text":
        last.text = (last.text or "") + (node.text or "")
        return
    parent.append(node)


class FragmentParseError(RuntimeError):
    """Nokogiri's "error parsing fragment": the replacement nests too deep."""


def _replacement_nodes(html: str) -> list[Node]:
    """What ``node.replace(html)`` inserts: the children of ``<div>HTML</div>``'s first node."""
    wrapped = f"<div>{html}</div>"
    context = Node("element", name="#context")
    parser = _Parser(wrapped, context=context)
    parser.content()
    if parser.halted:  # xmlParseInNodeContext returns an internal error: Nokogiri raises
        raise FragmentParseError("error parsing fragment (1)")
    if parser.nodes and parser.nodes[-1] is not context:
        parser.error()
    nodes = context.children if parser.errors == 0 else _parse_document_fragment(wrapped)
    if not nodes or nodes[0].kind != "element":
        return []
    return [_adopt(node) for node in nodes[0].children]


def replace_with_html(node: Node, html: str) -> None:
    """``node.replace(html)``: splice the parsed *html* in place of *node*.

    Nokogiri parses *html* for the node's parent: below an element, as
    ``<div>HTML</div>`` in context (see ``_replacement_nodes``); directly in
    the fragment, whose document has no root element, as a fragment of its
    own (all of it, not only a first node's children).
    """
    parent = node.parent
    if parent is None:
        return
    index = next(i for i, child in enumerate(parent.children) if child is node)
    if parent.kind == "fragment":
        new_nodes = [_adopt(new) for new in _parse_document_fragment(html)]
    else:
        new_nodes = _replacement_nodes(html)
    for new in new_nodes:
        new.parent = parent
    parent.children[index:index + 1] = new_nodes
    node.parent = None


def text_nodes(node: Node) -> Iterator[Node]:
    """Text and cdata nodes below *node*, in document order (XPath ``.//text()``)."""
    for child in list(node.children):
        if child.is_text():
            yield child
        elif child.kind == "element":
            yield from text_nodes(child)


def ancestors(node: Node) -> Iterator[str]:
    parent = node.parent
    while parent is not None:
        yield parent.name
        parent = parent.parent


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------
# Writing (htmlNodeDumpFormatOutput)

def _encode_attribute(value: str) -> str:
    """xmlEncodeAttributeEntities for an HTML document."""
    out: list[str] = []
    i, n = 0, len(value)
    while i < n:
        match = _ATTRIBUTE_SPECIALS.search(value, i)
        if match is None:
            out.append(value[i:])
            break
        j = match.start()
        out.append(value[i:j])
        c = value[j]
        i = j + 1
        if c == "<":
            end = value.find("-->", j) if value.startswith("<!--", j) else -1
            if end != -1:  # a server-side include: kept as it is
                out.append(value[j:end + 3])
                i = end + 3
            else:
                out.append("&lt;")
        elif c == ">":
            out.append("&gt;")
        elif c == "&":
            end = value.find("}", j) if value.startswith("&{", j) else -1
            if end != -1:  # HTML 4's &{script}; kept as it is
                out.append(value[j:end + 1])
                i = end + 1
            else:
                out.append("&amp;")
        # other matches are control characters libxml2 cannot write: dropped
    return "".join(out)


def _uri_escape(value: str) -> str:
    """xmlURIEscapeStr with libxml2's HTML attribute exceptions."""
    out: list[str] = []
    for c in value:
        if c.isascii() and (c.isalnum() or c in _URI_SAFE):
            out.append(c)
        else:
            out.extend(f"%{byte:02X}" for byte in c.encode("utf-8"))
    return "".join(out)


def _quoted(value: str) -> str:
    if '"' in value:
        if "'" in value:
            return '"' + value.replace('"', "&quot;") + '"'
        return f"'{value}'"
    return f'"{value}"'


def _attribute(element: str, name: str, value: str | None) -> str:
    if value is None or name.lower() in _BOOLEAN_ATTRS:
        return f" {name}"
    text = _encode_attribute(value)
    lower = name.lower()
    if lower in ("href", "action", "src") or (lower == "name" and element.lower() == "a"):
        text = _uri_escape(text.lstrip(_BLANKS))
    return f" {name}={_quoted(text)}"


def _escape_text_node(text: str) -> str:
    return _CONTROLS.sub("", escape_text(text))


def serialize(root: Node) -> str:
    """Write the fragment as Nokogiri's ``to_html`` does (each child on its own)."""
    out: list[str] = []
    for child in root.children:
        _dump(child, out)
    return "".join(out)


def _formats(node: Node) -> bool:
    info = ELEMENTS.get(node.name.lower())
    return info is not None and not info.inline


def _dump(node: Node, out: list[str]) -> None:
    kind = node.kind
    if kind == "text":
        parent = node.parent.name.lower() if node.parent is not None else ""
        text = node.text or ""
        out.append(text if parent in RAW_TEXT else _escape_text_node(text))
        return
    if kind == "cdata":
        out.append(node.text or "")
        return
    if kind == "comment":
        out.append(f"<!--{node.text}-->")
        return
    if kind == "pi":
        out.append(f"<?{node.name}" + ("" if node.text is None else f" {node.text}") + ">")
        return
    if kind != "element":
        return
    name = node.name
    info = ELEMENTS.get(name.lower())
    out.append(f"<{name}" + "".join(_attribute(name, k, v) for k, v in node.attrs))
    children = node.children
    if info is not None and info.empty:
        out.append(">")
        return
    if not children:
        if info is not None and info.save_end_tag and name not in ("html", "body"):
            out.append(">")
        else:
            out.append(f"></{name}>")
        return
    out.append(">")
    block = info is not None and not info.inline and not name.startswith("p") \
        and len(children) > 1
    if block and children[0].kind != "text":
        out.append("\n")
    in_p = name.startswith("p")
    for index, child in enumerate(children):
        _dump(child, out)
        if (child.kind == "element" and index + 1 < len(children)
                and children[index + 1].kind != "text" and not in_p and name
                and _formats(child)):
            out.append("\n")
    if block and children[-1].kind != "text":
        out.append("\n")
    out.append(f"</{name}>")
