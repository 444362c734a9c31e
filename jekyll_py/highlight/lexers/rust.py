"""Rust, shaped like Rouge's ``rust`` lexer.

Rouge's Rust classification: every keyword is plain ``Keyword``; a name
followed by ``(`` is ``Name.Function`` (with a leading ``.`` included);
``.field`` is ``Name.Property``; ``path::`` segments ``Name.Namespace``;
attributes ``#[...]`` and macro names ``name!`` ``Name.Decorator``; common
std types and traits ``Name.Builtin``; lifetimes ``Name.Variable``; doc
comments ``Comment.Doc``.  A macro's arguments are lexed until its
brackets balance.
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

KEYWORDS = """
as async await break const continue crate dyn else enum extern false fn for if impl in let
log loop match mod move mut pub ref return self Self static struct super trait true type
unsafe use where while abstract become box do final macro override priv typeof unsized
virtual yield try union
""".split()
BUILTINS = frozenset("""
Add BitAnd BitOr BitXor bool c_char c_double c_float char c_int clock_t c_long c_longlong
Cons Const Copy c_schar c_short c_uchar c_uint c_ulong c_ulonglong c_ushort c_void dev_t
DIR dirent Div Either Eq Err f32 f64 Failure FILE float fpos_t i16 i32 i64 i8 isize Index
ino_t int intptr_t Left mode_t Modulo Mul Neg Nil None Num off_t Ok Option Ord Owned pid_t
Ptr ptrdiff_t Right Send Shl Shr size_t Some ssize_t str Sub Success time_t u16 u32 u64 u8
usize uint uintptr_t Box Vec String Gc Rc Arc u128 i128 Result Sync Pin Unpin Sized Drop
drop Fn FnMut FnOnce Clone PartialEq PartialOrd AsMut AsRef From Into Default
DoubleEndedIterator ExactSizeIterator Extend IntoIterator Iterator
""".split())

IDENT = r"(?:[^\W\d]|_)\w*"
_HEX = r"[0-9a-fA-F]"
ESCAPES = rf"\\(?:[nrt'\"\\0]|x{_HEX}{{2}}|u\{{(?:{_HEX}_*){{1,6}}\}})"
_SIZE = r"(?:8|16|32|64|128|size)"
_DOT = r"[.][0-9][0-9_]*"
_EXP = r"[eE][-+]?[0-9_]+"
_FLT = r"(?:f32|f64)"
_CLOSERS = {"[": "]", "(": ")", "{": "}"}


def _pop(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


def _delims(ctx: Context) -> dict[str, int]:
    return ctx.memo.setdefault("macro_delims", {"]": 0, ")": 0, "}": 0})  # type: ignore[return-value]


def _macro_open(ctx: Context, match: re.Match[str]) -> None:
    _delims(ctx)[_CLOSERS[match.group()]] += 1
    ctx.token(Punctuation, match.group())


def _macro_close(ctx: Context, match: re.Match[str]) -> None:
    delims = _delims(ctx)
    delims[match.group()] -= 1
    if all(count == 0 for count in delims.values()):
        ctx.pop()
    ctx.token(Punctuation, match.group())


def _identifier(ctx: Context, match: re.Match[str]) -> None:
    name = match.group()
    ctx.token(Name.Builtin if name in BUILTINS else Name, name)


class RustLexer(StateLexer):
    """``rust``/``rs``."""

    def start_stack(self) -> list[str]:
        """Rouge's Rust lexer starts at the beginning of a line."""
        return ["root", "bol"]

    states = {
        "bol": [
            Mixin("whitespace"),
            (r"#\s[^\n]*", Comment.Special),
            (r"", _pop),
        ],
        "attribute": [
            Mixin("whitespace"),
            Mixin("has_literals"),
            (r"[(,)=:]", Name.Decorator),
            (r"\]", Name.Decorator, "#pop"),
            (IDENT, Name.Decorator),
        ],
        "whitespace": [
            (r"\s+", Text),
            Mixin("comments"),
        ],
        "comments": [
            (r"////+[^\n]*", Comment.Single),
            (r"//[/!][^\n]*", Comment.Doc),
            (r"//[^\n]*", Comment.Single),
            (r"/\*\*\*?/", Comment.Multiline),
            (r"/\*\*\*+", Comment.Multiline, "nested_plain_block"),
            (r"/[*][*!]", Comment.Doc, "nested_doc_block"),
            (r"/[*]", Comment.Multiline, "nested_plain_block"),
        ],
        "nested_plain_block": [
            (r"\*/", Comment.Multiline, "#pop"),
            (r"/\*", Comment.Multiline, "nested_plain_block"),
            (r"[^*/]+|[*/]", Comment.Multiline),
        ],
        "nested_doc_block": [
            (r"\*/", Comment.Doc, "#pop"),
            (r"/\*", Comment.Doc, "nested_doc_block"),
            (r"[^*/]+|[*/]", Comment.Doc),
        ],
        "root": [
            (r"\n", Text, "bol"),
            Mixin("whitespace"),
            (r"#!?\[", Name.Decorator, "attribute"),
            (r"\b(?:" + "|".join(KEYWORDS) + r")\b", Keyword),
            Mixin("has_literals"),
            (r"[=-]>", Keyword),
            (r"<->", Keyword),
            (r"[()\[\]{}|,:;]", Punctuation),
            (r"[*/!@~&+%^<>=?-]|\.{2,3}", Operator),
            (rf"(?:[.]\s*)?{IDENT}(?=\s*[(])", Name.Function),
            (r"[.]\s*await\b", Keyword),
            (rf"[.]\s*{IDENT}", Name.Property),
            (r"[.]\s*\d+", Name.Attribute),
            (rf"({IDENT})(::)", (Name.Namespace, Punctuation)),
            (r"\bmacro_rules!", Name.Decorator, "macro_rules"),
            (rf"{IDENT}!", Name.Decorator, "macro"),
            (r"'static\b", Keyword),
            (rf"'{IDENT}", Name.Variable),
            (IDENT, _identifier),
        ],
        "macro": [
            Mixin("has_literals"),
            (r"[\[{(]", _macro_open),
            (r"[\]})]", _macro_close),
            (rf"{IDENT}!", Name.Decorator),
            Mixin("root"),
            (r".", Text),
        ],
        "macro_rules": [
            (rf"[$]{IDENT}(?::{IDENT})?", Name.Variable),
            (r"[$]", Name.Variable),
            Mixin("macro"),
        ],
        "has_literals": [
            (r"\b(?:true|false)\b", Keyword.Constant),
            (rf"b?'(?:{ESCAPES}|[^\\])'", String.Char),
            (r'b?"', String, "string"),
            (r'(?s)b?r(#*)".*?"\1', String),
            (rf"[0-9][0-9_]*(?:{_DOT}(?:{_EXP})?(?:{_FLT})?|(?:{_DOT})?{_EXP}(?:{_FLT})?"
             rf"|(?:{_DOT})?(?:{_EXP})?{_FLT}|[.](?![._]|[^\W\d]))", Number.Float),
            (rf"(?:0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(?:u{_SIZE}?|i{_SIZE})?",
             Number.Integer),
        ],
        "string": [
            (r'"', String, "#pop"),
            (ESCAPES, String.Escape),
            (r'[^"\\]+', String),
        ],
    }
