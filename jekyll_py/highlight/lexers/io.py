"""Io, shaped like Rouge's ``io`` lexer.

Every number is ``Number.Float`` (``.5`` is an operator and ``5``); names
starting with a capital are classes; the core messages Rouge knows
(``method``, ``clone``, ``if``, ``for``...) are ``Name.Builtin``.
Assignment (``:=``, ``::=``) and ``@`` are keywords but plain ``=`` an
operator, like the brackets, commas and semicolons.  A string runs to the
next unescaped quote, across lines (so ``\"\"\"a\"\"\"`` is three strings);
an unterminated string or comment leaves its opener as an error/operator.
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

from ..engine import StateLexer, words

#: Found by probing Rouge 3.30 with the messages of Io's reference.
IO_BUILTINS = "args call clone do doFile doString else elseif for if list method return super then".split()


class IoLexer(StateLexer):
    """``io``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"(?://|#).*", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (r'"(?:\\.|[^"\\])*"', String),
            (r"::=|:=|@+", Keyword),
            (r"[-+*/%^&|!<>=.,;\[\]{}]+", Operator),
            (r"[()]", Punctuation),
            (words("nil", "true", "false"), Keyword.Constant),
            (words(*IO_BUILTINS), Name.Builtin),
            (r"[A-Z]\w*", Name.Class),
            (r"[a-z_]\w*", Name),
            (r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?", Number.Float),
        ],
    }
