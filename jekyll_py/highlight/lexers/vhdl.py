"""VHDL, shaped like Rouge's ``vhdl`` lexer.

Words are looked up case-insensitively in keyword, type and operator-word
lists.  As in Rouge, the integer rule comes before the float rule, so
``1.5`` is an integer, an operator and an integer.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from ..engine import Context, Mixin, StateLexer

KEYWORDS = frozenset("""
access after alias all architecture array assert assume assume_guarantee attribute begin
block body buffer bus case component configuration constant context cover default disconnect
downto else elsif end entity exit fairness file for force function generate generic group
guarded if impure in inertial inout is label library linkage literal loop map new next null
of on open others out package parameter port postponed procedure process property protected
pure range record register reject release report return select sequence severity shared
signal strong subtype then to transport type unaffected units until use variable vmode vprop
vunit wait when while with
""".split())
TYPES = frozenset("""
bit bit_vector boolean boolean_vector character integer integer_vector natural positive real
real_vector severity_level signed std_logic std_logic_vector std_ulogic std_ulogic_vector
string unsigned time time_vector
""".split())
OPERATOR_WORDS = frozenset("abs and mod nand nor not or rem rol ror sla sll sra srl xnor xor".split())


def _identifier(ctx: Context, match: re.Match[str]) -> None:
    word = match.group().lower()
    if word in KEYWORDS:
        ttype = Keyword
    elif word in TYPES:
        ttype = Keyword.Type
    elif word in OPERATOR_WORDS:
        ttype = Operator.Word
    else:
        ttype = Name
    ctx.token(ttype, match.group())


class VHDLLexer(StateLexer):
    """``vhdl``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "whitespace": [
            (r"\s+", Text),
            (r"\n", Text),
            (r"--.*$", Comment.Single),
        ],
        "statements": [
            (r"-?\d+", Number.Integer),
            (r"-?\d+[.]\d+", Number.Float),
            (r'(?i:[box]?"[^"]*")', String.Single),
            (r"'[^']?'", String.Char),
            (r"'[a-zA-Z][a-zA-Z0-9_]*", Name.Attribute),
            (r"[(),:;]", Punctuation),
            (r"(?i:(?:true|false|null)\b)", Name.Builtin),
            (r"[a-zA-Z][a-zA-Z0-9_]*", _identifier),
            (r"=>|[*][*]|:=|/=|>=|<=|<>|\?\?|\?=|\?/=|\?>|\?<|\?>=|\?<=|<<|>>|[#&'*+-./:<=>?@^]",
             Operator),
        ],
        "root": [
            Mixin("whitespace"),
            Mixin("statements"),
        ],
    }
