"""DOM-normalising HTML comparison for conformance tests.

Jekyll's output and ours are compared byte for byte first; when bytes differ
for a reason a fixture declares (attribute order, ``<br>`` vs ``<br />``,
entity spelling, indentation between block elements), two documents should
still count as equal when a browser would build the same tree from them.
This module parses both with the standard library's ``html.parser`` into a
small tree, normalises what HTML itself treats as insignificant, and compares
the trees.  Whitespace inside ``<pre>``, ``<code>``, ``<script>``, ``<style>``
and ``<textarea>`` is kept exact, because there it *is* significant.

Public API: :func:`parse`, :func:`canonical`, :func:`dom_equal`,
:func:`dom_diff`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["Node", "Element", "Text", "Comment", "Doctype", "parse", "canonical",
           "dom_equal", "dom_diff"]

#: Elements that never have content; ``<br>`` and ``<br/>`` are the same.
VOID_ELEMENTS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "param", "source", "track", "wbr",
})

#: Elements whose text content must be compared exactly.
PRESERVE_ELEMENTS = frozenset({"pre", "code", "script", "style", "textarea"})

#: Phrasing (inline) elements: whitespace next to them is rendered, so it is
#: significant.  Every other element is treated as a block, around which
#: whitespace-only text is insignificant.
INLINE_ELEMENTS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "br", "button", "cite", "code", "data", "del",
    "dfn", "em", "font", "i", "img", "input", "ins", "kbd", "label", "mark", "math",
    "q", "rp", "rt", "ruby", "s", "samp", "select", "small", "span", "strike",
    "strong", "sub", "sup", "svg", "time", "tt", "u", "var", "wbr", "textarea",
})

_WS = re.compile(r"[ \t\n\r\f]+")


@dataclass
class Node:
    """Base class of the tree nodes."""

    def is_block(self) -> bool:
        """Whether whitespace next to this node is insignificant."""
        return False


@dataclass
class Text(Node):
    """A run of character data (entities already decoded)."""

    data: str


@dataclass
class Comment(Node):
    """An HTML comment; kept because Jekyll sites do emit meaningful ones."""

    data: str

    def is_block(self) -> bool:
        return True


@dataclass
class Doctype(Node):
    """``<!DOCTYPE ...>``, compared case-insensitively."""

    data: str

    def is_block(self) -> bool:
        return True


@dataclass
class Element(Node):
    """An element with sorted, decoded attributes and its children."""

    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    children: list[Node] = field(default_factory=list)

    def is_block(self) -> bool:
        return self.tag not in INLINE_ELEMENTS


class _TreeBuilder(HTMLParser):
    """Builds a :class:`Element` tree; tolerant of unclosed and stray tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document")
        self.stack: list[Element] = [self.root]

    def _append(self, node: Node) -> None:
        children = self.stack[-1].children
        # Merge adjacent text so "a&amp;b" split by the parser compares as one run.
        if isinstance(node, Text) and children and isinstance(children[-1], Text):
            children[-1].data += node.data
        else:
            children.append(node)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, _normalise_attrs(attrs))
        self._append(element)
        if tag not in VOID_ELEMENTS:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # `<br />` and `<br>` are the same element; a self-closed non-void
        # element (legal in SVG/XML such as feeds) simply has no children.
        self._append(Element(tag, _normalise_attrs(attrs)))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return
        # A stray end tag (e.g. `</br>` or `</p>` without an open `<p>`) is ignored,
        # as browsers mostly do.

    def handle_data(self, data: str) -> None:
        self._append(Text(data))

    def handle_comment(self, data: str) -> None:
        self._append(Comment(data))

    def handle_decl(self, decl: str) -> None:
        self._append(Doctype(_WS.sub(" ", decl.strip()).lower()))

    def handle_pi(self, data: str) -> None:
        # `<?xml ...?>` in feeds: keep it, whitespace-normalised.
        self._append(Comment("?" + _WS.sub(" ", data.rstrip("?").strip())))

    def unknown_decl(self, data: str) -> None:
        # CDATA sections in XML output: their text is content.
        if data.startswith("CDATA["):
            self._append(Text(data[len("CDATA["):]))
        else:
            self._append(Comment(data))


def _normalise_attrs(attrs: list[tuple[str, str | None]]) -> tuple[tuple[str, str], ...]:
    """Sort attributes; ``disabled`` equals ``disabled=""``; class lists are
    whitespace-normalised because `class="a  b"` and `class="a b"` are the same."""
    out: dict[str, str] = {}
    for name, value in attrs:
        value = "" if value is None else value
        if name == "class":
            value = " ".join(value.split())
        out.setdefault(name, value)  # a browser keeps the first duplicate
    return tuple(sorted(out.items()))


