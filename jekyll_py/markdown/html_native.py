"""The ``html_to_native`` option: HTML elements become kramdown elements.

With ``kramdown: {html_to_native: true}`` kramdown runs its HTML element
converter (``Kramdown::Parser::Html::ElementConverter``) on every block-level
HTML element right after parsing it, and on every span-level HTML element
after its body is parsed.  Elements with a native counterpart (``p``, ``em``
and ``i``, ``strong`` and ``b``, ``a`` with ``href``, ``img``, ``code``,
``pre``, headers, lists, simple tables, ``blockquote``, ``hr``, ``br``, math
``script``s) become that element, so the HTML converter writes them the way
it writes Markdown (indentation, ``<strong>`` for ``<b>``, highlighted code,
header ids); text is whitespace-compressed and its character references
become entity, smart quote and typographic symbol elements.  Everything else
stays an HTML element whose options are reset (category and content model
only), exactly as kramdown leaves it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import patterns as P
from .element import WS, Element, UnknownEntity, entity

REMOVE_TEXT_CHILDREN = frozenset(
    "html head hgroup ol ul dl table colgroup tbody thead tfoot tr select optgroup".split())
WRAP_TEXT_CHILDREN = frozenset(
    "body section nav article aside header footer address div li dd blockquote figure "
    "figcaption fieldset form".split())
REMOVE_WHITESPACE_CHILDREN = frozenset(
    "body section nav article aside header footer address div li dd blockquote figure "
    "figcaption td th fieldset form".split())
STRIP_WHITESPACE = frozenset(
    "address article aside blockquote body caption dd div dl dt fieldset figcaption form "
    "footer header h1 h2 h3 h4 h5 h6 legend li nav p section td th".split())
SIMPLE_ELEMENTS = frozenset(
    "em strong blockquote hr br img p thead tbody tfoot tr td th ul ol dl li dt dd".split())
EMPHASIS_TYPES = {"em": "em", "i": "em", "strong": "strong", "b": "strong"}
_SPAN_ELEMENTS = frozenset(P.HTML_SPAN_ELEMENTS)
_BLOCK_ELEMENTS = frozenset(P.HTML_BLOCK_ELEMENTS)

#: Ruby's ``\s`` (ASCII whitespace).
_RUBY_SPACES = re.compile(r"[ \t\n\v\f\r]+")
_RUBY_SPACE = " \t\n\v\f\r"
_HIGHLIGHTER_CLASS = re.compile(
    r"[ \t\n\v\f\r]+\bhighlighter-[A-Za-z0-9_]+\b|\bhighlighter-[A-Za-z0-9_]+\b[ \t\n\v\f\r]*")
_LANGUAGE_CLASS = re.compile(r"\blanguage-[^ \t\n\v\f\r]+")
_ALIGN_SLICE = re.compile(r"(?:;[ \t\n\v\f\r]*)?text-align:[ \t\n\v\f\r]+(center|left|right)")
_ALIGN_CHECK = re.compile(r"text-align:[ \t\n\v\f\r]+(center|left|right|justify|inherit)")
_MATH_TYPE = re.compile(r"\bmath/tex\b")
_MATH_CDATA = re.compile(r"\A(?:%[ \t\n\v\f\r]*)?<!\[CDATA\[\n?(.*?)(?:[ \t\n\v\f\r]%)?\]\]>\Z", re.S)
_SMART_QUOTES = frozenset(["lsquo", "rsquo", "ldquo", "rdquo"])
_TYPOGRAPHIC = frozenset(["mdash", "ndash", "hellip", "laquo", "raquo"])


class _NotSimple(Exception):
    """Leaves ``is_simple_table`` early (Ruby's ``return false`` inside a proc)."""


def convert_html(el: Element) -> None:
    """Convert the HTML element ``el`` (and what it contains) to native elements."""
    process(el)


def process(el: Element, do_conversion: bool = True, preserve_text: bool = False,
            parent: Element | None = None) -> None:
    if el.type in ("xml_comment", "xml_pi"):
        if parent is None:
            ptype = "div"
        elif parent.type == "html_element":
            ptype = parent.value
        elif parent.type == "header":
            ptype = "h1"
        else:
            ptype = parent.type
        el.options.clear()
        el.options["category"] = "span" if P.content_model(ptype) == "span" else "block"
        return
    if el.type != "html_element":
        return
    name = el.value
    method = _CONVERTERS.get(name)
    if do_conversion and method is not None:
        method(el)
        return
    if do_conversion and name in REMOVE_TEXT_CHILDREN:
        remove_text_children(el)
    if do_conversion and name in SIMPLE_ELEMENTS:
        set_basics(el, name)
        process_children(el, do_conversion, preserve_text)
    else:
        process_html_element(el, do_conversion, preserve_text)
    if do_conversion:
        if name in STRIP_WHITESPACE:
            strip_whitespace(el)
        if name in REMOVE_WHITESPACE_CHILDREN:
            remove_whitespace_children(el)
        if name in WRAP_TEXT_CHILDREN:
            wrap_text_children(el)


def process_children(el: Element, do_conversion: bool = True, preserve_text: bool = False) -> None:
    children: list[Element] = []
    for c in el.children:
        if c.type == "text":
            children.extend(process_text(c.value, preserve_text or not do_conversion))
        else:
            process(c, do_conversion, preserve_text, el)
            children.append(c)
    el.children = children


def process_text(raw: str, preserve: bool = False) -> list[Element]:
    """Text with its character references as entity/smart quote/symbol elements."""
    if not preserve:
        raw = _RUBY_SPACES.sub(" ", raw)
    result: list[Element] = []
    pos, end = 0, len(raw)
    while pos < end:
        m = P.HTML_ENTITY_RE.search(raw, pos)
        if m is None:
            result.append(Element("text", raw[pos:]))
            break
        result.append(Element("text", raw[pos:m.start()]))
        pos = m.end()
        name, dec, hexa = m.group(1, 2, 3)
        if name in _SMART_QUOTES:
            result.append(Element("smart_quote", name))
        elif name in _TYPOGRAPHIC:
            result.append(Element("typographic_sym", name))
        else:
            try:
                value = entity(name if name is not None else int(dec) if dec is not None else int(hexa, 16))
            except UnknownEntity:
                pos = m.start() + 1
                result.append(Element("entity", entity("amp")))
            else:
                result.append(Element("entity", value, None, {"original": m.group(0)}))
    return result


def process_html_element(el: Element, do_conversion: bool = True, preserve_text: bool = False) -> None:
    el.options.clear()
    el.options["category"] = "span" if el.value in _SPAN_ELEMENTS else "block"
    el.options["content_model"] = P.content_model(el.value) if do_conversion else "raw"
    process_children(el, do_conversion, preserve_text)


def remove_text_children(el: Element) -> None:
    el.children = [c for c in el.children if c.type != "text"]


def wrap_text_children(el: Element) -> None:
    out: list[Element] = []
    last_is_p = False
    for c in el.children:
        if not c.is_block() or c.type == "text":
            if not last_is_p:
                out.append(Element("p", None, None, {"transparent": True}))
                last_is_p = True
            out[-1].children.append(c)
        else:
            out.append(c)
            last_is_p = False
    el.children = out


def strip_whitespace(el: Element) -> None:
    if not el.children:
        return
    if el.children[0].type == "text":
        el.children[0].value = el.children[0].value.lstrip(WS)
    if el.children[-1].type == "text":
        el.children[-1].value = el.children[-1].value.rstrip(WS)


def remove_whitespace_children(el: Element) -> None:
    children = el.children
    last = len(children) - 1
    el.children = [
        c for i, c in enumerate(children)
        if not (c.type == "text" and not c.value.strip(WS)
                and (i == 0 or i == last
                     or (children[i - 1].is_block() and children[i + 1].is_block())))
    ]


def set_basics(el: Element, type: str, **opts: object) -> None:
    el.type = type
    el.options.clear()
    el.options.update(opts)
    el.value = None


def extract_text(el: Element, parts: list[str]) -> None:
    if el.type == "text":
        parts.append(str(el.value))
    for c in el.children:
        extract_text(c, parts)


def _text(el: Element) -> str:
    parts: list[str] = []
    extract_text(el, parts)
    return "".join(parts)


# -- elements with their own rules ------------------------------------------------

def convert_textarea(el: Element) -> None:
    process_html_element(el, True, True)


def convert_a(el: Element) -> None:
    if "href" in el.attr:
        set_basics(el, "a")
        process_children(el)
    else:
        process_html_element(el, False)


def convert_em(el: Element) -> None:
    text = _text(el)
    if text and (text[0] in _RUBY_SPACE or text[-1] in _RUBY_SPACE):
        process_html_element(el, False)
    else:
        set_basics(el, EMPHASIS_TYPES[el.value])
        process_children(el)


def convert_header(el: Element) -> None:
    level = int(el.value[1])
    set_basics(el, "header", level=level)
    el.options["raw_text"] = _text(el)
    process_children(el)


def convert_code(el: Element) -> None:
    parts: list[str] = []
    for c in process_text(_text(el), True):
        if c.type == "text":
            parts.append(c.value)
            continue
        if c.type == "entity":
            char = chr(c.value.code_point) if c.value.code_point in (60, 62, 34, 38) else c.value.char
        else:  # smart_quote, typographic_sym
            char = entity(c.value).char
        if char is None:  # kramdown's conversion raises: the element stays HTML
            process_html_element(el, False, True)
            return
        parts.append(char)
    if el.value == "code":
        set_basics(el, "codespan")
        if "class" in el.attr:
            el.attr["class"] = _HIGHLIGHTER_CLASS.sub("", el.attr["class"])
    else:
        children = el.children
        set_basics(el, "codeblock")
        if len(children) == 1 and children[0].value == "code":
            m = _LANGUAGE_CLASS.search(children[0].attr.get("class") or "")
            if m:
                el.attr["class"] = f"{m.group(0)} {el.attr.get('class') or ''}".rstrip(WS)
    el.value = "".join(parts)
    el.children = []


def convert_table(el: Element) -> None:
    if not is_simple_table(el):
        process_html_element(el, False)
        return
    remove_text_children(el)
    process_children(el)
    set_basics(el, "table")

    def calc_alignment(c: Element) -> None:
        if c.type == "tr":
            alignment = []
            for td in c.children:
                style = td.attr.get("style")
                if style is None:
                    alignment.append("default")
                    continue
                m = _ALIGN_SLICE.search(style)
                if m:
                    style = style[:m.start()] + style[m.end():]
                    td.attr["style"] = style
                if not style.strip(WS):
                    del td.attr["style"]
                alignment.append(m.group(1) if m else "default")
            el.options["alignment"] = alignment
        else:
            for cc in c.children:
                calc_alignment(cc)

    calc_alignment(el)
    el.children = [c for c in el.children if c.type != "html_element"]

    def change_th_type(c: Element) -> None:
        if c.type == "th":
            c.type = "td"
        else:
            for cc in c.children:
                change_th_type(cc)

    change_th_type(el)
    if not el.children:
        # kramdown fails here (NoMethodError on nil) and Jekyll stops the build.
        raise ValueError("html_to_native: a simple <table> without rows")
    if el.children[0].type == "tr":
        tbody = Element("tbody")
        tbody.children = el.children
        el.children = [tbody]


def _only_phrasing_content(c: Element) -> bool:
    return all((cc.type == "text" or cc.value not in _BLOCK_ELEMENTS) and _only_phrasing_content(cc)
               for cc in c.children)


def _cells(row: Element) -> list[Element]:
    return [cc for cc in row.children if cc.value in ("th", "td")]


def is_simple_table(el: Element) -> bool:
    """kramdown's ``is_simple_table?``: cells of phrasing content, one shape, one alignment."""
    def check_cells(c: Element) -> None:
        if c.value in ("th", "td"):
            if not _only_phrasing_content(c):
                raise _NotSimple
        else:
            for cc in c.children:
                check_cells(cc)

    nr_cells = 0

    def check_nr_cells(t: Element) -> None:
        nonlocal nr_cells
        if t.value == "tr":
            count = len(_cells(t))
            if count != nr_cells:
                nr_cells = count if nr_cells == 0 else -1
        else:
            for cc in t.children:
                check_nr_cells(cc)

    alignment: list[str] | None = None

    def check_alignment(t: Element) -> None:
        nonlocal alignment
        if t.value == "tr":
            current = []
            for cell in _cells(t):
                m = _ALIGN_CHECK.search(str(cell.attr.get("style") or ""))
                if m and m.group(1) in ("justify", "inherit"):
                    raise _NotSimple
                current.append(m.group(1) if m else "default")
            if alignment is None:
                alignment = current
            if alignment != current:
                raise _NotSimple
        else:
            for cc in t.children:
                check_alignment(cc)

    try:
        check_cells(el)
        check_nr_cells(el)
        if nr_cells == -1:
            return False
        check_alignment(el)
    except _NotSimple:
        return False

    def check_rows(t: Element, cell: str) -> bool:
        return all((r.value == "tr" or r.type == "text")
                   and all(c.value == cell or c.type == "text" for c in r.children)
                   for r in t.children)

    if check_rows(el, "td"):
        return True
    return (all(t.type == "text" or (t.value == "thead" and check_rows(t, "th"))
                or (t.value in ("tfoot", "tbody") and check_rows(t, "td"))
                for t in el.children)
            and any(t.value == "tbody" for t in el.children))


def convert_script(el: Element) -> None:
    if not _MATH_TYPE.search(str(el.attr.get("type") or "")):
        process_html_element(el)
        return
    block = re.search("mode=display", el.attr.get("type") or "") is not None
    set_basics(el, "math", category="block" if block else "span")
    first = el.children.pop(0)
    el.value = _MATH_CDATA.sub(r"\1", first.value, count=1)
    del el.attr["type"]


_CONVERTERS: dict[str, Callable[[Element], None]] = {
    "textarea": convert_textarea, "a": convert_a,
    "em": convert_em, "i": convert_em, "strong": convert_em, "b": convert_em,
    **{f"h{n}": convert_header for n in range(1, 7)},
    "code": convert_code, "pre": convert_code, "table": convert_table, "script": convert_script,
}
