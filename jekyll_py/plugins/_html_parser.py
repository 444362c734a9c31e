"""A Python rewrite of libxml2 2.9.14's HTML parser (``HTMLparser.c``), as
Nokogiri 1.13 drives it: the tokeniser and the recovery rules described in
``_html_fragment``. Written for this project from libxml2's documented and
observed behaviour."""

from __future__ import annotations

import unicodedata

from jekyll_py.plugins._html_tree import (
    _BLANKS,
    _END_PRIORITY,
    _EXTENDERS,
    _HTML_NAME,
    _MAX_DEPTH,
    _NO_CONTENT,
    _NON_CHARS,
    _QUOTED_VALUE_END,
    _TAG_NAME,
    _TEXT_END,
    _UNQUOTED_VALUE_END,
    ELEMENTS,
    ENTITIES,
    RAW_TEXT,
    START_CLOSE,
    Node,
    _is_ascii_letter,
    _is_char,
    _is_name_char,
)


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
