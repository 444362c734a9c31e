"""systemd unit files and SSH client configuration, shaped like Rouge's lexers.

Both are line-oriented ``key value`` formats.  systemd (``systemd``):
``[Section]`` is a keyword, ``Key`` a tag, ``=`` punctuation, the value
text; a ``\\`` at the line end continues the value (Rouge then only leaves
that state at a ``'``).  SSH (``ssh``): the first word of a line is a
keyword, ``yes``/``no``/... constants, digits numbers.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from ..engine import Mixin, StateLexer


class SystemdLexer(StateLexer):
    """``systemd``/``unit-file``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"[;#].*", Comment),
            (r"\[.*?\]$", Keyword),
            (r"(.*?)(=)(.*)(\\\n)", (Name.Tag, Punctuation, Text, String.Escape), "continuation"),
            (r"(.*?)(=)(.*)", (Name.Tag, Punctuation, Text)),
        ],
        "continuation": [
            (r"(.*?)(\\\n)", (Text, String.Escape)),
            (r"(.*)'", Text, "#pop"),
        ],
    }


class SSHLexer(StateLexer):
    """``ssh``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"(?i:[a-z0-9]+)", Keyword, "statement"),
            Mixin("base"),
        ],
        "statement": [
            (r"\n", Text, "#pop"),
            (r"(?:yes|no|confirm|ask|always|auto|none|force)\b", Name.Constant),
            (r"\d+", Number),
            (r"[^#\s;{}$\\]+", Text),
            Mixin("base"),
        ],
        "base": [
            (r"\s+", Text),
            (r"#.*", Comment.Single),
        ],
    }
