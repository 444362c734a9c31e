"""Vue single-file components, shaped like Rouge's ``vue`` lexer.

The ``<template>``, ``<script>`` and ``<style>`` blocks are found at the top
level (their tag names as ``Keyword``); a ``lang="..."`` attribute picks the
block's language (``html``, ``css``, ``javascript``, ``sass``, ``scss``,
``coffee``, anything else plain text).  Template and style text is handed,
chunk by chunk, to a fresh lexer of that language, as Rouge does; script
bodies go to one JavaScript lexer; ``{{ ... }}`` in templates is JavaScript
between ``String.Interpol`` braces.
"""

from __future__ import annotations

import re

from pygments.token import Error, Keyword, Name, String, Text

from ..engine import Context, Mixin
from .html import HTMLLexer, _to_javascript
from .javascript import JavaScriptLexer

_LANGS = {"html": "html", "css": "css", "javascript": "javascript", "sass": "sass",
          "scss": "scss", "coffee": "coffeescript"}


def _lexer(ctx: Context) -> VueLexer:
    assert isinstance(ctx.lexer, VueLexer)
    return ctx.lexer


def _open_block(tag: str, state: str):
    def action(ctx: Context, match: re.Match[str]) -> None:
        ctx.token(Name.Tag, match.group(1))
        ctx.token(Text, match.group(2))
        ctx.token(Keyword, match.group(3))
        ctx.memo["lang"] = tag
        ctx.push(state)
        ctx.push("lang_tag")
    return action


def _lang_attribute(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Name.Attribute, match.group(1))
    ctx.token(Text, match.group(2))
    ctx.token(String, match.group(3))
    name = re.sub(r"[\"']*", "", match.group(3).lower())
    ctx.memo["lang"] = _LANGS.get(name, "plaintext")


def _to_lang(ctx: Context, match: re.Match[str]) -> None:
    """Text of a block: a fresh lexer of the block's language (Rouge delegates to a class)."""
    from ..lexing import FoundLexer, raw_tokens  # lexing imports this package

    ctx.out.extend(raw_tokens(FoundLexer(str(ctx.memo.get("lang", "html"))), match.group()))


def _interpol_open(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(String.Interpol, match.group())
    ctx.push("template_interpol")
    _lexer(ctx).js.reset()


def _js(ctx: Context, match: re.Match[str]) -> None:
    ctx.out.extend(_lexer(ctx).js.continue_tokens(match.group()))


def _js_push(ctx: Context, match: re.Match[str]) -> None:
    _js(ctx, match)
    ctx.push(ctx.stack[-1])


def _js_pop(ctx: Context, match: re.Match[str]) -> None:
    _js(ctx, match)
    ctx.pop()


class VueLexer(HTMLLexer):
    """``vue``/``vuejs``."""

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        self.js = JavaScriptLexer(options)

    def reset(self) -> None:
        """Start over, with the template-expression lexer too."""
        super().reset()
        self.js.reset()

    states = {
        **HTMLLexer.states,
        "root": [
            (r"(<)(\s*)(template)", _open_block("html", "template")),
            (r"(<)(\s*)(style)", _open_block("css", "style")),
            (r"(<)(\s*)(script)", _open_block("javascript", "script")),
            *HTMLLexer.states["root"],
        ],
        "tag": [
            (r"[a-zA-Z0-9_:#\[\]()*.-]+\s*=\s*", Name.Attribute, "attr"),
            *HTMLLexer.states["tag"],
        ],
        "style": [
            (r"(<\s*/\s*)(style)(\s*>)", (Name.Tag, Keyword, Name.Tag), "#pop"),
            (r"[^<]+", _to_lang),
            (r"<", _to_lang),
        ],
        "script": [
            (r"(<\s*/\s*)(script)(\s*>)", (Name.Tag, Keyword, Name.Tag), "#pop"),
            (r"[^<]+", _to_javascript),
            (r"<", _to_javascript),
        ],
        "lang_tag": [
            (r"(lang\s*=)(\s*)(\"(?:\\.|[^\\])*?\"|'(?:\\.|[^\\])*?'|[^\s>]+)", _lang_attribute),
            Mixin("tag"),
        ],
        "template": [
            (r"(<\s*/\s*)(template)(\s*>)", (Name.Tag, Keyword, Name.Tag), "#pop"),
            (r"\{\{", _interpol_open),
            Mixin("embed"),
        ],
        "template_interpol": [
            (r"\}\}", String.Interpol, "#pop"),
            (r"\}", Error),
            Mixin("template_interpol_inner"),
        ],
        "template_interpol_inner": [
            (r"\{", _js_push),
            (r"\}", _js_pop),
            (r"[^{}]+", _js),
        ],
        "embed": [
            (r"[^{<]+", _to_lang),
            (r"[<{][^<{]*", _to_lang),
        ],
    }
