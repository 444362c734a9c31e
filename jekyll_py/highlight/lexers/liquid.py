"""Liquid templates, shaped like Rouge's ``liquid`` lexer.

Everything outside ``{{ }}``/``{% %}`` is plain text (Rouge does not lex the
HTML around Liquid).  Delimiters are punctuation; blanks inside them are
``Text.Whitespace``; control-flow tags (``if``, ``unless``, ``case``,
``when``, ``else``, their ``end`` forms) are ``Keyword.Reserved`` while other
tags are ``Name.Tag``; filters are ``Name.Function`` and variables
``Name.Variable``.  The end of a tag returns to the top level, whatever was
open.
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
    Whitespace,
)

from ..engine import Context, Mixin, StateLexer


def _quoted_class(value: str):
    """A ``for``/``cycle`` argument's class: a string literal or a name."""
    if re.search(r"'[^']*'", value):
        return String.Single
    if re.search(r'"[^"]*"', value):
        return String.Double
    return None


def _cycle(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Name.Tag, match.group(1))
    ctx.token(Whitespace, match.group(2))
    if match.group(3) is not None:
        ctx.token(_quoted_class(match.group(3)) or Name.Attribute, match.group(3))
    ctx.token(Whitespace, match.group(4) or "")
    ctx.token(Punctuation, match.group(5) or "")
    ctx.token(Whitespace, match.group(6))
    ctx.push("variable_tag_markup")


def _for(ctx: Context, match: re.Match[str]) -> None:
    for index, ttype in enumerate(
        (Name.Tag, Whitespace, Name.Variable, Whitespace, Name.Tag, Whitespace), start=1
    ):
        ctx.token(ttype, match.group(index))
    ctx.token(_quoted_class(match.group(7)) or Name.Variable, match.group(7))
    ctx.token(Whitespace, match.group(8))
    ctx.push("tag_markup")


_FILTER = (Punctuation, Whitespace, Name.Function)


