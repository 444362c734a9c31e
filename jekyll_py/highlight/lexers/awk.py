"""AWK and sed, shaped like Rouge's ``awk`` and ``sed`` lexers.

AWK:

Keywords start an expression (so a following ``/`` opens a regex), ``BEGIN``/
``END`` are reserved words, the special variables (``NR``, ``FS``...)
constants, string functions builtins, ``$1`` field references variables and
other names ``Name.Other``.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Error,
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
if else while for do break continue return next nextfile delete exit print printf getline
""".split())
CONSTANTS = frozenset(
    "CONVFMT FS NF NR FNR FILENAME RS OFS ORS OFMT SUBSEP ARGC ARGV ENVIRON".split()
)
BUILTINS = frozenset("""
exp log sqrt sin cos atan2 length rand srand int substr index match split sub gsub sprintf
system tolower toupper
""".split())


def _word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in KEYWORDS:
        ctx.token(Keyword, word)
        ctx.push("expr_start")
    elif word == "function":
        ctx.token(Keyword.Declaration, word)
        ctx.push("expr_start")
    elif word in ("BEGIN", "END"):
        ctx.token(Keyword.Reserved, word)
    elif word in CONSTANTS:
        ctx.token(Keyword.Constant, word)
    elif word in BUILTINS:
        ctx.token(Name.Builtin, word)
    elif word.startswith("$"):
        ctx.token(Name.Variable, word)
    else:
        ctx.token(Name.Other, word)


def _error_pop2(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Error, match.group())
    ctx.pop(2)


class AwkLexer(StateLexer):
    """``awk``."""

    states = {
        "comments_and_whitespace": [
            (r"\s+", Text),
            (r"#.*?$", Comment.Single),
        ],
        "expr_start": [
            Mixin("comments_and_whitespace"),
            (r"/", String.Regex, "#goto:regex"),
            (r"", Text, "#pop"),
        ],
        "regex": [
            (r"/", String.Regex, "#goto:regex_end"),
            (r"[^/]\n", Error, "#pop"),
            (r"\n", Error, "#pop"),
            (r"\[\^?", String.Escape, "regex_group"),
            (r"\\.", String.Escape),
            (r"[(][?][:=<!]", String.Escape),
            (r"[{][\d,]+[}]", String.Escape),
            (r"[()?]", String.Escape),
            (r".", String.Regex),
        ],
        "regex_end": [(r"", Text, "#pop")],
        "regex_group": [
            (r"/", String.Escape),
            (r"[^/]\n", _error_pop2),
            (r"\]", String.Escape, "#pop"),
            (r"\\.", String.Escape),
            (r".", String.Regex),
        ],
        "root": [
            Mixin("comments_and_whitespace"),
            # Rouge's rule for a regex after a newline starts with a
            # look-behind, which never holds at its scan position.
            (r"[-<>+*/%^!=]=?|in\b|\+\+|--|\|", Operator, "expr_start"),
            (r"&&|\|\||~!?", Operator, "expr_start"),
            (r"[(\[,]", Punctuation, "expr_start"),
            (r";", Punctuation, "statement"),
            (r"[)\].]", Punctuation),
            (r"[?]", Punctuation, ("ternary", "expr_start")),
            (r"[{}]", Punctuation, "statement"),
            (r"[$a-zA-Z_][a-zA-Z0-9_]*", _word),
            (r"[0-9]+\.[0-9]+", Number.Float),
            (r"[0-9]+", Number.Integer),
            (r'"(?:\\[\\"]|[^"])*"', String.Double),
            (r":", Punctuation),
        ],
        "statement": [(r"[{}]", Punctuation), Mixin("expr_start")],
        "ternary": [(r":", Punctuation, "#goto:expr_start"), Mixin("root")],
    }


class SedRegexLexer(StateLexer):
    """The regex part of a sed command (``s/THIS/.../``)."""

    states = {
        "root": [
            (r"\\.", String.Escape),
            (r"\[", Punctuation, "brackets"),
            (r"[$^.*]", Operator),
            (r"[()]", Punctuation),
            (r".", String.Regex),
        ],
        "brackets": [
            (r"\^", Punctuation, "#goto:brackets_int"),
            (r"", Text, "#goto:brackets_int"),
        ],
        "brackets_int": [
            (r".-.", Name.Variable),
            (r"\]", Punctuation, "#pop"),
            (r".", String.Regex),
        ],
    }


