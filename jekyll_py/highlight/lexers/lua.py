"""Lua, shaped like Rouge's ``lua`` lexer.

Standard library functions (``print``, ``pairs``, ``string.format``...) are
``Name.Builtin``; other dotted names split into name, ``.``, name;
``gsub(..., "pattern")`` patterns are lexed as regexes; ``[[long strings]]``
and ``--[[long comments]]`` span lines.  (Rouge lower-cases the manual's
names, so ``_G`` and ``_VERSION`` are not builtins while ``_g`` would be.)
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

_MODULES = {
    "": "_g _version assert collectgarbage dofile error getmetatable ipairs load loadfile "
        "next pairs pcall print rawequal rawget rawlen rawset select setmetatable tonumber "
        "tostring type xpcall require",
    "package": "config cpath loaded loadlib path preload searchers searchpath",
    "coroutine": "create isyieldable resume running status wrap yield",
    "debug": "debug gethook getinfo getlocal getmetatable getregistry getupvalue "
             "getuservalue sethook setlocal setmetatable setupvalue setuservalue traceback "
             "upvalueid upvaluejoin",
    "io": "close flush input lines open output popen read stderr stdin stdout tmpfile type "
          "write",
    "math": "abs acos asin atan ceil cos deg exp floor fmod huge log max maxinteger min "
            "mininteger modf pi rad random randomseed sin sqrt tan tointeger type ult",
    "os": "clock date difftime execute exit getenv remove rename setlocale time tmpname",
    "string": "byte char dump find format gmatch gsub len lower match pack packsize rep "
              "reverse sub unpack upper",
    "table": "concat insert move pack remove sort unpack",
    "utf8": "char charpattern codepoint codes len offset",
}
BUILTINS = frozenset(
    f"{module}.{name}" if module else name
    for module, names in _MODULES.items()
    for name in names.split()
)


def _name(ctx: Context, match: re.Match[str]) -> None:
    name = match.group()
    if name == "gsub":
        ctx.token(Name.Builtin, name)
        ctx.push("gsub")
    elif name in BUILTINS:
        ctx.token(Name.Builtin, name)
    elif "." in name:
        first, second = name.split(".", 1)
        ctx.token(Name, first)
        ctx.token(Punctuation, ".")
        ctx.token(Name, second)
    else:
        ctx.token(Name, name)


def _pop(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


class LuaLexer(StateLexer):
    """``lua``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"#!(?:.*?)$", Comment.Preproc),
            (r"", Text, "base"),
        ],
        "base": [
            (r"(?s)--\[(=*)\[.*?\]\1\]", Comment.Multiline),
            (r"--.*$", Comment.Single),
            # Rouge's float rule ends in a stray quote, so it matches only ``1.5'``.
            (r"(?i)(?:\d*\.\d+|\d+\.\d*)(?:e[+-]?\d+)?'", Number.Float),
            (r"(?i)\d+e[+-]?\d+", Number.Float),
            (r"(?i)0x[0-9a-f]*", Number.Hex),
            (r"\d+", Number.Integer),
            (r"\n", Text),
            (r"[ \t\r\f\v]", Text),
            (r"(?s)\[(=*)\[.*?\]\1\]", String),
            (r"==|~=|<=|>=|\.\.\.|\.\.|[=+\-*/%^<>#]", Operator),
            (r"[\[\]{}().,:;]", Punctuation),
            (r"(?:and|or|not)\b", Operator.Word),
            (r"(?:break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)\b",
             Keyword),
            (r"local\b", Keyword.Declaration),
            (r"(?:true|false|nil)\b", Keyword.Constant),
            (r"function\b", Keyword, "function_name"),
            (r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?", _name),
            (r"'", String.Single, "escape_sqs"),
            (r'"', String.Double, "escape_dqs"),
        ],
        "function_name": [
            (r"\s+", Text),
            (r"(?:([A-Za-z_][A-Za-z0-9_]*)(\.))?([A-Za-z_][A-Za-z0-9_]*)",
             (Name.Class, Punctuation, Name.Function), "#pop"),
            (r"\(", Punctuation, "#pop"),
        ],
        "gsub": [
            (r"\)", Punctuation, "#pop"),
            (r"[(,]", Punctuation),
            (r"\s+", Text),
            (r'"', String.Regex, "regex"),
        ],
        "regex": [
            (r'"', String.Regex, "#goto:regex_end"),
            (r"\[\^?", String.Escape, "regex_group"),
            (r"\\.", String.Escape),
            (r"[(][?][:=<!]", String.Escape),
            (r"[{][\d,]+[}]", String.Escape),
            (r"[()?]", String.Escape),
            (r".", String.Regex),
        ],
        "regex_end": [
            (r"[$]+", String.Regex, "#pop"),
            (r"", _pop),
        ],
        "regex_group": [
            (r"/", String.Escape),
            (r"\]", String.Escape, "#pop"),
            (r"(\\)(.)", (String.Escape, String.Regex)),
            (r".", String.Regex),
        ],
        "escape_sqs": [Mixin("string_escape"), Mixin("sqs")],
        "escape_dqs": [Mixin("string_escape"), Mixin("dqs")],
        "string_escape": [(r"\\(?:[abfnrtv\\\"']|\d{1,3})", String.Escape)],
        "sqs": [(r"'", String.Single, "#pop"), (r"[^']+", String.Single)],
        "dqs": [(r'"', String.Double, "#pop"), (r'[^"]+', String.Double)],
    }
