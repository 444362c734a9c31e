"""QML, shaped like Rouge's ``qml`` lexer.

Rouge's QML lexer is its JavaScript lexer with object blocks in front:
``Type {`` (and ``Behavior on x {``) opens a block whose ``name:``
properties are labels followed by a JavaScript expression, with ``id:``,
``property type name:`` and ``signal name(type arg)`` declarations.
"""

from __future__ import annotations

from pygments.token import Keyword, Name, Punctuation, Text

from ..engine import Mixin
from .javascript import JavaScriptLexer

_ID = r"[$a-zA-Z_][a-zA-Z0-9_.]*"


class QMLLexer(JavaScriptLexer):
    """``qml``."""

    states = {
        **JavaScriptLexer.states,
        "root": [
            (rf"({_ID})(\s*)(\{{)", (Keyword.Type, Text, Punctuation), "type_block"),
            (rf"({_ID})(\s+)(on)(\s+)({_ID})(\s*)(\{{)",
             (Keyword.Type, Text, Keyword, Text, Name.Label, Text, Punctuation), "type_block"),
            (r"[{]", Punctuation, "#push"),
            *JavaScriptLexer.states["root"],
        ],
        "type_block": [
            (rf"(id)(\s*)(:)(\s*)({_ID})",
             (Name.Label, Text, Punctuation, Text, Keyword.Declaration)),
            (rf"({_ID})(\s*)(:)", (Name.Label, Text, Punctuation), "expr_start"),
            (rf"(signal)(\s+)({_ID})", (Keyword.Declaration, Text, Name.Label), "signal"),
            (rf"(property)(\s+)({_ID})(\s+)({_ID})(\s*)(:?)",
             (Keyword.Declaration, Text, Keyword.Type, Text, Name.Label, Text, Punctuation),
             "expr_start"),
            (r"[}]", Punctuation, "#pop"),
            Mixin("root"),
        ],
        "signal": [
            Mixin("blank"),
            (r"\(", Punctuation, "#goto:signal_args"),
            (r"", Text, "#pop"),
        ],
        "signal_args": [
            Mixin("blank"),
            (rf"({_ID})(\s+)({_ID})(\s*)(,?)", (Keyword.Type, Text, Name, Text, Punctuation)),
            (r"\)", Punctuation, "#pop"),
        ],
    }
