"""HTML, shaped like Rouge's ``html`` lexer (with embedded JavaScript and CSS).

Rouge's HTML tokens are coarse: ``<div``, ``>``, ``</b>`` and a whole closing
run are ``Name.Tag``; an attribute name *with* its ``=`` (and blanks) is one
``Name.Attribute`` token; attribute values, quotes included, are ``String``;
entities are ``Name.Entity``.  ``<script>``/``<style>`` bodies go to one
JavaScript/CSS lexer each, which keeps its state across chunks of a page.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Name, String, Text

from ..engine import Context, Mixin, StateLexer
from .css import CF, CSSLexer
from .javascript import JavaScriptLexer

TAG_NAME = rf"(?:[^\W\d]|[:_-])[\w{CF}:.\u00b7-]*"
ATTR_START = r"(?:[^\W\d]|[:_\[\]()*.-])"
ATTR_REST = rf"[\w{CF}:.\u00b7\[\]()*-]*"


def _host(ctx: Context) -> HTMLLexer:
    return ctx.memo["host"]  # type: ignore[return-value]


def _script_open(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Name.Tag, match.group())
    _host(ctx).javascript.reset()
    ctx.push("script_content")
    ctx.push("tag")


def _style_open(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Name.Tag, match.group())
    _host(ctx).css.reset()
    ctx.push("style_content")
    ctx.push("tag")


def _to_javascript(ctx: Context, match: re.Match[str]) -> None:
    ctx.out.extend(_host(ctx).javascript.continue_tokens(match.group()))


def _to_css(ctx: Context, match: re.Match[str]) -> None:
    ctx.out.extend(_host(ctx).css.continue_tokens(match.group()))


def _goto_tag(ctx: Context, match: re.Match[str]) -> None:
    ctx.goto("tag")


class HTMLLexer(StateLexer):
    """``html``."""

    states = {
        "root": [
            (r"[^<&]+", Text),
            (r"&\S*?;", Name.Entity),
            (r"(?is)<!DOCTYPE .*?>", Comment.Preproc),
            (r"(?s)<!\[CDATA\[.*?\]\]>", Comment.Preproc),
            (r"<!--", Comment, "comment"),
            (r"(?s)<\?.*?\?>", Comment.Preproc),
            (r"<\s*script\s*", _script_open),
            (r"<\s*style\s*", _style_open),
            (r"</", Name.Tag, "tag_end"),
            (r"<", Name.Tag, "tag_start"),
        ],
        "tag_end": [
            Mixin("tag_end_close"),
            (TAG_NAME, Name.Tag, "#goto:tag_end_close"),
        ],
        "tag_end_close": [
            (r"\s+", Text),
            (r">", Name.Tag, "#pop"),
        ],
        "tag_start": [
            (r"\s+", Text),
            (TAG_NAME, Name.Tag, "#goto:tag"),
            (r"", _goto_tag),
        ],
        "comment": [
            (r"[^-]+", Comment),
            (r"-->", Comment, "#pop"),
            (r"-", Comment),
        ],
        "tag": [
            (r"\s+", Text),
            (rf"{ATTR_START}{ATTR_REST}\s*=\s*", Name.Attribute, "attr"),
            (rf"(?:[^\W\d]|[:_*#-])[\w{CF}:.\u00b7*#-]*", Name.Attribute),
            (r"/?\s*>", Name.Tag, "#pop"),
        ],
        "attr": [
            (r'"', String, "#goto:dq"),
            (r"'", String, "#goto:sq"),
            (r"[^\s>]+", String, "#pop"),
        ],
        "dq": [(r'"', String, "#pop"), (r'[^"]+', String)],
        "sq": [(r"'", String, "#pop"), (r"[^']+", String)],
        "script_content": [
            (r"[^<]+", _to_javascript),
            (r"<\s*/\s*script\s*>", Name.Tag, "#pop"),
            (r"<", _to_javascript),
        ],
        "style_content": [
            (r"[^<]+", _to_css),
            (r"<\s*/\s*style\s*>", Name.Tag, "#pop"),
            (r"<", _to_css),
        ],
    }

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        self.javascript = JavaScriptLexer(options)
        self.css = CSSLexer(options)

    def reset(self) -> None:
        """Start over, with fresh embedded lexers as Rouge's ``start`` block makes."""
        super().reset()
        self._ctx.memo["host"] = self
        self.javascript.reset()
        self.css.reset()
