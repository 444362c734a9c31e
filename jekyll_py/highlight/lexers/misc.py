"""Small line-oriented formats, shaped like Rouge's lexers: ``diff``.

Rouge's diff lexer keeps each line's newline inside the line's token (so a
run of inserted lines is one ``gi`` span), calls the ``index``/``diff``
header lines ``Generic.Heading``, a hunk header's ``@@ ... @@`` punctuation,
and any other line starting with a word character punctuation too.
"""

from __future__ import annotations

import re

from pygments.token import Generic, Punctuation, Text

from ..engine import StateLexer


class DiffLexer(StateLexer):
    """``diff``/``patch``/``udiff``."""

    flags = re.MULTILINE | re.ASCII  # Ruby's \w is ASCII-only

    states = {
        "root": [
            (r"^ .*$\n?", Text),
            (r"^---$\n?", Punctuation),
            (r"^[+>]+.*$\n?", Generic.Inserted),
            (r"^\+.*$\n?", Generic.Inserted),
            (r"^[-<]+.*$\n?", Generic.Deleted),
            (r"^!.*$\n?", Generic.Strong),
            (r"^(?:[Ii]ndex|diff).*$\n?", Generic.Heading),
            (r"^(@@[^@]*@@)([^\n]*\n)", (Punctuation, Text)),
            (r"^\w.*$\n?", Punctuation),
            (r"^=.*$\n?", Generic.Heading),
            (r"\s.*$\n?", Text),
        ],
    }
