"""Isabelle, shaped like Rouge's ``isabelle`` lexer.

Outer-syntax keywords fall into Rouge's classes (commands ``Keyword``,
minor keywords ``Keyword.Pseudo``, goals ``Keyword.Namespace``, diagnostics
``Keyword.Type``, sections ``Generic.Heading``/``Generic.Subheading``,
``sorry``/``oops`` ``Generic.Error``).  Inner syntax is only quoted:
``"..."`` strings and `` `...` `` facts with ``\\<symbol>`` marks,
``‹cartouches›`` and ``{* verbatim *}`` text (both nesting).  A name runs
over any character but blanks and the delimiters ``:|[]-()=,+!?{}``, except
that an ASCII word stops at any non-word character; ``'a`` is a type
variable.  Blanks are ``Text.Whitespace``.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Generic,
    Keyword,
    Name,
    Number,
    Operator,
    String,
    Text,
    Whitespace,
)

from ..engine import StateLexer, words
from . import isabelle_words as w

_SYMBOL = r"\\<\w*>"


class IsabelleLexer(StateLexer):
    """``isabelle``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Whitespace),
            (r"\(\*", Comment, "comment"),
            (r"\{\*", Text, "verbatim"),
            ("‹", Text, "cartouche"),
            (words(*w.ISABELLE_KEYWORDS), Keyword),
            (words(*w.ISABELLE_MINOR), Keyword.Pseudo),
            (words(*w.ISABELLE_DIAGNOSTICS), Keyword.Type),
            (words(*w.ISABELLE_GOALS), Keyword.Namespace),
            (words(*w.ISABELLE_HEADINGS), Generic.Heading),
            (words(*w.ISABELLE_SUBHEADINGS), Generic.Subheading),
            (words(*w.ISABELLE_ABANDON), Generic.Error),
            (_SYMBOL, String.Symbol),
            (r"'[a-zA-Z_][\w.']*", Name.Variable),
            (r"0[xX][0-9a-fA-F][0-9a-fA-F_]*", Number.Hex),
            (r"0[oO][0-7][0-7_]*", Number.Oct),
            (r"0[bB][01][01_]*", Number.Bin),
            (r'"', String, "string"),
            (r"`", String.Other, "fact"),
            (r"::|_+|[!()+,\-=?\[\]|:]", Operator),
            (r"[.{}]", Operator.Word),
            (r"[a-zA-Z]\w*", Name),
            (r"[^\s:|\[\]\-()=,+!?{}._][^\s:|\[\]\-()=,+!?{}]*", Name),
        ],
        "comment": [
            (r"\(\*", Comment, "#push"),
            (r"\*\)", Comment, "#pop"),
            (r"[^(*]+|[(*]", Comment),
        ],
        "verbatim": [
            (r"\{\*", Text, "#push"),
            (r"\*\}", Text, "#pop"),
            (r"[^{*]+|[{*]", Text),
        ],
        "cartouche": [
            ("‹", Text, "#push"),
            ("›", Text, "#pop"),
            ("[^‹›]+", Text),
        ],
        "string": [
            (r'\\"', String),
            (_SYMBOL, String.Symbol),
            (r'"', String, "#pop"),
            (r'[^"\\]+|\\', String),
        ],
        "fact": [
            (r"\\`", String.Other),
            (_SYMBOL, String.Symbol),
            (r"`", String.Other, "#pop"),
            (r"[^`\\]+|\\", String.Other),
        ],
    }
