"""Data formats: JSON (and its commented variant), shaped like Rouge's lexers.

Rouge's JSON output differs from Pygments' in ways every JSON snippet shows:
blanks are ``Text.Whitespace`` (class ``w``), keys are ``Name.Label`` with
the colon as punctuation, strings are ``String.Double`` with ``\\x`` escapes
split out, and numbers are ``Integer``/``Float`` by the presence of a
fraction.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text, Whitespace

from ..engine import Mixin, StateLexer


class JSONLexer(StateLexer):
    """JSON as Rouge lexes it: object/array states; stray ``:``/``,`` at the top are errors."""

    flags = re.MULTILINE | re.ASCII  # Ruby's \w and \s are ASCII-only

    states = {
        "blank": [(r"\s+", Whitespace)],
        "key": [(r'("(?:\\.|[^"\\\n])*?")(\s*)(:)', (Name.Label, Whitespace, Punctuation))],
        "literal": [
            (r"(?:true|false|null)", Keyword.Constant),
            (r"-?(?:0|[1-9]\d*)\.\d+(?:[eE][+-]?\d+)?", Number.Float),
            (r"-?(?:0|[1-9]\d*)(?:[eE][+-]?\d+)?", Number.Integer),
        ],
        "value": [
            Mixin("blank"),
            Mixin("literal"),
            (r'"', String.Double, "string"),
            (r"\[", Punctuation, "array"),
            (r"\{", Punctuation, "object"),
        ],
        "root": [
            Mixin("blank"),
            (r"\{", Punctuation, "object"),
            (r"\[", Punctuation, "array"),
            Mixin("key"),
            Mixin("value"),
            (r"[\]}]", Punctuation),
        ],
        "object": [
            Mixin("blank"),
            Mixin("key"),
            Mixin("value"),
            (r"\}", Punctuation, "#pop"),
            (r",", Punctuation),
        ],
        "array": [
            Mixin("value"),
            (r"\]", Punctuation, "#pop"),
            (r",", Punctuation),
        ],
        "string": [
            (r'[^\\"]+', String.Double),
            (r"\\.", String.Escape),
            (r'"', String.Double, "#pop"),
        ],
    }


class JSONDocLexer(JSONLexer):
    """``json-doc``/``jsonc``: JSON plus comments, ``...`` ellipses and bare keys."""

    states = {
        **JSONLexer.states,
        "key": [
            (r"([$\w]+)(\s*)(:)", (Name.Attribute, Text, Punctuation)),
            *JSONLexer.states["key"],
        ],
        "value": [
            (r"/[*].*?[*]/", Comment),
            (r"//.*?$", Comment.Single),
            (r"\.\.\.", Comment.Single),
            *JSONLexer.states["value"],
        ],
    }
