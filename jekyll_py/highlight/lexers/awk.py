"""AWK, shaped like Rouge's ``awk`` lexer.

Keywords start an expression (so a following ``/`` opens a regex), ``BEGIN``/
``END`` are reserved words, the special variables (``NR``, ``FS``...)
constants, string functions builtins, ``$1`` field references variables and
other names ``Name.Other``.
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

KEYWORDS = frozenset("""
if else while for do break continue return next nextfile delete exit print printf getline
""".split())
CONSTANTS = frozenset(
    "CONVFMT FS NF NR FNR FILENAME RS OFS ORS OFMT SUBSEP ARGC ARGV ENVIRON".split()
)
BUILTINS = frozenset("""
exp log sqrt sin cos atan2 length rand srand int substr index match split sub gsub sprintf
system tolower toupper
""".split())


def _word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in KEYWORDS:
        ctx.token(Keyword, word)
        ctx.push("expr_start")
    elif word == "function":
        ctx.token(Keyword.Declaration, word)
        ctx.push("expr_start")
    elif word in ("BEGIN", "END"):
        ctx.token(Keyword.Reserved, word)
    elif word in CONSTANTS:
        ctx.token(Keyword.Constant, word)
    elif word in BUILTINS:
        ctx.token(Name.Builtin, word)
    elif word.startswith("$"):
        ctx.token(Name.Variable, word)
    else:
        ctx.token(Name.Other, word)


def _error_pop2(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Error, match.group())
    ctx.pop(2)


class AwkLexer(StateLexer):
    """``awk``."""

    states = {
        "comments_and_whitespace": [
            (r"\s+", Text),
            (r"#.*?$", Comment.Single),
        ],
        "expr_start": [
            Mixin("comments_and_whitespace"),
            (r"/", String.Regex, "#goto:regex"),
            (r"", Text, "#pop"),
        ],
        "regex": [
            (r"/", String.Regex, "#goto:regex_end"),
            (r"[^/]\n", Error, "#pop"),
            (r"\n", Error, "#pop"),
            (r"\[\^?", String.Escape, "regex_group"),
            (r"\\.", String.Escape),
            (r"[(][?][:=<!]", String.Escape),
            (r"[{][\d,]+[}]", String.Escape),
            (r"[()?]", String.Escape),
            (r".", String.Regex),
        ],
        "regex_end": [(r"", Text, "#pop")],
        "regex_group": [
            (r"/", String.Escape),
            (r"[^/]\n", _error_pop2),
            (r"\]", String.Escape, "#pop"),
            (r"\\.", String.Escape),
            (r".", String.Regex),
        ],
        "root": [
            Mixin("comments_and_whitespace"),
            # Rouge's rule for a regex after a newline starts with a
            # look-behind, which never holds at its scan position.
            (r"[-<>+*/%^!=]=?|in\b|\+\+|--|\|", Operator, "expr_start"),
            (r"&&|\|\||~!?", Operator, "expr_start"),
            (r"[(\[,]", Punctuation, "expr_start"),
            (r";", Punctuation, "statement"),
            (r"[)\].]", Punctuation),
            (r"[?]", Punctuation, ("ternary", "expr_start")),
            (r"[{}]", Punctuation, "statement"),
            (r"[$a-zA-Z_][a-zA-Z0-9_]*", _word),
            (r"[0-9]+\.[0-9]+", Number.Float),
            (r"[0-9]+", Number.Integer),
            (r'"(?:\\[\\"]|[^"])*"', String.Double),
            (r":", Punctuation),
        ],
        "statement": [(r"[{}]", Punctuation), Mixin("expr_start")],
        "ternary": [(r":", Punctuation, "#goto:expr_start"), Mixin("root")],
    }
