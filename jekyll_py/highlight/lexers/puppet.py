"""Puppet manifests, shaped like Rouge's ``puppet`` lexer.

Resource types (capitalised) are classes, ``name =>`` parameters
properties (metaparameters such as ``require`` pseudo-keywords),
``$::scope::vars`` variables, and ``/regex/`` literals are recognised
where Rouge allows them (after ``{``, ``,``, ``=~``, ``node``).
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from ..engine import Context, Mixin, StateLexer

KEYWORDS = frozenset("and case class default define else elsif if in import inherits node "
                     "unless".split())
CONSTANTS = frozenset("false true undef".split())
METAPARAMETERS = frozenset("before require notify subscribe".split())

_ID = r"[a-z]\w*"
_QUALNAME = rf"(?:::)?(?:{_ID}::)*\w+"


def _parameter(ctx: Context, match: re.Match[str]) -> None:
    name = match.group()
    ctx.token(Keyword.Pseudo if name in METAPARAMETERS else Name.Property, name)


def _word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in KEYWORDS:
        ctx.token(Keyword, word)
    elif word in CONSTANTS:
        ctx.token(Keyword.Constant, word)
    else:
        ctx.token(Name, word)


class PuppetLexer(StateLexer):
    """``puppet``/``pp``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "whitespace": [
            (r"\s+", Text),
            (r"#.*?\n", Comment),
        ],
        "root": [
            Mixin("whitespace"),
            (rf"[$]{_QUALNAME}", Name.Variable),
            (rf"{_ID}(?=\s*[=+]>)", _parameter),
            (rf"{_QUALNAME}(?=\s*[(])", Name.Function),
            (r"[A-Z]\w*", Name.Class),
            (r"[+=|~-]>|<[|~-]", Punctuation),
            (r"[|:}();\[\]]", Punctuation),
            (r"\{", Punctuation, "regex_allowed"),
            (r",", Punctuation, "regex_allowed"),
            (r"(?:in|and|or)\b", Operator.Word),
            (r"[=!<>]=", Operator),
            (r"[=!]~", Operator, "regex_allowed"),
            (r"[.=<>!+*/-]", Operator),
            (rf"(class|include)(\s*)({_QUALNAME})", (Keyword, Text, Name.Class)),
            (r"node\b", Keyword, "regex_allowed"),
            (r"'(?:\\[\\']|[^'])*'", String.Single),
            (r'"', String.Double, "dquotes"),
            (r"\d+(?:[.]\d+)?(?:e[+-]\d+)?", Number),
            (_QUALNAME, _word),
        ],
        "regex_allowed": [
            Mixin("whitespace"),
            (r"/", String.Regex, "regex"),
            (r"", Text, "#pop"),
        ],
        "regex": [
            (r"/", String.Regex, "#pop"),
            (r"\\.", String.Escape),
            (r"[(){}]", String.Interpol),
            (r"\[", String.Interpol, "regex_class"),
            (r".", String.Regex),
        ],
        "regex_class": [
            (r"\]", String.Interpol, "#pop"),
            (r"(?<!\[)-(?=\])", String.Regex),
            (r"-", String.Interpol),
            (r"\\.", String.Escape),
            (r"[^\\\]-]+", String.Regex),
        ],
        "dquotes": [
            (r'"', String.Double, "#pop"),
            (r'[^$\\"]+', String.Double),
            (r"(?s:\\.)", String.Escape),
            (rf"[$]{_QUALNAME}", Name.Variable),
            (rf"[$][{{]{_QUALNAME}[}}]", Name.Variable),
        ],
    }
