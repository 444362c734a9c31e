"""Zig, shaped like Rouge's ``zig`` lexer.

Keywords (including C interop types) are ``Keyword``, ``@builtins``
``Name.Builtin``, integer and float type names ``Keyword.Type``; after a
``.`` a name is a property, or a function when a ``(`` follows.
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

from ..engine import Context, Mixin, StateLexer

KEYWORDS = frozenset("""
align linksection threadlocal struct enum union error break return anyframe fn c_longlong
c_ulonglong c_longdouble c_void comptime_float c_short c_ushort c_int c_uint c_long c_ulong
continue asm defer errdefer const var extern packed export pub if else switch and or orelse
while for bool unreachable try catch async suspend nosuspend await resume undefined
usingnamespace test void noreturn type anyerror usize noalias inline noinline comptime
callconv volatile allowzero
""".split())
BUILTINS = frozenset("""
@addWithOverflow @as @atomicLoad @atomicStore @bitCast @breakpoint @alignCast @alignOf
@cDefine @cImport @cInclude @bitOffsetOf @atomicRmw @bytesToSlice @byteOffsetOf
@OpaqueType @panic @ptrCast @bitReverse @Vector @sin @cUndef @canImplicitCast @clz
@cmpxchgWeak @cmpxchgStrong @compileError @compileLog @ctz @popCount @divExact @divFloor
@cos @divTrunc @embedFile @export @tagName @TagType @errorName @call @errorReturnTrace
@fence @fieldParentPtr @field @unionInit @errorToInt @intToEnum @enumToInt @setAlignStack
@frame @Frame @exp @exp2 @log @log2 @log10 @fabs @floor @ceil @trunc @round @floatCast
@intToFloat @floatToInt @boolToInt @errSetCast @intToError @frameAddress @import
@newStackCall @asyncCall @intToPtr @intCast @frameSize @memcpy @memset @mod
@mulWithOverflow @splat @ptrToInt @rem @returnAddress @setCold @Type @shuffle
@setGlobalLinkage @setGlobalSection @shlExact @This @hasDecl @hasField @setRuntimeSafety
@setEvalBranchQuota @setFloatMode @shlWithOverflow @shrExact @sizeOf @bitSizeOf @sqrt
@byteSwap @subWithOverflow @sliceToBytes comptime_int @truncate @typeInfo @typeName @TypeOf
""".split())
ID = r"(?i:[a-z_]\w*)"
ESCAPES = r"\\(?:[nrt'\"\\0]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})"


def _pop(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


def _name(ctx: Context, match: re.Match[str]) -> None:
    name = match.group(3)
    if name in KEYWORDS:
        kind = Keyword
    elif name in BUILTINS:
        kind = Name.Builtin
    elif match.group(1) and match.group(5):
        kind = Name.Function
    elif match.group(1):
        kind = Name.Property
    else:
        kind = Name
    for index, ttype in enumerate((Punctuation, Text, kind, Text, Punctuation), 1):
        ctx.token(ttype, match.group(index))


class ZigLexer(StateLexer):
    """``zig``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "bol": [
            Mixin("whitespace"),
            (r"#\s[^\n]*", Comment.Special),
            (r"", _pop),
        ],
        "whitespace": [
            (r"\s+", Text),
            (r"//[^\n]*", Comment),
        ],
        "root": [
            (r"\n", Text, "bol"),
            Mixin("whitespace"),
            (r"\b(?:(?:i|u)[0-9]+)\b", Keyword.Type),
            (r"\b(?:f(?:16|32|64|128))\b", Keyword.Type),
            (r"\b(?:isize|usize)\b", Keyword.Type),
            Mixin("literals"),
            (rf"'{ID}", Name.Variable),
            (rf"([.]?)(\s*)(@?{ID})(\s*)([(]?)", _name),
            (r"[()\[\]{}|,:;]", Punctuation),
            (r"[*/!@~&+%^<>=?-]|\.{1,3}", Operator),
        ],
        "literals": [
            (r"\b(?:true|false|null)\b", Keyword.Constant),
            (rf"'(?:{ESCAPES}|[^\\])'", String.Char),
            (r'"', String, "string"),
            (r'(?s)r(#*)".*?"\1', String),
            (r"[0-9]+(?:[.][0-9_]+(?:e[-+]?[0-9_]+)?|(?:[.][0-9_]+)?e[-+]?[0-9_]+)",
             Number.Float),
            (r"0b[10_]+|0x[0-9a-fA-F_]+|[0-9_]+", Number.Integer),
        ],
        "string": [
            (r'"', String, "#pop"),
            (ESCAPES, String.Escape),
            (r'[^"\\]+', String),
        ],
    }
