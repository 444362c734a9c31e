"""SuperCollider, shaped like Rouge's ``supercollider`` lexer.

Every number is a float (radix ``16rFF`` and ``2pi`` forms too, ``pi`` alone
included, even at the start of a word: ``pix`` is ``pi`` and ``x``), and a
minus sign before a digit belongs to the number.  ``~name`` is a global
variable, ``_Prim`` a primitive (``Name.Function``), ``name:`` a label (even
``if:``);
capitalised names are classes.  ``'sym'`` and ``\\sym`` are symbols
(``String.Other``), ``$c`` a character.  Block comments nest.  ``!``, ``?``
and ``@`` are errors, as in Rouge 3.30.
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

#: Word classes found by probing Rouge 3.30 with SuperCollider's reserved
#: words, pseudo-variables and common control messages.
SC_KEYWORDS = "var arg classvar const this super".split()
SC_CONSTANTS = """
thisProcess thisThread thisMethod thisFunction thisFunctionDef currentEnvironment
topEnvironment true false nil inf
""".split()
SC_RESERVED = "if while for forBy do case new newCopyArgs loop".split()


class SuperColliderLexer(StateLexer):
    """``supercollider``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"//.*", Comment.Single),
            (r"/\*", Comment.Multiline, "comment"),
            (r'"(?:\\.|[^"\\])*"', String),
            (r"'(?:\\.|[^'\\])*'", String.Other),
            (r"\\\w+", String.Other),
            (r"\$.", String.Char),
            (r"[-+]?0[xX][0-9a-fA-F]+", Number.Hex),
            (r"[-+]?\d+r[0-9a-zA-Z]+(?:\.[0-9a-zA-Z]+)?", Number.Float),
            (r"[-+]?(?:\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?:pi)?|pi)", Number.Float),
            (r"[a-zA-Z_]\w*:", Name.Label),
            (words(*SC_KEYWORDS), Keyword),
            (words(*SC_CONSTANTS), Keyword.Constant),
            (words(*SC_RESERVED), Keyword.Reserved),
            (r"~\w+", Name.Variable.Global),
            (r"_\w+", Name.Function),
            (r"_", Name.Builtin),
            (r"[A-Z]\w*", Name.Class),
            (r"[a-z]\w*", Name),
            (r"[-+*/%&|^<>=#]+|:", Operator),
            (r"[\[\](){}.,;]", Punctuation),
        ],
        "comment": [
            (r"/\*", Comment.Multiline, "#push"),
            (r"\*/", Comment.Multiline, "#pop"),
            (r"[^*/]+|[*/]", Comment.Multiline),
        ],
    }
