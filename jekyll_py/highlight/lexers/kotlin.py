"""Kotlin, shaped like Rouge's ``kotlin`` lexer.

Rouge's Kotlin output: ``class``/``val``/``var`` are ``Keyword.Declaration``
and the name they introduce ``Name.Class``/``Name.Property``; the name after
``fun`` (and any name followed by ``(`` or ``{``) is ``Name.Function``;
capitalised names are classes, with ``<...>`` generic parameters lexed
apart; ``@Annotation`` and ``label@`` are decorators; operators and
brackets are punctuation.
"""

from __future__ import annotations

from pygments.token import (  # noqa: I001
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from ..engine import StateLexer

KEYWORDS = """
abstract annotation as break by catch class companion const constructor continue
crossinline do dynamic else enum external false final finally for fun get if import in
infix inline inner interface internal is lateinit noinline null object open operator out
override package private protected public reified return sealed set super suspend tailrec
this throw true try typealias typeof val var vararg when where while yield
""".split()

NAME_CHARS = r"[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*"
CLASS_NAME = rf"`?[\p{{Lu}}]{NAME_CHARS}`?"
NAME = rf"`?[_\p{{Lu}}\p{{Ll}}\p{{Lt}}\p{{Lm}}\p{{Nl}}]{NAME_CHARS}`?"
_DEC = r"(?:[0-9][0-9_]*[0-9]|[0-9])"
_EXP = rf"[eE][+-]?{_DEC}"
_DOUBLE = rf"(?:(?:{_DEC})?\.{_DEC}(?:{_EXP})?|{_DEC}{_EXP})"


class KotlinLexer(StateLexer):
    """``kotlin``."""

    states = {
        "root": [
            (r"\b(companion)(\s+)(object)\b", (Keyword, Text, Keyword)),
            (r"\b(class|data\s+class|interface|object)(\s+)", (Keyword.Declaration, Text),
             "class"),
            (r"\b(fun)(\s+)", (Keyword, Text), "function"),
            (r"\b(package|import)(\s+)", (Keyword, Text), "package"),
            (r"\b(val|var)(\s+)(\()", (Keyword.Declaration, Text, Punctuation), "destructure"),
            (r"\b(val|var)(\s+)", (Keyword.Declaration, Text), "property"),
            (rf"(return|continue|break|this|super)(@{NAME})?\b", (Keyword, Name.Decorator)),
            (r"\bfun\b", Keyword),
            (r"\b(?:" + "|".join(KEYWORDS) + r")\b", Keyword),
            (r"^\s*\[.*?\]", Name.Attribute),
            (r"[ \t\r\f\v]+", Text),
            (r"\\\n", Text),
            (r"//.*?$", Comment.Single),
            (r"/[*].*[*]/", Comment.Multiline),
            (r"/[*].*", Comment.Multiline, "comment"),
            (r"\n", Text),
            (r"(::)(class)", (Operator, Keyword)),
            (r"::|!!|\?[:.]", Operator),
            (r"\.\.", Operator),
            (rf"{_DOUBLE}[fF]?|{_DEC}[fF]", Number.Float),
            (r"0[bB](?:[01][01_]*[01]|[01])[uU]?L?", Number.Bin),
            (r"0[xX](?:[0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?", Number.Hex),
            (r"(?:[1-9][0-9_]*[0-9]|[0-9])[uU]?L?", Number.Integer),
            (r"[~!%^&*()+=|\[\]:;,.<>/?-]", Punctuation),
            (r"[{}]", Punctuation),
            (r'(?s)@"(?:""|[^"])*"', String),
            (r'(?s)""".*?"""', String),
            (r'"(?:\\\\|\\"|[^"\n])*["\n]', String),
            (r"'\\.'|'[^\\]'", String.Char),
            (rf"@{CLASS_NAME}", Name.Decorator),
            (rf"({CLASS_NAME})(<)", (Name.Class, Punctuation), "generic_parameters"),
            (CLASS_NAME, Name.Class),
            (rf"{NAME}(?=\s*[({{])", Name.Function),
            (rf"{NAME}@", Name.Decorator),
            (NAME, Name),
        ],
        "package": [(r"\S+", Name.Namespace, "#pop")],
        "class": [(CLASS_NAME, Name.Class, "#pop")],
        "function": [
            (r"<", Punctuation, "generic_parameters"),
            (r"\s+", Text),
            (rf"({CLASS_NAME})(\.)", (Name.Class, Punctuation)),
            (NAME, Name.Function, "#pop"),
        ],
        "generic_parameters": [
            (CLASS_NAME, Name.Class),
            (r"<", Punctuation, "generic_parameters"),
            (r"reified|out|in", Keyword),
            (r"[,:.?]", Punctuation),
            (r"\s+", Text),
            (r">", Punctuation, "#pop"),
        ],
        "property": [
            (r"<", Punctuation, "generic_parameters"),
            (r"\s+", Text),
            (NAME, Name.Property, "#pop"),
        ],
        "destructure": [
            (r",", Punctuation),
            (r"\)", Punctuation, "#pop"),
            (r"\s+", Text),
            (NAME, Name.Property),
        ],
        "comment": [
            (r"/[*]", Comment.Multiline, "comment"),
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^/*]+", Comment.Multiline),
            (r"[/*]", Comment.Multiline),
        ],
    }