def _normalise(element: Element, preserve: bool) -> None:
    """Collapse insignificant whitespace in place (not inside preserving elements)."""
    preserve = preserve or element.tag in PRESERVE_ELEMENTS
    for child in element.children:
        if isinstance(child, Element):
            _normalise(child, preserve)
    if preserve:
        return
    parent_is_block = element.is_block()
    children = element.children
    result: list[Node] = []
    for index, child in enumerate(children):
        if isinstance(child, Comment):
            child.data = _WS.sub(" ", child.data.strip())
        if not isinstance(child, Text):
            result.append(child)
            continue
        text = _WS.sub(" ", child.data)
        prev_node = children[index - 1] if index > 0 else None
        next_node = children[index + 1] if index + 1 < len(children) else None
        if (prev_node is None and parent_is_block) or (prev_node is not None and prev_node.is_block()):
            text = text.lstrip(" ")
        if (next_node is None and parent_is_block) or (next_node is not None and next_node.is_block()):
            text = text.rstrip(" ")
        if text:
            result.append(Text(text))
    element.children = result


def parse(html: str) -> Element:
    """Parse *html* into a normalised tree rooted at a ``#document`` element."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    _normalise(builder.root, preserve=False)
    return builder.root


#: Elements whose content the parser reads as raw text, so it is written unescaped.
RAW_TEXT_ELEMENTS = frozenset({"script", "style"})


def _serialise(node: Node, out: list[str], raw: bool = False) -> None:
    if isinstance(node, Text):
        out.append(node.data if raw else
                   node.data.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    elif isinstance(node, Comment):
        out.append(f"<!--{node.data}-->")
    elif isinstance(node, Doctype):
        out.append(f"<!{node.data}>")
    elif isinstance(node, Element):
        if node.tag != "#document":
            attrs = "".join(
                f' {name}="{value.replace("&", "&amp;").replace(chr(34), "&quot;")}"'
                for name, value in node.attrs
            )
            out.append(f"<{node.tag}{attrs}>")
        for child in node.children:
            _serialise(child, out, node.tag in RAW_TEXT_ELEMENTS)
        if node.tag != "#document" and node.tag not in VOID_ELEMENTS:
            out.append(f"</{node.tag}>")


def canonical(html: str) -> str:
    """A canonical serialisation: equal strings exactly when :func:`dom_equal`."""
    out: list[str] = []
    _serialise(parse(html), out)
    return "".join(out)


def dom_equal(a: str, b: str) -> bool:
    """Whether two HTML documents build the same normalised tree."""
    return parse(a) == parse(b)


def _describe(node: Node | None, limit: int = 160) -> str:
    if node is None:
        return "(nothing)"
    out: list[str] = []
    _serialise(node, out)
    text = "".join(out)
    if isinstance(node, Text):
        text = "text " + repr(node.data)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _label(node: Node, index: int) -> str:
    if isinstance(node, Element):
        return f"{node.tag}[{index}]"
    return f"#{type(node).__name__.lower()}[{index}]"


def _first_difference(a: Node, b: Node, path: str) -> str | None:
    if type(a) is not type(b):
        return f"at {path}: node kinds differ\n  expected: {_describe(a)}\n  actual:   {_describe(b)}"
    if isinstance(a, Element) and isinstance(b, Element):
        if a.tag != b.tag:
            return f"at {path}: tags differ\n  expected: {_describe(a)}\n  actual:   {_describe(b)}"
        if a.attrs != b.attrs:
            return (f"at {path}: attributes differ\n  expected: {dict(a.attrs)}\n"
                    f"  actual:   {dict(b.attrs)}")
        for index in range(max(len(a.children), len(b.children))):
            ca = a.children[index] if index < len(a.children) else None
            cb = b.children[index] if index < len(b.children) else None
            if ca is None or cb is None:
                return (f"at {path}: child {index} missing on one side\n"
                        f"  expected: {_describe(ca)}\n  actual:   {_describe(cb)}")
            found = _first_difference(ca, cb, f"{path} > {_label(ca, index)}")
            if found:
                return found
        return None
    if a != b:
        return f"at {path}: content differs\n  expected: {_describe(a)}\n  actual:   {_describe(b)}"
    return None


def dom_diff(expected: str, actual: str) -> str:
    """A readable description of the first difference, or ``""`` when equal."""
    return _first_difference(parse(expected), parse(actual), "document") or ""
