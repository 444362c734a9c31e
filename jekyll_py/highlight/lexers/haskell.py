"""Haskell, shaped like Rouge's ``haskell`` lexer.

Reserved words are ``Keyword.Reserved``; capitalised names (types and
constructors) ``Keyword.Type``; ``import``/``module`` lines give
``Name.Namespace`` with import lists lexed apart; ``()`` is a builtin and
``[]`` a type; operator sequences are operators except a lone ``\\``
(lambda), which Rouge calls a function.
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

RESERVED = frozenset("""
_ case class data default deriving do else if in infix infixl infixr instance let newtype
of then type where
""".split())
ASCII_ESCAPES = (
    "NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|ETB|CAN"
    "|EM|SUB|ESC|[FGRU]S|SP|DEL"
)
SYMBOLS = r"[:!#$%&*+.\\/<=>?@^|~-]"


def _word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word == "import":
        ctx.token(Keyword.Reserved, word)
        ctx.push("import")
    elif word == "module":
        ctx.token(Keyword.Reserved, word)
        ctx.push("module")
    elif word in RESERVED:
        ctx.token(Keyword.Reserved, word)
    elif re.match(r"'?[A-Z]", word):
        ctx.token(Keyword.Type, word)
    else:
        ctx.token(Name, word)


def _char_escape(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(String.Escape, match.group())
    ctx.goto("character_end")
    ctx.push("escape")


class HaskellLexer(StateLexer):
    """``haskell``/``hs``."""

    flags = re.MULTILINE | re.ASCII  # Ruby's \w is ASCII-only

    states = {
        "basic": [
            (r"\s+", Text),
            (r"\{-#", Comment.Preproc, "comment_preproc"),
            (r"\{-", Comment.Multiline, "comment"),
            (r"^--\s+\|.*?$", Comment.Doc),
            (r"--(?![!#$%&*+./<=>?@^|_~]).*?$", Comment.Single),
        ],
        "comment": [
            (r"-\}", Comment.Multiline, "#pop"),
            (r"\{-", Comment.Multiline, "comment"),
            (r"[^-{}]+", Comment.Multiline),
            (r"[-{}]", Comment.Multiline),
        ],
        "comment_preproc": [
            (r"-\}", Comment.Preproc, "#pop"),
            (r"\{-", Comment.Preproc, "comment"),
            (r"[^-{}]+", Comment.Preproc),
            (r"[-{}]", Comment.Preproc),
        ],
        "root": [
            Mixin("basic"),
            (r"'(?=(?:.|\\\S+)')", String.Char, "character"),
            (r'"', String, "string"),
            (r"(?i)\d+e[+-]?\d+", Number.Float),
            (r"(?i)\d+\.\d+(?:e[+-]?\d+)?", Number.Float),
            (r"(?i)0o[0-7]+", Number.Oct),
            (r"(?i)0x[\da-f]+", Number.Hex),
            (r"\d+", Number.Integer),
            (r"[\w']+", _word),
            (rf"\\(?!{SYMBOLS}+)", Name.Function),
            (rf"(?:<-|::|->|=>|=)(?!{SYMBOLS}+)", Operator),
            (rf":{SYMBOLS}*", Operator),
            (rf"{SYMBOLS}+", Operator),
            (r"\[\s*\]", Keyword.Type),
            (r"\(\s*\)", Name.Builtin),
            (r"(\[)([_a-z][\w']*)(\|)", (Operator, Name, Operator), "quasiquotation"),
            (r"[\[\](),;`{}]", Punctuation),
        ],
        "import": [
            (r"\s+", Text),
            (r'"', String, "string"),
            (r"\bqualified\b", Keyword),
            (r"([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*)",
             (Name.Namespace, Text, Keyword, Text, Name), "#pop"),
            (r"([A-Z][\w.]*)(\s+)(hiding)(\s+)(\()",
             (Name.Namespace, Text, Keyword, Text, Punctuation), "#goto:funclist"),
            (r"([A-Z][\w.]*)(\s+)(\()", (Name.Namespace, Text, Punctuation), "#goto:funclist"),
            (r"[\w.]+", Name.Namespace, "#pop"),
        ],
        "module": [
            (r"\s+", Text),
            (r"([A-Z][\w.]*)(\s+)(\()", (Name.Namespace, Text, Punctuation), "funclist"),
            (r"\bwhere\b", Keyword.Reserved, "#pop"),
            (r"[A-Z][a-zA-Z0-9_.]*", Name.Namespace, "#pop"),
        ],
        "funclist": [
            Mixin("basic"),
            (r"[A-Z]\w*", Keyword.Type),
            (r"_[\w']+|[a-z][\w']*", Name.Function),
            (r",", Punctuation),
            (rf"{SYMBOLS}+", Operator),
            (r"\(", Punctuation, "funclist"),
            (r"\)", Punctuation, "#pop"),
        ],
        "character": [
            (r"\\", _char_escape),
            (r".", String.Char, "#goto:character_end"),
        ],
        "character_end": [
            (r"'", String.Char, "#pop"),
            (r".", Error, "#pop"),
        ],
        "quasiquotation": [
            (r"\|\]", Operator, "#pop"),
            (r"[^|]+", Text),
            (r"\|", Text),
        ],
        "string": [
            (r'"', String, "#pop"),
            (r"\\", String.Escape, "escape"),
            (r'[^\\"]+', String),
        ],
        "escape": [
            (r"[abfnrtv\"'&\\]", String.Escape, "#pop"),
            (r"\^[\]\[A-Z@^_]", String.Escape, "#pop"),
            (ASCII_ESCAPES, String.Escape, "#pop"),
            (r"(?i)o[0-7]+", String.Escape, "#pop"),
            (r"(?i)x[\da-f]+", String.Escape, "#pop"),
            (r"\d+", String.Escape, "#pop"),
            (r"\s+\\", String.Escape, "#pop"),
        ],
    }
