"""NASM assembly, shaped like Rouge's ``nasm`` lexer.

Each line is a label or an instruction (``Name.Function``) followed by its
arguments: registers are ``Name.Builtin``, other names ``Name.Variable``.
``%`` directives are one ``Comment.Preproc`` run up to a ``;`` comment.
As in Rouge, directive keywords (``SECTION``, ``GLOBAL``) are upper case
only and need no word boundary, and the ``$0...`` hex form never matches
(``$`` is an end-of-line anchor there).
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from ..engine import Mixin, StateLexer

_NAME = r"[a-zA-Z$._?][\w$.?#@~]*"


class NasmLexer(StateLexer):
    """``nasm``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"^\s*%", Comment.Preproc, "preproc"),
            Mixin("whitespace"),
            (rf"{_NAME}:", Name.Label),
            (rf"({_NAME})(\s+)((?i:equ))", (Name.Constant, Keyword.Declaration,
                                            Keyword.Declaration), "instruction_args"),
            (r"BITS|USE16|USE32|SECTION|SEGMENT|ABSOLUTE|EXTERN|GLOBAL|ORG|ALIGN|STRUC|"
             r"ENDSTRUC|COMMON|CPU|GROUP|UPPERCASE|IMPORT|EXPORT|LIBRARY|MODULE",
             Keyword, "instruction_args"),
            (r"(?i:(?:res|d)[bwdqt]|times)", Keyword.Declaration, "instruction_args"),
            (_NAME, Name.Function, "instruction_args"),
            (r"[\r\n]+", Text),
        ],
        "instruction_args": [
            (r'"(?:\\\\"|[^"\\n])*"|\'(?:\\\\\'|[^\'\\n])*\'|`(?:\\\\`|[^`\\n])*`', String),
            (r"(?i:0x[\da-f]+|$0[\da-f]*|\d+[\da-f]*h)", Number.Hex),
            (r"(?i:[0-7]+q)", Number.Oct),
            (r"(?i:[01]+b)", Number.Bin),
            (r"(?i:\d+\.e?\d+)", Number.Float),
            (r"\d+", Number.Integer),
            Mixin("punctuation"),
            (r"(?i:r\d[0-5]?[bwd]|[a-d][lh]|[er]?[a-d]x|[er]?[sb]p|[er]?[sd]i|[c-gs]s|st[0-7]|"
             r"mm[0-7]|cr[0-4]|dr[0-367]|tr[3-7])", Name.Builtin),
            (_NAME, Name.Variable),
            (r"[\r\n]+", Text, "#pop"),
            Mixin("whitespace"),
        ],
        "preproc": [
            (r"[^;\n]+", Comment.Preproc),
            (r";.*?\n", Comment.Single, "#pop"),
            (r"\n", Comment.Preproc, "#pop"),
        ],
        "whitespace": [
            (r"\n", Text),
            (r"[ \t]+", Text),
            (r";.*", Comment.Single),
        ],
        "punctuation": [
            (r"[,():\[\]]+", Punctuation),
            (r"[&|^<>+*/%~-]+", Operator),
            (r"\$+", Keyword.Constant),
            (r"(?i:seg|wrt|strict)", Operator.Word),
            (r"(?i:byte|[dq]?word)", Keyword.Type),
        ],
    }
