"""TAP (Test Anything Protocol) output, shaped like Rouge's ``tap`` lexer.

Lines are classified by how they start: the version line, the plan
(``1..N``, ``Keyword.Declaration``), ``ok``/``not ok`` results with their
number, ``#`` diagnostics, ``Bail out!``; anything else is plain text.  After
a ``#`` on a plan or result line the rest is a comment in which ``TODO`` and
``SKIP...`` words are ``Comment.Preproc``.  Line-level rules need the line's
newline, so an unterminated last line that fits none is an error, as in
Rouge.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Generic, Keyword, Name, Number, Text

from ..engine import StateLexer


class TAPLexer(StateLexer):
    """``tap``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"^TAP version \d+\n", Name.Namespace),
            (r"^1\.\.\d+", Keyword.Declaration, "plan"),
            (r"^(not ok)([ \t\r\f\v]*)(\d*)", (Generic.Error, Text, Number.Integer), "test"),
            (r"^(ok)([ \t\r\f\v]*)(\d*)", (Keyword.Reserved, Text, Number.Integer), "test"),
            (r"^#.*\n", Comment),
            (r"^Bail out!.*\n", Generic.Error),
            (r"^.*\n", Text),
        ],
        "plan": [
            (r"[ \t\r\f\v]+", Text),
            (r"#", Comment, "directive"),
            (r"\n", Comment, "#pop"),
            (r".*\n", Generic.Error, "#pop"),
        ],
        "test": [
            (r"[ \t\r\f\v]+", Text),
            (r"#", Comment, "directive"),
            (r"\S+", Text),
            (r"\n", Text, "#pop"),
        ],
        "directive": [
            (r"[ \t\r\f\v]+", Comment),
            (r"(?i)\bTODO\b", Comment.Preproc),
            (r"(?i)\bSKIP\S*", Comment.Preproc),
            (r"\S+", Comment),
            (r"\n", Comment, "#pop:2"),
        ],
    }
