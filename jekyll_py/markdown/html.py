"""kramdown's HTML converter as a mistune renderer.

Output layout (indentation by two spaces per nesting level, blank elements
printed as newlines, footnotes appended in a ``div.footnotes``, ``{:toc}``
lists replaced after the fact) follows ``Kramdown::Converter::Html`` so the
result is byte-identical to what Jekyll writes.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable
from typing import Any

import mistune

from . import patterns as P
from .element import WS, Element, Entity, entity, escape_html, html_attributes
from .highlighting import highlight, highlight_lines

#: Ruby's ``\S`` (ASCII whitespace only): an ideographic space can be part of a language name.
_RUBY_NON_SPACE = r"[^ \t\r\n\f\v]"
_ESCAPED = frozenset("<>&\"")
TYPOGRAPHIC_ENTITIES = {
    "mdash": ["mdash"], "ndash": ["ndash"], "hellip": ["hellip"],
    "laquo_space": ["laquo", "nbsp"], "raquo_space": ["nbsp", "raquo"],
    "laquo": ["laquo"], "raquo": ["raquo"],
}
SMART_QUOTE_INDICES = {"lsquo": 0, "rsquo": 1, "ldquo": 2, "rdquo": 3}


class KramdownHtmlRenderer(mistune.BaseRenderer):
    """Render kramdown's element tree to HTML."""

    NAME = "kramdown-html"

    def __init__(self) -> None:
        super().__init__()
        self.indent = 2
        for name in dir(self):
            if name.startswith("convert_"):
                self.register(name[8:], getattr(type(self), name))

    def reset(self, options: dict[str, Any], doc: Any) -> None:
        """Start a new document with the converter options in effect for it."""
        self.options = options
        self.doc = doc
        self.stack: list[Element] = []
        self.footnote_counter = self.footnote_start = int(options.get("footnote_nr", 1))
        self.footnotes: list[list[Any]] = []
        self.footnotes_by_name: dict[str, list[Any]] = {}
        self.footnote_location: str | None = None
        self.toc: list[tuple[int, str, list[Element]]] = []
        self.toc_code: tuple[str, dict[str, Any], str] | None = None
        self.used_ids: dict[str, int] = {}
        self.highlighter_class = f" highlighter-{options.get('syntax_highlighter')}"

    # -- dispatch -------------------------------------------------------------------
    def __call__(self, tokens: Any, state: Any) -> str:  # type: ignore[override]
        return self.render_tokens(tokens, state)

    def kramdown_root(self, token: dict[str, Any], state: Any) -> str:
        """mistune render method for the token wrapping kramdown's tree."""
        return self.convert(token["root"], -self.indent)

    def convert(self, el: Element, indent: int) -> str:
        method: Callable[[Element, int], str] = self._get_method(el.type)
        return method(el, indent)

    def inner(self, el: Element, indent: int) -> str:
        indent += self.indent
        self.stack.append(el)
        result = "".join(self.convert(c, indent) for c in el.children)
        self.stack.pop()
        return result

    # -- helpers ---------------------------------------------------------------------
    def entity_to_str(self, e: Entity, original: str | None = None) -> str:
        mode = self.options.get("entity_output", "as_char")
        c = e.char
        if mode == "as_char" and c is not None and (c == '"' or c not in _ESCAPED):
            return c
        if mode in ("as_input", "as_char") and original:
            return original
        if (mode == "symbolic" or (c is not None and c in _ESCAPED)) and e.name is not None:
            return f"&{e.name};"
        return f"&#{e.code_point};"

    @staticmethod
    def block(name: str, attr: dict[str, Any], body: str, indent: int) -> str:
        return f"{' ' * indent}<{name}{html_attributes(attr)}>{body}</{name}>\n"

    @staticmethod
    def indented_block(name: str, attr: dict[str, Any], body: str, indent: int) -> str:
        return f"{' ' * indent}<{name}{html_attributes(attr)}>\n{body}{' ' * indent}</{name}>\n"

    @staticmethod
    def span(name: str, attr: dict[str, Any], body: str) -> str:
        return f"<{name}{html_attributes(attr)}>{body}</{name}>"

    def add_syntax_highlighter_to_class_attr(self, attr: dict[str, Any], lang: str | None) -> None:
        attr["class"] = ((attr.get("class") or "") + self.highlighter_class).lstrip(WS)
        if lang:
            attr["class"] = re.sub(
                rf"\blanguage-{_RUBY_NON_SPACE}+|(^)",
                lambda m: f"language-{lang}" + (" " if m.group(1) is not None else ""),
                attr["class"], count=1)

    # -- block elements ------------------------------------------------------------
    def convert_blank(self, el: Element, indent: int) -> str:
        return "\n"

    def convert_text(self, el: Element, indent: int) -> str:
        escaped = escape_html(el.value, "text")
        if self.options.get("remove_line_breaks_for_cjk"):
            return _fix_cjk_line_break(escaped)
        return escaped

    def convert_p(self, el: Element, indent: int) -> str:
        if el.options.get("transparent"):
            return self.inner(el, indent)
        if (len(el.children) == 1 and el.children[0].type == "img"
                and "standalone" in ((el.children[0].options.get("ial") or {}).get("refs") or [])):
            return self.convert_standalone_image(el, indent)
        return self.block("p", el.attr, self.inner(el, indent), indent)

    def convert_standalone_image(self, el: Element, indent: int) -> str:
        figure_attr = dict(el.attr)
        image_attr = dict(el.children[0].attr)
        if "class" in image_attr and "class" not in figure_attr:
            figure_attr["class"] = image_attr.pop("class")
        if "id" in image_attr and "id" not in figure_attr:
            figure_attr["id"] = image_attr.pop("id")
        pad = " " * (indent + self.indent)
        body = (f"{pad}<img{html_attributes(image_attr)} />\n"
                f"{pad}<figcaption>{image_attr.get('alt', '')}</figcaption>\n")
        return self.indented_block("figure", figure_attr, body, indent)

    def convert_codeblock(self, el: Element, indent: int) -> str:
        attr = dict(el.attr)
        lang = extract_code_language(attr, remove=True)
        highlighted, default_lang = self.highlight_code(el.value, el.options.get("lang") or lang, "block")
        if highlighted is not None:
            self.add_syntax_highlighter_to_class_attr(attr, lang or default_lang)
            return f"{' ' * indent}<div{html_attributes(attr)}>{highlighted}{' ' * indent}</div>\n"
        result = escape_html(el.value)
        if result.endswith("\n"):
            result = result[:-1]
        if re.search(r"\bshow-whitespaces\b", el.attr.get("class") or ""):
            result = _show_whitespaces(result)
        code_attr = {"class": f"language-{lang}"} if lang else {}
        return (f"{' ' * indent}<pre{html_attributes(attr)}><code{html_attributes(code_attr)}>"
                f"{result}\n</code></pre>\n")

    def highlight_code(self, text: str, lang: str | None, kind: str) -> tuple[str | None, str]:
        """kramdown's Rouge highlighter: token spans, wrapped for blocks (HTMLLegacy).

        ``syntax_highlighter_opts`` may hold per-kind ``block``/``span`` hashes
        with ``disable``, ``wrap``, ``css_class``, ``line_numbers``,
        ``start_line``, ``gutter_class``, ``code_class`` (Rouge's options).
        """
        base = {str(k).lstrip(":"): v for k, v in (self.options.get("syntax_highlighter_opts") or {}).items()}
        sub = base.pop("span", None), base.pop("block", None)
        opts = dict(base)
        extra = sub[0] if kind == "span" else sub[1]
        if isinstance(extra, dict):
            opts.update({str(k).lstrip(":"): v for k, v in extra.items()})
        if kind == "span":
            opts["wrap"] = False
        default_lang = opts.get("default_lang")
        if self.options.get("syntax_highlighter") != "rouge":
            return None, default_lang
        if not (lang or default_lang or opts.get("guess_lang")):
            return None, default_lang
        lang = lang or default_lang or ""
        if opts.get("disable"):
            return None, default_lang
        if not opts.get("guess_lang") and lang.split("?", 1)[0] in ("plaintext", "text"):
            return None, default_lang  # Rouge's plaintext lexer is only used when guessing
        if opts.get("line_numbers"):
            tokens = highlight_lines(text, lang, opts)
        else:
            tokens = highlight(text, lang, bool(opts.get("guess_lang")))
        if tokens is None:
            return None, default_lang
        if opts.get("wrap", True):
            css = opts.get("css_class") or "highlight"
            tokens = f'<div class="highlight"><pre class="{css}"><code>{tokens}</code></pre></div>'
        return tokens, default_lang

    def convert_blockquote(self, el: Element, indent: int) -> str:
        return self.indented_block("blockquote", el.attr, self.inner(el, indent), indent)

    def convert_header(self, el: Element, indent: int) -> str:
        attr = dict(el.attr)
        if self.options.get("auto_ids") and "id" not in attr:
            attr["id"] = self.generate_id(el.options.get("raw_text", ""))
        if "id" in attr and self.in_toc(el):
            self.toc.append((el.options["level"], attr["id"], el.children))
        level = max(min(el.options["level"] + int(self.options.get("header_offset", 0)), 6), 1)
        return self.block(f"h{level}", attr, self.inner(el, indent), indent)

    def in_toc(self, el: Element) -> bool:
        return (el.options["level"] in self.options.get("toc_levels", range(1, 7))
                and not re.search(r"\bno_toc\b", el.attr.get("class") or ""))

    def generate_id(self, text: str) -> str:
        gen = basic_generate_id(text) or "section"
        if gen in self.used_ids:
            self.used_ids[gen] += 1
            gen += f"-{self.used_ids[gen]}"
        else:
            self.used_ids[gen] = 0
        return self.options.get("auto_id_prefix", "") + gen

    def convert_hr(self, el: Element, indent: int) -> str:
        return f"{' ' * indent}<hr{html_attributes(el.attr)} />\n"

    def convert_ul(self, el: Element, indent: int) -> str:
        refs = (el.options.get("ial") or {}).get("refs") or []
        if self.toc_code is None and "toc" in refs:
            self.toc_code = (el.type, el.attr, _placeholder())
            return self.toc_code[2]
        if self.footnote_location is None and "footnotes" in refs:
            self.footnote_location = _placeholder()
            return self.footnote_location
        return self.indented_block(el.type, el.attr, self.inner(el, indent), indent)

    convert_ol = convert_ul

    def convert_dl(self, el: Element, indent: int) -> str:
        return self.indented_block("dl", el.attr, self.inner(el, indent), indent)

    def convert_li(self, el: Element, indent: int) -> str:
        out = f"{' ' * indent}<{el.type}{html_attributes(el.attr)}>"
        res = self.inner(el, indent)
        if not el.children or (el.children[0].type == "p" and el.children[0].options.get("transparent")):
            out += res + (" " * indent if res.endswith("\n") else "")
        else:
            out += "\n" + res + " " * indent
        return out + f"</{el.type}>\n"

    convert_dd = convert_li

    def convert_dt(self, el: Element, indent: int) -> str:
        attr = dict(el.attr)
        parent_ial = self.stack[-1].options.get("ial") if self.stack else None
        if "id" not in attr and parent_ial and parent_ial.get("refs"):
            for ref in parent_ial["refs"]:
                m = re.match(r"auto_ids(?:-([\w-]+))?", ref)
                if m:
                    attr["id"] = f"{m.group(1) or ''}{basic_generate_id(el.options.get('raw_text', ''))}".lstrip(WS)
                    break
        return self.block("dt", attr, self.inner(el, indent), indent)

    def convert_html_element(self, el: Element, indent: int) -> str:
        res = self.inner(el, indent)
        name = el.value
        if el.options.get("category") == "span":
            if not res and name in P.HTML_ELEMENTS_WITHOUT_BODY:
                return f"<{name}{html_attributes(el.attr)} />"
            return f"<{name}{html_attributes(el.attr)}>{res}</{name}>"
        parent = self.stack[-1] if self.stack else None
        in_raw = parent is not None and parent.type == "html_element" and parent.options.get("content_model") == "raw"
        out = "" if in_raw else " " * indent
        out += f"<{name}{html_attributes(el.attr)}"
        cm = el.options.get("content_model")
        if el.options.get("is_closed") and cm == "raw":
            out += " />"
        elif res and cm != "block":
            out += f">{res}</{name}>"
        elif res:
            out += f">\n{_chomp(res)}\n{' ' * indent}</{name}>"
        elif name in P.HTML_ELEMENTS_WITHOUT_BODY:
            out += " />"
        else:
            out += f"></{name}>"
        if not in_raw:
            out += "\n"
        return out

    def convert_xml_comment(self, el: Element, indent: int) -> str:
        parent = self.stack[-1] if self.stack else None
        in_raw = parent is not None and parent.type == "html_element" and parent.options.get("content_model") == "raw"
        if el.options.get("category") == "block" and not in_raw:
            return " " * indent + el.value + "\n"
        return el.value

    convert_xml_pi = convert_xml_comment

    def convert_table(self, el: Element, indent: int) -> str:
        return self.indented_block(el.type, el.attr, self.inner(el, indent), indent)

    convert_thead = convert_tbody = convert_tfoot = convert_tr = convert_table

    def convert_td(self, el: Element, indent: int) -> str:
        res = self.inner(el, indent)
        kind = "th" if self.stack[-2].type == "thead" else "td"
        attr = el.attr
        column = next(i for i, c in enumerate(self.stack[-1].children) if c is el)
        alignment = self.stack[-3].options["alignment"][column]
        if alignment != "default":
            attr = dict(el.attr)
            attr["style"] = (f"{attr['style']}; " if "style" in attr else "") + f"text-align: {alignment}"
        return self.block(kind, attr, res or self.entity_to_str(entity("nbsp")), indent)

    def convert_comment(self, el: Element, indent: int) -> str:
        if el.options.get("category") == "block":
            return f"{' ' * indent}<!-- {el.value} -->\n"
        return f"<!-- {el.value} -->"

    def convert_raw(self, el: Element, indent: int) -> str:
        types = el.options.get("type")
        if not types or "html" in types:
            return el.value + ("\n" if el.options.get("category") == "block" else "")
        return ""

    def convert_math(self, el: Element, indent: int) -> str:
        block = el.options.get("category") == "block"
        if self.options.get("math_engine") == "mathjax":
            value = escape_html(el.value)
            result = f"\\[{value}\\]\n" if block else f"\\({value}\\)"
            if not el.attr:
                return result
            if block:
                return self.block("div", el.attr, result, indent)
            return self.span("span", el.attr, f"${el.value}$")
        attr = dict(el.attr)
        attr["class"] = f"{attr.get('class') or ''} kdmath".lstrip(WS)
        if block:
            return self.block("div", attr, f"$$\n{el.value}\n$$", indent)
        return self.span("span", attr, f"${el.value}$")

    # -- span elements -----------------------------------------------------------------
    def convert_br(self, el: Element, indent: int) -> str:
        return "<br />"

    def convert_a(self, el: Element, indent: int) -> str:
        return self.span("a", el.attr, self.inner(el, indent))

    def convert_img(self, el: Element, indent: int) -> str:
        return f"<img{html_attributes(el.attr)} />"

    def convert_codespan(self, el: Element, indent: int) -> str:
        attr = dict(el.attr)
        lang = extract_code_language(attr, remove=False)
        result, default_lang = self.highlight_code(el.value, lang, "span")
        if result is not None:
            self.add_syntax_highlighter_to_class_attr(attr, lang or default_lang)
        else:
            result = escape_html(el.value)
        return self.span("code", attr, result)

    def convert_footnote(self, el: Element, indent: int) -> str:
        repeat = ""
        name = self.options.get("footnote_prefix", "") + el.options["name"]
        footnote = self.footnotes_by_name.get(name)
        if footnote is not None:
            number = footnote[2]
            footnote[3] += 1
            repeat = f":{footnote[3]}"
        else:
            number = self.footnote_counter
            self.footnote_counter += 1
            footnote = [name, el.value, number, 0]
            self.footnotes.append(footnote)
            self.footnotes_by_name[name] = footnote
        return (f'<sup id="fnref:{name}{repeat}" role="doc-noteref">'
                f'<a href="#fn:{name}" class="footnote" rel="footnote">{number}</a></sup>')

    def convert_em(self, el: Element, indent: int) -> str:
        return self.span(el.type, el.attr, self.inner(el, indent))

    convert_strong = convert_em

    def convert_entity(self, el: Element, indent: int) -> str:
        return self.entity_to_str(el.value, el.options.get("original"))

    def convert_typographic_sym(self, el: Element, indent: int) -> str:
        custom = (self.options.get("typographic_symbols") or {}).get(el.value)
        if custom is not None:
            return escape_html(custom, "text")
        return "".join(self.entity_to_str(entity(n)) for n in TYPOGRAPHIC_ENTITIES[el.value])

    def convert_smart_quote(self, el: Element, indent: int) -> str:
        name = self.options["smart_quotes"][SMART_QUOTE_INDICES[el.value]]
        try:
            return self.entity_to_str(entity(int(name) if str(name).isdigit() else name))
        except Exception:
            return self.entity_to_str(entity(el.value))

    def convert_abbreviation(self, el: Element, indent: int) -> str:
        title = self.doc.abbrev_defs.get(el.value, "")
        attr = dict(self.doc.abbrev_attr.get(el.value) or {})
        if title:
            attr["title"] = title
        return self.span("abbr", attr, el.value)

    def convert_root(self, el: Element, indent: int) -> str:
        from .toc import footnote_content, toc_html

        result = self.inner(el, indent)
        fn = footnote_content(self)
        if self.footnote_location is not None:
            result = result.replace(self.footnote_location, fn, 1)
        else:
            result += fn
        if self.toc_code is not None:
            result = result.replace(self.toc_code[2], toc_html(self), 1)
        return result


