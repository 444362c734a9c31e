"""CoffeeScript, shaped like Rouge's ``coffeescript`` lexer.

Names are ``Name.Other`` unless keywords, constants (``yes``, ``on``,
``null``...) or JavaScript globals; ``key:`` and ``.member``/``@member``
are ``Name.Attribute``; ``->``/``=>`` are ``Name.Function``; whether ``/``
starts a regex depends on what precedes it (an operator, a name, an opening
bracket); ``///`` block regexes allow comments; ``#{}`` interpolates in
double-quoted strings.
"""

from __future__ import annotations

import re

from pygments.token import (
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

KEYWORDS = frozenset("""
for by while until loop break continue return switch when then if else do yield throw try
catch finally await new delete typeof instanceof super extends this class import export
debugger
""".split())
CONSTANTS = frozenset("true false yes no on off null NaN Infinity undefined".split())
BUILTINS = frozenset("""
Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun
decodeURI decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN parseFloat
parseInt document window
""".split())
ID = r"[$a-zA-Z_][a-zA-Z0-9_]*"


def _identifier(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in KEYWORDS:
        ctx.token(Keyword, word)
    elif word in CONSTANTS:
        ctx.token(Name.Constant, word)
    elif word in BUILTINS:
        ctx.token(Name.Builtin, word)
    else:
        ctx.token(Name.Other, word)
    ctx.push("slash_starts_regex")


def _push_regex_start(ctx: Context, match: re.Match[str]) -> None:
    ctx.push("slash_starts_regex")


def _pop(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


class CoffeeScriptLexer(StateLexer):
    """``coffeescript``/``coffee``/``coffee-script``."""

    states = {
        "comments": [
            (r"(?s)###[^#].*?###", Comment.Multiline),
            (r"#.*$", Comment.Single),
        ],
        "whitespace": [(r"\s+", Text)],
        "regex_comment": [
            (r"^#(?!\{).*$", Comment.Single),
            (r"(\s+)(#(?!\{).*)$", (Text, Comment.Single)),
        ],
        "multiline_regex_begin": [(r"///", String.Regex, "#goto:multiline_regex")],
        "multiline_regex_end": [(r"///(?:[gimy]+\b|\B)", String.Regex, "#pop")],
        "multiline_regex": [
            Mixin("multiline_regex_end"),
            Mixin("regex_comment"),
            Mixin("has_interpolation"),
            Mixin("comments"),
            Mixin("whitespace"),
            Mixin("code_escape"),
            (r"\\\D", String.Escape),
            (r"\\\d+", Name.Variable),
            (r"(?s).", String.Regex),
        ],
        "slash_starts_regex": [
            Mixin("comments"),
            Mixin("whitespace"),
            Mixin("multiline_regex_begin"),
            (r"/(?:\\.|[^\[/\\\n]|\[(?:\\.|[^\]\\\n])*\])+/(?:[gimy]+\b|\B)", String.Regex,
             "#pop"),
            (r"", _pop),
        ],
        "root": [
            (r"^(?=\s|/|<!--)", _push_regex_start),
            Mixin("comments"),
            Mixin("whitespace"),
            (r"[+][+]|--|~|&&|\band\b|\bor\b|\bis\b|\bisnt\b|\bnot\b|\bin\b|\bof\b|[?]|:|="
             r"|[|][|]|\\(?=\n)|(?:<<|>>>?|==?|!=?|[-<>+*`%&|^/])=?", Operator,
             "slash_starts_regex"),
            (r"[-=]>", Name.Function),
            (rf"(@)([ \t]*)({ID})", (Name.Variable.Instance, Text, Name.Attribute),
             "slash_starts_regex"),
            (rf"([.])([ \t]*)({ID})", (Punctuation, Text, Name.Attribute), "slash_starts_regex"),
            (rf"{ID}(?=\s*:)", Name.Attribute, "slash_starts_regex"),
            (ID, _identifier),
            (r"[{(\[;,]", Punctuation, "slash_starts_regex"),
            (r"[})\].]", Punctuation),
            (r"\d+[.]\d+(?:[eE]\d+)?[fd]?", Number.Float),
            (r"0x[0-9a-fA-F]+", Number.Hex),
            (r"\d+", Number.Integer),
            (r'"""', String, "tdqs"),
            (r"'''", String, "tsqs"),
            (r'"', String, "dqs"),
            (r"'", String, "sqs"),
        ],
        "code_escape": [
            (r"\\(?:c[A-Z]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{4}\})", String.Escape),
        ],
        "strings": [
            (r"[^#\\'\"]+", String),
            Mixin("code_escape"),
            (r"\\.", String.Escape),
            (r"#", String),
        ],
        "double_strings": [
            (r"'", String),
            Mixin("has_interpolation"),
            Mixin("strings"),
        ],
        "single_strings": [
            (r'"', String),
            Mixin("strings"),
        ],
        "interpolation": [(r"\}", String.Interpol, "#pop"), Mixin("root")],
        "has_interpolation": [(r"[#][{]", String.Interpol, "interpolation")],
        "dqs": [(r'"', String, "#pop"), Mixin("double_strings")],
        "tdqs": [(r'"""', String, "#pop"), (r'"', String), Mixin("double_strings")],
        "sqs": [(r"'", String, "#pop"), Mixin("single_strings")],
        "tsqs": [(r"'''", String, "#pop"), (r"'", String), Mixin("single_strings")],
    }
