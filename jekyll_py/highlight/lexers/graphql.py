"""GraphQL, shaped like Rouge's ``graphql`` lexer.

Operation and definition keywords are ``Keyword``, directives ``@name``
too; field and type names are ``Name`` (scalar types ``Name.Builtin``),
``$variables`` ``Name.Variable``; values are lexed by kind; a ``\"\"\"``
description block is Markdown.  Blanks are ``Text.Whitespace`` (class ``w``).
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Punctuation,
    String,
    Whitespace,
    _TokenType,
)

from ..engine import Context, Mixin, StateLexer

NAME = r"[_A-Za-z][_0-9A-Za-z]*"
SCALARS = r"\b(?:Int|Float|String|Boolean|ID)\b"


def _description(ctx: Context, match: re.Match[str]) -> None:
    from .markdown import MarkdownLexer

    ctx.token(String.Double, match.group(1))
    ctx.token(Whitespace, match.group(2))
    ctx.out.extend(MarkdownLexer().tokens(match.group(3)))
    ctx.token(Whitespace, match.group(4))
    ctx.token(String.Double, match.group(5))


def _close_selection(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Punctuation, match.group())
    ctx.pop()
    if ctx.stack[-1] in ("query_definition", "fragment_definition"):
        ctx.pop()


def _close_in_value(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Punctuation, match.group())
    ctx.pop()
    if ctx.stack[-1] == "value":
        ctx.pop()


def _value(ttype: _TokenType):
    def action(ctx: Context, match: re.Match[str]) -> None:
        ctx.token(ttype, match.group())
        if ctx.stack[-1] != "list":
            ctx.pop()
    return action


def _variant(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Name, match.group())
    ctx.pop()
    ctx.push("union_definition_pipe")


def _pipe(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Punctuation, match.group())
    ctx.pop()
    ctx.push("union_definition_variant")


def _pop2(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop(2)


class GraphQLLexer(StateLexer):
    """``graphql``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\b(?:query|mutation|subscription)\b", Keyword, "query_definition"),
            (r"\{", Punctuation, ("query_definition", "selection_set")),
            (r"\bfragment\b", Keyword, "fragment_definition"),
            (r"\bscalar\b", Keyword, "value"),
            (r"\b(?:type|interface|enum)\b", Keyword, "type_definition"),
            (r"\b(?:input|schema)\b", Keyword, "type_definition"),
            (r"\bunion\b", Keyword, "union_definition"),
            (r"\bextend\b", Keyword),
            Mixin("basic"),
            (r'(?s)(""")(\n)(.*?)(\n)(""")', _description),
        ],
        "basic": [
            (r"\s+", Whitespace),
            (r"#.*$", Comment),
            (r"[!,]", Punctuation),
        ],
        "has_directives": [
            (rf"(@{NAME})(\s*)(\()", (Keyword, Whitespace, Punctuation), "arguments"),
            (rf"@{NAME}\b", Keyword),
        ],
        "fragment_definition": [(r"\bon\b", Keyword), Mixin("query_definition")],
        "query_definition": [
            Mixin("has_directives"),
            (rf"\b{NAME}\b", Name),
            (r"\(", Punctuation, "variable_definitions"),
            (r"\{", Punctuation, "selection_set"),
            Mixin("basic"),
        ],
        "type_definition": [
            (r"\bimplements\b", Keyword),
            (rf"\b{NAME}\b", Name),
            (r"\(", Punctuation, "variable_definitions"),
            (r"\{", Punctuation, "type_definition_set"),
            Mixin("basic"),
        ],
        "union_definition": [
            (rf"\b{NAME}\b", Name),
            (r"=", Punctuation, "union_definition_variant"),
            Mixin("basic"),
        ],
        "union_definition_variant": [(rf"\b{NAME}\b", _variant), Mixin("basic")],
        "union_definition_pipe": [
            (r"\|", _pipe),
            (r"(?!\||\s+|#[^\n]*)", _pop2),
            Mixin("basic"),
        ],
        "type_definition_set": [
            (r"\}", Punctuation, "#pop:2"),
            (rf"\b({NAME})(\s*)(\()", (Name, Whitespace, Punctuation), "variable_definitions"),
            (rf"\b{NAME}\b", Name),
            (r":", Punctuation, "type_names"),
            Mixin("basic"),
        ],
        "arguments": [
            (r"\)", Punctuation, "#pop"),
            (rf"\b{NAME}\b", Name),
            (r":", Punctuation, "value"),
            Mixin("basic"),
        ],
        "variable_definitions": [
            (r"\)", Punctuation, "#pop"),
            (rf"\${NAME}\b", Name.Variable),
            (rf"\b{NAME}\b", Name),
            (r":", Punctuation, "type_names"),
            (r"=", Punctuation, "value"),
            Mixin("basic"),
        ],
        "type_names": [
            (SCALARS, Name.Builtin, "#pop"),
            (rf"\b{NAME}\b", Name, "#pop"),
            (r"\[", Punctuation, "type_name_list"),
            Mixin("basic"),
        ],
        "type_name_list": [
            (SCALARS, Name.Builtin),
            (rf"\b{NAME}\b", Name),
            (r"\]", Punctuation, "#pop:2"),
            Mixin("basic"),
        ],
        "selection_set": [
            Mixin("has_directives"),
            (r"\}", _close_selection),
            (rf"\b({NAME})(\s*)(\()", (Name, Whitespace, Punctuation), "arguments"),
            (rf"\b({NAME})(\s*)(:)", (Name, Whitespace, Punctuation)),
            (rf"\b{NAME}\b", Name),
            (r"(\.\.\.)(\s+)(on)\b", (Punctuation, Whitespace, Keyword)),
            (r"\.\.\.", Punctuation),
            (r"\{", Punctuation, "selection_set"),
            Mixin("basic"),
        ],
        "list": [(r"\]", _close_in_value), Mixin("value")],
        "object": [
            (r"\}", _close_in_value),
            (rf"\b({NAME})(\s*)(:)", (Name, Whitespace, Punctuation), "value"),
            Mixin("basic"),
        ],
        "value": [
            (r'(?s)""".*?"""', String.Double),
            (rf"\${NAME}\b", _value(Name.Variable)),
            (r"\b(?:true|false|null)\b", _value(Keyword.Constant)),
            (r"[+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?", _value(Number.Float)),
            (r"[+-]?[1-9][0-9]*(?:[eE][+-]?[0-9]+)?", _value(Number.Integer)),
            (r'"(?:\\[\\"]|[^"])*"', _value(String.Double)),
            (rf"\b{NAME}\b", _value(Name)),
            (r"\{", Punctuation, "object"),
            (r"\[", Punctuation, "list"),
            Mixin("basic"),
        ],
    }
