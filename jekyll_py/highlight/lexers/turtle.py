"""Turtle (RDF), shaped like Rouge's ``turtle`` lexer.

One flat state: ``@prefix``/``@base`` declarations, ``<IRIs>`` labels,
``prefix:`` namespaces, strings (with ``\"\"\"`` long forms), numbers and
``@lang`` tags.  As in Rouge, a bare name is anything up to a space or
delimiter (tabs and newlines included).
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Literal, Name, Punctuation, Whitespace

from ..engine import StateLexer


class TurtleLexer(StateLexer):
    """``turtle``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"@base\b", Keyword.Declaration),
            (r"@prefix\b", Keyword.Declaration),
            (r"true\b", Keyword.Constant),
            (r"false\b", Keyword.Constant),
            (r'(?s:""".*?""")', Literal.String),
            (r'"(?:[^"\\]|\\.)*"', Literal.String),
            (r"(?s:'''.*?''')", Literal.String),
            (r"'(?:[^'\\]|\\.)*'", Literal.String),
            (r"#.*$", Comment.Single),
            (r"@[^\s,.;]+", Name.Attribute),
            (r"[+-]?[0-9]+\.[0-9]*E[+-]?[0-9]+", Literal.Number.Float),
            (r"[+-]?\.[0-9]+E[+-]?[0-9]+", Literal.Number.Float),
            (r"[+-]?[0-9]+E[+-]?[0-9]+", Literal.Number.Float),
            (r"[+-]?[0-9]*\.[0-9]+?", Literal.Number.Float),
            (r"[+-]?[0-9]+", Literal.Number.Integer),
            (r"[.,;(){}\[\]]|\^\^", Punctuation),
            (r"<[^>]*>", Name.Label),
            (r"(?i:base\b)", Keyword.Declaration),
            (r"(?i:prefix\b)", Keyword.Declaration),
            (r"GRAPH\b", Keyword),
            (r"a\b", Keyword),
            (r"\s+", Whitespace),
            (r'[^:;<>#@"().\[\]{} ]*:', Name.Namespace),
            (r'[^:;<>#@"().\[\]{} ]+', Name),
        ],
    }
