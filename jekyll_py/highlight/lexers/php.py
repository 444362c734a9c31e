"""PHP, shaped like Rouge's ``php`` lexer.

Outside ``<?php ... ?>`` the text is HTML (one HTML lexer, resumed between
PHP blocks).  ``php?start_inline=1`` starts in PHP; by default Rouge starts
in PHP unless the code begins with markup or has text before ``<?php``.
Inside PHP: a name followed by ``(`` is a keyword, a builtin function or
``Name.Function``; capitalised names are classes, all-capitals constants;
``$vars`` ``Name.Variable``; after ``function`` the name, parameter types
(``Keyword.Type``) and return type get their own states; ``.`` alone is
lexed as a float, as Rouge does.  The builtin function names are Rouge's
(``php_builtins``).
"""

from __future__ import annotations

import re
from functools import lru_cache

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

from ..engine import Context, Mixin, StateLexer, unicode_class
from .html import HTMLLexer
from .php_builtins import BUILTINS

KEYWORDS = frozenset("""
old_function cfunction __class__ __dir__ __file__ __function__ __halt_compiler __line__
__method__ __namespace__ __trait__ abstract and array as break case catch clone continue
declare default die do echo else elseif empty enddeclare endfor endforeach endif endswitch
endwhile eval exit extends final finally fn for foreach global goto if implements include
include_once instanceof insteadof isset list match new or parent print private protected
public readonly require require_once return self static switch throw try unset var while
xor yield
""".split())

ID = r"(?:[^\W\d]|_)\w*"
NS = rf"(?:{ID}\\)+"
ID_NS = rf"(?:{NS})?{ID}"


def _truthy(value: object) -> bool | None:
    """Rouge's ``bool_option``; ``None`` when absent (then Rouge guesses)."""
    if value is None:
        return None
    if value is True:
        return True
    return str(value).strip().lower() not in ("false", "off", "0", "", "no")


def _lexer(ctx: Context) -> PHPLexer:
    assert isinstance(ctx.lexer, PHPLexer)
    return ctx.lexer


def _to_parent(ctx: Context, match: re.Match[str]) -> None:
    ctx.out.extend(_lexer(ctx).parent.continue_tokens(match.group()))


def _to_parent_pop(ctx: Context, match: re.Match[str]) -> None:
    _to_parent(ctx, match)
    ctx.pop()


