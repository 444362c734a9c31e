"""Apache ``httpd.conf``/``.htaccess``, shaped like Rouge's ``apache`` lexer.

A line is a directive (``Name.Class``) and its arguments
(``String.Symbol``), or a ``<Section args>`` tag (``Name.Label``, its
arguments ``String.Regex``).  Rouge colours a word only when Apache knows
it (``apache_words``); other words are ``Text``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Name, Punctuation, String, Text

from ..engine import Context, Mixin, StateLexer
from .apache_words import KNOWN_WORDS


def _known(word: str, ttype: object) -> object:
    return ttype if word.lower() in KNOWN_WORDS else Text


def _section(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Punctuation, match.group(1))
    ctx.token(_known(match.group(2), Name.Label), match.group(2))  # type: ignore[arg-type]
    ctx.push("section")


def _directive(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(_known(match.group(), Name.Class), match.group())  # type: ignore[arg-type]
    ctx.push("directive")


def _argument(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(_known(match.group(), String.Symbol), match.group())  # type: ignore[arg-type]


class ApacheLexer(StateLexer):
    """``apache``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "whitespace": [
            (r"#.*", Comment),
            (r"\s+", Text),
        ],
        "root": [
            Mixin("whitespace"),
            (r"(</?)(\w+)", _section),
            (r"\w+", _directive),
        ],
        "section": [
            (r"([^>]+)?(>(?:\r\n?|\n)?)", (String.Regex, Punctuation), "#pop"),
            Mixin("whitespace"),
        ],
        "directive": [
            (r"\r\n?|\n", Text, "#pop"),
            Mixin("whitespace"),
            (r"\S+", _argument),
        ],
    }