class SedReplacementLexer(StateLexer):
    """The replacement part of a sed command (``s/.../THIS/``)."""

    states = {
        "root": [
            (r"(?s)\\.", String.Escape),
            (r"&", Operator),
            (r"[^\\&]+", Text),
        ],
    }


def _sed(ctx: Context) -> SedLexer:
    assert isinstance(ctx.lexer, SedLexer)
    return ctx.lexer


def _substitute(ctx: Context, match: re.Match[str]) -> None:
    """``s/re/replacement/``: the parts go to the regex and replacement lexers."""
    lexer = _sed(ctx)
    ctx.token(Keyword, match.group(1))
    ctx.token(Punctuation, match.group(2))
    ctx.out.extend(lexer.regex.continue_tokens(match.group(3)))
    ctx.token(Punctuation, match.group(4))
    ctx.out.extend(lexer.replacement.continue_tokens(match.group(5)))
    ctx.token(Punctuation, match.group(6))
    ctx.goto("flags")


def _transliterate(ctx: Context, match: re.Match[str]) -> None:
    lexer = _sed(ctx)
    ctx.token(Keyword, match.group(1))
    ctx.token(Punctuation, match.group(2))
    ctx.out.extend(lexer.replacement.continue_tokens(match.group(3)))
    ctx.token(Punctuation, match.group(4))
    ctx.out.extend(lexer.replacement.continue_tokens(match.group(5)))
    ctx.token(Punctuation, match.group(6))
    ctx.pop()


def _address_regex(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Keyword.Namespace, match.group(1))
    ctx.out.extend(_sed(ctx).regex.continue_tokens(match.group(2)))
    ctx.token(Keyword.Namespace, match.group(3))


def _address_custom(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Keyword.Namespace, match.group(1) + match.group(2))
    ctx.out.extend(_sed(ctx).regex.continue_tokens(match.group(3)))
    ctx.token(Keyword.Namespace, match.group(4))


def _push_command(ctx: Context, match: re.Match[str]) -> None:
    ctx.push("command")


def _pop(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


EDOT = r"(?:\\.|.)"


class SedLexer(StateLexer):
    """``sed``: addresses ``Keyword.Namespace``, commands keywords, regexes lexed apart.

    (For ``s///w file`` Rouge writes the whole flag text three times, once per
    token; we write it once, keyword, blank and file name.)
    """

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        self.regex = SedRegexLexer(options)
        self.replacement = SedReplacementLexer(options)

    def reset(self) -> None:
        """Start over, with the regex and replacement lexers too."""
        super().reset()
        self.regex.reset()
        self.replacement.reset()

    states = {
        "whitespace": [
            (r"\s+", Text),
            (r"#.*?\n", Comment, "#reset"),
            (r"\n", Text, "#reset"),
            (r";", Punctuation, "#reset"),
        ],
        "root": [Mixin("addr_range")],
        "command": [
            Mixin("whitespace"),
            (rf"(?s)(s)(.)({EDOT}*?)(\2)({EDOT}*?)(\2)", _substitute),
            (rf"(?s)(y)(.)({EDOT}*?)(\2)({EDOT}*?)(\2)", _transliterate),
            (r"([aic])(\s*)", (Keyword, Text), "#goto:text"),
            (r"[pd]", Keyword),
            (r"(?i)([qQl])(\s+)(\d+)", (Keyword, Text, Number), "#pop"),
            (r"[={}dDgGhHlnpPqx]", Keyword, "#pop"),
            (r"([rRwW])(\s+)(\S+)", (Keyword, Text, Name), "#pop"),
            (r"([:btT])(\s+)(\S+)", (Keyword, Text, Name.Label), "#pop"),
        ],
        "addr_range": [
            Mixin("whitespace"),
            (r"\d+", Keyword.Namespace),
            (r"[$,~+!]", Keyword.Namespace),
            (r"(/)((?:\\.|.)*?)(/)", _address_regex),
            (r"(\\)(.)((?:\\.|.)*?)(\2)", _address_custom),
            (r"", _push_command),
        ],
        "text": [
            (r"[^\\\n]+", String),
            (r"\\\n", String.Escape),
            (r"\\", String),
            (r"\n", Text, "#pop"),
        ],
        "flags": [
            (r"[gp]+", Keyword, "#pop"),
            (r"([wW])(\s+)(\S+)", (Keyword, Text, Name)),
            (r"", _pop),
        ],
    }
