"""Ceylon, shaped like Rouge's ``ceylon`` lexer.

Annotations (``shared``, ``formal``...) and every capitalised name (types,
as in Rouge 3.30) are ``Name.Decorator``; a name directly followed by ``:``
is a label, one after ``.`` an attribute, one after ``class``/``interface``
/``object``/``alias`` a class and the dotted name after ``import``/``module``
/``package``/``assembly`` a namespace (it must start lower-case: anything
else is an error until one comes, as in Rouge).  Digit groups (``1_000``), magnitude
suffixes (``1.5k``), ``#`` hexadecimal and ``$`` binary literals follow
Ceylon's grammar.  ``/*`` is only marked as a comment opener: Rouge 3.30 lexes
what follows as code.  ``//`` comments need their line break.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    String,
    Text,
)

from ..engine import StateLexer, words

#: Word classes found by probing Rouge 3.30 with Ceylon's keywords and
#: language-module annotations (``late`` and ``annotation`` are names there).
CEYLON_ANNOTATIONS = """
abstract actual by default deprecated doc final formal license literal native optional sealed
see shared small tagged throws variable
""".split()
CEYLON_KEYWORDS = """
assert break case catch continue dynamic else exists finally for in is let outer return switch
then this throw try while
""".split()
CEYLON_DECLARATIONS = "abstracts assign extends given of out satisfies super".split()
CEYLON_TYPES = "function new value void".split()

_STRING = r'"(?:\\\\|\\[^\\]|[^"\\])*"'


class CeylonLexer(StateLexer):
    """``ceylon``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"[ \t\r\f\v]+", Text),
            (r"//.*?\n", Comment.Single),
            (r"/\*", Comment.Multiline),
            (words(*CEYLON_ANNOTATIONS), Name.Decorator),
            (words(*CEYLON_KEYWORDS), Keyword),
            (words(*CEYLON_DECLARATIONS), Keyword.Declaration),
            (words(*CEYLON_TYPES), Keyword.Type),
            (r"(assembly|module|package)(\s+)", (Keyword.Namespace, Text), "import"),
            (words("true", "false", "null"), Keyword.Constant),
            (r"(class|interface|object|alias)(\s+)", (Keyword.Declaration, Text), "class"),
            (r"(import)(\s+)", (Keyword.Namespace, Text), "import"),
            (_STRING, String),
            (r"'\\.'|'[^\\]'|'\\\{#[0-9a-fA-F]{4}\}'", String.Char),
            (r"(\.)([a-z_]\w*)", (Operator, Name.Attribute)),
            (r"[a-zA-Z_]\w*:", Name.Label),
            (r"[A-Z]\w*", Name.Decorator),
            (r"[a-zA-Z_]\w*", Name),
            (r"[~^*!%&\[\](){}<>|+=:;,./?`-]", Operator),
            (r"\d{1,3}(?:_\d{3})+\.\d{1,3}(?:_\d{3})+[kMGTPmunpf]?", Number.Float),
            (r"\d{1,3}(?:_\d{3})+\.\d+(?:[eE][+-]?\d+)?[kMGTPmunpf]?", Number.Float),
            (r"\d+\.\d{1,3}(?:_\d{3})+[kMGTPmunpf]?", Number.Float),
            (r"\d+\.\d+(?:[eE][+-]?\d+)?[kMGTPmunpf]?", Number.Float),
            (r"#[0-9a-fA-F]{4}(?:_[0-9a-fA-F]{4})+", Number.Hex),
            (r"#[0-9a-fA-F]+", Number.Hex),
            (r"\$[01]{4}(?:_[01]{4})+", Number.Bin),
            (r"\$[01]+", Number.Bin),
            (r"\d{1,3}(?:_\d{3})+[kMGTP]?", Number.Integer),
            (r"\d+[kMGTP]?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [(r"[a-zA-Z_]\w*", Name.Class, "#pop")],
        "import": [
            (r"[a-z][\w.]*", Name.Namespace, "#pop"),
            (_STRING, String, "#pop"),
        ],
    }
