"""Racket, shaped like Rouge's ``racket`` lexer.

Like Rouge's Scheme lexer, the first word after ``(``, ``[`` or ``{`` is a
keyword, builtin or function name (``racket_words``), other words are
variables; Racket adds ``#:keywords``, ``#;`` datum comments, nestable
``#| |#`` comments and ``+inf.0``-style special floats.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from ..engine import Context, StateLexer
from .racket_words import BUILTINS, KEYWORDS

_ID = r"[^\s()\[\]{}'`,.]+"


def _head(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in KEYWORDS:
        ctx.token(Keyword, word)
    elif word in BUILTINS:
        ctx.token(Name.Builtin, word)
    else:
        ctx.token(Name.Function, word)
    ctx.pop()


class RacketLexer(StateLexer):
    """``racket``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r";.*$", Comment.Single),
            (r"#!.*", Comment.Single),
            (r"#\|", Comment.Multiline, "block_comment"),
            (r"#;", Comment.Multiline, "sexp_comment"),
            (r"\s+", Text),
            (r"[+-]inf[.][f0]", Number.Float),
            (r"[+-]nan[.]0", Number.Float),
            (r"-min[.]0", Number.Float),
            (r"[+]max[.]0", Number.Float),
            (r"-?\d+\.\d+", Number.Float),
            (r"-?\d+", Number.Integer),
            (rf"#:{_ID}", Name.Tag),
            (r"#b[01]+", Number.Bin),
            (r"#o[0-7]+", Number.Oct),
            (r"#d[0-9]+", Number.Integer),
            (r"(?i:#x[0-9a-f]+)", Number.Hex),
            (r"#[ei][\d.]+", Number.Other),
            (r'"(?:\\\\|\\"|[^"])*"', String),
            (rf"['`]{_ID}", String.Symbol),
            (r"(?i:#\\(?:[()/'\"._!$%& ?=+-]|[a-z0-9]+))", String.Char),
            (r"(?i:#t(?:rue)?|#f(?:alse)?)", Name.Constant),
            (r"'|#|`|,@|,|\.", Operator),
            (r"(['#])(\s*)(\()", (String.Symbol, Text, Punctuation)),
            (r"\(|\[|\{", Punctuation, "command"),
            (r"\)|\]|\}", Punctuation),
            (_ID, Name.Variable),
        ],
        "block_comment": [
            (r"[^|#]+", Comment.Multiline),
            (r"\|#", Comment.Multiline, "#pop"),
            (r"#\|", Comment.Multiline, "block_comment"),
            (r"[|#]", Comment.Multiline),
        ],
        "sexp_comment": [
            (r"[({\[]", Comment.Multiline, "sexp_comment_inner"),
            (r'"(?:\\"|[^"])*?"', Comment.Multiline, "#pop"),
            (r"[^\s]+", Comment.Multiline, "#pop"),
            (r"", Text, "#pop"),
        ],
        "sexp_comment_inner": [
            (r"[^(){}\[\]]+", Comment.Multiline),
            (r"[)}\]]", Comment.Multiline, "#pop"),
            (r"[({\[]", Comment.Multiline, "sexp_comment_inner"),
        ],
        "command": [
            (_ID, _head),
            (r"", Text, "#pop"),
        ],
    }
