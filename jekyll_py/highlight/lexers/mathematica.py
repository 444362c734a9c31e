"""Mathematica (Wolfram Language), shaped like Rouge's ``mathematica`` lexer.

Symbols (with their context marks, ``System`Plot``) are ``Name.Variable``
unless the whole symbol is a System` builtin (``Name.Builtin``; the scoping
constructs ``Name.Builtin.Pseudo``).  Slots ``#``/``##`` are
``Name.Function``, message names ``::usage`` ``Name.Tag``, ``In[n]:=`` and
``Out[n]=`` prompts ``Generic.Prompt``.  Numbers take base (``2^^101``),
precision (````10``) and exponent (``*^3``) marks.  Every other operator
character is an ``Operator`` of its own.  As in Rouge, comments nest but a
newline inside one is an error, non-ASCII letters are errors, and blanks are
``Text.Whitespace``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Generic, Name, Number, Operator, Punctuation, String, Whitespace

from ..engine import Context, MatchView, StateLexer
from .mathematica_words import MATHEMATICA_BUILTINS, MATHEMATICA_PSEUDO

_NAME = r"[a-zA-Z$][a-zA-Z0-9$]*"
#: One piece of a symbol: a name or a named character such as ``\[Alpha]``.
_WORD = r"(?:[a-zA-Z$][a-zA-Z0-9$]*|\\\[[a-zA-Z0-9]+\])+"
_SYMBOL = rf"`?{_WORD}(?:`+{_WORD})*`?"
_STRING = r'"(?:\\(?s:.)|[^"])*"'
_DECIMAL = r"(?:\d+\.?\d*|\.\d+)"
_NUMBER = (
    rf"(?:\d+\^\^(?:[a-zA-Z0-9]+\.?[a-zA-Z0-9]*|\.[a-zA-Z0-9]+)|{_DECIMAL})"
    rf"(?:`(?:`?{_DECIMAL})?)?(?:\*\^[+-]?\d+)?"
)


def _symbol(ctx: Context, match: MatchView) -> None:
    word = match.group()
    if word in MATHEMATICA_PSEUDO:
        ctx.token(Name.Builtin.Pseudo, word)
    elif word in MATHEMATICA_BUILTINS:
        ctx.token(Name.Builtin, word)
    else:
        ctx.token(Name.Variable, word)


class MathematicaLexer(StateLexer):
    """``mathematica``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Whitespace),
            (r"\(\*", Comment, "comment"),
            (r"(?:In|Out)\[\d+\]:?=", Generic.Prompt),
            (_NUMBER, Number),
            (_STRING, String),
            (rf'##?(?:\d+|{_NAME}|"{_NAME}")?', Name.Function),
            (rf"::(?:{_NAME}|{_STRING})", Name.Tag),
            (_SYMBOL, _symbol),
            (r"[()\[\]{}]", Punctuation),
            (r"[!@%^&*\-+=|:;<>,.?/~_'`]", Operator),
        ],
        "comment": [
            (r"\(\*", Comment, "#push"),
            (r"\*\)", Comment, "#pop"),
            (r"(?:[^(*\n]|\((?!\*)|\*(?!\)))+", Comment),
        ],
    }
