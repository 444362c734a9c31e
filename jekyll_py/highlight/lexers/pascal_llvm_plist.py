"""Pascal, LLVM IR and property lists, shaped like Rouge's lexers.

All three are flat word-and-punctuation lexers in Rouge:

* ``pascal``: case-insensitive keyword and type lists, every operator
  character ``Punctuation``, numbers one ``Number`` token, ``{ }``,
  ``(* *)``, ``//`` and ``--`` comments;
* ``llvm``: ``%local``/``@global`` variables, ``label:``, ``i32``-style
  types; a bare word Rouge does not know is ``Error``;
* ``plist``: old-style (NeXTSTEP) property lists, bare words ``Literal``,
  ``<hex data>`` numbers.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Error,
    Keyword,
    Literal,
    Name,
    Number,
    Punctuation,
    String,
    Text,
)

from ..engine import Context, Mixin, StateLexer
from .llvm_words import KEYWORDS as LLVM_KEYWORDS
from .llvm_words import TYPES as LLVM_TYPES

PASCAL_KEYWORDS = """
absolute abstract all and and_then array as asm assembler attribute begin bindable case class
const constructor delay destructor div do downto else end except exit export exports external
far file finalization finally for forward function goto if implementation import in inc index
inherited initialization inline interface interrupt is label library message mod module near
nil not object of on only operator or or_else otherwise out overload override packed pascal
pow private procedure program property protected public published qualified raise read record
register repeat resident resourcestring restricted safecall segment set shl shr stdcall stored
string then threadvar to try type unit until uses value var view virtual while with write
writeln xor
""".split()
PASCAL_TYPES = """
ansichar ansistring bool boolean byte bytebool cardinal char comp currency double dword
extended int64 integer iunknown longbool longint longword pansichar pansistring pbool pboolean
pbyte pbytearray pcardinal pchar pcomp pcurrency pdate pdatetime pdouble pdword pextended
phandle pint64 pinteger plongint plongword pointer ppointer pshortint pshortstring psingle
psmallint pstring pvariant pwidechar pwidestring pword pwordarray pwordbool real real48
shortint shortstring single smallint string tclass tdate tdatetime textfile thandle tobject
ttime variant widechar widestring word wordbool
""".split()


class PascalLexer(StateLexer):
    """``pascal``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "whitespace": [
            (r"\s+", Text),
            (r"//.*$\n?", Comment.Single),
            (r"--.*$\n?", Comment.Single),
            (r"(?s:\(\*.*?\*\))", Comment.Multiline),
            (r"(?s:\{.*?\})", Comment.Multiline),
        ],
        "root": [
            Mixin("whitespace"),
            (r"(?:0[xX][0-9a-fA-F]*|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)"
             r"(?:L|l|UL|ul|u|U|F|f|ll|LL|ull|ULL)?", Number),
            (r"\$[0-9A-Fa-f]+", Number.Hex),
            (r"[~!@#$%^&*()+`\-={}\[\]:;<>?,./|\\]", Punctuation),
            (r"'(?:[^']|'')*'", String),
            (r"(?i:(?:true|false|nil)\b)", Name.Builtin),
            (r"(?i:\b(?:" + "|".join(PASCAL_KEYWORDS) + r")\b)", Keyword),
            (r"(?i:\b(?:" + "|".join(PASCAL_TYPES) + r")\b)", Keyword.Type),
            (r"(?i:@?[_a-z]\w*)", Name),
        ],
    }


_LLVM_STRING = r'"[^"]*?"'
_LLVM_ID = rf'(?:[-a-zA-Z$._][-a-zA-Z$._0-9]*|{_LLVM_STRING})'


def _llvm_word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in LLVM_TYPES:
        ctx.token(Keyword.Type, word)
    elif word in LLVM_KEYWORDS:
        ctx.token(Keyword, word)
    else:
        ctx.token(Error, word)


class LLVMLexer(StateLexer):
    """``llvm``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "basic": [
            (r";.*?$", Comment.Single),
            (r"\s+", Text),
            (rf"{_LLVM_ID}\s*:", Name.Label),
            (rf"@(?:{_LLVM_ID}|\d+)", Name.Variable.Global),
            (r"#\d+", Name.Variable.Global),
            (rf"[%!]{_LLVM_ID}", Name.Variable),
            (r"[%!]\d+", Name.Variable),
            (rf"c?{_LLVM_STRING}", String),
            (r"0[xX][a-fA-F0-9]+", Number),
            (r"-?\d+(?:[.]\d+)?(?:[eE][-+]?\d+(?:[.]\d+)?)?", Number),
            (r"[=<>{}\[\]()*.,!]|x", Punctuation),
        ],
        "root": [
            Mixin("basic"),
            (r"i[1-9]\d*", Keyword.Type),
            (r"\w+", _llvm_word),
        ],
    }


class PlistLexer(StateLexer):
    """``plist``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "whitespace": [(r"\s+", Text.Whitespace)],
        "root": [
            (r"//.*$", Comment),
            (r"(?s:/\*.+?\*/)", Comment),
            Mixin("whitespace"),
            (r"\{", Punctuation, "dictionary"),
            (r"\(", Punctuation, "array"),
            (r'"(?:[^"\\]|\\.)*"', String.Double),
            (r"'(?:[^'\\]|\\.)*'", String.Single),
            (r"<", Punctuation, "data"),
            (r"[\w$/:.-]+", Literal),
        ],
        "dictionary": [
            Mixin("root"),
            (r"[=;]", Punctuation),
            (r"\}", Punctuation, "#pop"),
        ],
        "array": [
            Mixin("root"),
            (r",", Punctuation),
            (r"\)", Punctuation, "#pop"),
        ],
        "data": [
            (r"[0-9a-fA-F\s]+", Number.Hex),
            (r">", Punctuation, "#pop"),
        ],
    }
