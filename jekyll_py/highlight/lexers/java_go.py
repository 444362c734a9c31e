"""Java, Go and Apex, shaped like Rouge's ``java``, ``go`` and ``apex`` lexers.

Java in Rouge: all punctuation is ``Operator``; a capitalised name is
``Name.Class`` (all-capitals ``Name.Constant``); ``.name`` is ``Operator`` +
``Name.Attribute``; a method declaration or call ``name(`` makes the name
``Name.Function``; modifiers are ``Keyword.Declaration``.

Go in Rouge: every keyword is plain ``Keyword``, numbers are plain
``Number``, predeclared types ``Keyword.Type``, predeclared functions
``Name.Builtin`` and ``true``/``false``/``iota``/``nil`` ``Name.Constant``.
"""

from __future__ import annotations

import re

from pygments.token import (  # noqa: I001
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

JAVA_KEYWORDS = (
    "assert|break|case|catch|continue|default|do|else|finally|for|if|goto|instanceof|new"
    "|return|switch|this|throw|try|while"
)
JAVA_DECLARATIONS = (
    "abstract|const|enum|extends|final|implements|native|private|protected|public|static"
    "|strictfp|super|synchronized|throws|transient|volatile"
)
JAVA_TYPES = "boolean|byte|char|double|float|int|long|short|var|void"
JAVA_ID = r"[^\W\d]\w*"
_DIGIT = r"(?:[0-9]_+[0-9]|[0-9])"


def _java_method(ctx: Context, match: re.Match[str]) -> None:
    """``Type name(``: the return type part is lexed afresh, the name is a function."""
    ctx.out.extend(JavaLexer().tokens(match.group(1)))
    ctx.token(Name.Function, match.group(2))
    ctx.token(Text, match.group(3))
    ctx.token(Operator, match.group(4))


class JavaLexer(StateLexer):
    """``java``."""

    states = {
        "root": [
            (r"[ \t\r\f\v]+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (rf"(?:{JAVA_KEYWORDS})\b", Keyword),
            (r"(?s)(\s*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(\()",
             _java_method),
            (rf"@{JAVA_ID}", Name.Decorator),
            (rf"(?:{JAVA_DECLARATIONS})\b", Keyword.Declaration),
            (rf"(?:{JAVA_TYPES})\b", Keyword.Type),
            (r"(?:true|false|null)\b", Keyword.Constant),
            (r"(?:class|interface)\b", Keyword.Declaration, "class"),
            (r"(?:import|package)\b", Keyword.Namespace, "import"),
            (r'"(?:\\\\|\\"|[^"])*"', String),
            (r"'(?:\\.|[^\\]|\\u[0-9a-f]{4})'", String.Char),
            (rf"(\.)({JAVA_ID})", (Operator, Name.Attribute)),
            (rf"{JAVA_ID}:", Name.Label),
            (r"[\p{Lu}][\p{Lu}\d_]*\b", Name.Constant),
            (r"[\p{Lu}][^\W_]*\b", Name.Class),
            (rf"\$?{JAVA_ID}", Name),
            (r"[~^*!%&\[\](){}<>|+=:;,./?-]", Operator),
            (rf"{_DIGIT}+\.{_DIGIT}+(?:[eE]{_DIGIT}+)?[fd]?", Number.Float),
            (r"(?i)0b(?:[01]_+[01]|[01])+", Number.Bin),
            (r"(?i)0x(?:[0-9a-f]_+[0-9a-f]|[0-9a-f])+", Number.Hex),
            (r"0(?:[0-7]_+[0-7]|[0-7])+", Number.Oct),
            (rf"{_DIGIT}+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [
            (r"\s+", Text),
            (JAVA_ID, Name.Class, "#pop"),
        ],
        "import": [
            (r"\s+", Text),
            (r"(?i)[a-z0-9_.]+\*?", Name.Namespace, "#pop"),
        ],
    }


GO_KEYWORD = (
    r"\b(?:break|default|func|interface|select|case|defer|go|map|struct|chan|else|goto"
    r"|package|switch|const|fallthrough|if|range|type|continue|for|import|return|var)\b"
)
_DECIMALS = r"[0-9]+"
_EXPONENT = rf"[eE][+\-]?{_DECIMALS}"
GO_FLOAT = rf"(?:{_DECIMALS}\.(?:{_DECIMALS})?(?:{_EXPONENT})?|{_DECIMALS}{_EXPONENT}|\.{_DECIMALS}(?:{_EXPONENT})?)"
_ESCAPED_CHAR = r"\\[abfnrtv\\'\"]"
_UNICODE_VALUE = rf"(?:[^\n]|\\u[0-9A-Fa-f]{{4}}|\\U[0-9A-Fa-f]{{8}}|{_ESCAPED_CHAR})"
_BYTE_VALUE = r"(?:\\[0-7]{3}|\\x[0-9A-Fa-f]{2})"


class GoLexer(StateLexer):
    """``go``/``golang``."""

    states = {
        "root": [
            (r"(?s)//(?:(?!\n).)*|/\*(?:(?!\*/).)*\*/", Comment),
            (GO_KEYWORD, Keyword),
            (r"\b(?:bool|byte|complex64|complex128|error|float32|float64|int8|int16|int32"
             r"|int64|int|rune|string|uint8|uint16|uint32|uint64|uintptr|uint)\b", Keyword.Type),
            (r"\b(?:append|cap|close|complex|copy|delete|imag|len|make|new|panic|print"
             r"|println|real|recover)\b", Name.Builtin),
            (r"\b(?:true|false|iota|nil)\b", Name.Constant),
            (rf"(?:{_DECIMALS}|{GO_FLOAT})i", Number),
            (GO_FLOAT, Number),
            (r"0[xX][0-9A-Fa-f]+|[0-9][0-9]*|0[0-7]*", Number),
            (rf"'(?:{_UNICODE_VALUE}|{_BYTE_VALUE})'", String.Char),
            (r"\+=|\+\+|\+|&\^=|&\^|&=|&&|&|==|=|!=|!|-=|--|-|\|=|\|\||\||<=|<-|<<=|<<|<"
             r"|\*=|\*|\^=|\^|>>=|>>|>=|>|/|/=|:=|%|%=|\.\.\.|\.|:", Operator),
            (r"[()\[\]{},;]", Punctuation),
            (rf"(?!{GO_KEYWORD})(?:[^\W\d]|_)(?:[^\W\d]|_|\d)*", Name),
            (r"\s+", Text),
            (r"`", String, "raw_string"),
            (r'"', String, "interpreted_string"),
        ],
        "interpreted_string": [
            (r"\\[abfnrtv\\'\"]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|\\x[0-9A-Fa-f]{2}",
             String.Escape),
            (r"\\.", Error),
            (r'"', String, "#pop"),
            (r'[^"\\]+', String),
        ],
        "raw_string": [
            (r"`", String, "#pop"),
            (r"[^`]+", String),
        ],
    }



APEX_KEYWORDS = frozenset("""
assert break case catch continue default do else finally for if goto instanceof new return
switch this throw try while insert update delete
""".split())
APEX_DECLARATIONS = frozenset("""
abstract const enum extends final implements native private protected public static super
synchronized throws transient volatile with sharing without inherited virtual global
testmethod
""".split())
APEX_SOQL = frozenset("""
SELECT FROM WHERE UPDATE LIKE TYPEOF END USING SCOPE WITH DATA CATEGORY GROUP BY ROLLUP
CUBE HAVING ORDER BY ASC DESC NULLS FIRST LAST LIMIT OFFSET FOR VIEW REFERENCE UPDATE
TRACKING VIEWSTAT OR AND
""".split())
#: (Rouge lists ``String`` too, but compares lower-cased words, so it never matches.)
APEX_TYPES = frozenset("boolean byte char double float int long short var void".split())


def _apex_word(ctx: Context, match: re.Match[str]) -> None:
    """Words are looked up with their ``.``/``@`` prefix and ``(``/``:`` suffix, as in
    Rouge, so ``if(`` is a function call rather than a keyword."""
    whole = match.group()
    lower, upper = whole.lower(), whole.upper()
    prefix, suffix = match.group(1), match.group(3)
    if lower in APEX_KEYWORDS or upper in APEX_SOQL:
        ctx.token(Keyword, whole)
    elif lower in APEX_DECLARATIONS:
        ctx.token(Keyword.Declaration, whole)
    elif lower in APEX_TYPES:
        ctx.token(Keyword.Type, whole)
    elif lower in ("true", "false", "null"):
        ctx.token(Keyword.Constant, whole)
    elif lower == "package":
        ctx.token(Keyword.Namespace, whole)
    elif prefix == "@":
        ctx.token(Name.Decorator, whole)
    elif suffix in (":", "(") or prefix == ".":
        kind = {":": Name.Label, "(": Name.Function}.get(suffix, Name.Property)
        ctx.token(Operator, prefix)
        ctx.token(kind, match.group(2))
        ctx.token(Punctuation, suffix)
    else:
        ctx.token(Name, whole)


class ApexLexer(StateLexer):
    """``apex``: Salesforce's Java-like language, with SOQL words as keywords."""

    states = {
        "root": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (r"(?:class|interface)\b", Keyword.Declaration, "class"),
            (r"import\b", Keyword.Namespace, "import"),
            (r"(?i)([@$.]?)([a-z_][a-z0-9_]*)([:(]?)", _apex_word),
            (r'"', String.Double, "dq"),
            (r"'", String.Single, "sq"),
            (rf"{_DIGIT}+\.{_DIGIT}+(?:[eE]{_DIGIT}+)?[fd]?", Number.Float),
            (r"(?i)0b(?:[01]_+[01]|[01])+", Number.Bin),
            (r"(?i)0x(?:[0-9a-f]_+[0-9a-f]|[0-9a-f])+", Number.Hex),
            (r"0(?:[0-7]_+[0-7]|[0-7])+", Number.Oct),
            (rf"{_DIGIT}+L?", Number.Integer),
            (r"[-+/*~^!%&<>|=.?]", Operator),
            (r"[\[\](){},:;]", Punctuation),
        ],
        "class": [(r"\s+", Text), (r"(?i)[a-z_][a-z0-9_]*", Name.Class, "#pop")],
        "import": [(r"\s+", Text), (r"(?i)[a-z0-9_.]+\*?", Name.Namespace, "#pop")],
        "escape": [(r"\\[btnfr\\\"']", String.Escape)],
        "dq": [Mixin("escape"), (r'[^\\"]+', String.Double), (r'"', String.Double, "#pop")],
        "sq": [Mixin("escape"), (r"[^\\']+", String.Double), (r"'", String.Double, "#pop")],
    }
