"""HOCON, shaped like Rouge's ``hocon`` lexer.

Rouge's HOCON lexer is its JSON lexer with ``//`` and ``#`` comments,
``key = value`` / ``key { }`` names (bare or quoted), ``${path}``
substitutions, ``\"\"\"`` strings, ``include``-style keywords, and unquoted
values as ``Literal`` (IP-address-like numbers too).  Its states extend
ours for JSON (``data.JSONLexer``): ``key`` is Rouge's ``name``,
``literal`` its ``constants``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Literal, Name, Punctuation, String, Whitespace

from ..engine import Mixin
from .data import JSONLexer


class HOCONLexer(JSONLexer):
    """``hocon``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        **JSONLexer.states,
        "comments": [
            (r"//.*?$", Comment.Single),
            (r"#.*?$", Comment.Single),
        ],
        "root": [Mixin("comments"), *JSONLexer.states["root"]],
        "object": [
            (r"\b(?:include|url|file|classpath)\b", Keyword),
            *JSONLexer.states["object"],
        ],
        "key": [
            (r'("(?:"|[^"\n])*?")(\s*)([:=]|(?=\{))', (Name.Label, Whitespace, Punctuation)),
            (r"([-\w.]+)(\s*)([:=]|(?=\{))", (Name.Label, Whitespace, Punctuation)),
        ],
        "value": [
            Mixin("comments"),
            (r"\n", Whitespace),
            (r"\s+", Whitespace),
            Mixin("literal"),
            (r"[$][{][?]?", String.Interpol, "interpolation"),
            (r'"""', String.Double, "multiline_string"),
            (r'"', String.Double, "string"),
            (r"\[", Punctuation, "array"),
            (r"\{", Punctuation, "object"),
            (r"[()=]", Punctuation),
            (r'[^$"{}\[\]:=,+#`^?!@*&]+?', Literal),
        ],
        "interpolation": [
            (r"[\w\-.]+?", Name.Variable),
            (r"\}", String.Interpol, "#pop"),
        ],
        "string": [
            (r"[$][{][?]?", String.Interpol, "interpolation"),
            (r'[^\\"${]+', String.Double),
            *JSONLexer.states["string"],
        ],
        "multiline_string": [
            (r'"[^"]{1,2}', String.Double),
            Mixin("string"),
            (r'"""', String.Double, "#pop"),
        ],
        "literal": [
            (r"\d+\.(?:\d+\.?){3,}", Literal),
            *JSONLexer.states["literal"],
        ],
    }
