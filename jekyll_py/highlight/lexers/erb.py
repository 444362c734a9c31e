"""ERB templates, shaped like Rouge's ``erb`` lexer.

``<% %>`` delimiters are ``Comment.Preproc``, ``<%# %>`` a comment; Ruby
inside tags and the HTML between them go to one Ruby and one HTML lexer that
keep their state from chunk to chunk (a Ruby block opened in one tag and
closed in another, an HTML tag split by an ERB tag).
"""

from __future__ import annotations

import re

from pygments.token import Comment

from ..engine import Context, StateLexer
from .html import HTMLLexer
from .ruby import RubyLexer

OPEN = r"<%%|<%=|<%#|<%-|<%"
CLOSE = r"%%>|-%>|%>"


def _to_html(ctx: Context, match: re.Match[str]) -> None:
    lexer = ctx.lexer
    assert isinstance(lexer, ERBLexer)
    ctx.out.extend(lexer.parent.continue_tokens(match.group()))


def _to_ruby(ctx: Context, match: re.Match[str]) -> None:
    lexer = ctx.lexer
    assert isinstance(lexer, ERBLexer)
    ctx.out.extend(lexer.ruby.continue_tokens(match.group()))


class ERBLexer(StateLexer):
    """``erb``/``eruby``/``rhtml``."""

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        self.parent = HTMLLexer(options)
        self.ruby = RubyLexer(options)

    def reset(self) -> None:
        """Start over, with fresh embedded lexers."""
        super().reset()
        self.parent.reset()
        self.ruby.reset()

    states = {
        "root": [
            (r"<%#", Comment, "comment"),
            (OPEN, Comment.Preproc, "ruby"),
            (rf"(?s).+?(?={OPEN})|.+", _to_html),
        ],
        "comment": [
            (CLOSE, Comment, "#pop"),
            (rf"(?s).+?(?={CLOSE})|.+", Comment),
        ],
        "ruby": [
            (CLOSE, Comment.Preproc, "#pop"),
            (rf"(?s).+?(?={CLOSE})|.+", _to_ruby),
        ],
    }
