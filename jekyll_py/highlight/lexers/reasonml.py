"""ReasonML, shaped like Rouge's ``reasonml`` lexer.

Rouge builds ReasonML on its OCaml base: the same word lists (with
``switch`` as a keyword, without OCaml's own ``match``/``raise``), dotted
module paths and literals, but C-style ``//`` and nestable ``/* */``
comments, and a character literal is any one character but ``'`` and ``/``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from ..engine import Context, StateLexer
from .functional import (
    OCAML_ID,
    OCAML_KEYWORDS,
    OCAML_PRIMITIVES,
    OCAML_UPPER,
    OCAML_WORD_OPERATORS,
    OCamlLexer,
)

KEYWORDS = (OCAML_KEYWORDS - {"match", "raise"}) | {"switch"}


def _word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in KEYWORDS:
        ctx.token(Keyword, word)
    elif word in OCAML_WORD_OPERATORS:
        ctx.token(Operator.Word, word)
    elif word in OCAML_PRIMITIVES:
        ctx.token(Keyword.Type, word)
    else:
        ctx.token(Name, word)


class ReasonMLLexer(StateLexer):
    """``reasonml``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"false|true|[(][)]|\[\]", Name.Builtin.Pseudo),
            (rf"{OCAML_UPPER}(?=\s*[.])", Name.Namespace, "dotted"),
            (rf"`{OCAML_ID}", Name.Tag),
            (OCAML_UPPER, Name.Class),
            (r"//.*", Comment.Single),
            (r"/\*", Comment.Multiline, "comment"),
            (OCAML_ID, _word),
            (r"[(){}\[\];]+", Punctuation),
            (r"[;,_!$%&*+./:<=>?@^|~#-]+", Operator),
            (r"(?i)-?\d[\d_]*(?:.[\d_]*)?(?:e[+-]?\d[\d_]*)", Number.Float),
            (r"(?i)0x[0-9a-f][0-9a-f_]*", Number.Hex),
            (r"(?i)0o[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"\d[\d_]*", Number.Integer),
            (r"'(?:\\[\\\"'ntbr ]|\\[0-9]{3}|\\x[0-9a-fA-F]{2})'", String.Char),
            (r"'[^'/]'", String.Char),
            (r"'", Keyword),
            (r'"', String.Double, "string"),
            (rf"[~?]{OCAML_ID}", Name.Variable),
        ],
        "comment": [
            (r"[^/*]+", Comment.Multiline),
            (r"/\*", Comment.Multiline, "#push"),
            (r"\*/", Comment.Multiline, "#pop"),
            (r"[*/]", Comment.Multiline),
        ],
        "string": OCamlLexer.states["string"],
        "escape_sequence": OCamlLexer.states["escape_sequence"],
        "dotted": OCamlLexer.states["dotted"],
    }
