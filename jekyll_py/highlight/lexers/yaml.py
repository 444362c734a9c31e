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
from pygments.token import Literal, Name, Number, Punctuation, String, Text, Whitespace, _TokenType

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
_ESCAPE = re.compile(r"\\(?:[0abt\tn\nvfre \"\\N_LP]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})")


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


def _quoted_piece(ttype: _TokenType, value: str) -> Iterator[RawToken]:
    """Split escapes out of the body of a quoted scalar."""
    pos = 0
    for match in _ESCAPE.finditer(value):
        if match.start() > pos:
            yield ttype, value[pos:match.start()]
        yield String.Escape, match.group()
        pos = match.end()
    if pos < len(value):
        yield ttype, value[pos:]


def yaml_tokens(code: str) -> Iterator[RawToken]:
    """Rouge-classified tokens for a YAML document."""
    raw = list(pygments_raw_tokens(_PYGMENTS, code))
    offset = 0
    index = 0
    in_quote = ""
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
        offset += len(value)
        index += 1
        if ttype in String and ttype is not String.Escape:
            if not in_quote and value in ("'", '"'):
                in_quote = value
                yield (String.Single if value == "'" else String.Double), value
                continue
            if in_quote and value.endswith(in_quote):
                in_quote = ""
            yield from _quoted_piece(String, value)
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
