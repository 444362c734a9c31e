"""The two documents-level outputs of kramdown's converter: ``{:toc}`` and footnotes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .element import Element, entity, escape_html

if TYPE_CHECKING:
    from .html import KramdownHtmlRenderer

BACKLINK = '{}<a href="#fnref:{}" class="reversefootnote" role="doc-backlink">{}</a>'


def toc_html(r: KramdownHtmlRenderer) -> str:
    """Build the nested list for ``{:toc}`` from the headers seen while rendering."""
    assert r.toc_code is not None
    kind, attr, _ = r.toc_code
    sections = Element(kind, None, dict(attr or {}))
    sections.attr.setdefault("id", "markdown-toc")
    stack: list[Element] = []
    for level, hid, children in r.toc:
        li = Element("li", None, None, {"level": level})
        li.children.append(Element("p", None, None, {"transparent": True}))
        a = Element("a", None, {"href": f"#{hid}", "id": f"{sections.attr['id']}-{hid}"})
        a.children.extend(_fix_for_toc_entry([c.deep_copy() for c in children]))
        li.children[-1].children.append(a)
        li.children.append(Element(kind))
        while True:
            if not stack:
                sections.children.append(li)
                stack.append(li)
                break
            if stack[-1].options["level"] < li.options["level"]:
                stack[-1].children[-1].children.append(li)
                stack.append(li)
                break
            item = stack.pop()
            if not item.children[-1].children:
                item.children.pop()
    while stack:
        item = stack.pop()
        if not item.children[-1].children:
            item.children.pop()
    if not sections.children:
        return ""
    return r.convert(sections, 0)


def _fix_for_toc_entry(elements: list[Element]) -> list[Element]:
    def remove_footnotes(els: list[Element]) -> list[Element]:
        kept = []
        for c in els:
            c.children = remove_footnotes(c.children)
            if c.type != "footnote":
                kept.append(c)
        return kept

    def unwrap_links(els: list[Element]) -> list[Element]:
        out: list[Element] = []
        for c in els:
            c.children = unwrap_links(c.children)
            if c.type == "a":
                out.extend(c.children)
            else:
                out.append(c)
        return out

    return unwrap_links(remove_footnotes(elements))


def footnote_content(r: KramdownHtmlRenderer) -> str:
    """The ``div.footnotes`` block, numbered in order of first reference."""
    ol = Element("ol")
    if r.footnote_start != 1:
        ol.attr["start"] = str(r.footnote_start)
    backlink_opt = str(r.options.get("footnote_backlink", "&#8617;"))
    backlink_text = escape_html(backlink_opt, "text")
    nbsp = r.entity_to_str(entity("nbsp"))
    i = 0
    while i < len(r.footnotes):
        name, data, _number, repeat = r.footnotes[i]
        li = Element("li", None, {"id": f"fn:{name}", "role": "doc-endnote"})
        li.children = [c.deep_copy() for c in data.children]
        para = None
        insert_space = False
        if (li.children and li.children[-1].type == "p") or r.options.get("footnote_backlink_inline"):
            parent = li
            while parent.children and parent.children[-1].type not in ("p", "header"):
                parent = parent.children[-1]
            para = parent.children[-1] if parent.children else None
            insert_space = True
        if para is None:
            para = Element("p")
            li.children.append(para)
            insert_space = False
        if backlink_opt:
            para.children.append(Element("raw", BACKLINK.format(nbsp if insert_space else "", name, backlink_text)))
            for index in range(1, repeat + 1):
                para.children.append(Element("raw", BACKLINK.format(
                    nbsp, f"{name}:{index}", f"{backlink_text}<sup>{index + 1}</sup>")))
        ol.children.append(Element("raw", r.convert(li, 4)))
        i += 1
    if not ol.children:
        return ""
    return r.indented_block("div", {"class": "footnotes", "role": "doc-endnotes"}, r.convert(ol, 2), 0)
