"""VimL (Vim script), shaped like Rouge's ``viml`` lexer.

Rouge's VimL lexer is one flat state: comments (a ``"`` at the start of a
line, or after a blank when it cannot open a string), single/double-quoted
strings and ``/regex/`` spans, numbers, single punctuation characters
(``.`` of string concatenation included), scoped variables (``a:name``,
``g:x``), and words looked up in Vim's built-in names: commands are
``Keyword``, functions, options and autocommand events ``Name.Builtin``,
anything else plain ``Text``.  Nothing is ever an error.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from ..engine import Context, StateLexer
from .viml_keywords import AUTOS, COMMANDS, FUNCTIONS, OPTIONS


def _word(ctx: Context, match: re.Match[str]) -> None:
    """A bare word: Rouge checks commands first, then the builtin name sets."""
    name = match.group()
    if name in COMMANDS:
        ctx.token(Keyword, name)
    elif name in FUNCTIONS or name in OPTIONS or name in AUTOS:
        ctx.token(Name.Builtin, name)
    else:
        ctx.token(Text, name)


class VimLLexer(StateLexer):
    """``viml`` (aliases ``vim``, ``vimscript``, ``ex``)."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"^(\s*)(\".*?)$", (Text, Comment)),
            (r"^\s*\\", String.Escape),
            (r"[ \t]+", Text),
            # Only ``/`` delimits a regex here, as in Rouge.
            (r"/(?:\\\\|\\/|[^\n/])*/", String.Regex),
            (r'"(?:\\\\|\\"|[^\n"])*"', String.Double),
            (r"'(?:\\\\|\\'|[^\n'])*'", String.Single),
            # An unterminated double quote after a blank starts a comment.
            (r"(?<=\s)\"[^-:.%#=*].*?$", Comment),
            (r"-?\d+", Number),
            (r"(?i)#[0-9a-f]{6}", Number.Hex),
            (r"^:", Punctuation),
            (r"[():<>+=!\[\]{}|,~.-]", Punctuation),
            (r"\b(?:let|if|else|endif|elseif|fun|function|endfunction)\b", Keyword),
            (r"\b(?:NONE|bold|italic|underline|dark|light)\b", Name.Builtin),
            (r"[absg]:\w+\b", Name.Variable),
            (r"\b\w+\b", _word),
            (r"(?s).", Text),
        ],
    }
