"""Rego (Open Policy Agent), shaped like Rouge's ``rego`` lexer.

Names are runs of Unicode word characters; whole names ``package``,
``import``, ``as``, ``default``, ``with``, ``not``, ``some``, ``else`` are
``Operator.Word`` and ``true``/``false``/``null`` constants (``every``,
``in``, ``if``, ``contains`` stay names, as in Rouge 3.30).  Escapes are
recognised outside strings only; a double-quoted string runs to the next
quote, across lines; a lone quote or backtick is an error.  Numbers carry
their minus sign.  ``!`` and ``|`` are punctuation.
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
)

from ..engine import Context, MatchView, StateLexer, unicode_class

REGO_WORDS = frozenset("package import as default with not some else".split())
REGO_CONSTANTS = frozenset("true false null".split())
#: Ruby's ``[[:word:]]``: letters (letter numbers too), marks, digits, connectors.
_WORD = unicode_class("Lu Ll Lt Lm Lo Nl Mn Mc Me Nd Pc")


def _name(ctx: Context, match: MatchView) -> None:
    word = match.group()
    if word in REGO_WORDS:
        ctx.token(Operator.Word, word)
    elif word in REGO_CONSTANTS:
        ctx.token(Keyword.Constant, word)
    else:
        ctx.token(Name, word)


class RegoLexer(StateLexer):
    """``rego``."""

    flags = re.MULTILINE

    states = {
        "root": [
            (r"\s+", Text),
            (r"#.*", Comment.Single),
            (r'"[^"]*"', String.Double),
            (r'\\[bfnrt"/]', String.Escape),
            (r"\\u[0-9a-fA-F]{4}", Number.Hex),
            (r"-?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?", Number.Float),
            (r"-?[0-9]+(?:[eE][+-]?[0-9]+)?", Number),
            (rf"[{_WORD}]+", _name),
            (r"==|:=|<=|>=|[-=<>+*/%&~^?@:]", Operator),
            (r"[{}\[\]().,;!|]", Punctuation),
        ],
    }
