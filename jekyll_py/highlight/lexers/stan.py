"""Stan, shaped like Rouge's ``stan`` lexer.

Program blocks (``data``, ``transformed parameters``, ...) are
``Name.Namespace`` at the top level wherever their word starts, even inside
a longer name (``data_size``); inside ``(...)`` or ``{...}`` ``data`` is a
type and the others reserved words, and an unmatched ``)`` or ``}`` is an
error.  A name directly followed by a parenthesised list without
``;`` is a call: ``Name.Builtin`` for Stan's functions and distributions,
``Keyword.Constant`` for ``pi()`` and its kind, ``Name.Function`` otherwise
(keywords included: ``if(x)`` is a call, ``if (x)`` a keyword).  ``lower``
and ``upper`` are ``Name.Attribute``, ``#include`` a preprocessor line,
other ``#`` lines ``Generic.Deleted``.

Rouge 3.30's ``stan`` lexer raises an error on any string (``print("x")``);
we lex ``"..."`` as a string instead of failing.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Error,
    Generic,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from ..engine import Context, MatchView, Mixin, StateLexer
from .stan_words import STAN_BUILTINS, STAN_CONSTANTS, STAN_KEYWORDS, STAN_RESERVED, STAN_TYPES

#: ``T`` (truncation) and the block names, which are reserved words inside a block.
_BLOCK_WORDS = frozenset(("T", "functions", "model", "parameters"))


def _call(ctx: Context, match: MatchView) -> None:
    name = match.group()
    if name in STAN_BUILTINS:
        ctx.token(Name.Builtin, name)
    elif name in STAN_CONSTANTS:
        ctx.token(Keyword.Constant, name)
    else:
        ctx.token(Name.Function, name)


def _word(ctx: Context, match: MatchView) -> None:
    word = match.group()
    if word in STAN_KEYWORDS:
        ctx.token(Keyword, word)
    elif word in STAN_TYPES or word == "data":
        ctx.token(Keyword.Type, word)
    elif word in STAN_RESERVED or word in _BLOCK_WORDS:
        ctx.token(Keyword.Reserved, word)
    elif word in ("lower", "upper"):
        ctx.token(Name.Attribute, word)
    else:
        ctx.token(Name.Variable, word)


class StanLexer(StateLexer):
    """``stan``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"functions|data|transformed\s+data|parameters|transformed\s+parameters|model"
             r"|generated\s+quantities", Name.Namespace),
            Mixin("statements"),
        ],
        "brace": [
            (r"\}", Punctuation, "#pop"),
            Mixin("statements"),
        ],
        "paren": [
            (r"\)", Punctuation, "#pop"),
            Mixin("statements"),
        ],
        "statements": [
            (r"\s+", Text),
            (r"//.*", Comment.Single),
            (r"(?s:/\*.*?\*/)", Comment.Multiline),
            (r"\*/", Error),
            (r"#include", Comment.Preproc, "include"),
            (r"#.*", Generic.Deleted),
            (r'"[^"]*"', String),
            (r"[a-zA-Z_]\w*(?=\([^;]*\))", _call),
            (r"[a-zA-Z_]\w*", _word),
            (r"\d*\.\d+(?:e[+-]?\d+)?i?|\d+e[+-]?\d+i?|\d+i", Number.Float),
            (r"\d+", Number.Integer),
            (r"<-|\.\*=|\./=|[-+*/]=|\.\*|\./|\.\^|\|\||&&|[=!<>]=|[-+*/\\'^<>=!?:~]", Operator),
            (r"\{", Punctuation, "brace"),
            (r"\(", Punctuation, "paren"),
            (r"[\[\],;|.]", Punctuation),
        ],
        "include": [
            (r"(\s+)(\S+)", (Text, Comment.PreprocFile), "#pop"),
        ],
    }
