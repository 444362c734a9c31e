"""MiniZinc, shaped like Rouge's ``minizinc`` lexer.

Word classes are Rouge's (found by probing): declarations and solve items
are keywords, base types ``Keyword.Type``, library functions
``Name.Builtin``, set and integer operators written as words
(``union``, ``in``) operators, other identifiers ``Name.Other``.  As in
Rouge, ``not``, ``xor``, ``div`` and ``mod`` are operators even at the start
of a longer word (``notx`` is ``not`` and ``x``, ``module`` is ``mod`` and
``ule``), and ``let``/``elseif``/``opt`` are plain names.  Numbers take a trailing dot unless it starts
``..``.  Blanks, and a backslash ending a line, are ``Text.Whitespace``;
any other backslash is an operator.
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

MINIZINC_KEYWORDS = """
ann annotation any constraint else endif for forall function if include list maximize
minimize of op output par predicate record satisfy solve test then type var where
""".split()
MINIZINC_TYPES = "array bool enum float int set string tuple".split()
MINIZINC_BUILTINS = """
abort abs acosh array1d array2d array3d array4d array5d array6d asin assert atan bool2int
card ceil concat cos cosh dom dom_array dom_size exp fix floor index_set index_set_1of2
index_set_2of2 int2float is_fixed join lb lb_array length ln log log10 log2 max min pow
product round set2array show show_float show_int sin sinh sqrt sum tan tanh trace ub ub_array
""".split()
MINIZINC_WORD_OPERATORS = "diff in intersect subset superset symdiff union".split()


class MiniZincLexer(StateLexer):
    """``minizinc``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"(?:\s|\\\n)+", Text.Whitespace),
            (r"%.*", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (r'"(?:\\.|[^"\\])*"', String),
            (words("true", "false"), Keyword.Constant),
            (words(*MINIZINC_KEYWORDS), Keyword),
            (words(*MINIZINC_TYPES), Keyword.Type),
            (words(*MINIZINC_BUILTINS), Name.Builtin),
            (words(*MINIZINC_WORD_OPERATORS), Operator),
            (r"\d+(?:\.(?!\.)\d*)?(?:[eE][+-]?\d+)?", Number),
            (r"<->|->|<-|\\/|/\\|\.\.|==|!=|<=|>=|\+\+|[-+*/<>=\\]|not|xor|div|mod", Operator),
            (r"::|[(){}\[\],;:|]", Punctuation),
            (r"[a-zA-Z_$][\w$]*", Name.Other),
        ],
    }
