"""BibTeX, shaped like Rouge's ``bibtex`` lexer.

Outside entries every line is a comment.  ``@name`` opens an entry
(``Name.Class``); ``@comment`` is itself a comment, ``@preamble`` takes one
value and ``@string`` one ``name = value`` field.  An ordinary entry has a
citation key (``Name.Label``) and ``, name = value`` fields, values being
quoted or braced strings (braces nest, backslashes escape nothing), numbers
and macro names joined by ``#``.  What an entry's grammar does not expect is
an error up to the closing brace or parenthesis.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Name, Number, Punctuation, String, Text

from ..engine import Context, MatchView, StateLexer

#: Characters of BibTeX names besides ASCII letters, digits and ``_``.
_NAME_SYMBOLS = r"@!$&*+\-./:;<>?\[\\\]^`|~"
NAME = rf"[a-zA-Z_{_NAME_SYMBOLS}][\w{_NAME_SYMBOLS}]*"


def _entry(ctx: Context, match: MatchView) -> None:
    """``@name``: what follows depends on the entry type."""
    kind = match.group(1).lower()
    if kind == "comment":
        ctx.token(Comment, match.group())
        return
    ctx.token(Name.Class, match.group())
    body = {"preamble": "value", "string": "field"}.get(kind, "command-body")
    for state in ("closing-brace", body, "opening-brace"):
        ctx.push(state)


class BibTeXLexer(StateLexer):
    """``bibtex``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (rf"@({NAME})", _entry),
            (r".+", Comment),
        ],
        "opening-brace": [
            (r"\s+", Text),
            (r"[{(]", Punctuation, "#pop"),
        ],
        "closing-brace": [
            (r"\s+", Text),
            (r"[})]", Punctuation, "#pop"),
        ],
        "command-body": [
            (r"\s+", Text),
            (r"[^\s,}]+", Name.Label, "#goto:fields"),
        ],
        "fields": [
            (r"\s+", Text),
            (r",", Punctuation, "field"),
            (r"", Text, "#pop"),
        ],
        "field": [
            (r"\s+", Text),
            (NAME, Name.Attribute, ("value", "equals")),
            (r"", Text, "#pop"),
        ],
        "equals": [
            (r"\s+", Text),
            (r"=", Punctuation, "#pop"),
        ],
        "value": [
            (r"\s+", Text),
            (NAME, Name.Variable),
            (r'"', String, "quoted-string"),
            (r"\{", String, "braced-string"),
            (r"\d+", Number),
            (r"#", Punctuation),
            (r"", Text, "#pop"),
        ],
        "quoted-string": [
            (r"\{", String, "braced-string"),
            (r'"', String, "#pop"),
            (r'[^{"]+', String),
        ],
        "braced-string": [
            (r"\{", String, "#push"),
            (r"\}", String, "#pop"),
            (r"[^{}]+", String),
        ],
    }
