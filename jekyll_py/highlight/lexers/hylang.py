"""Hy, shaped like Rouge's ``hylang`` lexer.

Identifiers are runs of ASCII word characters and ``!$%*+,<=>?/.-``; each is a
``Keyword`` (Python's statement words Rouge lists), a ``Name.Builtin`` (Hy's
core macros and functions, operators included) or else a name, or
``Name.Function`` right after an opening parenthesis (even a number there:
``(1 2)``).  ``:kw`` is a constant, ``'sym`` a symbol, ``\\c`` a character;
only decimal integers and ``1.5`` floats are numbers.
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

from ..engine import Context, MatchView, StateLexer

#: Word classes found by probing Rouge 3.30 with Hy's and Python's words.
HY_KEYWORDS = frozenset("""
and as assert break class continue def del elif else except False finally for from global if
import in is lambda None nonlocal not or pass raise return True try
""".split())
HY_BUILTINS = frozenset("""
// << >> != += -= *= /= %= **= //= <<= >>= < > <= >= = not-in + - * / % ** . , -> ->>
setv defn defmacro defclass let fn do cond when unless require quote quasiquote unquote get
assoc input name yield-from list-comp dict-comp set-comp genexpr with-decorator doto car cdr
if* lif lif-not defmain defreader dispatch-reader-macro with-gensyms defmacro/g! defmacro! cut
xor not? calling-module-name comp complement constantly juxt tee reduce group-by count eval
apply eval-and-compile eval-when-compile disassemble gensym identity fraction float?
instance? integer integer? integer-char? iterable? iterator? keyword keyword? list*
macroexpand macroexpand-1 merge-with none? numeric? read read-str string string? symbol? zip
take take-nth take-while drop drop-last drop-while every? empty? coll? cons cons? butlast first
second last rest nth range repeat repeatedly iterate cycle remove filter map some interleave
interpose flatten distinct partition inc dec even? odd? zero? pos? neg? product chain accumulate
combinations permutations islice compress
""".split())

_ID = r"[\w!$%*+,<=>?/.-]+"
#: After ``'`` or ``:`` a ``#`` may be part of the word too.
_SYMBOL = r"[\w!$%*+,<=>?/.#-]+"


def _special(word: str) -> object:
    if word in HY_KEYWORDS:
        return Keyword
    if word in HY_BUILTINS:
        return Name.Builtin
    return None


def _head(ctx: Context, match: MatchView) -> None:
    ctx.token(Punctuation, match.group(1))
    ctx.token(Text.Whitespace, match.group(2))
    word = match.group(3)
    ctx.token(_special(word) or Name.Function, word)


def _name(ctx: Context, match: MatchView) -> None:
    word = match.group()
    ctx.token(_special(word) or Name, word)


class HyLexer(StateLexer):
    """``hylang`` (``hy``)."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r";.*", Comment.Single),
            (r"\s+", Text.Whitespace),
            (r"-?\d+\.\d+", Number.Float),
            (r"-?\d+", Number.Integer),
            (r'"(?:\\\\|\\[^\\]|[^"\\])*"', String),
            (rf"'{_SYMBOL}", String.Symbol),
            (rf"::?{_SYMBOL}", Name.Constant),
            (r"\\.", String.Char),
            (r"~@|[`'#^~&@]", Operator),
            (rf"(\()(\s*)({_ID})", _head),
            (_ID, _name),
            (r"[\[\](){}]", Punctuation),
        ],
    }
