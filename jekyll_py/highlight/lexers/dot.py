"""Graphviz DOT, shaped like Rouge's ``dot`` lexer.

``graph``/``digraph``/``node``... are keywords, ``-- ->`` operators, and
``[...]`` attribute lists are bracketed by ``Operator`` tokens with
``name =`` pairs inside.  ``<...>`` HTML-like labels go to an HTML lexer,
restarted at each label.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from ..engine import Context, Mixin, StateLexer
from .html import HTMLLexer


def _html(ctx: Context) -> HTMLLexer:
    lexer = ctx.lexer
    assert isinstance(lexer, DotLexer)
    return lexer.html


def _open_label(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Punctuation, match.group())
    _html(ctx).reset()
    ctx.push("html")


def _to_html(ctx: Context, match: re.Match[str]) -> None:
    ctx.out.extend(_html(ctx).continue_tokens(match.group()))


class DotLexer(StateLexer):
    """``dot``."""

    flags = re.MULTILINE | re.ASCII

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        self.html = HTMLLexer(options)

    def reset(self) -> None:
        """Start over with a fresh HTML lexer (Rouge's ``start`` block)."""
        super().reset()
        self.html.reset()

    states = {
        "comments_and_whitespace": [
            (r"\s+", Text),
            (r"#.*", Comment.Single),
            (r"//.*?$", Comment.Single),
            (r"(?s:/(?:\\\n)?[*].*?[*](?:\\\n)?/)", Comment.Multiline),
        ],
        "html": [
            (r"[^<>]+", _to_html),
            (r"(?s:<.+?>)", _to_html),
            (r">", Punctuation, "#pop"),
        ],
        "ID": [
            (r"([a-zA-Z][a-zA-Z_0-9]*)(\s*)(=)", (Name, Text, Punctuation)),
            (r"[a-zA-Z][a-zA-Z_0-9]*", Name.Variable),
            (r"(?:[0-9]+)?\.[0-9]+", Number.Float),
            (r"[0-9]+", Number.Integer),
            (r'"(?:\\"|[^"])*"', String.Double),
            (r"<", _open_label),
        ],
        "a_list": [
            Mixin("comments_and_whitespace"),
            Mixin("ID"),
            (r"[=;,]", Punctuation),
            (r"\]", Operator, "#pop"),
        ],
        "root": [
            Mixin("comments_and_whitespace"),
            (r"(?i:\b(?:strict|graph|digraph|subgraph|node|edge)\b)", Keyword),
            (r"[{};:=]", Punctuation),
            (r"-[->]", Operator),
            (r"\[", Operator, "a_list"),
            Mixin("ID"),
        ],
    }