def _pop(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


def _call(ctx: Context, match: re.Match[str]) -> None:
    name = match.group().lower()
    if name in _lexer(ctx).keywords:
        ctx.token(Keyword, match.group())
    elif name in BUILTINS:
        ctx.token(Name.Builtin, match.group())
    else:
        ctx.token(Name.Function, match.group())


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Error-constant, constant and class name shapes, with Unicode capitals as in Rouge."""
    upper = unicode_class("Lu")
    return (
        re.compile(rf"(?:E|PHP)(?:_[{upper}]+)+"),
        re.compile(rf"(?:\\|^)[{upper}][{upper}0-9_]+$"),
        re.compile(rf"(?:\\|^)[{upper}][^\W_]*?$"),
    )


def _name(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    name = word.lower()
    if name == "use":
        ctx.push("in_use")
        ctx.token(Keyword.Namespace, word)
    elif name == "const":
        ctx.push("in_const")
        ctx.token(Keyword, word)
    elif name == "catch":
        ctx.push("in_catch")
        ctx.token(Keyword, word)
    elif name in ("public", "protected", "private"):
        ctx.push("in_visibility")
        ctx.token(Keyword, word)
    elif name == "stdclass":
        ctx.token(Name.Class if word == "stdClass" else Name, word)
    elif name in _lexer(ctx).keywords:
        ctx.token(Keyword, word)
    elif re.fullmatch(r"__.*?__", word):
        ctx.token(Name.Builtin, word)
    elif _name_patterns()[0].fullmatch(word):
        ctx.token(Keyword.Constant, word)
    elif _name_patterns()[1].search(word):
        ctx.token(Name.Constant, word)
    elif _name_patterns()[2].search(word):
        ctx.token(Name.Class, word)
    else:
        ctx.token(Name, word)


class PHPLexer(StateLexer):
    """``php``/``php3``/``php4``/``php5``."""

    #: Names that are keywords (compared lower-cased); Hack adds its own.
    keywords = KEYWORDS

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        self.parent = HTMLLexer(options)
        self.start_inline = _truthy(self.options.get("start_inline"))

    def start_stack(self) -> list[str]:
        """In PHP from the start, guessing, or in HTML, as ``start_inline`` says."""
        if self.start_inline is True:
            return ["root", "php"]
        if self.start_inline is None:
            return ["root", "start"]
        return ["root"]

    def reset(self) -> None:
        """Start over, with the HTML lexer too."""
        super().reset()
        self.parent.reset()

    states = {
        "escape": [(r"\?>", Comment.Preproc, "#reset")],
        "return": [(r"", _pop)],
        "start": [
            (r"(?s)\s*(?=<)", _to_parent_pop),
            (r"(?i)[^$]+(?=<\?(?:php|=))", _to_parent_pop),
            (r"", Text, "#goto:php"),
        ],
        "names": [
            (rf"{ID_NS}(?=\s*\()", _call),
            (ID_NS, _name),
        ],
        "operators": [(r"[~!%^&*+|:.<>/@-]+", Operator)],
        "string": [
            (r'"', String.Double, "#pop"),
            (r'[^\\{$"]+', String.Double),
            (r"\\u\{[0-9a-fA-F]+\}", String.Escape),
            (r"\\(?:[efrntv\"$\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2})", String.Escape),
            (rf"\${ID}(?:\[\S+\]|->{ID})?", Name.Variable),
            (r"\{\$\{", String.Interpol, "string_interp_double"),
            (r"\{(?=\$)", String.Interpol, "string_interp_single"),
            (r"(\{)(\S+)(\})", (String.Interpol, Name.Variable, String.Interpol)),
            (r"[${\\]+", String.Double),
        ],
        "string_interp_double": [(r"\}\}", String.Interpol, "#pop"), Mixin("php")],
        "string_interp_single": [(r"\}", String.Interpol, "#pop"), Mixin("php")],
        "values": [
            (rf"(?is)<<<([\"']?)({ID})\1\n.*?\n\s*\2;?", String.Heredoc),
            (r"(?i)(?:\d[_\d]*)?\.(?:\d[_\d]*)?(?:e[+-]?\d[_\d]*)?", Number.Float),
            (r"0[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"(?i)0x[a-f0-9][a-f0-9_]*", Number.Hex),
            (r"\d[_\d]*", Number.Integer),
            (r"'(?:[^'\\]*(?:\\.[^'\\]*)*)'", String.Single),
            (r"`(?:[^`\\]*(?:\\.[^`\\]*)*)`", String.Backtick),
            (r'"', String.Double, "string"),
            (r"(?i)(?:function|fn)\b", Keyword,
             ("in_function_return", "in_function_params", "in_function_name")),
            (r"(?i)(?:true|false|null)\b", Keyword.Constant),
            (r"(?i)new\b", Keyword, "in_new"),
        ],
        "variables": [
            (rf"\$\{{\$+{ID}\}}", Name.Variable),
            (rf"\$+{ID}", Name.Variable),
        ],
        "whitespace": [
            (r"\s+", Text),
            (r"#.*?$", Comment.Single),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*\*(?!/).*?\*/", Comment.Doc),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
        ],
        "root": [
            (r"(?i)<\?(?:php|=)?", Comment.Preproc, "php"),
            (r"(?s).*?(?=<\?)|.*", _to_parent),
        ],
        "php": [
            Mixin("escape"),
            Mixin("whitespace"),
            Mixin("variables"),
            Mixin("values"),
            (rf"(?i)(namespace)(\s+)({ID_NS})", (Keyword.Namespace, Text, Name.Namespace)),
            (rf"(?i)(class|interface|trait|extends|implements)(\s+)({ID_NS})",
             (Keyword.Declaration, Text, Name.Class)),
            Mixin("names"),
            (r"[;,(){}\[\]]", Punctuation),
            Mixin("operators"),
            (r"[=?]", Operator),
        ],
        "in_assign": [
            (r",", Punctuation, "#pop"),
            (r"[\[\]]", Punctuation),
            (r"\(", Punctuation, "in_assign_function"),
            Mixin("escape"),
            Mixin("whitespace"),
            Mixin("values"),
            Mixin("variables"),
            Mixin("names"),
            Mixin("operators"),
            Mixin("return"),
        ],
        "in_assign_function": [
            (r"\)", Punctuation, "#pop"),
            (r",", Punctuation),
            Mixin("in_assign"),
        ],
        "in_catch": [
            (r"\(", Punctuation),
            (r"\|", Operator),
            (ID, Name.Class),
            Mixin("escape"),
            Mixin("whitespace"),
            Mixin("return"),
        ],
        "in_const": [
            (ID, Name.Constant),
            (r"=", Operator, "in_assign"),
            Mixin("escape"),
            Mixin("whitespace"),
            Mixin("return"),
        ],
        "in_function_body": [
            (r"\{", Punctuation, "#push"),
            (r"\}", Punctuation, "#pop"),
            Mixin("php"),
        ],
        "in_function_name": [
            (r"&", Operator),
            (ID, Name),
            (r"\(", Punctuation, "#pop"),
            Mixin("escape"),
            Mixin("whitespace"),
            Mixin("return"),
        ],
        "in_function_params": [
            (r"\)", Punctuation, "#pop"),
            (r",", Punctuation),
            (r"[.]{3}", Punctuation),
            (r"=", Operator, "in_assign"),
            (r"(?i)\b(?:public|protected|private|readonly)\b", Keyword),
            (rf"\??{ID}", Keyword.Type, "in_assign"),
            Mixin("escape"),
            Mixin("whitespace"),
            Mixin("variables"),
            Mixin("return"),
        ],
        "in_function_return": [
            (r":", Punctuation),
            (r"(?i)use\b", Keyword, "in_function_use"),
            (rf"\??{ID}", Keyword.Type, "in_assign"),
            (r"\{", Punctuation, "#goto:in_function_body"),
            Mixin("escape"),
            Mixin("whitespace"),
            Mixin("return"),
        ],
        "in_function_use": [
            (r"[,(]", Punctuation),
            (r"&", Operator),
            (r"\)", Punctuation, "#pop"),
            Mixin("escape"),
            Mixin("whitespace"),
            Mixin("variables"),
            Mixin("return"),
        ],
        "in_new": [
            (r"(?i)class\b", Keyword.Declaration, "#goto:in_new_class"),
            (ID_NS, Name.Class, "#pop"),
            Mixin("escape"),
            Mixin("whitespace"),
            Mixin("return"),
        ],
        "in_new_class": [
            (r"\}", Punctuation, "#pop"),
            (r"\{", Punctuation),
            Mixin("php"),
        ],
        "in_use": [
            (r"[,}]", Punctuation),
            (r"(?i)(?:function|const)\b", Keyword),
            (rf"({NS})(\{{)", (Name.Namespace, Punctuation)),
            (rf"{ID_NS}(?:_{ID})+", Name.Function),
            Mixin("escape"),
            Mixin("whitespace"),
            Mixin("names"),
            Mixin("return"),
        ],
        "in_visibility": [
            (r"(?i)\b(?:readonly|static)\b", Keyword),
            (r"(?i)(?=(?:abstract|const|function)\b)", Keyword, "#pop"),
            (rf"\??{ID}", Keyword.Type, "#pop"),
            Mixin("escape"),
            Mixin("whitespace"),
            Mixin("return"),
        ],
    }


#: Hack's words beyond PHP's, found by probing Rouge 3.30 with the type and
#: keyword names of Hack's documentation (``shape``, ``tuple``, ``mixed``...
#: stay names there).
HACK_KEYWORDS = KEYWORDS | frozenset("""
arraykey async await bool dict double enum float int keyset newtype num string super type
vec void
""".split())


class HackLexer(PHPLexer):
    """``hack`` (``hh``): PHP plus Hack's keywords; ``<?hh`` opens code only
    alone on its line or with a ``// strict``/``partial``/``decl`` mode comment,
    the whole line being ``Comment.Preproc``."""

    keywords = HACK_KEYWORDS
    states = {
        **PHPLexer.states,
        "root": [
            (r"<\?hh(?:\s*//\s*(?:strict|partial|decl))?$", Comment.Preproc, "php"),
            *PHPLexer.states["root"],
        ],
    }
