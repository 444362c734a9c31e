"""Common Lisp (and Emacs Lisp), shaped like Rouge's ``common_lisp`` lexer.

Symbols are looked up in Rouge's lists of Common Lisp functions, macros,
special forms, types and classes (``common_lisp_words``); other symbols are
``Name.Variable``, ``*specials*`` globals, ``:keywords`` and ``'quoted``
symbols ``String.Symbol``.  Every ``(`` (and ``#(``, ``#c(``, ``#2a(``)
opens a nested state, so an unmatched ``)`` at top level is an ``Error``.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Operator,
    Other,
    Punctuation,
    String,
    Text,
)

from ..engine import Context, StateLexer
from .common_lisp_words import BUILTINS, CLASSES, KEYWORDS, TYPES

_NONMACRO = r"(?:\\.|[a-zA-Z0-9!$%&*+-/<=>?@\[\]^_{}~])"
_CONSTITUENT = rf"(?:{_NONMACRO}|[#.:])"
_TERMINATED = r"(?=[ \"'()\n,;`])"
_SYMBOL = rf"(?:\|[^|]+\||{_NONMACRO}{_CONSTITUENT}*)"


def _symbol(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in BUILTINS:
        ttype = Name.Builtin
    elif word in KEYWORDS:
        ttype = Keyword
    elif word in TYPES:
        ttype = Keyword.Type
    elif word in CLASSES:
        ttype = Name.Class
    else:
        ttype = Name.Variable
    ctx.token(ttype, word)


def _close(ctx: Context, match: re.Match[str]) -> None:
    if len(ctx.stack) == 1:
        ctx.token(Error, match.group())
    else:
        ctx.token(Punctuation, match.group())
        ctx.pop()


class CommonLispLexer(StateLexer):
    """``common_lisp``/``cl``/``lisp``/``elisp``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r";.*$", Comment.Single),
            (r"#\|", Comment.Multiline, "multiline_comment"),
            (r"#\d*Y.*$", Comment.Special),
            (r'"(?:\\.|[^"\\])*"', String),
            (rf"[:']{_SYMBOL}", String.Symbol),
            (r"['`]", Operator),
            (rf"[-+]?\d+\.?{_TERMINATED}", Number.Integer),
            (rf"[-+]?\d+/\d+{_TERMINATED}", Number.Integer),
            (rf"[-+]?(?:\d*\.\d+(?:[defls][-+]?\d+)?|\d+(?:\.\d*)?[defls][-+]?\d+){_TERMINATED}",
             Number.Float),
            (rf"#\\.{_TERMINATED}", String.Char),
            (rf"#\\{_SYMBOL}", String.Char),
            (r"#\(", Operator, "root"),
            (r"#\d*\*[01]*", Other),
            (rf"#:{_SYMBOL}", String.Symbol),
            (r"#[.,]", Operator),
            (r"#'", Name.Function),
            (r"(?i:#b[+-]?[01]+(?:/[01]+)?)", Number),
            (r"(?i:#o[+-]?[0-7]+(?:/[0-7]+)?)", Number.Oct),
            (r"(?i:#x[+-]?[0-9a-f]+(?:/[0-9a-f]+)?)", Number),
            (r"(?i:(#c)(\())", (Number, Punctuation), "root"),
            (r"(?i:(#(?:\d+a|s))(\())", (String.Other, Punctuation), "root"),
            (r'(?i:#p?"(?:\\.|[^"])*")', String.Symbol),
            (r"#\d+[=#]", Operator),
            # Rouge's regex has an unescaped ``#+``: one or more ``#``, then ``nil``.
            (rf"#+nil{_TERMINATED}\s*\(", Comment, "commented_form"),
            (r"#[+-]", Operator),
            (r",@|,|\.", Operator),
            (rf"(?:t|nil){_TERMINATED}", Name.Constant),
            (rf"\*{_SYMBOL}\*", Name.Variable.Global),
            (_SYMBOL, _symbol),
            (r"\(", Punctuation, "root"),
            (r"\)", _close),
        ],
        "multiline_comment": [
            (r"#\|", Comment.Multiline, "multiline_comment"),
            (r"\|#", Comment.Multiline, "#pop"),
            (r"[^|#]+", Comment.Multiline),
            (r"[|#]", Comment.Multiline),
        ],
        "commented_form": [
            (r"\(", Comment, "commented_form"),
            (r"\)", Comment, "#pop"),
            (r"[^()]+", Comment),
        ],
    }
