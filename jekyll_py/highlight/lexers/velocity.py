"""Velocity templates, shaped like Rouge's ``velocity`` lexer.

The page between Velocity constructs goes to one HTML lexer, which keeps its
state from chunk to chunk.  ``#directive``/``#{directive}`` marks are
``Punctuation`` around a ``Name.Function``, and a directive followed by
``(`` (at most one blank between) takes a parameter list; ``$ref`` and
``${ref}`` are ``Punctuation`` and ``Name.Variable`` with ``.member`` and
``(arguments)``.  As in Rouge, ``$!ref`` is not recognised, a ``{`` or
``:`` in parameters is an error (so map literals are), numbers are integers
or ``0x`` hex only, and an unterminated ``#*`` comment is not a comment.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from ..engine import Context, Mixin, StateLexer
from .html import HTMLLexer


def _to_html(ctx: Context, match: re.Match[str]) -> None:
    host = ctx.memo["host"]
    ctx.out.extend(host.html.continue_tokens(match.group()))  # type: ignore[attr-defined]


class VelocityLexer(StateLexer):
    """``velocity``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"[^{#$]+", _to_html),
            (r"(?s)#\*.*?\*#", Comment.Multiline),
            (r"##.*", Comment.Single),
            (r"(#\{?)([a-zA-Z_]\w*)(\}?)(\s?\()", (Punctuation, Name.Function, Punctuation,
                                                   Punctuation), "directiveparams"),
            (r"(#\{?)([a-zA-Z_]\w*)(\}|\b)", (Punctuation, Name.Function, Punctuation)),
            (r"\$\{?", Punctuation, "variable"),
        ],
        "variable": [
            (r"[a-zA-Z_]\w*", Name.Variable),
            (r"\(", Punctuation, "funcparams"),
            (r"(\.)([a-zA-Z_]\w*)", (Punctuation, Name.Variable), "#push"),
            (r"\}", Punctuation, "#pop"),
            (r"", Text, "#pop"),
        ],
        "directiveparams": [
            (r"&&|\|\||==?|!=?|[-<>+*%&|^/]|\b(?:eq|ne|gt|lt|ge|le|not|in)\b", Operator),
            (r"\[", Operator, "rangeoperator"),
            (r"\b[a-zA-Z_]\w*\b", Name.Function),
            Mixin("funcparams"),
        ],
        "rangeoperator": [
            (r"\.\.", Operator),
            Mixin("funcparams"),
        ],
        "funcparams": [
            (r"\$\{?", Punctuation, "variable"),
            (r"\s+", Text),
            (r",", Punctuation),
            (r'"(?:\\\\|\\[^\\]|[^"\\])*"', String.Double),
            (r"'(?:\\\\|\\[^\\]|[^'\\])*'", String.Single),
            (r"0[xX][0-9a-fA-F]+[Ll]?", Number.Hex),
            (r"\b[0-9]+\b", Number.Integer),
            (r"(?:true|false|null)\b", Keyword.Constant),
            (r"\(", Punctuation, "#push"),
            (r"\)", Punctuation, "#pop"),
            (r"\}", Punctuation, "#pop"),
            (r"\[", Punctuation, "#push"),
            (r"\]", Punctuation, "#pop"),
        ],
    }

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        self.html = HTMLLexer(options)

    def reset(self) -> None:
        """Start over, with a fresh HTML lexer too."""
        super().reset()
        self._ctx.memo["host"] = self
        self.html.reset()
