"""Scala, shaped like Rouge's ``scala`` lexer.

Rouge's Scala output: brackets and punctuation are ``Operator``; ``def``/
``val`` names are ``Name.Function``/``Name.Variable``; ``x.member`` is a
variable, an operator and a ``Name.Property``; capitalised names are
classes; after ``:`` and inside ``[...]`` names are ``Keyword.Type``;
``'symbol`` literals; operator identifiers (``++``, ``::``) are operators.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    String,
    Text,
)

from ..engine import Context, StateLexer

WHITESPACE = r"[\p{Zs}\t\n\v\f\r\x85\u2028\u2029]"
LETTER = r"[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}$_]"
UPPER = r"[\p{Lu}$_]"
DIGITS = r"[0-9]"
PARENS = r"[(){}\[\]]"
DELIMS = r"[\u2018\u2019\".;,]"
OP = rf"(?:(?!{WHITESPACE}|{LETTER}|{DIGITS}|{PARENS}|{DELIMS})[\u0020-\u007f\p{{Sm}}\p{{So}}])"
IDREST = rf"(?:{LETTER}(?:{LETTER}|{DIGITS})*(?:(?<=_){OP}+)?)"
NAME_OR_OP = rf"(?:{IDREST}|{OP}+|`[^`]+`)"
TYPECHUNK = rf"(?:{IDREST}|{OP}+`[^`]+`)"
KEYWORDS = """
abstract case catch def do else extends final finally for forSome if implicit lazy match
new override private protected requires return sealed super this throw try val var while
with yield
""".split()


def _typeparam_after_type(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Keyword.Type, match.group(1))
    ctx.token(Text, match.group(2))
    ctx.token(Operator, match.group(3))
    ctx.pop()
    ctx.push("typeparam")


class ScalaLexer(StateLexer):
    """``scala``."""

    states = {
        "root": [
            (r"(class|trait|object)(\s+)", (Keyword, Text), "class"),
            (rf"'{IDREST}(?!')", String.Symbol),
            (r"[ \t\r\f\v]+", Text),
            (r"//.*", Comment.Single),
            (r"/\*", Comment.Multiline, "comment"),
            (rf"@{IDREST}", Name.Decorator),
            (rf"(def)(\s+)({NAME_OR_OP})(\s*)", (Keyword, Text, Name.Function, Text)),
            (rf"(val)(\s+)({NAME_OR_OP})(\s*)", (Keyword, Text, Name.Variable, Text)),
            (rf"(this)(\n*)(\.)({IDREST})", (Keyword, Text, Operator, Name.Property)),
            (rf"({IDREST}|_)(\n*)(\.)({IDREST})", (Name.Variable, Text, Operator, Name.Property)),
            (rf"{UPPER}{IDREST}\b", Name.Class),
            (rf"({IDREST})({WHITESPACE}*)(\()", (Name.Function, Text, Operator)),
            (rf"(\.)({IDREST})", (Operator, Name.Property)),
            (r"(?:" + "|".join(KEYWORDS) + r")\b|(?:<[%:-]|=>|>:|[#=@_\u21d2\u2190])"
             r"(?:\b|(?=\s)|$)", Keyword),
            (rf":(?!{OP})", Keyword, "type"),
            (r"(?:true|false|null)\b", Keyword.Constant),
            (r"(import|package)(\s+)", (Keyword, Text), "import"),
            (r"(type)(\s+)", (Keyword, Text), "type"),
            (r'(?s)""".*?"""(?!")', String),
            (r'"(?:\\\\|\\"|[^"])*"', String),
            (r"'\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}'", String.Char),
            (IDREST, Name),
            (r"`[^`]+`", Name),
            (r"\[", Operator, "typeparam"),
            (r"[(){};,.#]", Operator),
            (rf"{OP}+", Operator),
            (r"(?:[0-9][0-9]*\.[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[fFdD]?", Number.Float),
            (r"[0-9][0-9]*[fFdD]", Number.Float),
            (r"0x[0-9a-fA-F]+", Number.Hex),
            (r"[0-9]+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [
            (rf"({NAME_OR_OP})(\s*)(\[)", (Name.Class, Text, Operator), "typeparam"),
            (r"\s+", Text),
            (r"\{", Operator, "#pop"),
            (r"\(", Operator, "#pop"),
            (r"//.*", Comment.Single, "#pop"),
            (NAME_OR_OP, Name.Class, "#pop"),
        ],
        "type": [
            (r"\s+", Text),
            (r"<[%:]|>:|[#_\u21d2]|forSome|type", Keyword),
            (r"([,);}]|=>|=)(\s*)", (Operator, Text), "#pop"),
            (r"[({]", Operator, "type"),
            (rf"({TYPECHUNK}(?:\.{TYPECHUNK})*)(\s*)(\[)", _typeparam_after_type),
            (rf"({TYPECHUNK}(?:\.{TYPECHUNK})*)(\s*)$", (Keyword.Type, Text), "#pop"),
            (r"//.*", Comment.Single, "#pop"),
            (rf"\.|{IDREST}|{OP}+|`[^`]+`", Keyword.Type),
        ],
        "typeparam": [
            (r"[\s,]+", Text),
            (r"<[%:]|=>|>:|[#_\u21d2]|forSome|type", Keyword),
            (r"[\])}]", Operator, "#pop"),
            (r"[(\[{]", Operator, "typeparam"),
            (rf"\.|{IDREST}|{OP}+|`[^`]+`", Keyword.Type),
        ],
        "comment": [
            (r"[^/*]+", Comment.Multiline),
            (r"/\*", Comment.Multiline, "comment"),
            (r"\*/", Comment.Multiline, "#pop"),
            (r"[*/]", Comment.Multiline),
        ],
        "import": [(rf"(?:{IDREST}|\.)+", Name.Namespace, "#pop")],
    }
