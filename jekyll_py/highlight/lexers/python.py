"""Python, shaped like Rouge's ``python`` lexer.

Rouge's Python output differs from Pygments' throughout: every string is
plain ``String`` (with its prefix as ``String.Affix``; no ``s1``/``s2``/``sd``),
``.``/``:``/``,`` are punctuation, ``print`` is a keyword, ``None``/``True``/
``self`` are ``Name.Builtin.Pseudo``, exceptions are plain builtins, a
decorator is ``@`` operator plus name, dunder methods are ordinary function
names, and an f-string's replacement fields are lexed recursively between
``String.Interpol`` braces.
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

from ..engine import Context, StateLexer

KEYWORDS = frozenset("""
assert break continue del elif else except exec finally for global if lambda pass
print raise return try while yield as with from import async await nonlocal
""".split())
BUILTINS = frozenset("""
__import__ abs all any apply ascii basestring bin bool buffer bytearray bytes callable
chr classmethod cmp coerce compile complex delattr dict dir divmod enumerate eval
execfile exit file filter float format frozenset getattr globals hasattr hash hex id
input int intern isinstance issubclass iter len list locals long map max memoryview
min next object oct open ord pow property range raw_input reduce reload repr reversed
round set setattr slice sorted staticmethod str sum super tuple type unichr unicode
vars xrange zip
""".split())
PSEUDO_BUILTINS = frozenset("self None Ellipsis NotImplemented False True".split())
EXCEPTIONS = frozenset("""
ArithmeticError AssertionError AttributeError BaseException BlockingIOError
BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError
ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError
EnvironmentError Exception FileExistsError FileNotFoundError FloatingPointError
FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError
IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError
MemoryError ModuleNotFoundError NameError NotADirectoryError NotImplemented
NotImplementedError OSError OverflowError OverflowWarning PendingDeprecationWarning
ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError
RuntimeWarning StandardError StopAsyncIteration StopIteration SyntaxError
SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError
UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError
UnicodeTranslateError UnicodeWarning UserWarning ValueError VMSError Warning
WindowsError ZeroDivisionError
""".split())

IDENT = r"[^\W\d]\w*"
DOTTED = r"[^\W\d]\w*(?:\.\w*)*|\.[\w.]*"
_DIGITS = r"[0-9](?:_?[0-9])*"
_DECIMAL = rf"(?:(?:{_DIGITS})?\.{_DIGITS}|{_DIGITS}\.)"
_EXPONENT = rf"[eE][+-]?{_DIGITS}"
_ESCAPE = re.compile(
    r"\\(?:[\\abfnrtv\"']|\n|newline|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}"
    r"|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})"
)


def _strings(ctx: Context) -> list[tuple[str, str]]:
    """The stack of open strings: (lower-cased prefix, delimiter)."""
    return ctx.memo.setdefault("strings", [])  # type: ignore[return-value]


def _identifier(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in KEYWORDS:
        ctx.token(Keyword, word)
    elif word in EXCEPTIONS or word in BUILTINS:
        ctx.token(Name.Builtin, word)
    elif word in PSEUDO_BUILTINS:
        ctx.token(Name.Builtin.Pseudo, word)
    else:
        ctx.token(Name, word)


def _string_start(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(String.Affix, match.group(1))
    ctx.token(String, match.group(2))
    _strings(ctx).append((match.group(1).lower(), match.group(2)))
    ctx.push("string")


def _string_quote(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(String, match.group())
    strings = _strings(ctx)
    if strings and strings[-1][1] == match.group():
        strings.pop()
        ctx.pop()


def _string_escape(ctx: Context, match: re.Match[str]) -> None:
    """A backslash sequence: an escape unless the string is raw."""
    strings = _strings(ctx)
    raw = bool(strings) and "r" in strings[-1][0]
    ctx.token(String if raw or not _ESCAPE.fullmatch(match.group()) else String.Escape,
              match.group())


def _string_brace(ctx: Context, match: re.Match[str]) -> None:
    strings = _strings(ctx)
    if strings and "f" in strings[-1][0]:
        ctx.token(String.Interpol, match.group())
        ctx.push("interpol")
    else:
        ctx.token(String, match.group())


def _recurse(ctx: Context, match: re.Match[str]) -> None:
    """An f-string field's expression is lexed by a fresh lexer of the same class.

    (Rouge's ``recurse``: a Cython f-string field is lexed as Cython.)
    """
    lexer_class = type(ctx.lexer) if ctx.lexer is not None else PythonLexer
    ctx.out.extend(lexer_class().tokens(match.group()))


class PythonLexer(StateLexer):
    """``python``/``py``."""

    states = {
        "root": [
            (r"\n+", Text),
            (r'(?is)^(:)(\s*)([ru]{0,2}""".*?""")', (Punctuation, Text, String.Doc)),
            (r"[ \t\r\f\v]+", Text),
            (r"#(?:.*)?\n?", Comment.Single),
            (r"[\[\]{}:(),;.]", Punctuation),
            (r"\\\n", Text),
            (r"\\", Text),
            (r"(?:in|is|and|or|not)\b", Operator.Word),
            (r"(?:<<|>>|//|\*\*)=?", Operator),
            (r"[-~+/*%=<>&^|@]=?|!=", Operator),
            (rf"(from)((?:\\\s|\s)+)({DOTTED})((?:\\\s|\s)+)(import)",
             (Keyword.Namespace, Text, Name.Namespace, Text, Keyword.Namespace)),
            (rf"(import)(\s+)({DOTTED})", (Keyword.Namespace, Text, Name.Namespace)),
            (r"(def)((?:\s|\\\s)+)", (Keyword, Text), "funcname"),
            (r"(class)((?:\s|\\\s)+)", (Keyword, Text), "classname"),
            (r"`.*?`", String.Backtick),
            (r"(?i)([rfbu]{0,2})('''|\"\"\"|['\"])", _string_start),
            (rf"@(?:{DOTTED})", Name.Decorator),
            (rf"(?<!\.){IDENT}", _identifier),
            (IDENT, Name),
            (rf"(?i){_DECIMAL}(?:{_EXPONENT})?j?", Number.Float),
            (rf"(?i){_DIGITS}{_EXPONENT}j?", Number.Float),
            (rf"(?i){_DIGITS}j", Number.Float),
            (r"(?i)0b(?:_?[0-1])+", Number.Bin),
            (r"(?i)0o(?:_?[0-7])+", Number.Oct),
            (r"(?i)0x(?:_?[a-f0-9])+", Number.Hex),
            (r"\d+L", Number.Integer.Long),
            (r"[1-9](?:_?[0-9])*|0(?:_?0)*", Number.Integer),
        ],
        "funcname": [(IDENT, Name.Function, "#pop")],
        "classname": [(IDENT, Name.Class, "#pop")],
        "string": [
            (r"[^'\"\\{]+", String),
            (r"\{\{", String),
            (r"'''|\"\"\"|['\"]", _string_quote),
            (r"\\(?:[\\abfnrtv\"']|\n|newline|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}"
             r"|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})", _string_escape),
            (r"\\.", String),
            (r"\{", _string_brace),
        ],
        "interpol": [
            (r"[^{}!:]+", _recurse),
            (r"![asr]", String.Interpol),
            (r":", String.Interpol),
            (r"\{", String.Interpol, "interpol"),
            (r"\}", String.Interpol, "#pop"),
        ],
    }
