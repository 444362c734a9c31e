"""PL/SQL, shaped like Rouge's ``plsql`` lexer.

Words are looked up case-insensitively in Rouge's classes (keywords,
reserved words, types, built-in functions), others are ``Name``; ``and``,
``in``, ``or``... are ``Operator.Word`` before a blank, as is ``is [not]
null``.  After ``owner.`` a name is a plain ``Name`` unless it is a function.  Strings show their quotes as ``Operator`` (``'...'`` with ``''``
escapes; ``q'[...]'`` quoting as ``String.Other``); ``"quoted
identifiers"`` are ``Name.Variable``.  Numbers carry their sign, and cursor
attributes (``%rowtype``) are ``Name.Attribute``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from ..engine import Context, MatchView, StateLexer
from .plsql_words import (
    PLSQL_FUNCTIONS,
    PLSQL_KEYWORDS,
    PLSQL_OPERATOR_WORDS,
    PLSQL_RESERVED,
    PLSQL_TYPES,
)

_CLASSES = (
    (PLSQL_KEYWORDS, Keyword),
    (PLSQL_RESERVED, Keyword.Reserved),
    (PLSQL_TYPES, Keyword.Type),
    (PLSQL_FUNCTIONS, Name.Function),
    (PLSQL_OPERATOR_WORDS, Keyword.Reserved),
)


def _word(ctx: Context, match: MatchView) -> None:
    word = match.group(1)
    lower = word.lower()
    for table, ttype in _CLASSES:
        if lower in table:
            ctx.token(ttype, word)
            return
    ctx.token(Name, word)


def _member_name(ctx: Context, member: str) -> None:
    ctx.token(Name.Function if member.lower() in PLSQL_FUNCTIONS else Name, member)


def _member(ctx: Context, match: MatchView) -> None:
    """``owner.member``: the owner is looked up, the member is a plain name."""
    _word(ctx, match)
    ctx.token(Punctuation, match.group(2))
    _member_name(ctx, match.group(3))


def _dot_member(ctx: Context, match: MatchView) -> None:
    ctx.token(Punctuation, match.group(1))
    _member_name(ctx, match.group(2))


def _quoted(opener: str, closer: str) -> tuple[str, tuple, None]:
    """``q'[...]'`` with one bracket pair (unterminated: to the end)."""
    return (
        rf"([qQ]'{re.escape(opener)})((?s:.*?))({re.escape(closer)}'|\Z)",
        (Operator, String.Other, Operator),
        None,
    )


class PLSQLLexer(StateLexer):
    """``plsql``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"--.*", Comment.Single),
            (r"/\*", Comment.Multiline, "comment"),
            _quoted("[", "]"),
            _quoted("{", "}"),
            _quoted("(", ")"),
            _quoted("<", ">"),
            (r"([qQ]'(.))((?s:.*?))(\2'|\Z)", (Operator, None, String.Other, Operator)),
            (r"'", Operator, "sq"),
            (r'"', Operator, "dq"),
            (r"(?i:%(?:found|notfound|rowcount|isopen|type|rowtype)\b)", Name.Attribute),
            (r"(?i:(create)(\s+)(?:(or)(\s+)(replace)(\s+))?(package|type)(\s+)(?:(body)(\s+))?)",
             (Keyword.Reserved, Text) * 5),
            (r"(?i:(is)(\s+)(?:(not)(\s+))?(null)\b)",
             (Operator.Word, Text, Operator.Word, Text, Operator.Word)),
            (r"(?i:\b(?:and|between|in|like|not|or)\b(?=\s))", Operator.Word),
            (r"([a-zA-Z_][\w$]*)(\.)(\w[\w$]*)", _member),
            (r"(\.)([a-zA-Z_][\w$]*)", _dot_member),
            (r"(?i:[+-]?(?:\d+\.(?:\d+(?:e[+-]?\d+)?)?|\.\d+(?:e[+-]?\d+)?)[fd]?)", Number.Float),
            (r"[+-]?\d+", Number.Integer),
            (r"([a-zA-Z_][\w$]*)", _word),
            (r":=|=>|\|\||\*\*|<>|!=|\^=|~=|<=|>=|<<|>>|\.\.|[!%&*+\-/<=>@\[\]^]", Operator),
            (r"[(),.;:]", Punctuation),
        ],
        "comment": [
            (r"\*/", Comment.Multiline, "#pop"),
            (r"[^*]+|\*", Comment.Multiline),
        ],
        "sq": [
            (r"''|\\.", String.Escape),
            (r"'", Operator, "#pop"),
            (r"[^'\\]+", String.Single),
        ],
        "dq": [
            (r'""|\\.', String.Escape),
            (r'"', Operator, "#pop"),
            (r'[^"\\]+', Name.Variable),
        ],
    }
