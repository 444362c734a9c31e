"""YAML: Pygments' YAML lexer with its tokens re-classified the way Rouge's are.

The two YAML lexers share their state machine (indentation tracking, block
and flow contexts, block scalars), so structure is taken from Pygments and
only the classification is changed to Rouge's:

* mapping keys are ``Name.Attribute`` and ``:`` is ``Punctuation.Indicator``;
* a plain scalar in block context is ``String``, except ``true``/``false``/
  ``null`` (``Name.Constant``) and a number that ends its line (``Number``);
* block scalar lines (after ``|``/``>``) are ``String``;
* a quoted scalar opens with ``String.Single``/``String.Double`` and
  continues as ``String`` with escapes as ``String.Escape``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pygments.lexers import YamlLexer as PygmentsYamlLexer
from pygments.token import (
    Error,
    Literal,
    Name,
    Number,
    Punctuation,
    String,
    Text,
    Whitespace,
    _TokenType,
)

from ..engine import Mixin, StateLexer
from ..lexing import pygments_raw_tokens

RawToken = tuple[_TokenType, str]

_PYGMENTS = PygmentsYamlLexer(stripnl=False, ensurenl=False)
_PLAIN = Literal.Scalar.Plain

#: Pieces of a plain scalar in block context, tried in this order.
_PLAIN_PIECES = re.compile(
    r"(?P<colon>[ ]*:\S+)|(?P<blank>[ ]+)|(?P<const>true|false|null)"
    r"|(?P<num>\d+(?:\.\d+)?(?=\r?\n| +#|$(?!.)))|(?P<word>[^\s:]+)|(?P<other>.)",
    re.S,
)


def _plain_scalar(text: str, following: str) -> Iterator[RawToken]:
    """Classify one plain scalar as Rouge's block-context scalar rules do.

    ``following`` is the source text right after the scalar: a number only
    counts as a number when a newline (or `` #``) follows it.
    """
    pos = 0
    while pos < len(text):
        match = _PLAIN_PIECES.match(text, pos)
        assert match is not None
        kind = match.lastgroup
        value = match.group()
        if kind == "num" and match.end() == len(text):
            if not re.match(r"\r?\n| +#", following):
                kind = "word"
        elif kind == "num":
            kind = "word"
        if kind == "const":
            yield Name.Constant, value
        elif kind == "num":
            yield Number, value
        else:
            yield String, value
        pos = match.end()




class QuotedScalarLexer(StateLexer):
    """Rouge's rules for one quoted scalar, from its opening quote to its closing one.

    Pygments and Rouge disagree inside quotes (Rouge knows no ``''`` escape
    but does take ``\\'``; blanks between words are ``Name.Variable``), so
    quoted scalars are re-lexed from the source with these rules.
    """

    states = {
        "root": [
            (r"'", String.Single, "single"),
            (r'"', String.Double, "double"),
        ],
        "blanks": [
            (r"^[ ]+", Text),
            (r"[ ]+$", Text),
            (r"\n+", Text),
            (r"[ ]+", Name.Variable),
        ],
        "single": [
            Mixin("blanks"),
            (r"\\'", String.Escape),
            (r"'", String, "#pop"),
            (r"[^\s']+", String),
        ],
        "double": [
            (r'"', String, "#pop"),
            Mixin("blanks"),
            (r'\\[0abt\tn\nvfre "\\N_LP]', String.Escape),
            (r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})", String.Escape),
            (r'[^ \t\n\r\f\v"\\]+', String),
        ],
    }

    def scalar(self, code: str, start: int) -> tuple[list[RawToken], int]:
        """Tokens of the quoted scalar opening at ``code[start]``, and its end offset."""
        self.reset()
        ctx = self._ctx
        tokens: list[RawToken] = []
        pos = start
        while pos < len(code):
            ctx.out.clear()
            new_pos = self._step(ctx, ctx.stack[-1], code, pos, 0)
            if new_pos is None:
                tokens.append((Error, code[pos]))
                pos += 1
            else:
                tokens.extend(ctx.out)
                pos = new_pos
            if len(ctx.stack) == 1:
                break
        return tokens, pos


_QUOTED = QuotedScalarLexer()


def yaml_tokens(code: str) -> Iterator[RawToken]:
    """Rouge-classified tokens for a YAML document."""
    raw = list(pygments_raw_tokens(_PYGMENTS, code))
    offset = 0
    index = 0
    flow_depth = 0
    while index < len(raw):
        ttype, value = raw[index]
        if ttype is _PLAIN:
            run = [value]
            while index + 1 < len(raw) and raw[index + 1][0] is _PLAIN:
                index += 1
                run.append(raw[index][1])
            text = "".join(run)
            yield from _plain_scalar(text, code[offset + len(text):offset + len(text) + 3])
            offset += len(text)
            index += 1
            continue
        if ttype in String and value[:1] in ("'", '"'):
            tokens, end = _QUOTED.scalar(code, offset)
            yield from tokens
            # Skip Pygments' tokens up to the scalar's end, splitting one that straddles it.
            while index < len(raw) and offset + len(raw[index][1]) <= end:
                offset += len(raw[index][1])
                index += 1
            if index < len(raw) and offset < end:
                raw[index] = (raw[index][0], raw[index][1][end - offset:])
                offset = end
            continue
        offset += len(value)
        index += 1
        if ttype is Punctuation.Indicator and value in ("[", "{"):
            flow_depth += 1
        elif ttype is Punctuation.Indicator and value in ("]", "}"):
            flow_depth = max(0, flow_depth - 1)
        if ttype is Name.Tag and value.startswith("%"):
            yield Name.Tag, value
        elif ttype is Name.Tag and flow_depth:
            stripped = value.lstrip()
            yield Text, value[: len(value) - len(stripped)]
            yield Name.Variable, stripped
        elif ttype is Name.Tag:
            yield Name.Attribute, value
        elif ttype is Punctuation:
            yield Punctuation.Indicator, value
        elif ttype is Name.Constant:
            yield String, value
        elif ttype in Whitespace:
            yield Text, value
        else:
            yield ttype, value


class YAMLLexer:
    """Adapter giving ``yaml_tokens`` the interface of our other lexers."""

    def __init__(self, options: dict[str, object] | None = None) -> None:
        self.options = options or {}

    def tokens(self, code: str) -> Iterator[RawToken]:
        """Lex ``code``."""
        return yaml_tokens(code)
