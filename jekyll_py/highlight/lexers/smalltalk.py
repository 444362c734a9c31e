"""Smalltalk, shaped like Rouge's ``smalltalk`` lexer.

After an object (a name, literal or closing bracket) the lexer expects a
message: keyword and binary selectors are ``Name.Function``, unary ones too,
and the control selectors (``ifTrue:``, ``whileFalse:``...) ``Name.Builtin``.
Temporaries between bars are one ``Name.Variable`` token with their blanks.
In Squeak file-outs only the ``! !`` at a line's end is a ``Keyword``;
the other bangs are punctuation or binary selectors.
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

from ..engine import Mixin, StateLexer

_NUMBER = r"(?:\d+r)?-?\d+(?:\.\d+)?(?:e-?\d+)?"
_BINARY = r"[-+*/\\~<>=|&!?,@%]+"


class SmalltalkLexer(StateLexer):
    """``smalltalk`` (``st``, ``squeak``)."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"(<)(\w+:)(.*?)(>)", (Punctuation, Keyword, Text, Punctuation)),
            Mixin("blank"),
            Mixin("method_head"),
            (r"(\|)([\w\s]*)(\|)", (Punctuation, Name.Variable, Punctuation)),
            Mixin("objects"),
            (r"\^|:=|_", Operator),
            (r"[)}\]]", Punctuation, "after_object"),
            (r"[({\[!]", Punctuation),
        ],
        "method_head": [
            (r"([a-zA-Z]+\w*:)(\s*)(\w+)", (Name.Function, Text, Name.Variable)),
            (r"^(\b[a-zA-Z]+\w*\b)(\s*)$", (Name.Function, Text)),
            (rf"^({_BINARY})(\s*)(\w+)(\s*)$", (Name.Function, Text, Name.Variable, Text)),
        ],
        "block_args": [
            Mixin("blank"),
            (r"(:)(\s*)(\w+)", (Operator, Text, Name.Variable)),
            (r"\|", Punctuation, "#pop"),
            (r"", Text, "#pop"),
        ],
        "literals": [
            (r"'(?:''|[^'])*'", String, "after_object"),
            (r"\$.", String.Char, "after_object"),
            (r"#\(", String.Symbol, "parenth"),
            (_NUMBER, Number, "after_object"),
            (rf'#(?:"[^"]*"|{_BINARY}|[\w:]+)', String.Symbol, "after_object"),
        ],
        "parenth": [
            (r"\)", String.Symbol, "#goto:after_object"),
            Mixin("inner_parenth"),
        ],
        "inner_parenth": [
            (r"#\(", String.Symbol, "inner_parenth"),
            (r"\)", String.Symbol, "#pop"),
            Mixin("blank"),
            (_NUMBER, Number),
            (r"'(?:''|[^'])*'", String),
            (r"\$.", String.Char),
            (r"[-+*/\\~<>=|&#!?,@%\w:]+", String.Symbol),
        ],
        "blank": [
            (r"! !$", Keyword),
            (r"\s+", Text),
            (r'"[^"]*"', Comment),
        ],
        "objects": [
            (r"\[", Punctuation, "block_args"),
            (r"(?:self|super|true|false|nil|thisContext)\b", Name.Builtin.Pseudo, "after_object"),
            (r"[A-Z]\w*(?!:)\b", Name.Class, "after_object"),
            (r"[a-z]\w*(?!:)\b", Name.Variable, "after_object"),
            Mixin("literals"),
        ],
        "after_object": [
            Mixin("blank"),
            (r"(?:ifTrue|ifFalse|whileTrue|whileFalse|timesRepeat):", Name.Builtin, "#pop"),
            (r"new(?!:)\b", Name.Builtin),
            (r":=|_", Operator, "#pop"),
            (r"[a-zA-Z]\w*:", Name.Function, "#pop"),
            (r"[a-zA-Z]\w*", Name.Function),
            (_BINARY, Name.Function, "#pop"),
            (r"\.", Punctuation, "#pop"),
            (r";", Punctuation),
            (r"[\])}]", Punctuation),
            (r"", Text, "#pop"),
        ],
    }