def extract_code_language(attr: dict[str, Any], remove: bool) -> str | None:
    cls = attr.get("class")
    if not cls:
        return None
    m = re.search(rf"\blanguage-({_RUBY_NON_SPACE}+)", cls)
    if not m:
        return None
    if remove:
        new = re.sub(rf"\blanguage-{_RUBY_NON_SPACE}+", "", cls, count=1).strip(WS)
        if new:
            attr["class"] = new
        else:
            del attr["class"]
    return m.group(1)


def basic_generate_id(text: str) -> str:
    gen = re.sub(r"^[^a-zA-Z]+", "", text, flags=re.M)
    gen = re.sub(r"[^a-zA-Z0-9 -]", "", gen)
    return gen.replace(" ", "-").lower()


# Han, Hiragana, Katakana (the scripts kramdown joins across line breaks)
_CJK = "[\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff\u32d0-\u32fe\u3300-\u3357\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\uff66-\uff6f\uff71-\uff9d\U0001b000-\U0001b11f\U00020000-\U0003134a]"
_CJK_BREAK = re.compile(f"({_CJK}+)\n({_CJK}+)")


def _fix_cjk_line_break(text: str) -> str:
    """Drop a line break between two CJK characters (``remove_line_breaks_for_cjk``)."""
    while True:
        new = _CJK_BREAK.sub(r"\1\2", text)
        if new == text:
            return text
        text = new


def _chomp(s: str) -> str:
    if s.endswith("\r\n"):
        return s[:-2]
    if s.endswith("\n") or s.endswith("\r"):
        return s[:-1]
    return s


def _placeholder() -> str:
    return "".join(random.choice(string.ascii_lowercase + string.digits) for _ in range(129))


def _show_whitespaces(text: str) -> str:
    def rep(m: re.Match[str]) -> str:
        suffix = "-l" if m.group(1) else ("-r" if m.group(2) else "")
        return "".join(
            f'<span class="ws-tab{suffix}">\t</span>' if c == "\t"
            else f'<span class="ws-space{suffix}">&#8901;</span>' for c in m.group(0))
    return re.sub(r"(^[ \t]+)|([ \t]+$)|([ \t]+)", rep, text, flags=re.M)
