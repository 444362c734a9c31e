"""Nim, shaped like Rouge's ``nim`` lexer.

Keywords match with optional underscores between letters, as Nim's own
identifier rules allow; ``proc`` names are functions; numbers take their
type suffix (``'i32``, ``'f64``); the rest of a line no rule can read is an
error, as in Rouge.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from ..engine import Context, Mixin, StateLexer

KEYWORDS = """
addr as asm atomic bind block break case cast const continue converter defer discard
distinct do elif else end enum except export func finally for from generic if import
include interface iterator let macro method mixin nil object of out proc ptr raise ref
return static template try tuple type using var when while with without yield
""".split()
OPWORDS = "and or not xor shl shr div mod in notin is isnot".split()
PSEUDO_KEYWORDS = "nil true false".split()
TYPES = """
int int8 int16 int32 int64 float float32 float64 bool char range array seq set string
""".split()
NAMESPACE = "from import include".split()


def _underscorize(words: list[str]) -> str:
    """Words whose letters may be separated by ``_`` (``p_r_o_c``)."""
    return "|".join("".join(re.escape(char) + "_?" for char in word) for word in words)


def _float_start(ctx: Context, match: re.Match[str]) -> None:
    ctx.push("floatsuffix")
    ctx.push("floatnumber")
    ctx.token(Number.Float, match.group())


class NimLexer(StateLexer):
    """``nim``/``nimrod``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "chars": [
            (r"\\(?:[\\abcefnrtvl\"']|x[a-fA-F0-9]{2}|[0-9]{1,3})", String.Escape),
            (r"'", String.Char, "#pop"),
            (r".", String.Char),
        ],
        "strings": [
            (r"(?<!\$)\$(?:\d+|#|\w+)+", String.Interpol),
            (r"[^\\'\"$\n]+", String),
            (r"['\"\\]", String),
            (r"\$", String),
        ],
        "dqs": [
            (r"\\(?:[\\abcefnrtvl\"']|\n|x[a-fA-F0-9]{2}|[0-9]{1,3})", String.Escape),
            (r'"', String, "#pop"),
            Mixin("strings"),
        ],
        "rdqs": [
            (r'"(?!")', String, "#pop"),
            (r'"', String.Escape, "#pop"),
            Mixin("strings"),
        ],
        "tdqs": [
            (r'"""(?!")', String, "#pop"),
            Mixin("strings"),
            Mixin("nl"),
        ],
        "funcname": [
            (r"(?:(?![\d_])\w)(?:(?:(?!_)\w)|(?:_(?!_)\w))*", Name.Function, "#pop"),
            (r"`.+`", Name.Function, "#pop"),
        ],
        "nl": [(r"\n", String)],
        "floatnumber": [
            (r"\.(?!\.)[0-9_]*", Number.Float),
            (r"[eE][+-]?[0-9][0-9_]*", Number.Float),
            (r"", Text, "#pop"),
        ],
        "floatsuffix": [
            (r"'?[fF](?:32|64)", Number.Float),
            (r"", Text, "#pop"),
        ],
        "intsuffix": [
            (r"'?[iI](?:32|64)", Number.Integer.Long),
            (r"'?[iI](?:8|16)", Number.Integer),
            (r"'?[uU]", Number.Integer),
            (r"", Text, "#pop"),
        ],
        "root": [
            (r"##.*$", String.Doc),
            (r"#.*$", Comment),
            (r"\*|=|>|<|\+|-|/|@|\$|~|&|%|!|\?|\||\\|\[|\]", Operator),
            (r"\.\.|\.|,|\[\.|\.\]|\{\.|\.\}|\(\.|\.\)|\{|\}|\(|\)|:|\^|`|;", Punctuation),
            (r'(?:\w+)"', String, "rdqs"),
            (r'"""', String, "tdqs"),
            (r'"', String, "dqs"),
            (r"'", String.Char, "chars"),
            (rf"(?:{_underscorize(OPWORDS)})\b", Operator.Word),
            (r"(?:p_?r_?o_?c_?\s)(?![(\[\]])", Keyword, "funcname"),
            (rf"(?:{_underscorize(KEYWORDS)})\b", Keyword),
            (rf"(?:{_underscorize(NAMESPACE)})\b", Keyword.Namespace),
            (r"(?:v_?a_?r)\b", Keyword.Declaration),
            (rf"(?:{_underscorize(TYPES)})\b", Keyword.Type),
            (rf"(?:{_underscorize(PSEUDO_KEYWORDS)})\b", Keyword.Pseudo),
            (r"\b(?:(?![_\d])\w)(?:(?:(?!_)\w)|(?:_(?!_)\w))*", Name),
            (r"[0-9][0-9_]*(?=(?:[eE.]|'?[fF](?:32|64)))", _float_start),
            (r"0[xX][a-fA-F0-9][a-fA-F0-9_]*", Number.Hex, "intsuffix"),
            (r"0[bB][01][01_]*", Number, "intsuffix"),
            (r"0o[0-7][0-7_]*", Number.Oct, "intsuffix"),
            (r"[0-9][0-9_]*", Number.Integer, "intsuffix"),
            (r"\s+", Text),
            (r".+$", Error),
        ],
    }
