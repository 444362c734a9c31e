"""Dart and Elixir, shaped like Rouge's ``dart`` and ``elixir`` lexers.

Dart: a method declaration or call at line start (``Type name(``) makes the
name ``Name.Function``; modifiers are ``Keyword.Declaration``, built-in
types ``Keyword.Type``; ``.member`` is ``Operator`` + ``Name.Attribute``;
``$name`` and ``${...}`` in strings are interpolations.

Elixir: ``:atom`` and ``key:`` are symbols, capitalised aliases and
``nil``/``true``/``false`` ``Name.Constant``, ``@attr`` variables, sigils
(``~r/.../``, ``~w(...)``) strings or regexes with their own delimiters.
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
    _TokenType,
)

from ..engine import Context, Mixin, StateLexer

DART_KEYWORDS = (
    "as|assert|await|break|case|catch|continue|default|do|else|finally|for|if|in|is|new"
    "|rethrow|return|super|switch|this|throw|try|while|with|yield"
)
DART_DECLARATIONS = (
    "abstract|async|dynamic|const|covariant|external|extends|factory|final|get|implements"
    "|late|native|on|operator|required|set|static|sync|typedef|var"
)
DART_TYPES = (
    "bool|Comparable|double|Dynamic|enum|Function|int|List|Map|Never|Null|num|Object|Pattern"
    "|Set|String|Symbol|Type|Uri|void"
)
DART_IMPORTS = r"import|deferred|export|library|part\s*of|part|source"
DART_ID = r"[a-zA-Z_]\w*"


def _dart_method(ctx: Context, match: re.Match[str]) -> None:
    ctx.out.extend(DartLexer().tokens(match.group(1)))
    ctx.token(Name.Function, match.group(2))
    ctx.token(Text, match.group(3))
    ctx.token(Punctuation, match.group(4))


class DartLexer(StateLexer):
    """``dart``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"(?s)^(\s*(?:[a-zA-Z_][a-zA-Z\d_.\[\]]*\s+)+?)([a-zA-Z_]\w*)(\s*)(\()",
             _dart_method),
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (r'"', String, "dqs"),
            (r"'", String, "sqs"),
            (r'r"[^"]*"', String.Other),
            (r"r'[^']*'", String.Other),
            (rf"(?i)#(?:{DART_ID})*", String.Symbol),
            (rf"@{DART_ID}", Name.Decorator),
            (rf"(?:{DART_KEYWORDS})\b", Keyword),
            (rf"(?:{DART_DECLARATIONS})\b", Keyword.Declaration),
            (rf"(?:{DART_TYPES})\b", Keyword.Type),
            (r"(?:true|false|null)\b", Keyword.Constant),
            (r"(?:class|interface|mixin)\b", Keyword.Declaration, "class"),
            (rf"(?:{DART_IMPORTS})\b", Keyword.Namespace, "import"),
            (rf"(\.)({DART_ID})", (Operator, Name.Attribute)),
            (rf"{DART_ID}:", Name.Label),
            (rf"\$?{DART_ID}", Name),
            (r"[~^*!%&|+=:/?-]", Operator),
            (r"[\[\](){}<>.,;]", Punctuation),
            (r"\d*\.\d+(?:[eE]-?\d+)?", Number.Float),
            (r"0x[\da-fA-F]+", Number.Hex),
            (r"\d+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [
            (r"\s+", Text),
            (DART_ID, Name.Class, "#pop"),
        ],
        "dqs": [
            (r'"', String, "#pop"),
            (r'[^\\$"]+', String),
            Mixin("string"),
        ],
        "sqs": [
            (r"'", String, "#pop"),
            (r"[^\\$']+", String),
            Mixin("string"),
        ],
        "import": [
            (r";", Operator, "#pop"),
            (r"(?:show|hide)\b", Keyword.Declaration),
            Mixin("root"),
        ],
        "string": [
            Mixin("interpolation"),
            (r"\\[nrt\"'\\]", String.Escape),
        ],
        "interpolation": [
            (rf"\${DART_ID}", String.Interpol),
            (r"\$\{[^}]+\}", String.Interpol),
        ],
    }


_SIGIL_CLOSERS = {"{": "}", "[": "]", "(": ")", "<": ">"}


def _sigil(ctx: Context, match: re.Match[str]) -> None:
    """``~r/.../``, ``~w(...)``: a state made for this sigil's delimiter."""
    letter, opener = match.group(1) or "", match.group(2)
    closer = _SIGIL_CLOSERS.get(opener, opener)
    interpolates = letter in ("S", "R", "C", "W")
    ttype: _TokenType = String.Other
    if letter in ("R", "r"):
        ttype = String.Regex
        ctx.push("regex_flags")
    if letter in ("W", "w"):
        ctx.push("list_flags")
    ctx.token(ttype, match.group())
    specs: list = [(re.escape(closer), ttype, "#pop")]
    if interpolates:
        specs += [Mixin("interpoling"), (r"#", ttype)]
    else:
        specs.append((r"[\\#]", ttype))
    delimiters = re.escape("".join(dict.fromkeys(opener + closer)))
    specs.append((rf"[^#{delimiters}\\]+", ttype))
    lexer = ctx.lexer
    assert isinstance(lexer, ElixirLexer)
    ctx.push(lexer.add_state(f"sigil:{ttype}:{interpolates}:{opener}", specs))