class LiquidLexer(StateLexer):
    """``liquid``."""

    flags = re.MULTILINE | re.ASCII  # Ruby's \w is ASCII-only

    states = {
        "root": [
            (r"[^{]+", Text),
            (r"(\{%-?)(\s*)", (Punctuation, Whitespace), "tag_or_block"),
            (r"(\{\{-?)(\s*)", (Punctuation, Whitespace), "output"),
            (r"\{", Text),
        ],
        "tag_or_block": [
            (r"(?:if|elsif|unless|case)\b", Keyword.Reserved, "condition"),
            (r"when\b", Keyword.Reserved, "when"),
            (r"(else)(\s*)(-?%\})", (Keyword.Reserved, Whitespace, Punctuation), "#pop"),
            (r"(capture|(?:in|de)crement)(\s+)([^\s%]+)(\s*)(-?%\})",
             (Name.Tag, Whitespace, Name.Variable, Whitespace, Punctuation), "#pop"),
            (r"(comment)(\s*)(-?%\})", (Name.Tag, Whitespace, Punctuation), "comment"),
            (r"(raw)(\s*)(-?%\})", (Name.Tag, Whitespace, Punctuation), "raw"),
            (r"(end(?:if|unless|case))(\s*)(-?%\})",
             (Keyword.Reserved, Whitespace, Punctuation), "#pop"),
            (r"(end(?:[^\s%]+))(\s*)(-?%\})", (Name.Tag, Whitespace, Punctuation), "#pop"),
            (r"(?:assign|echo)\b", Name.Tag, "assign"),
            (r"(?:include|render)\b", Name.Tag, "include"),
            (r"(cycle)(\s+)(?:([^\s:]*)(\s*)(:))?(\s*)", _cycle),
            (r"(for|tablerow)(\s+)([\w-]+)(\s+)(in)(\s+)"
             r"((?:[^\s%,|'\"]|(?:\"[^\"]*\"|'[^']*'))+)(\s*)", _for),
            (r"([^\s%]+)(\s*)", (Name.Tag, Whitespace), "tag_markup"),
        ],
        "output": [
            (r"(\|)(\s*)([a-zA-Z_][^\s}|:]*)", _FILTER, "filters"),
            Mixin("end_of_tag"),
            Mixin("generic"),
        ],
        "filters": [
            (r"(\|)(\s*)([a-zA-Z_][^\s%}|:]*)", _FILTER),
            Mixin("end_of_tag"),
            Mixin("end_of_block"),
            Mixin("variable_param_markup"),
        ],
        "condition": [
            (r"[=!]=|[<>]=?", Operator),
            (r"(?:and|or|contains)\b", Operator.Word),
            Mixin("end_of_block"),
            Mixin("generic"),
        ],
        "when": [Mixin("end_of_block"), Mixin("generic")],
        "end_of_tag": [(r"-?\}\}", Punctuation, "#reset")],
        "end_of_block": [(r"-?%\}", Punctuation, "#reset")],
        "param_markup": [
            Mixin("whitespace"),
            Mixin("keyword"),
            Mixin("string"),
            Mixin("number"),
            (r"([^\s=:]+)(\s*)(=|:)", (Name.Attribute, Whitespace, Operator)),
            (r"[,:]", Punctuation),
        ],
        "default_param_markup": [Mixin("param_markup"), (r"\S+", Text)],
        "variable_param_markup": [Mixin("param_markup"), Mixin("variable"), (r"\S+", Text)],
        "tag_markup": [
            (r"reversed\b", Name.Attribute),
            Mixin("end_of_block"),
            Mixin("default_param_markup"),
        ],
        "variable_tag_markup": [Mixin("end_of_block"), Mixin("variable_param_markup")],
        "keyword": [(r"(?:false|true|nil)\b", Keyword.Constant)],
        "variable": [
            (r"(?:empty|blank|forloop\.[^\s%}|:]+)\b", Name.Builtin),
            (r"\.(?=\w)|\[|\]", Punctuation),
            (r"(?:first|last|size)\b", Name.Function),
            (r"[a-zA-Z_][\w-]*\??", Name.Variable),
        ],
        "string": [(r"'[^']*'", String.Single), (r'"[^"]*"', String.Double)],
        "number": [
            (r"-", Operator),
            (r"\d+\.\d+", Number.Float),
            (r"\d+", Number.Integer),
        ],
        "generic": [
            Mixin("whitespace"),
            Mixin("keyword"),
            Mixin("string"),
            Mixin("number"),
            Mixin("variable"),
        ],
        "whitespace": [(r"[ \t]+", Whitespace)],
        "comment": [
            (r"[^{]+", Comment),
            (r"(\{%-?)(\s*)(endcomment)(\s*)(-?%\})",
             (Punctuation, Whitespace, Name.Tag, Whitespace, Punctuation), "#reset"),
            (r"\{", Comment),
        ],
        "raw": [
            (r"[^{]+", Text),
            (r"(\{%-?)(\s*)(endraw)(\s*)(-?%\})",
             (Punctuation, Whitespace, Name.Tag, Whitespace, Punctuation), "#reset"),
            (r"\{", Text),
        ],
        "assign": [
            (r"=", Operator),
            (r"(\|)(\s*)([a-zA-Z_][^\s%|:]*)", _FILTER, "filters"),
            Mixin("end_of_block"),
            Mixin("generic"),
        ],
        "include": [
            (r"(\{\{-?)(\s*)", (Punctuation, Whitespace), "output_embed"),
            (r"(?:with|for)\b", Name.Tag),
            (r"[/\w-]+(?:\.[\w-]+)+\b", Text),
            Mixin("variable_tag_markup"),
        ],
        "output_embed": [
            (r"(\|)(\s*)([a-zA-Z_][^\s}|:]*)", _FILTER),
            (r"-?\}\}", Punctuation, "#pop"),
            Mixin("variable_param_markup"),
        ],
    }
