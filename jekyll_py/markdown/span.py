"""kramdown's span-level parser (GFM flavour) on mistune's ``InlineParser``.

Each kramdown span rule is registered with mistune under its *span start*
pattern; mistune's ``compile_sc`` joins them into the single scanner that
finds the next position where any rule may apply (kramdown's ``span_start``).
At that position the rules are tried in kramdown's order with their precise
start patterns.  Nested constructs (emphasis, links, HTML) re-enter
``parse_spans`` with a stop pattern, as kramdown does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import mistune

from . import patterns as P
from .element import WS, Element, UnknownEntity, entity
from .extensions import (
    ial_of,
    parse_attribute_list,
    parse_extension_start_tag,
    update_attr_with_ial,
    update_ial_with_ial,
)
from .html_block import MARKDOWN_ATTR_MAP, normalize_tag_name, parse_html_attributes
from .html_native import convert_html
from .scanner import Scanner

if TYPE_CHECKING:
    from .block import KramdownBlockParser

A = re.ASCII | re.M
SQ_PUNCT = r"""[!"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]"""
SQ_CLOSE = r"[^ \\\t\r\n\[{(-]"
SQ_RULES: list[tuple[re.Pattern[str], list[Any]]] = [
    (re.compile(r"""("|')(?=[_*]{1,2}\S)""", A), ["lquote1"]),
    # Ruby's \b and \B see Unicode letters as word characters even though its
    # \w and \s are ASCII-only, so these two rules are compiled Unicode-aware.
    (re.compile(rf"""("|')(?={SQ_PUNCT}(?!\.\.)\B)""", re.M), ["rquote1"]),
    (re.compile(r"""(\s?)"'(?=\w)""", A), [1, "ldquo", "lsquo"]),
    (re.compile(r"""(\s?)'"(?=\w)""", A), [1, "lsquo", "ldquo"]),
    (re.compile(r"""(\s?)'(?=\d\ds)""", A), [1, "rsquo"]),
    (re.compile(r"""(\s)('|")(?=\w)""", A), [1, "lquote2"]),
    (re.compile(rf"""({SQ_CLOSE})('|")""", A), [1, "rquote2"]),
    (re.compile(r"""("|')(?=[ \t\r\n\f\v]|s\b|$)""", re.M), ["rquote1"]),
    (re.compile(r"(.?)'", A | re.S), [1, "lsquo"]),
    (re.compile(r'(.?)"', A | re.S), [1, "ldquo"]),
]
SQ_SUBSTS = {("rquote1", '"'): "rdquo", ("rquote1", "'"): "rsquo",
             ("rquote2", '"'): "rdquo", ("rquote2", "'"): "rsquo",
             ("lquote1", '"'): "ldquo", ("lquote1", "'"): "lsquo",
             ("lquote2", '"'): "ldquo", ("lquote2", "'"): "lsquo"}
TYPOGRAPHIC_SYMS = {"---": "mdash", "--": "ndash", "...": "hellip", "\\<<": "&lt;&lt;",
                    "\\>>": "&gt;&gt;", "<< ": "laquo_space", " >>": "raquo_space",
                    "<<": "laquo", ">>": "raquo"}
ESCAPED_CHARS = re.compile(r"\\([\\.*_+`<>()\[\]{}#!:|\"'$=-])")
LINK_BRACKET_STOP_RE = re.compile(r"(\])|!?\[")
LINK_PAREN_STOP_RE = re.compile(r"(\()|(\))|\s(?=['\"])", re.ASCII)
LINK_INLINE_ID_RE = re.compile(r"\s*?\[([^\]]+)?\]", re.ASCII)
LINK_INLINE_TITLE_RE = re.compile(r"\s*?([\"'])(.+?)\1\s*?\)", re.ASCII | re.S)
_ACHARS = r"[\w\-.]"

#: name -> (precise start pattern, span-start pattern for mistune's scanner)
SPAN_RULES: list[tuple[str, re.Pattern[str], str]] = [
    ("emphasis", re.compile(r"(?:\*\*?|__?)"), r"\*|_"),
    ("codespan", re.compile(r"`+"), r"`"),
    ("autolink", re.compile(rf"<((mailto|https?|ftps?):.+?|{_ACHARS}+?@{_ACHARS}+?)>"), r"<"),
    ("span_html", P.HTML_SPAN_START, r"<"),
    ("footnote_marker", re.compile(r"\[\^(\w[\w-]*)\]", re.ASCII), r"\["),
    ("link", re.compile(r"!?\[(?=[^^])"), r"!?\["),
    ("smart_quotes", re.compile(r"[^\\]?[\"']"), r"[^\\]?[\"']"),
    ("inline_math", re.compile(r"\$\$(.*?)\$\$", re.S), r"\$"),
    ("span_extensions", re.compile(r"\{:"), r"\{:"),
    ("html_entity", P.HTML_ENTITY_RE, r"&"),
    ("typographic_syms", re.compile(r"---|--|\.\.\.|\\<<|\\>>|<< | >>|<<|>>"),
     r"--|\.\.\.|(?:\\| )?(?:<<|>>)"),
    ("line_break", re.compile(r"(?:  |\\\\)(?=\n)"), r"(?:  |\\\\)(?=\n)"),
    ("escaped_chars", re.compile(r"\\([\\.*_+`<>()\[\]{}#!:|\"'$=\-~])"), r"\\"),
    ("escaped_chars_plain", re.compile(r"\\([\\.*_+`<>()\[\]{}#!:|\"'$=-])"), r"\\"),
    ("strikethrough", re.compile(r"~~(?!\s|~).*?[^\s~]~~", re.ASCII | re.S), r"~~"),
]

#: Characters each rule's start pattern can begin with (None: any character),
#: so only plausible rules are tried at a position.
FIRST_CHARS: dict[str, str | None] = {
    "emphasis": "*_", "codespan": "`", "autolink": "<", "span_html": "<",
    "footnote_marker": "[", "link": "![", "smart_quotes": None, "inline_math": "$",
    "span_extensions": "{", "html_entity": "&", "typographic_syms": "-.\\<> ",
    "line_break": " \\", "escaped_chars": "\\", "escaped_chars_plain": "\\", "strikethrough": "~",
}
_WS = re.compile(r"\s", re.ASCII)
_ALPHA_BEFORE = re.compile(r"[^\W\d_]-?[^\W\d_]*\Z")
_CODESPAN_PRE = re.compile(r"(?:\s\n?|\A\n?)\Z", re.ASCII)


class KramdownSpanParser(mistune.InlineParser):
    """Span-level parsing of the raw text collected by the block parser."""

    def __init__(self, block: KramdownBlockParser, options: dict[str, Any],
                 rule_names: list[str] | None = None) -> None:
        super().__init__()
        self.rules = []
        self.specification = {}
        self.start_res: dict[str, re.Pattern[str]] = {}
        by_name = {name: (start_re, span_start) for name, start_re, span_start in SPAN_RULES}
        selected = ([(n, *by_name[n]) for n in rule_names] if rule_names
                    else [r for r in SPAN_RULES if r[0] != "escaped_chars_plain"])
        for name, start_re, span_start in selected:
            if name == "line_break" and options.get("hard_wrap"):
                continue
            self.start_res[name] = start_re
            self.register(name, span_start, getattr(type(self), "parse_" + name))
        self.block = block
        self._stop_cache: dict[tuple[str, str], re.Pattern[str]] = {}
        self._candidates: dict[tuple[str, str], list[str]] = {}

    def reset(self, doc: Any) -> None:
        self.doc = doc
        self.options = doc.options
        self.src = Scanner("")
        self.tree: Element | None = None
        self.stack: list[tuple[Element, str]] = []
        self.text_type = "text"

    # -- environment ------------------------------------------------------------
    def _save(self) -> tuple[Any, ...]:
        return (self.src, self.tree, self.stack, self.text_type)

    def _restore(self, env: tuple[Any, ...]) -> None:
        self.src, self.tree, self.stack, self.text_type = env

    def parse_raw(self, child: Element) -> list[Element]:
        """Span-parse one ``raw_text`` element; return its replacement children."""
        env = self._save()
        self.src, self.tree, self.stack, self.text_type = Scanner(child.value), None, [], "text"
        self.parse_spans(child)
        self._restore(env)
        return child.children

    def parse_detached(self, text: str, rules: list[str]) -> Element:
        """Parse ``text`` with only ``rules`` into a fresh root (used by tables)."""
        env = self._save()
        self.src, self.tree, self.stack, self.text_type = Scanner(text), None, [], "raw_text"
        root = Element("root")
        self.parse_spans(root, None, rules)
        self._restore(env)
        return root

    def add_text(self, text: str, tree: Element | None = None, type: str | None = None) -> None:
        tree = self.tree if tree is None else tree
        type = self.text_type if type is None else type
        children = tree.children  # type: ignore[union-attr]
        if children and children[-1].type == type:
            children[-1].value += text
        elif text:
            children.append(Element(type, text))

    def parse_spans(self, el: Element, stop_re: re.Pattern[str] | None = None,
                    parsers: list[str] | None = None, text_type: str | None = None,
                    callback: Callable[[], bool] | None = None) -> bool:
        pushed = self.tree is not None
        if pushed:
            self.stack.append((self.tree, self.text_type))  # type: ignore[arg-type]
        self.tree = el
        if text_type is not None:
            self.text_type = text_type
        rules = parsers if parsers is not None else self.rules
        start_sc = self.compile_sc(rules)
        if stop_re is None:
            used = start_sc
        else:
            key = (stop_re.pattern, start_sc.pattern)
            used = self._stop_cache.get(key)
            if used is None:
                used = re.compile(f"(?:{stop_re.pattern})|{start_sc.pattern}", start_sc.flags)
                self._stop_cache[key] = used
        src = self.src
        string = src.string
        stop_found = False
        while not src.eos() and not stop_found:
            m = used.search(string, src.pos)
            if m is None:
                if stop_re is None:
                    self.add_text(src.rest())
                    src.terminate()
                break
            if m.start() > src.pos:
                self.add_text(string[src.pos:m.start()])
                src.pos = m.start()
            if stop_re is not None and src.check(stop_re):
                stop_found = callback() if callback is not None else True
            processed = False
            if not stop_found:
                ch = string[src.pos]
                ckey = (start_sc.pattern, ch)
                candidates = self._candidates.get(ckey)
                if candidates is None:
                    candidates = self._candidates[ckey] = [
                        n for n in rules if FIRST_CHARS.get(n) is None or ch in FIRST_CHARS[n]]
                for name in candidates:
                    sm = self.start_res[name].match(string, src.pos)
                    if sm is not None:
                        src.m = sm
                        self._methods[name](sm, None)
                        processed = True
                        break
            if not processed and not stop_found:
                self.add_text(src.getch())
        if pushed:
            self.tree, self.text_type = self.stack.pop()
        else:
            self.tree = None
        return stop_found

    def _in_stack(self, types: tuple[str, ...]) -> bool:
        return any(t is not None and t.type in types for t, _ in self.stack)

    # -- rules ------------------------------------------------------------------
    def parse_emphasis(self, m: re.Match[str], state: Any) -> None:
        src = self.src
        saved = src.pos
        result = src.scan(self.start_res["emphasis"]) or ""
        element = "strong" if len(result) == 2 else "em"
        kind = result[0]
        # a letter, optionally followed by "-", right before "_" (two characters decide)
        if ((kind == "_" and _ALPHA_BEFORE.search(src.pre_match_tail(2)))
                or src.check(_WS)
                or self.tree.type == element or self._in_stack((element,))):  # type: ignore[union-attr]
            self.add_text(result)
            return

        def sub_parse(delim: str, elem: str) -> tuple[bool, Element, re.Pattern[str]]:
            el = Element(elem)
            stop_re = re.compile(re.escape(delim))
            double = re.compile(re.escape(delim * 2) + "(?!" + re.escape(delim) + ")")
            alnum = re.compile(re.escape(delim) + r"[^\W_]")

            def cb() -> bool:
                pre = src.pre_match_tail(1)
                return ((not pre or not _WS.match(pre))
                        and (elem != "em" or not double.match(src.string, src.pos))
                        and (kind != "_" or not alnum.match(src.string, src.pos))
                        and bool(el.children))

            found = self.parse_spans(el, stop_re, callback=cb)
            return found, el, stop_re

        found, el, stop_re = sub_parse(result, element)
        if not found and element == "strong" and self.tree.type != "em":  # type: ignore[union-attr]
            src.pos = saved + 1
            found, el, stop_re = sub_parse(kind, "em")
        if found:
            src.scan(stop_re)
            self.tree.children.append(el)  # type: ignore[union-attr]
        else:
            src.pos = saved + len(result)
            self.add_text(result)

    def parse_codespan(self, m: re.Match[str], state: Any) -> None:
        src = self.src
        result = src.scan(self.start_res["codespan"]) or ""
        simple = len(result) == 1
        saved = src.pos
        if (simple and _CODESPAN_PRE.search(src.pre_match_tail(2))
                and _WS.match(src.string, src.pos)):
            self.add_text(result)
            return
        text = src.scan_until(re.compile(re.escape(result)))
        if text is not None:
            text = text[: -len(result)]
            if not simple:
                if text[:1] == " ":
                    text = text[1:]
                if text[-1:] == " ":
                    text = text[:-1]
            self.tree.children.append(  # type: ignore[union-attr]
                Element("codespan", text, None, {"codespan_delimiter": result}))
        else:
            src.pos = saved
            self.add_text(result)

    def parse_autolink(self, m: re.Match[str], state: Any) -> None:
        src = self.src
        src.pos = m.end()
        href = f"mailto:{m.group(1)}" if m.group(2) is None else m.group(1)
        el = Element("a", None, {"href": href})
        self.add_text(re.sub(r"^mailto:", "", m.group(1), count=1), el)
        self.tree.children.append(el)  # type: ignore[union-attr]

    def parse_span_html(self, m: re.Match[str], state: Any) -> None:
        src = self.src
        tree = self.tree
        assert tree is not None
        if (res := src.scan(P.HTML_COMMENT_RE)) is not None:
            tree.children.append(Element("xml_comment", res, None, {"category": "span"}))
            return
        if (res := src.scan(P.HTML_TAG_CLOSE_RE)) is not None:
            self.add_text(res)
            return
        if (res := src.scan(P.HTML_TAG_RE)) is None:
            self.add_text(src.getch())
            return
        tm = src.m
        assert tm is not None
        tag_name = normalize_tag_name(tm.group(1))
        if tag_name in P.HTML_BLOCK_ELEMENTS:
            self.add_text(res)
            return
        closed = tm.group(4) is not None
        attrs = parse_html_attributes(tm.group(2), tag_name in P.HTML_ELEMENT)
        for k, v in attrs.items():
            if v:
                attrs[k] = re.sub(r"\n+", " ", v)
        if P.content_model(tag_name) == "raw" or tree.options.get("content_model") == "raw":
            do_parsing = False
        else:
            do_parsing = bool(self.options["parse_span_html"])
        val = MARKDOWN_ATTR_MAP.get(attrs.pop("markdown", None) or "")
        if val == "span":
            do_parsing = True
        elif val == "default":
            do_parsing = P.content_model(tag_name) != "raw"
        elif val == "raw":
            do_parsing = False
        el = Element("html_element", tag_name, attrs, {
            "category": "span", "content_model": "span" if do_parsing else "raw",
            "is_closed": closed})
        tree.children.append(el)
        flags = re.I if tag_name in P.HTML_ELEMENT else 0
        stop_re = re.compile(rf"</{re.escape(tag_name)}[ \t\r\n\f\v]*>", flags)
        if not closed and tag_name not in P.HTML_ELEMENTS_WITHOUT_BODY:
            if self.parse_spans(el, stop_re, None if do_parsing else ["span_html"]):
                src.scan(stop_re)
            else:
                self.add_text(src.rest(), el)
                src.terminate()
        if self.options["html_to_native"]:
            convert_html(el)

    def parse_footnote_marker(self, m: re.Match[str], state: Any) -> None:
        src = self.src
        src.pos = m.end()
        name = m.group(1)
        fn_def = self.doc.footnotes.get(name)
        if fn_def is None:
            self.add_text(m.group(0))
            return
        if "eob" in fn_def:
            eob = fn_def.pop("eob")
            update_attr_with_ial(eob.attr, eob.options.get("ial") or {}, self.doc.alds)
            fn_def["attr"] = eob.attr
            fn_def["options"] = eob.options
        marker = Element("footnote", fn_def["content"], fn_def["attr"],
                         {**fn_def["options"], "name": name})
        fn_def.setdefault("marker", []).append(marker)
        self.tree.children.append(marker)  # type: ignore[union-attr]

    def parse_link(self, m: re.Match[str], state: Any) -> None:
        src = self.src
        result = src.scan(self.start_res["link"]) or ""
        cur_pos = saved = src.pos
        link_type = "img" if result.startswith("!") else "a"
        tree = self.tree
        assert tree is not None
        if link_type == "a" and (tree.type in ("img", "a") or self._in_stack(("img", "a"))):
            self.add_text(result)
            return
        el = Element(link_type)
        count = 1

        def cb() -> bool:
            nonlocal count
            count += -1 if src[1] else 1
            return count - sum(1 for c in el.children if c.type == "img") == 0

        if not self.parse_spans(el, LINK_BRACKET_STOP_RE, callback=cb):
            src.pos = saved
            self.add_text(result)
            return
        alt_text = ESCAPED_CHARS.sub(r"\1", src.string[cur_pos:src.pos])
        src.scan(LINK_BRACKET_STOP_RE)
        if src.scan(LINK_INLINE_ID_RE) is not None or not src.check(re.compile(r"\(")):
            ref = src[1] if src.m is not None and src.m.re is LINK_INLINE_ID_RE else None
            link_id = normalize_link_id(ref or alt_text)
            link_def = self.doc.link_defs.get(link_id)
            if link_def is not None:
                ial = link_def[2].options.get("ial") if link_def[2] is not None else None
                self._add_link(el, link_def[0], link_def[1], alt_text, ial)
            else:
                src.pos = saved
                self.add_text(result)
            return
        link_url: str | None
        if src.scan(re.compile(r"\(<(.*?)>")) is not None:
            link_url = src[1] or ""
            if src.scan(re.compile(r"\)")) is not None:
                self._add_link(el, link_url, None, alt_text)
                return
        else:
            buf = ""
            nr_of_brackets = 0
            while (temp := src.scan_until(LINK_PAREN_STOP_RE)) is not None:
                buf += temp
                if src[2]:
                    nr_of_brackets -= 1
                    if nr_of_brackets == 0:
                        break
                elif src[1]:
                    nr_of_brackets += 1
                else:
                    break
            link_url = buf[1:-1].strip(WS)
            if nr_of_brackets == 0:
                self._add_link(el, link_url, None, alt_text)
                return
        if src.scan(LINK_INLINE_TITLE_RE) is not None:
            self._add_link(el, link_url, src[2], alt_text)
        else:
            src.pos = saved
            self.add_text(result)

    def _add_link(self, el: Element, href: str, title: str | None, alt_text: str,
                  ial: dict[str, Any] | None = None) -> None:
        if ial:
            el.options["ial"] = ial
            update_attr_with_ial(el.attr, ial, self.doc.alds)
        if el.type == "a":
            el.attr["href"] = href
        else:
            el.attr["src"] = href
            el.attr["alt"] = alt_text
            el.children = []
        if title is not None:
            el.attr["title"] = title
        self.tree.children.append(el)  # type: ignore[union-attr]

    def parse_smart_quotes(self, m: re.Match[str], state: Any) -> None:
        src = self.src
        substs = next((rule for regex, rule in SQ_RULES if src.scan(regex) is not None), None)
        if substs is None:  # pragma: no cover - the last two rules always match here
            self.add_text(src.getch())
            return
        for subst in substs:
            if isinstance(subst, int):
                self.add_text(src[subst] or "")
            else:
                quote = src[int(subst[-1])] if subst[-1].isdigit() else None
                val = SQ_SUBSTS.get((subst, quote), subst)
                self.tree.children.append(Element("smart_quote", val))  # type: ignore[union-attr]

    def parse_inline_math(self, m: re.Match[str], state: Any) -> None:
        self.src.pos = m.end()
        self.tree.children.append(  # type: ignore[union-attr]
            Element("math", m.group(1).strip(WS), None, {"category": "span"}))

    def parse_span_extensions(self, m: re.Match[str], state: Any) -> None:
        src = self.src
        if src.check(P.EXT_SPAN_START):
            parse_extension_start_tag(self, "span")
            return
        if src.check(P.IAL_SPAN_START):
            children = self.tree.children  # type: ignore[union-attr]
            last = children[-1] if children else None
            if last is not None and last.type != "text":
                src.pos = src.m.end()  # type: ignore[union-attr]
                attr: dict[str, Any] = {}
                parse_attribute_list(src[1] or "", attr, self.doc)
                update_ial_with_ial(ial_of(last), attr)
                update_attr_with_ial(last.attr, attr, self.doc.alds)
                return
        self.add_text(src.getch())

    def parse_html_entity(self, m: re.Match[str], state: Any) -> None:
        self.src.pos = m.end()
        name, dec, hexa = m.group(1, 2, 3)
        try:
            value = entity(name if name is not None else int(dec) if dec is not None else int(hexa, 16))
        except UnknownEntity:
            self.tree.children.append(Element("entity", entity("amp")))  # type: ignore[union-attr]
            self.add_text(m.group(0)[1:])
            return
        self.tree.children.append(  # type: ignore[union-attr]
            Element("entity", value, None, {"original": m.group(0)}))

    def parse_typographic_syms(self, m: re.Match[str], state: Any) -> None:
        self.src.pos = m.end()
        val = TYPOGRAPHIC_SYMS[m.group(0)]
        children = self.tree.children  # type: ignore[union-attr]
        if not val.startswith("&"):
            children.append(Element("typographic_sym", val))
        else:
            name = "lt" if m.group(0) == "\\<<" else "gt"
            children.append(Element("entity", entity(name)))
            children.append(Element("entity", entity(name)))

    def parse_line_break(self, m: re.Match[str], state: Any) -> None:
        self.src.pos = m.end()
        self.tree.children.append(Element("br"))  # type: ignore[union-attr]

    def parse_escaped_chars(self, m: re.Match[str], state: Any) -> None:
        self.src.pos = m.end()
        self.add_text(m.group(1))

    parse_escaped_chars_plain = parse_escaped_chars

    def parse_strikethrough(self, m: re.Match[str], state: Any) -> None:
        self.src.pos = m.end()
        el = Element("html_element", "del", {}, {"category": "span"})
        self.tree.children.append(el)  # type: ignore[union-attr]
        env = self._save()
        self.src, self.tree, self.stack, self.text_type = Scanner(m.group(0)[2:-2]), None, [], "text"
        self.parse_spans(el)
        self._restore(env)


def normalize_link_id(link_id: str) -> str:
    return re.sub(r"\s+", " ", link_id, flags=re.ASCII).lower()
