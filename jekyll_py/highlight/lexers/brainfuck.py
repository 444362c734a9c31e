"""Brainfuck, shaped like Rouge's ``brainfuck`` lexer.

``<``/``>`` runs are builtins, ``+-.,`` runs functions, anything else a
comment; ``[ ]`` loops nest, an unmatched ``]`` is an error, and a ``[``
at the very start (after blanks) is the classic comment loop.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Error, Name, Punctuation, Text

from ..engine import Mixin, StateLexer


class BrainfuckLexer(StateLexer):
    """``brainfuck``."""

    flags = re.MULTILINE | re.ASCII

    def start_stack(self) -> list[str]:
        """Rouge starts in ``bol``, where a leading ``[...]`` is a comment."""
        return ["root", "bol"]

    states = {
        "bol": [
            (r"\s+", Text),
            (r"\[", Comment.Multiline, "comment_multi"),
            (r"", Text, "#pop"),
        ],
        "root": [
            (r"\]", Error),
            (r"\[", Punctuation, "loop"),
            Mixin("comment_single"),
            Mixin("commands"),
        ],
        "comment_multi": [
            (r"\[", Comment.Multiline, "comment_multi"),
            (r"\]", Comment.Multiline, "#pop"),
            (r"(?s:[^\[\]]+?)", Comment.Multiline),
        ],
        "comment_single": [(r"[^><+\-.,\[\]]+", Comment.Single)],
        "loop": [
            (r"\[", Punctuation, "loop"),
            (r"\]", Punctuation, "#pop"),
            Mixin("comment_single"),
            Mixin("commands"),
        ],
        "commands": [
            (r"[><]+", Name.Builtin),
            (r"[+\-.,]+", Name.Function),
        ],
    }
