"""Augeas lenses, shaped like Rouge's ``augeas`` lexer.

``module`` must be followed by a capitalised module name (anything else is
an error until one comes, as in Rouge).  Capitalised words are module
qualifiers (``Keyword.Namespace``), other words, digits included, names (a quote
may follow the first character, ``don't``); ``_`` and the
lens primitives and test keywords Rouge knows are ``Keyword.Reserved``.
``:`` directly followed by a word marks a type.  ``/.../`` is a regular
expression and ``"..."`` a string, both running across lines (a
backslash is an escape, with the character after it if that is a C escape
letter, a blank or digits); comments
``(* ... *)`` do not nest.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Keyword,
    Name,
    Operator,
    Punctuation,
    String,
    Text,
)

from ..engine import StateLexer, words

#: Found by probing Rouge 3.30 with the primitives of Augeas' language
#: reference (``square``, ``lens``, ``rec`` are plain names there).
AUGEAS_RESERVED = """
after autoload clear counter del excl get in incl insa insb key label lens_atype lens_ctype let
print_endline print_regexp print_string print_tree put regexp_match seq set store test
transform value _
""".split()


class AugeasLexer(StateLexer):
    """``augeas`` (``aug``)."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"\(\*", Comment.Multiline, "comment"),
            (r'"', String, "string"),
            (r"/", String, "regex"),
            (r"module\b", Keyword.Reserved, "module"),
            (words(*AUGEAS_RESERVED), Keyword.Reserved),
            (r"(:)(\w+)", (Punctuation, Keyword.Type)),
            (r"[A-Z][\w']*", Keyword.Namespace),
            (r"\w[\w']*", Name),
            (r"[-=|.*+?]", Operator),
            (r"[()\[\]{}:;]", Punctuation),
        ],
        "module": [
            (r"\s+", Text),
            (r"[A-Z][\w.]*", Name.Namespace, "#pop"),
        ],
        "comment": [
            (r"\*\)", Comment.Multiline, "#pop"),
            (r"[^*]+|\*", Comment.Multiline),
        ],
        "string": [
            (r'"', String, "#pop"),
            (r"\\(?:[abfnrtv\"'\\\s]|x[0-9a-fA-F]+|\d+)?", String.Escape),
            (r'[^"\\]+', String),
        ],
        "regex": [
            (r"/", String.Regex, "#pop"),
            (r"\\.|[^/\\]+|\\", String.Regex),
        ],
    }
