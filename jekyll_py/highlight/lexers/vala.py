"""Vala, shaped like Rouge's ``vala`` lexer.

A flat C#-like lexer: every operator character is ``Punctuation``, a
name before ``(`` is a function, ``class``/``struct`` and
``namespace``/``using`` name what follows (matched, as in Rouge, without a
word boundary), and a ``[Attribute]`` at a line start is ``Name.Attribute``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from ..engine import Mixin, StateLexer

KEYWORDS = """
abstract as async base break case catch const construct continue default delegate delete do
dynamic else ensures enum errordomain extern false finally for foreach get global if in inline
interface internal is lock new null out override owned private protected public ref requires
return set signal sizeof static switch this throw throws true try typeof unowned var value
virtual void weak while yield
""".split()
TYPES = """
bool char double float int int8 int16 int32 int64 long short size_t ssize_t string unichar
uint uint8 uint16 uint32 uint64 ulong ushort
""".split()

_ID = r"(?i:@?[_a-z]\w*)"


class ValaLexer(StateLexer):
    """``vala``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "whitespace": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s:/[*].*?[*]/)", Comment.Multiline),
        ],
        "root": [
            Mixin("whitespace"),
            (r"^\s*\[.*?\]", Name.Attribute),
            (rf"<\[\s*(?:{_ID}:)?", Keyword),
            (r"\]>", Keyword),
            (r"[~!%^&*()+=|\[\]{}:;,.<>/?-]", Punctuation),
            (r'@"(?:\\.|.)*?"', String),
            (r'"(?:\\.|.)*?["\n]', String),
            (r"'(?:\\.|.)'", String.Char),
            (r"(?i:0x[0-9a-f]+[lu]?)", Number),
            (r"(?i:[0-9](?:[.][0-9]*)?(?:e[+-][0-9]+)?[fldu]?)", Number),
            (r"\b(?:" + "|".join(KEYWORDS) + r")\b", Keyword),
            (r"\b(?:" + "|".join(TYPES) + r")\b", Keyword.Type),
            (r"class|struct", Keyword, "class"),
            (r"namespace|using", Keyword, "namespace"),
            (rf"{_ID}(?=\s*[(])", Name.Function),
            (_ID, Name),
            (r"#.*", Comment.Preproc),
        ],
        "class": [
            Mixin("whitespace"),
            (_ID, Name.Class, "#pop"),
        ],
        "namespace": [
            Mixin("whitespace"),
            (r"(?=[(])", Text, "#pop"),
            (rf"(?:{_ID}|[.])+", Name.Namespace, "#pop"),
        ],
    }
