"""Pony, shaped like Rouge's ``pony`` lexer.

Reference capabilities (``iso``, ``val``...) are ``Keyword.Declaration``,
the other reserved words Rouge knows ``Keyword.Reserved`` (``or``/``xor``
stay names in Rouge 3.30), ``true``/``false`` ``Name.Constant``.  Names
starting with a capital or an underscore are classes.  ``\"\"\"`` strings are
docstrings; ordinary strings do not take a raw line break and only C-style
escapes (``\\n``, ``\\x41``, ``\\0``) are escapes; a number may end in
``u``/``U``/``L``.  ``'`` is punctuation (no character
literals) and braces are errors, as in Rouge.
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

#: Found by probing Rouge 3.30 with Pony's reserved words.
PONY_KEYWORDS = """
actor addressof and as be break class consume continue do else elseif embed end error for
fun if ifdef in interface is isnt lambda let match new not object primitive recover repeat return
struct then this trait try type until use var where while with
""".split()
PONY_CAPABILITIES = "iso trn ref val box tag".split()


class PonyLexer(StateLexer):
    """``pony``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"//.*", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (r'"""', String.Doc, "doc"),
            (r'"', String, "string"),
            (words(*PONY_KEYWORDS), Keyword.Reserved),
            (words(*PONY_CAPABILITIES), Keyword.Declaration),
            (words("true", "false"), Name.Constant),
            (r"[A-Z_]\w*", Name.Class),
            (r"[a-z]\w*", Name),
            (r"0[xX][0-9a-fA-F_]+", Number.Hex),
            (r"\d+(?:\.\d*(?:[eE][+-]?\d+)?|[eE][+-]?\d+)[uUL]?", Number.Float),
            (r"\d[\d_]*[uUL]?", Number.Integer),
            (r"\.+|[()\[\],;']", Punctuation),
            (r"->\??|=>|==|!=|<=|>=|<<|>>|::|[-+*/%=<>~?!^&|:]", Operator),
        ],
        "doc": [
            (r'"""', String.Doc, "#pop"),
            (r'[^"]+|"', String.Doc),
        ],
        "string": [
            (r'"', String, "#pop"),
            (r"""\\(?:[abfnrtv"'\\]|[0-7]{1,3}|x[0-9a-fA-F]{2})""", String.Escape),
            (r'[^"\\\n]+|\\', String),
        ],
    }
