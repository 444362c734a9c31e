"""Swift, shaped like Rouge's ``swift`` lexer.

Rouge's Swift output: ``let``/``var`` are plain keywords with the bound name
``Name.Variable``; declarations (``func``, ``class``, ``struct``, ``init``,
access levels...) ``Keyword.Declaration``, as are attributes ``@objc``;
capitalised names are ``Keyword.Type``; a name followed by ``(`` is
``Name.Function`` (a type if capitalised); ``label:`` is a variable;
string interpolation ``\\(...)`` is lexed as code.
"""

from __future__ import annotations

import re

from pygments.token import (  # noqa: I001
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

ID_HEAD = r"(?:_|[^\W\d_]|[\U00010000-\U0010FFFF])"
ID = rf"{ID_HEAD}[\w\U00010000-\U0010FFFF]*"
KEYWORDS = frozenset("""
await break case continue default do else fallthrough if in for return switch where while
try catch throw guard defer repeat as dynamicType is new super self Self Type __COLUMN__
__FILE__ __FUNCTION__ __LINE__ associativity async didSet get infix inout isolated
mutating none nonmutating operator override postfix precedence prefix set unowned weak
willSet throws rethrows precedencegroup
""".split())
DECLARATIONS = frozenset("""
actor class deinit enum convenience extension final func import init internal lazy let
nonisolated optional private protocol public required static struct subscript typealias
var dynamic indirect associatedtype open fileprivate some
""".split())
CONSTANTS = frozenset("true false nil".split())


def _pop(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


def _access(ctx: Context, match: re.Match[str]) -> None:
    """``private(set)`` is one declaration keyword; anything else in parens an error."""
    if match.group(3) == "set":
        ctx.token(Keyword.Declaration, match.group())
    else:
        for index, ttype in enumerate(
            (Keyword.Declaration, Keyword.Declaration, Error, Keyword.Declaration), 1
        ):
            ctx.token(ttype, match.group(index))


def _unowned(ctx: Context, match: re.Match[str]) -> None:
    if match.group(2) in ("safe", "unsafe"):
        ctx.token(Keyword.Declaration, match.group())
    else:
        for index, ttype in enumerate((Keyword.Declaration, Error, Keyword.Declaration), 1):
            ctx.token(ttype, match.group(index))


def _is_upper(word: str) -> bool:
    return word[:1].isupper()


def _call(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    ctx.token(Keyword.Type if _is_upper(word) else Name.Function, word)


def _identifier(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in KEYWORDS:
        ctx.token(Keyword, word)
    elif word in DECLARATIONS:
        ctx.token(Keyword.Declaration, word)
    elif word in CONSTANTS:
        ctx.token(Keyword.Constant, word)
    elif _is_upper(word):
        ctx.token(Keyword.Type, word)
    else:
        ctx.token(Name, word)


class SwiftLexer(StateLexer):
    """``swift``."""

    def start_stack(self) -> list[str]:
        """Rouge's Swift lexer starts at the beginning of a line."""
        return ["root", "bol"]

    states = {
        "bol": [
            (r"#.*", Comment.Preproc),
            Mixin("inline_whitespace"),
            (r"", _pop),
        ],
        "inline_whitespace": [
            (r"\s+", Text),
            Mixin("has_comments"),
        ],
        "whitespace": [
            (r"\n+", Text, "bol"),
            (r"//.*?$", Comment.Single, "bol"),
            Mixin("inline_whitespace"),
        ],
        "has_comments": [(r"/[*]", Comment.Multiline, "nested_comment")],
        "nested_comment": [
            Mixin("has_comments"),
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r".", Comment.Multiline),
        ],
        "root": [
            Mixin("whitespace"),
            (r"\$(?:(?:[1-9]\d*)?\d)", Name.Variable),
            (r"[()\[\]{}:;,?\\]", Punctuation),
            (r"[-/=+*%<>!&|^.~]+", Operator),
            (r'@?"', String, "dq"),
            (r"'(?:\\.|.)'", String.Char),
            (r"(?i)(?:\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)*\.\d+(?:_\d)*)(?:e[+-]?\d+(?:_\d)*)?",
             Number.Float),
            (r"(?i)\d+e[+-]?[0-9]+", Number.Float),
            (r"0o?[0-7]+(?:_[0-7]+)*", Number.Oct),
            (r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*(?:(?:\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\d+)?",
             Number.Hex),
            (r"0b[01]+(?:_[01]+)*", Number.Bin),
            (r"[\d]+(?:_\d+)*", Number.Integer),
            (rf"@{ID}", Keyword.Declaration),
            (r"(private|internal)(\([ ]*)(\w+)([ ]*\))", _access),
            (r"(unowned\([ ]*)(\w+)([ ]*\))", _unowned),
            (r"#available\([^)]+\)", Keyword.Declaration),
            (r"(#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\))",
             (Keyword.Declaration, Name.Function, Keyword.Declaration)),
            (r"#(?:line|file|column|function|dsohandle)", Keyword.Declaration),
            (rf"(let|var)\b(\s*)({ID})", (Keyword, Text, Name.Variable)),
            (r"(let|var)\b(\s*)([(])", (Keyword, Text, Punctuation), "tuple"),
            # At Rouge's scan position ``\b`` only asks whether a word character follows.
            (rf"(?!(?=\w)(?:if|while|for|private|internal|unowned|switch|case)\b)(?=\w){ID}"
             r"(?=[?!]?\s*[(])", _call),
            (r"as[?!]?(?=\s)", Keyword),
            (r"try[!]?(?=\s)", Keyword),
            (rf"(#?(?!default)(?![A-Z\u00c0-\u00de]){ID})(\s*)(:)",
             (Name.Variable, Text, Punctuation)),
            (ID, _identifier),
            (rf"(`)({ID})(`)", (Punctuation, Name.Variable, Punctuation)),
        ],
        "tuple": [
            (ID, Name.Variable),
            (rf"(`)({ID})(`)", (Punctuation, Name.Variable, Punctuation)),
            (r",", Punctuation),
            (r"[(]", Punctuation, "#push"),
            (r"[)]", Punctuation, "#pop"),
            Mixin("inline_whitespace"),
        ],
        "dq": [
            (r"\\[\\0tnr'\"]", String.Escape),
            (r"\\[(]", String.Escape, "interp"),
            (r"\\u\{[0-9a-fA-F]{1,8}\}", String.Escape),
            (r'[^\\"]+', String),
            (r'"""', String, "#pop"),
            (r'"', String, "#pop"),
        ],
        "interp": [
            (r"[(]", Punctuation, "interp_inner"),
            (r"[)]", String.Escape, "#pop"),
            Mixin("root"),
        ],
        "interp_inner": [
            (r"[(]", Punctuation, "#push"),
            (r"[)]", Punctuation, "#pop"),
            Mixin("root"),
        ],
    }
