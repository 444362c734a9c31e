"""Xojo (REALbasic), shaped like Rouge's ``xojo`` lexer.

Words are case-insensitive.  Names, dotted paths included (``f.NativePath``),
are plain ``Text`` (a final dot is not part of it); declaration types (``Integer``, ``String``) are
``Keyword.Declaration``; ``And``/``Not``/``IsA``/``As``... are operators.
Comments start with ``'``, ``rem`` or a slash (a lone ``/`` too: Rouge has no
division operator for Xojo); ``#`` lines are preprocessor lines.  Strings do
not span lines; ``""`` inside is an escaped quote.  Blanks are
``Text.Whitespace``.  Numbers carry their sign.  Word lists found by probing Rouge 3.30 with Xojo's
reserved words and data types.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Keyword,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from ..engine import StateLexer, words

XOJO_KEYWORDS = """
AddHandler Aggregates Array Asc Assigns Attributes Begin Break ByRef ByVal Call Case Catch Char Class
Const Continue CType Declare Delegate Dim Do DownTo Each Else ElseIf End Enum Event Exception
Exit Extends False Finally For Function Global GoTo If Implements Inherits Interface Lib Loop
Mod Module New Next Nil Object Of Optional ParamArray Private Property Protected Public Raise
RaiseEvent Redim RemoveHandler Return Select Shared Soft Static Step Sub Super Then To True
Try Until Using
""".split()
XOJO_TYPES = """
Boolean CFStringRef CString Date Double Int8 Int16 Int32 Int64 Integer OSType PString Ptr
Short Single String Structure UInt8 UInt16 UInt32 UInt64 UShort Variant WindowPtr WString
""".split()
XOJO_OPERATORS = "AddressOf And As In Is IsA Not Or WeakAddressOf Xor".split()


class XojoLexer(StateLexer):
    """``xojo`` (``realbasic``)."""

    flags = re.MULTILINE | re.ASCII | re.IGNORECASE

    states = {
        "root": [
            (r"\s+", Text.Whitespace),
            (r"[/'].*", Comment.Single),
            (r"rem\b.*", Comment.Single),
            (r"#.*", Comment.Preproc),
            (r'"(?:""|[^"\n])*"', String.Double),
            (words(*XOJO_KEYWORDS), Keyword),
            (words(*XOJO_TYPES), Keyword.Declaration),
            (words(*XOJO_OPERATORS), Operator),
            (r"&h[0-9a-f]+|&c[0-9a-f]+", Number.Hex),
            (r"&o[0-7]+", Number.Oct),
            (r"[-+]?(?:\d+\.\d*|\.\d+)", Number.Float),
            (r"[-+]?\d+", Number.Integer),
            (r"[a-z_](?:[\w.]*\w)?", Text),
            (r"<=|>=|<>|[=<>+*\\-]", Operator),
            (r"[(){}!:,]", Punctuation),
        ],
    }