ELIXIR_KEYWORDS = (
    "case|cond|end|bc|lc|if|unless|try|loop|receive|fn|defmodule|defp?|defprotocol|defimpl"
    "|defrecord|defmacrop?|defdelegate|defexception|defguardp?|defstruct|exit|raise|throw"
    "|after|rescue|catch|else"
)


class ElixirLexer(StateLexer):
    """``elixir``/``exs``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"#.*$", Comment.Single),
            (rf"\b(?:{ELIXIR_KEYWORDS})\b(?![?!])|(?<!\.)\b(?:do|->)\b", Keyword),
            (r"\b(?:import|require|use|recur|quote|unquote|super|refer)\b(?![?!])",
             Keyword.Namespace),
            (r"(?<!\.)\b(?:and|not|or|when|xor|in)\b", Operator.Word),
            (r"%=|\*=|\*\*=|\+=|-=|\^=|\|\|=|<=>|<(?!<|=)|>(?!<|=|>)|<=|>=|===|==|=~|!=|!~"
             r"|(?=[\s])\?|(?<=[\s])!+|&(?:&&?|(?!\d))|\|\||\^|\*|\+|-|/|\||\+\+|--|\*\*|//"
             r"|<-|<>|<<|>>|=|\.|~~~", Operator),
            (r"(?<!:)(:)([a-zA-Z_]\w*(?:[?!]|=(?![>=]))?|<>|===?|>=?|<=?|<=>|&&?|%\(\)|%\[\]"
             r"|%\{\}|\+\+?|--?|\|\|?|!|//|[%&`/|]|\*\*?|=?~|<-)|([a-zA-Z_]\w*(?:[?!])?)(:)(?!:)",
             String.Symbol),
            (r':"', String.Symbol, "interpoling_symbol"),
            (r"\b(?:nil|true|false)\b(?![?!])|\b[A-Z]\w*\b", Name.Constant),
            (r"\b__(?:FILE|LINE|MODULE|MAIN|FUNCTION)__\b(?![?!])", Name.Builtin.Pseudo),
            (r"[a-zA-Z_!]\w*[!?]?", Name),
            (r"::|[%(){};,/|:\\\[\]]", Punctuation),
            (r"@[a-zA-Z_]\w*|&\d", Name.Variable),
            (r"\b\d(?:_?\d)*(?:\.(?![^\d\s])(?:_?\d)+)(?:[eE][-+]?\d(?:_?\d)*)?\b", Number.Float),
            (r"\b0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*\b", Number.Hex),
            (r"\b0o[0-7](?:_?[0-7])*\b", Number.Oct),
            (r"\b0b[01](?:_?[01])*\b", Number.Bin),
            (r"\b\d(?:_?\d)*\b", Number.Integer),
            Mixin("strings"),
            Mixin("sigil_strings"),
        ],
        "strings": [
            (r'(?:%[A-Ba-z])?"""(?:.|\n)*?"""', String.Doc),
            (r"'''(?:.|\n)*?'''", String.Doc),
            (r'"', String.Double, "dqs"),
            (r"'", String.Single, "sqs"),
            (r"(?<!\w)\?(?:\\(?:x\d{1,2}|[0-9a-fA-F]{1,2}(?![0-9a-fA-F])\b|0[0-7]{0,2}(?![0-7])\b"
             r"[^x0MC])|(?:\\[MC]-)+\w|[^\s\\])", String.Other),
        ],
        "dqs": [
            Mixin("escapes"),
            Mixin("interpoling"),
            (r'[^#"\\]+', String.Double),
            (r'"', String.Double, "#pop"),
            (r"[#\\]", String.Double),
        ],
        "sqs": [
            Mixin("escapes"),
            Mixin("interpoling"),
            (r"[^#'\\]+", String.Single),
            (r"'", String.Single, "#pop"),
            (r"[#\\]", String.Single),
        ],
        "interpoling": [(r"#\{", String.Interpol, "interpoling_string")],
        "interpoling_string": [(r"\}", String.Interpol, "#pop"), Mixin("root")],
        "escapes": [
            (r"\\x[0-9a-fA-F]{2}", String.Escape),
            (r"\\u\{?\d+\}?", String.Escape),
            (r"\\[\\abdefnrstv0\"']", String.Escape),
        ],
        "interpoling_symbol": [
            (r'"', String.Symbol, "#pop"),
            Mixin("interpoling"),
            (r'[^#"]+', String.Symbol),
        ],
        "sigil_strings": [(r"~([A-Za-z])?([{\[(<|/'\"])", _sigil)],
        "regex_flags": [(r"[fgimrsux]*", String.Regex, "#pop")],
        "list_flags": [(r"[csa]?", String.Other, "#pop")],
    }
