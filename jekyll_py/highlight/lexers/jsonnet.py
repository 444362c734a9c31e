"""Jsonnet, shaped like Rouge's ``jsonnet`` lexer.

Names are ``Name.Other``, the standard-library functions Rouge knows
``Name.Builtin`` wherever they appear (``std.length``, a field called
``length``).  Only ``{}[](),.;:=+%`` are punctuation; Rouge 3.30 has no rule
for the other operators, so they are errors.  Strings (either quote, with
escapes) and ``|||`` text blocks are ``String``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from ..engine import Context, MatchView, StateLexer

#: Found by probing Rouge black-box with the standard library's function names.
JSONNET_BUILTINS = frozenset((
    "abs acos asin assertEqual atan ceil char codepoint cos escapeStringBash "
    "escapeStringDollars escapeStringJson escapeStringPython exp exponent filter "
    "filterMap flattenArrays floor foldl foldr force format join length lines log "
    "makeArray manifestIni manifestPython manifestPythonVars mantissa map max min mod "
    "objectFields objectHas pow range set setDiff setInter setMember setUnion sin sort "
    "split sqrt stringChars substr tan thisFile toString type uniq"
).split())
JSONNET_KEYWORDS = frozenset((
    "assert else error for if import importstr in local self super tailstrict then"
).split())


def _word(ctx: Context, match: MatchView) -> None:
    word = match.group()
    if word in JSONNET_KEYWORDS:
        ctx.token(Keyword, word)
    elif word in ("true", "false", "null"):
        ctx.token(Keyword.Constant, word)
    elif word == "function":
        ctx.token(Keyword.Declaration, word)
    elif word in JSONNET_BUILTINS:
        ctx.token(Name.Builtin, word)
    else:
        ctx.token(Name.Other, word)


def _string(quote: str) -> list:
    return [
        (r"\\(?:u[0-9a-fA-F]{4}|.)", String.Escape),
        (quote, String, "#pop"),
        (rf"[^{quote}\\]+", String),
    ]


class JsonnetLexer(StateLexer):
    """``jsonnet``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"(?://|#).*", Comment.Single),
            (r"(?s:/\*.*?\*/)", Comment.Multiline),
            (r"(?s:\|\|\|.*?\|\|\|)", String),
            (r'"', String, "dq"),
            (r"'", String, "sq"),
            (r"-?(?:0|[1-9]\d*)\.\d+", Number.Float),
            (r"-?(?:0|[1-9]\d*)", Number.Integer),
            (r"\$", Keyword),
            (r"[a-zA-Z_]\w*", _word),
            (r"[{}\[\](),.;:=+%]", Punctuation),
        ],
        "dq": _string('"'),
        "sq": _string("'"),
    }
