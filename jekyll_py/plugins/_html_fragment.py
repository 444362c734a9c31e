"""HTML fragments parsed and written back the way Nokogiri (libxml2 2.9) does.

html-pipeline filters (jekyll-mentions) parse a page body with
``Nokogiri::HTML::DocumentFragment.parse`` and write it back with ``to_html``,
so a page they touch comes out in libxml2's HTML serialisation, not as it was
written. To produce the same bytes, this module rebuilds the fragment as a
small tree and writes it with libxml2's rules, which were established by
running Nokogiri on this machine:

* entities become characters; text escapes ``&``, ``<`` and ``>`` only;
* attribute values are double-quoted (single-quoted when they contain ``"``
  but no ``'``); ``href``, ``src``, ``action`` (and ``name`` on ``<a>``) are
  URI-escaped; void elements lose their ``/``;
* "format" newlines: inside a block element (libxml2's non-inline HTML 4
  elements) whose first/last child is not text and that has more than one
  child, and after a block element followed by a non-text sibling, except
  directly inside elements whose name starts with ``p`` (p, pre, param);
* some open elements are closed by a start tag (``<p>`` by ``<div>``, ``<li>``
  by ``<li>``...), as libxml2's parser does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote

#: Elements libxml2 parses as empty (``<embed>``, ``<wbr>``, ``<source>`` and
#: ``<track>`` are not: they enclose what follows).
VOID = frozenset({"area", "base", "basefont", "br", "col", "frame", "hr", "img", "input",
                  "isindex", "link", "meta", "param"})
#: libxml2's block (non-inline) HTML 4 elements: the only ones it formats.
BLOCK = frozenset({
    "address", "blockquote", "caption", "center", "colgroup", "dd", "dir", "div", "dl", "dt",
    "fieldset", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "legend", "li", "menu",
    "noframes", "noscript", "ol", "optgroup", "option", "p", "pre", "table", "tbody", "td",
    "tfoot", "th", "thead", "title", "tr", "ul", "style", "hr", "area", "col", "param", "meta",
    "link", "base", "frame", "isindex", "html", "head", "body",
})
RAW_TEXT = frozenset({"script", "style"})
_CLOSE_P = frozenset({"address", "blockquote", "center", "dd", "dir", "div", "dl", "dt", "fieldset",
                      "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "menu", "ol", "p",
                      "pre", "table", "ul", "tr", "td", "th", "caption"})
_CELLS = frozenset({"tr", "td", "th", "thead", "tbody", "tfoot"})
#: Start tag -> open elements it closes when they are the current element.
AUTO_CLOSE: dict[str, frozenset[str]] = {
    **{name: frozenset({"p"}) for name in _CLOSE_P},
    "li": frozenset({"p", "li"}),
    "dt": frozenset({"p", "dt", "dd"}),
    "dd": frozenset({"p", "dt", "dd"}),
    "tr": frozenset({"p", "tr", "td", "th"}),
    "td": frozenset({"p", "td", "th"}),
    "th": frozenset({"p", "td", "th"}),
    "option": frozenset({"option"}),
    "thead": _CELLS,
    "tbody": _CELLS,
    "tfoot": _CELLS,
}
#: Characters libxml2 leaves alone when it URI-escapes an attribute.
_URI_SAFE = "-_.!~*'()@/:=?;#%&,+<>"


@dataclass
class Node:
    """A fragment node: an element (``name``), text, a comment or raw markup."""

    kind: str  # "element" | "text" | "comment" | "raw"
    name: str = ""
    attrs: list[tuple[str, str | None]] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    text: str = ""
    parent: Node | None = None

    def is_text(self) -> bool:
        return self.kind == "text"


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("element", name="#fragment")
        self.stack: list[Node] = []

    @property
    def current(self) -> Node:
        return self.stack[-1] if self.stack else self.root

    def _append(self, node: Node) -> None:
        node.parent = self.current
        self.current.children.append(node)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        closes = AUTO_CLOSE.get(tag, frozenset())
        while self.stack and self.stack[-1].name in closes:
            self.stack.pop()
        node = Node("element", name=tag, attrs=attrs)
        self._append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1].name == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if any(node.name == tag for node in self.stack):
            while self.stack.pop().name != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.current.children and self.current.children[-1].is_text():
            self.current.children[-1].text += data
        else:
            self._append(Node("text", text=data))

    def handle_comment(self, data: str) -> None:
        self._append(Node("comment", text=data))

    def handle_decl(self, decl: str) -> None:
        self._append(Node("raw", text=f"<!{decl}>"))

    def handle_pi(self, data: str) -> None:
        self._append(Node("raw", text=f"<?{data}>"))

    def unknown_decl(self, data: str) -> None:
        self._append(Node("raw", text=f"<![{data}]>"))


def parse(html: str) -> Node:
    """Parse *html* into a fragment tree (the root's name is ``#fragment``)."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def text_nodes(node: Node) -> Iterator[Node]:
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


def _attribute(element: str, name: str, value: str | None) -> str:
    if value is None:
        return f" {name}"
    if name in ("href", "src", "action") or (name == "name" and element == "a"):
        value = quote(value.lstrip(" \t\n\r"), safe=_URI_SAFE)
    text = escape_text(value)
    if '"' in text and "'" not in text:
        return f" {name}='{text}'"
    return f' {name}="' + text.replace('"', "&quot;") + '"'


def serialize(root: Node) -> str:
    """Write the fragment as libxml2's ``to_html`` would."""
    out: list[str] = []
    _dump_children(root, out)
    return "".join(out)


def _formats(node: Node) -> bool:
    return node.name in BLOCK and not node.name.startswith("p")


def _dump_children(parent: Node, out: list[str]) -> None:
    children = parent.children
    for index, child in enumerate(children):
        _dump(child, out)
        following = children[index + 1] if index + 1 < len(children) else None
        if (child.kind == "element" and child.name in BLOCK and following is not None
                and not following.is_text() and parent.name != "#fragment"
                and not parent.name.startswith("p")):
            out.append("\n")


def _dump(node: Node, out: list[str]) -> None:
    if node.is_text():
        parent = node.parent.name if node.parent is not None else ""
        out.append(node.text if parent in RAW_TEXT else escape_text(node.text))
    elif node.kind in ("comment", "raw"):
        out.append(f"<!--{node.text}-->" if node.kind == "comment" else node.text)
    else:
        out.append(f"<{node.name}" + "".join(_attribute(node.name, k, v) for k, v in node.attrs) + ">")
        if node.name in VOID:
            return
        children = node.children
        newline = _formats(node) and len(children) > 1
        if newline and not children[0].is_text():
            out.append("\n")
        _dump_children(node, out)
        if newline and not children[-1].is_text():
            out.append("\n")
        out.append(f"</{node.name}>")


def replace_with_html(node: Node, html: str) -> None:
    """``node.replace(html)``: splice the parsed *html* in place of *node*.

    Nokogiri parses the string as ``<div>HTML</div>`` and keeps the children of
    the first node it gets, so an unmatched ``</div>`` in *html* ends it early
    and whatever follows is dropped.
    """
    parent = node.parent
    if parent is None:
        return
    parsed = parse(f"<div>{html}</div>").children
    new_nodes = parsed[0].children if parsed and parsed[0].kind == "element" else []
    for new in new_nodes:
        new.parent = parent
    index = next(i for i, child in enumerate(parent.children) if child is node)
    parent.children[index:index + 1] = new_nodes
