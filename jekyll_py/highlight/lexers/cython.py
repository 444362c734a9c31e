"""Cython, shaped like Rouge's ``cython`` lexer.

Rouge's Cython lexer is its Python lexer with rules put in front:
``cdef``/``cpdef``/``ctypedef`` start a C definition whose first words are
types (``Keyword.Type``) until a name follows; ``cimport``; and a word
before ``(`` is a function name unless Python knows it.  An opening ``(`` or
``,`` also expects types.  A C definition block lasts while the following
lines stay indented at least as deep as its first indented line.
Rouge's quirks are kept: ``cdef`` needs no word boundary, and Cython's
extra keywords (``nogil``, ``fused``...) are keywords everywhere.
"""

from __future__ import annotations

import re

from pygments.token import Keyword, Name, Punctuation, Text

from ..engine import Context, Mixin
from .python import (
    BUILTINS,
    EXCEPTIONS,
    KEYWORDS,
    PSEUDO_BUILTINS,
    PythonLexer,
    _identifier,
)

CYTHON_KEYWORDS = KEYWORDS | {"by", "except?", "fused", "gil", "nogil"}
C_KEYWORDS = frozenset("public readonly extern api inline enum union".split())

_ID = r"[a-zA-Z_][a-zA-Z0-9_]*"
_DOTTED_ID = r"[a-zA-Z_.][a-zA-Z0-9_.]*"
_BLANKS = r"(?:\\\s|\s)+"


def _python_kind(word: str, default: object) -> object:
    """The token type Rouge's Python word lists give ``word`` (Cython's keywords)."""
    if word in CYTHON_KEYWORDS:
        return Keyword
    if word in EXCEPTIONS or word in BUILTINS:
        return Name.Builtin
    if word in PSEUDO_BUILTINS:
        return Name.Builtin.Pseudo
    return default


def _cython_identifier(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    ctx.token(_python_kind(word, Name), word)  # type: ignore[arg-type]


def _call(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    ctx.token(_python_kind(word, Name.Function), word)  # type: ignore[arg-type]


def _c_definition(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Keyword, match.group())
    ctx.push("c_definitions")
    ctx.push("c_start")


def _c_type(ctx: Context, match: re.Match[str]) -> None:
    """A word before ``*``, ``[`` or another word: a type, unless a keyword."""
    word = match.group()
    if word in CYTHON_KEYWORDS:
        ctx.token(Keyword, word)
        ctx.pop()
    elif word == "def":
        ctx.token(Keyword, word)
        ctx.goto("funcname")
    elif word in ("struct", "class"):
        ctx.token(Keyword.Reserved, word)
        ctx.goto("classname")
    elif word in C_KEYWORDS:
        ctx.token(Keyword.Reserved, word)
    else:
        ctx.token(Keyword.Type, word)
        ctx.pop()


def _c_indent(ctx: Context, match: re.Match[str]) -> None:
    """An indented line in a C block; a shallower one than the first ends the block."""
    indent = match.group()
    ctx.token(Text, indent)
    ctx.goto("c_start")
    first = ctx.memo.get("c_indentation")
    if first is None:
        ctx.memo["c_indentation"] = indent
    elif len(str(first)) > len(indent):
        ctx.memo["c_indentation"] = None
        ctx.pop(2)


def _c_block_end(ctx: Context, match: re.Match[str]) -> None:
    ctx.memo["c_indentation"] = None
    del ctx.stack[1:]


def _python_root() -> list:
    """Python's root rules, with Cython's keyword list for words."""
    return [(rule[0], _cython_identifier, *rule[2:]) if rule[1] is _identifier else rule
            for rule in PythonLexer.states["root"]]


class CythonLexer(PythonLexer):
    """``cython``/``pyx``/``pyrex``."""

    states = {
        **PythonLexer.states,
        "root": [
            (r"cp?def|ctypedef", _c_definition),
            (rf"(from)({_BLANKS})({_DOTTED_ID})({_BLANKS})(cimport)",
             (Keyword.Namespace, Text, Name.Namespace, Text, Keyword.Namespace)),
            (rf"(cimport)(\s+)({_DOTTED_ID})", (Keyword.Namespace, Text, Name.Namespace)),
            (rf"(struct)({_BLANKS})", (Keyword, Text), "classname"),
            Mixin("func_call_fix"),
            (r"[(,]", Punctuation, "c_start"),
            *_python_root(),
        ],
        "classname": [(_BLANKS, Text), *PythonLexer.states["classname"]],
        "funcname": [(_BLANKS, Text), *PythonLexer.states["funcname"]],
        "func_call_fix": [(rf"{_ID}(?=\()", _call)],
        "c_start": [
            (r"[ \t\r\f\v]+", Text),  # Ruby's [^\S\n]
            (r"cp?def|ctypedef", Keyword),
            (r"(?:un)?signed", Keyword.Type),
            (rf"{_ID}(?=\*+|[ \t]*\[|[ \t]+\w)", _c_type),
            (r"", Text, "#pop"),
        ],
        "c_definitions": [
            (r"\n", Text, "c_indent"),
            Mixin("root"),
        ],
        "c_indent": [
            (r"[ \t]+", _c_indent),
            (r"", _c_block_end),
        ],
    }

