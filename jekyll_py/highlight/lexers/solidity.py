"""Solidity, shaped like Rouge's ``solidity`` lexer.

A C-family statement machine: identifiers are looked up in Rouge's word
lists (keywords, builtins such as ``require``/``msg``... as written without
their member, ether units as constants, types, reserved words); sized
types (``uint256``, ``bytes32``, ``fixed128x18``) are matched before them.
"""

from __future__ import annotations

import re

from pygments.token import (
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

KEYWORDS = frozenset("""
abstract anonymous as assembly break catch calldata constant constructor continue contract do
delete else emit enum event external fallback for function hex if indexed interface internal
import is library mapping memory modifier new override payable public pure pragma private
receive return returns storage struct throw try type using var view virtual while
""".split())
#: Rouge also lists ``abi.encode``, ``msg.sender``...; an identifier never
#: holds a dot, so only the plain names can match.
BUILTINS = frozenset("""
now false true balance selector super this blockhash gasleft assert require revert
selfdestruct suicide call callcode delegatecall send transfer addmod ecrecover keccak256
mulmod sha256 sha3 ripemd160
""".split())
CONSTANTS = frozenset("wei finney szabo ether seconds minutes hours days weeks years".split())
TYPES = frozenset("address bool byte bytes int string uint".split())
RESERVED = frozenset("""
alias after apply auto case copyof default define final fixed immutable implements in inline
let macro match mutable null of partial promise reference relocatable sealed sizeof static
supports switch typedef typeof ufixed unchecked
""".split())


def _identifier(ctx: Context, match: re.Match[str]) -> None:
    name = match.group()
    for words, ttype in ((KEYWORDS, Keyword), (BUILTINS, Name.Builtin),
                         (CONSTANTS, Keyword.Constant), (TYPES, Keyword.Type),
                         (RESERVED, Keyword.Reserved)):
        if name in words:
            ctx.token(ttype, name)
            return
    ctx.token(Name, name)


class SolidityLexer(StateLexer):
    """``solidity``."""

    flags = re.MULTILINE | re.ASCII

    def start_stack(self) -> list[str]:
        """Rouge starts at the beginning of a line (``bol``)."""
        return ["root", "bol"]

    states = {
        "expr_bol": [
            Mixin("inline_whitespace"),
            (r"", Text, "#pop"),
        ],
        "bol": [Mixin("expr_bol")],
        "inline_whitespace": [
            (r"[ \t\r]+", Text),
            (r"\\\n", Text),
            (r"/\*", Comment.Multiline, "comment_multi"),
        ],
        "whitespace": [
            (r"\n+", Text, "bol"),
            (r"//(?:\\.|.)*?\n", Comment.Single, "bol"),
            Mixin("inline_whitespace"),
        ],
        "expr_whitespace": [
            (r"\n+", Text, "expr_bol"),
            Mixin("whitespace"),
        ],
        "statements": [
            Mixin("whitespace"),
            (r'(?:hex)?"', String, "string_double"),
            (r"(?:hex)?'", String, "string_single"),
            (r"(?i:'(?:\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])')", String.Char),
            (r"\d\d*\.\d+(?:[eE]\d+)?", Number.Float),
            (r"(?i:0x[0-9a-f]+)", Number.Hex),
            (r"\d+(?:[eE]\d+)?", Number.Integer),
            (r"\*/", Error),
            (r"[~!%^&*+=|?:<>/-]", Operator),
            (r"[()\[\],.]", Punctuation),
            (r"u?fixed\d+x\d+", Keyword.Reserved),
            (r"bytes\d+", Keyword.Type),
            (r"u?int\d+", Keyword.Type),
            (r"[a-zA-Z$_][\w$]*", _identifier),
        ],
        "root": [
            Mixin("expr_whitespace"),
            (r"", Text, "statement"),
        ],
        "statement": [
            (r";", Punctuation, "#pop"),
            Mixin("expr_whitespace"),
            Mixin("statements"),
            (r"[{}]", Punctuation),
        ],
        "string_common": [
            (r"\\(?:u[a-fA-F0-9]{4}|x..|[^x])", String.Escape),
            (r"[^\\\"'\n]+", String),
            (r"\\\n", String),
            (r"\\", String),
        ],
        "string_double": [
            Mixin("string_common"),
            (r'"', String, "#pop"),
            (r"'", String),
        ],
        "string_single": [
            Mixin("string_common"),
            (r"'", String, "#pop"),
            (r'"', String),
        ],
        "comment_multi": [
            (r"\*/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r"[*/]", Comment.Multiline),
        ],
    }
