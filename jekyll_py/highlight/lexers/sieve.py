"""Sieve mail filters (RFC 5228), shaped like Rouge's ``sieve`` lexer.

Control commands are keywords, actions ``Name.Function``, tests
``Name.Variable``, other identifiers ``Name.Other`` (case-sensitive, as in
Rouge).  Tagged arguments (``:is``) are operators.  Only sized numbers
(``100K``) are numbers: Rouge 3.30 leaves bare digits as errors, and has no
``text:`` multi-line strings.  Quoted strings do not take a raw line break;
``${name}`` inside them is an interpolation.
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

from ..engine import Context, MatchView, StateLexer

#: Word classes found by probing Rouge 3.30 with the commands and tests of
#: RFC 5228 and its extensions.
SIEVE_KEYWORDS = frozenset("if elsif else require stop".split())
SIEVE_ACTIONS = frozenset("""
addflag addheader deleteheader discard enclose ereject extracttext fileinto keep notify
redirect reject removeflag replace setflag vacation
""".split())
SIEVE_TESTS = frozenset("""
address allof anyof body currentdate date exists false hasflag header mailboxexists metadata
metadataexists not notify_method_capability servermetadata servermetadataexists size
spamtest true valid_notify_method virustest
""".split())


def _word(ctx: Context, match: MatchView) -> None:
    word = match.group()
    if word in SIEVE_KEYWORDS:
        ctx.token(Keyword, word)
    elif word in SIEVE_ACTIONS:
        ctx.token(Name.Function, word)
    elif word in SIEVE_TESTS:
        ctx.token(Name.Variable, word)
    else:
        ctx.token(Name.Other, word)


class SieveLexer(StateLexer):
    """``sieve``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"#.*", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (r'"', String.Double, "string"),
            (r"\d+[KMG]", Number.Integer),
            (r":[a-zA-Z_]\w*", Operator),
            (r"[a-zA-Z_]\w*", _word),
            (r"[()\[\],;{}]", Punctuation),
        ],
        "string": [
            (r'"', String.Double, "#pop"),
            (r"\\.", String.Escape),
            (r"\$\{[\w.]+\}", String.Interpol),
            (r'[^"\\$\n]+|[$\\]', String.Double),
        ],
    }
