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
from collections.abc import Callable, Iterator

from jekyll_py.plugins._html_parser import (
    _Parser,
)
from jekyll_py.plugins._html_tree import (
    _ATTRIBUTE_SPECIALS,
    _BLANKS,
    _BOOLEAN_ATTRS,
    _CONTROLS,
    _URI_SAFE,
    ELEMENTS,
    RAW_TEXT,
    Node,
)

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


#: The gems' ``OPENING_BODY_TAG_REGEX``: the opening tag and the blanks after it.
OPENING_BODY_TAG = re.compile(r"<body(.*?)>\s*", re.S)


def split_body(page: str) -> tuple[str, str, str] | None:
    """A rendered page cut as jekyll-mentions and jemoji cut it before filtering:
    ``(before, body, after)``, ``before`` ending with the opening ``<body ...>``
    and the blanks after it, ``after`` starting at ``</body>`` (empty without
    one). ``None`` when there is no opening tag (a ``<body`` without ``>``):
    the gems' ``partition`` then leaves the page as it is.
    """
    match = OPENING_BODY_TAG.search(page)
    if match is None:
        return None
    body, closing, rest = page[match.end():].partition("</body>")
    return page[: match.end()], body, closing + rest


def filter_text(html: str, marker: str, ignored: frozenset[str],
                rewrite: Callable[[str], str | None]) -> str:
    """html-pipeline's text filter loop (MentionFilter, EmojiFilter): parse
    *html*; each text node holding *marker* with no ancestor in *ignored* is
    given to *rewrite*, and where that returns HTML the node is replaced by it
    (``Node#replace``); the fragment is written back as Nokogiri writes it.
    """
    root = parse(html)
    for node in list(text_nodes(root)):
        if marker not in node.text or ignored.intersection(ancestors(node)):
            continue
        replacement = rewrite(node.text)
        if replacement is not None:
            replace_with_html(node, replacement)
    return serialize(root)
