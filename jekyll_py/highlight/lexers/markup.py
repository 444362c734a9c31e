"""XML, INI and TeX/LaTeX, shaped like Rouge's lexers.

* XML: like Rouge's HTML lexer but without embedded languages; an attribute
  name with its ``=`` is one ``Name.Attribute`` token and the value, quotes
  included, one ``String``.
* INI: section headers ``Name.Namespace``, keys ``Name.Property``, values
  ``String``; ``;``/``#`` comments run to the end of the line.
* TeX: commands are keywords (with ``[options]`` as ``Name.Attribute``),
  ``\\begin{...}``/``\\end{...}`` ``Name.Tag``; inside ``$...$``, ``\\(...\\)``,
  ``$$...$$`` and ``\\[...\\]``, commands are ``Name.Variable``, digits
  ``Number`` and other letters ``Name.Builtin``.
"""

from __future__ import annotations

import re

from pygments.token import (  # noqa: I001
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from ..engine import Context, Mixin, StateLexer
from .css import CF

XML_NAME = rf"(?:[^\W\d]|[:_])[\w{CF}:.\u00b7-]*"


class XMLLexer(StateLexer):
    """``xml``."""

    states = {
        "root": [
            (r"[^<&]+", Text),
            (r"&\S*?;", Name.Entity),
            (r"<!\[CDATA\[.*?\]\]>", Comment.Preproc),
            (r"<!--", Comment, "comment"),
            (r"<\?.*?\?>", Comment.Preproc),
            (r"<![^>]*>", Comment.Preproc),
            (rf"<\s*{XML_NAME}", Name.Tag, "tag"),
            (rf"<\s*/\s*{XML_NAME}\s*>", Name.Tag),
        ],
        "comment": [
            (r"[^-]+", Comment),
            (r"-->", Comment, "#pop"),
            (r"-", Comment),
        ],
        "tag": [
            (r"\s+", Text),
            (rf"{XML_NAME}\s*=", Name.Attribute, "attr"),
            (r"/?\s*>", Name.Tag, "#pop"),
        ],
        "attr": [
            (r"\s+", Text),
            (r"(?s)\".*?\"|'.*?'|[^\s>]+", String, "#pop"),
        ],
    }


class INILexer(StateLexer):
    """``ini``."""

    flags = re.MULTILINE | re.ASCII  # Ruby's \w is ASCII-only

    states = {
        "basic": [
            (r"[;#].*?\n", Comment),
            (r"\s+", Text),
            (r"\\\n", String.Escape),
        ],
        "root": [
            Mixin("basic"),
            (r"([\w\-.]+)(\s*)(=)", (Name.Property, Text, Punctuation), "value"),
            (r"\[.*?\]", Name.Namespace),
        ],
        "value": [
            (r"\n", Text, "#pop"),
            Mixin("basic"),
            (r'"', String, "dq"),
            (r"'.*?'", String),
            Mixin("esc_str"),
            (r"[^\\\n]+", String),
        ],
        "dq": [
            (r'"', String, "#pop"),
            Mixin("esc_str"),
            (r'[^\\"]+', String),
        ],
        "esc_str": [(r"(?s)\\.", String.Escape)],
    }


TEX_COMMAND = r"(?i)\\(?:[a-z]+|\s+|.)"


def _pop(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


class TeXLexer(StateLexer):
    """``tex``/``latex``."""

    states = {
        "general": [
            (r"%.*$", Comment),
            (r"[{}&_^]", Punctuation),
        ],
        "root": [
            (r"\\\[", Punctuation, "displaymath"),
            (r"\\\(", Punctuation, "inlinemath"),
            (r"\$\$", Punctuation, "displaymath"),
            (r"\$", Punctuation, "inlinemath"),
            (r"\\(?:begin|end)\{.*?\}", Name.Tag),
            (r"(\\verb)\b(\S)(.*?)(\2)", (Name.Builtin, Keyword.Pseudo, String.Other,
                                           Keyword.Pseudo)),
            (TEX_COMMAND, Keyword, "command"),
            Mixin("general"),
            (r"[^\\$%&_^{}]+", Text),
        ],
        "math": [
            (TEX_COMMAND, Name.Variable),
            Mixin("general"),
            (r"[0-9]+", Number),
            (r"[-=!+*/()\[\]]", Operator),
            (r"[^=!+*/()\[\]\\$%&_^{}0-9-]+", Name.Builtin),
        ],
        "inlinemath": [
            (r"\\\)", Punctuation, "#pop"),
            (r"\$", Punctuation, "#pop"),
            Mixin("math"),
        ],
        "displaymath": [
            (r"\\\]", Punctuation, "#pop"),
            (r"\$\$", Punctuation, "#pop"),
            (r"\$", Name.Builtin),
            Mixin("math"),
        ],
        "command": [
            (r"\[.*?\]", Name.Attribute),
            (r"\*", Keyword),
            (r"", _pop),
        ],
    }
