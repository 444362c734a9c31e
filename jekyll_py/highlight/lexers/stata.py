"""Stata, shaped like Rouge's ``stata`` lexer.

A command is a ``Keyword`` only at the start of a line, together with the
blank lines and indentation before it; ``*`` comments likewise.  Local
macros (`` `x' ``), globals (``$x``) and both kinds of string are
``String.Double``; numbers carry their minus sign (``x-1`` is a name and
``-1``).  Factor-variable and time-series prefixes (``i.``, ``ib(first).``,
``L2.``) are operators.  Blanks are ``Text.Whitespace`` but line breaks plain
``Text``.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
    Whitespace,
)

from ..engine import Context, MatchView, StateLexer, words
from .stata_words import STATA_COMMANDS, STATA_FUNCTIONS, STATA_RESERVED, STATA_TYPES


def _word(ctx: Context, match: MatchView) -> None:
    word = match.group()
    if word in STATA_RESERVED:
        ctx.token(Keyword.Reserved, word)
    elif word in STATA_TYPES:
        ctx.token(Keyword.Type, word)
    else:
        ctx.token(Name, word)


class StataLexer(StateLexer):
    """``stata``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"^\s*\*.*", Comment.Single),
            (r"^\s*#.*", Comment.Preproc),
            (r"^\s*" + words(*STATA_COMMANDS, prefix=""), Keyword),
            (r"//.*", Comment.Single),
            (r"(?s:/\*.*?\*/)", Comment.Multiline),
            (r'`".*?"\'', String.Double),
            (r'"(?:\\.|[^"\\\n])*"', String.Double),
            (r"`[^'\n]*'", String.Double),
            (r"\$\w+", String.Double),
            (r"%\S+", Name.Property),
            (r"(?i:[-+]?\d*\.?\d+(?:e[+-]?\d+)?)", Number),
            (words(*STATA_FUNCTIONS, suffix=r"(?=\()"), Name.Function),
            (r"[cdfilosCDFILOS]\w*(?=(?:\(.*\))?\.)", Operator),
            (r"\w+", _word),
            (r"[ \t\f\v]+", Whitespace),
            (r"[\r\n]+", Text),
            (r"[-!#&'*+./<=>?\\^|~:]", Operator),
            (r"[(),;\[\]{}]", Punctuation),
        ],
    }
