"""kramdown extensions: IALs, ALDs and ``{::name}`` extension tags.

These are kramdown syntax (not GFM), and Jekyll sites lean on them
(``{: .class}``, ``{:toc}``, ``{::nomarkdown}``, ``{::comment}``).
"""

from __future__ import annotations

import re
from typing import Any

from . import patterns as P
from .element import WS, Element
from .options import parse_inline_option

IAL_CLASS_ATTR = "class"


def parse_attribute_list(text: str, opts: dict[str, Any], doc: Any = None) -> None:
    """Fill ``opts`` from an IAL/ALD body: ``#id``, ``.class``, ``key="v"``, references."""
    stripped = text.strip(WS)
    if not stripped or stripped == ":":
        return
    found = False
    for m in P.ALD_TYPE_ANY.finditer(text):
        found = True
        key, sep, val, ref, id_and_or_class = m.group(1, 2, 3, 4, 5)
        if ref:
            opts.setdefault("refs", []).append(ref)
        elif id_and_or_class:
            for im in P.ALD_TYPE_ID_OR_CLASS.finditer(id_and_or_class):
                id_attr, class_attr = im.group(1, 2)
                if class_attr:
                    opts[IAL_CLASS_ATTR] = f"{opts.get(IAL_CLASS_ATTR) or ''} {class_attr}".lstrip(WS)
                else:
                    opts["id"] = id_attr
        else:
            opts[key] = re.sub(r"\\(\}|" + re.escape(sep) + ")", r"\1", val)
    if not found and doc is not None:
        doc.warning(f"No or invalid attributes found in IAL/ALD content: {text}")


def ial_of(el: Element) -> dict[str, Any]:
    """``el.options[:ial] ||= {}`` (an IAL slot may hold nil)."""
    ial = el.options.get("ial")
    if ial is None:
        ial = el.options["ial"] = {}
    return ial


def update_ial_with_ial(ial: dict[str, Any], opts: dict[str, Any]) -> None:
    if "refs" in opts:
        ial.setdefault("refs", []).extend(opts["refs"])
    for k, v in opts.items():
        if k == IAL_CLASS_ATTR:
            ial[k] = f"{ial.get(k) or ''} {v}".lstrip(WS)
        elif k != "refs":
            ial[k] = v


def update_attr_with_ial(attr: dict[str, Any], ial: dict[str, Any], alds: dict[str, Any],
                         _depth: int = 0) -> None:
    """Apply an IAL (and the ALDs it references) to an element's attributes."""
    if _depth > 20:  # guard against ALDs that reference each other in a cycle
        return
    for ref in ial.get("refs") or []:
        ref_ial = alds.get(ref)
        if ref_ial is not None:
            update_attr_with_ial(attr, ref_ial, alds, _depth + 1)
    for k, v in ial.items():
        if k == IAL_CLASS_ATTR:
            attr[k] = f"{attr.get(k) or ''} {v}".lstrip(WS)
        elif k != "refs":
            attr[k] = v


def handle_extension(parser: Any, name: str, opts: dict[str, Any], body: str | None,
                     kind: str) -> bool:
    """Create the element for a known extension; False for an unknown name."""
    if name == "comment":
        if body is not None:
            parser.tree.children.append(Element("comment", body, None, {"category": kind}))
        return True
    if name == "nomarkdown":
        if body is not None:
            types = str(opts.get("type") or "").split()
            parser.tree.children.append(Element("raw", body, None, {"category": kind, "type": types}))
        return True
    if name == "options":
        for key, value in opts.items():
            if key == "refs":
                continue
            ok, parsed = parse_inline_option(key, value)
            if ok:
                parser.options[key] = parsed
                parser.doc.root.options.setdefault("options", {})[key] = parsed
        if kind == "block":
            parser.tree.children.append(parser.new_block_el("eob", "extension"))
        return True
    return False


def parse_extension_start_tag(parser: Any, kind: str) -> bool:
    """Handle ``{::name attrs}body{:/name}`` at the scanner position (block or span)."""
    src = parser.src
    saved = src.pos
    m = src.m
    src.pos = m.end()

    def error_block() -> bool:
        src.pos = saved
        if kind == "span":
            parser.add_text(src.getch())
        return False

    if m.group(4) or m.group(0).startswith("{:/"):
        return error_block()
    ext = m.group(1)
    opts: dict[str, Any] = {}
    body = None
    parse_attribute_list(m.group(2) or "", opts, parser.doc)
    if not m.group(3):
        stop_re = P.ext_block_stop(ext) if kind == "block" else P.ext_span_stop(ext)
        result = src.scan_until(stop_re)
        if result is None:
            return error_block()
        body = result[: len(result) - len(src.matched)]
        if kind == "block" and body.endswith("\n"):
            body = body[:-1]
    if not handle_extension(parser, ext, opts, body, kind):
        return error_block()
    return True


class ExtensionsMixin:
    """Block-level extension rule of the block parser."""

    def update_attr_with_ial(self, attr: dict[str, Any], ial: dict[str, Any]) -> None:
        update_attr_with_ial(attr, ial, self.doc.alds)  # type: ignore[attr-defined]

    def parse_block_extensions(self, m: re.Match[str], state: Any) -> bool:
        src = self.src  # type: ignore[attr-defined]
        doc = self.doc  # type: ignore[attr-defined]
        if src.scan(P.ALD_START):
            parse_attribute_list(src[2], doc.alds.setdefault(src[1], {}), doc)
            self.tree.children.append(self.new_block_el("eob", "ald"))  # type: ignore[attr-defined]
            return True
        if src.check(P.EXT_BLOCK_START):
            return parse_extension_start_tag(self, "block")
        if src.scan(P.IAL_BLOCK_START):
            children = self.tree.children  # type: ignore[attr-defined]
            last = children[-1] if children else None
            if last is not None and last.type != "blank" and (
                last.type != "eob" or last.value in ("link_def", "abbrev_def", "footnote_def")
            ):
                parse_attribute_list(src[1], ial_of(last), doc)
                if not src.check(P.IAL_BLOCK_START):
                    children.append(self.new_block_el("eob", "ial"))  # type: ignore[attr-defined]
            else:
                if self.block_ial is None:  # type: ignore[has-type]
                    self.block_ial = {}
                parse_attribute_list(src[1], self.block_ial, doc)
            return True
        return False
