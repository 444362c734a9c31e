"""Prolog, shaped like Rouge's ``prolog`` lexer.

Atoms (lower-case words and quoted atoms) are ``String.Symbol``, variables
``Name.Variable``, ``:-`` and ``-->`` punctuation, other symbol runs
operators.  As in Rouge, ``#`` starts a comment only at the very start of
the input, and lower-case letters and word characters are Unicode's.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Name, Number, Operator, Punctuation, String, Text

from ..engine import Mixin, StateLexer


class PrologLexer(StateLexer):
    """``prolog``."""

    flags = re.MULTILINE | re.ASCII

    def start_stack(self) -> list[str]:
        """Rouge starts in ``bol``, where a ``#`` line is a comment."""
        return ["root", "bol"]

    states = {
        "bol": [
            (r"#.*", Comment.Single),
            (r"", Text, "#pop"),
        ],
        "basic": [
            (r"\s+", Text),
            (r"%.*", Comment.Single),
            (r"/\*", Comment.Multiline, "nested_comment"),
            (r"[\[\](){}|.,;!]", Punctuation),
            (r":-|-->", Punctuation),
            (r'"[^"]*"', String.Double),
            (r"\d+\.\d+", Number.Float),
            (r"\d+", Number),
        ],
        "atoms": [
            (r"[\p{Ll}][\p{Word}]*", String.Symbol),
            (r"'[^']*'", String.Symbol),
        ],
        "operators": [
            (r"(?:<|>|=<|>=|==|=:=|=|/|//|\*|\+|-)(?=\s|[a-zA-Z0-9\[])", Operator),
            (r"is", Operator),
            (r"mod|div|not", Operator),
            (r"[#&*+-./:<=>?@^~]+", Operator),
        ],
        "variables": [
            (r"[A-Z]+\w*", Name.Variable),
            (r"_[\p{Word}]*", Name.Variable),
        ],
        "root": [
            Mixin("basic"),
            Mixin("atoms"),
            Mixin("variables"),
            Mixin("operators"),
        ],
        "nested_comment": [
            (r"/\*", Comment.Multiline, "#push"),
            (r"\s*\*[^*/]+", Comment.Multiline),
            (r"\*/", Comment.Multiline, "#pop"),
        ],
    }
