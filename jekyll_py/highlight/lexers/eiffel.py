"""Eiffel, shaped like Rouge's ``eiffel`` lexer.

Keywords are case-sensitive and lower-case, but for ``Current``/``Result``
(``Keyword.Variable``), ``True``/``False`` (``Keyword.Constant``), ``Void``
and ``Precursor``.  Class names are upper-case runs (``String`` is a class
``S`` and a name ``tring``, as in Rouge); names start lower-case.  Numbers
keep Rouge's shapes: a float starts at its dot (``2.5`` is an integer and a
float), binary/octal need a word end, and a hexadecimal literal is only
recognised when it ends in ``b`` (Rouge 3.30's pattern; ``0xFF`` is ``0`` and
a name).  ``"[ ... ]"``/``"{ ... }"`` are verbatim strings (a quote inside
is an error); ``%`` escapes only the special characters of the standard
(``%N``, ``%/65/``).
Separators (``:=``, ``.``, ``<<``) are ``Punctuation.Indicator``.
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

#: Eiffel's reserved words (ECMA-367) as Rouge 3.30 classes them (``only``
#: is not among them); found by probing.
EIFFEL_KEYWORDS = """
across agent alias all and as assign attached attribute check class convert create debug
deferred detachable do else elseif end ensure expanded export external feature from frozen
if implies inherit inspect invariant like local loop not note obsolete old once or
Precursor redefine rename require rescue retry select separate some then undefine until
variant Void when xor
""".split()

_DIGITS = r"\d(?:[\d_]*\d)?"
_ESCAPE = r"%(?:[ABCDFHLNQRSTUV%'\"()<>]|/\d+/)"


class EiffelLexer(StateLexer):
    """``eiffel``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"--.*", Comment.Single),
            (r'"\[', String.Other, "verbatim_square"),
            (r'"\{', String.Other, "verbatim_brace"),
            (rf'"(?:{_ESCAPE}|[^%"\n])*"', String.Double),
            (rf"'(?:{_ESCAPE}|[^%\n])'", String.Char),
            (words("Current", "Result"), Keyword.Variable),
            (words("True", "False"), Keyword.Constant),
            (words(*EIFFEL_KEYWORDS), Keyword),
            (r"0[xX][0-9a-fA-F](?:[0-9a-fA-F_]*[0-9a-fA-F])?b", Number.Hex),
            (r"0[bB][01](?:[01_]*[01])?\b", Number.Bin),
            (r"0[cC][0-7](?:[0-7_]*[0-7])?\b", Number.Oct),
            (_DIGITS, Number.Integer),
            (rf"\.{_DIGITS}(?:[eE][+-]?\d+)?", Number.Float),
            (r"[A-Z][A-Z0-9_]*", Name.Class),
            (r"[a-z][a-zA-Z0-9_]*", Name),
            (r"->|<<|>>|:=|\(\||\|\)|[.,;:()\[\]{}?]", Punctuation.Indicator),
            (r"//|\\\\|/=|/~|<=|>=|[-+*/^<>=~]", Operator),
        ],
        "verbatim_square": [
            (r'\]"', String.Other, "#pop"),
            (r'[^"\]]+|\]', String.Other),
        ],
        "verbatim_brace": [
            (r'\}"', String.Other, "#pop"),
            (r'[^"}]+|\}', String.Other),
        ],
    }
