"""OCaml, F# and Elm, shaped like Rouge's ``ocaml``, ``fsharp`` and ``elm`` lexers.

OCaml: capitalised names are classes (``Name.Namespace`` before a ``.``),
keywords and word operators (``mod``, ``land``) as such, primitive types
``Keyword.Type``, ``()``/``[]``/``true`` pseudo-builtins, nested ``(* *)``
comments; F# is lexed the same way with its own keywords, and operator
sequences F# reserves are punctuation.  Elm: capitalised names are ``Keyword.Type``, blocks of operators
are operators, ``{- -}`` comments nest.
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

OCAML_KEYWORDS = frozenset("""
as assert begin class constraint do done downto else end exception external false for
fun function functor if in include inherit initializer lazy let module mutable new nonrec
object of open rec sig struct then to true try type val virtual when while with match raise
""".split())
OCAML_WORD_OPERATORS = frozenset("and asr land lor lsl lxor mod or".split())
OCAML_PRIMITIVES = frozenset("unit int float bool string char list array".split())
OCAML_ID = r"(?i:[a-z_][\w']*)"
OCAML_UPPER = r"[A-Z][\w']*"


def _ocaml_word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in OCAML_KEYWORDS:
        ctx.token(Keyword, word)
    elif word in OCAML_WORD_OPERATORS:
        ctx.token(Operator.Word, word)
    elif word in OCAML_PRIMITIVES:
        ctx.token(Keyword.Type, word)
    else:
        ctx.token(Name, word)


class OCamlLexer(StateLexer):
    """``ocaml``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"false|true|[(][)]|\[\]", Name.Builtin.Pseudo),
            (rf"{OCAML_UPPER}(?=\s*[.])", Name.Namespace, "dotted"),
            (rf"`{OCAML_ID}", Name.Tag),
            (OCAML_UPPER, Name.Class),
            (r"[(][*](?![)])", Comment, "comment"),
            (OCAML_ID, _ocaml_word),
            (r"[(){}\[\];]+", Punctuation),
            (r"[;,_!$%&*+./:<=>?@^|~#-]+", Operator),
            (r"(?i)-?\d[\d_]*(?:.[\d_]*)?(?:e[+-]?\d[\d_]*)", Number.Float),
            (r"(?i)0x[0-9a-f][0-9a-f_]*", Number.Hex),
            (r"(?i)0o[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"\d[\d_]*", Number.Integer),
            (r"'(?:\\[\\\"'ntbr ]|\\[0-9]{3}|\\x[0-9a-fA-F]{2})'", String.Char),
            (r"'[.]'", String.Char),
            (r"'", Keyword),
            (r'"', String.Double, "string"),
            (rf"[~?]{OCAML_ID}", Name.Variable),
        ],
        "comment": [
            (r"[^(*)]+", Comment),
            (r"[(][*]", Comment, "#push"),
            (r"[*][)]", Comment, "#pop"),
            (r"[(*)]", Comment),
        ],
        "string": [
            (r'[^\\"]+', String.Double),
            Mixin("escape_sequence"),
            (r"\\\n", String.Double),
            (r'"', String.Double, "#pop"),
        ],
        "escape_sequence": [
            (r"\\[\\\"'ntbr]", String.Escape),
            (r"\\\d{3}", String.Escape),
            (r"\\x[0-9a-fA-F]{2}", String.Escape),
        ],
        "dotted": [
            (r"\s+", Text),
            (r"[.]", Punctuation),
            (rf"{OCAML_UPPER}(?=\s*[.])", Name.Namespace),
            (OCAML_UPPER, Name.Class, "#pop"),
            (OCAML_ID, Name, "#pop"),
            (r"[({\[]", Punctuation, "#pop"),
        ],
    }


ELM_KEYWORDS = "module exposing port import as type alias if then else case of let in".split()


class ElmLexer(StateLexer):
    """``elm``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"--.*", Comment.Single),
            (r"\{-", Comment.Multiline, "multiline_comment"),
            (r"\b(?:" + "|".join(ELM_KEYWORDS) + r")\b", Keyword),
            (r"[a-z]\w*", Name),
            (r"_", Name),
            (r"[A-Z]\w*", Keyword.Type),
            (r"->|::|//|\.\.|&&|\|\||\+\+|\|>|<\||>>|<<|==|/=|<=|>=", Operator),
            (r"[+-/*%=<>^|!]", Operator),
            (r"\\", Operator),
            (r"[@#$&~?]", Operator),
            (r'"""', String, "multiline_string"),
            (r"'(?:\\.|.)'", String.Char),
            (r'"', String, "double_quote"),
            (r"(?i)0x[\da-f]+", Number.Hex),
            (r"(?i)\d+e[+-]?\d+", Number.Float),
            (r"(?i)\d+\.\d+(?:e[+-]?\d+)?", Number.Float),
            (r"\d+", Number.Integer),
            (r"[\[\](),;`{}:]", Punctuation),
        ],
        "multiline_comment": [
            (r"-\}", Comment.Multiline, "#pop"),
            (r"\{-", Comment.Multiline, "multiline_comment"),
            (r"[^-{}]+", Comment.Multiline),
            (r"[-{}]", Comment.Multiline),
        ],
        "double_quote": [
            (r'[^\\"]+', String.Double),
            (r'\\"', String.Escape),
            (r'"', String.Double, "#pop"),
        ],
        "multiline_string": [
            (r'\\"', String.Escape),
            (r'"""', String, "#pop"),
            (r'[^"]+', String),
            (r'"', String),
        ],
    }


FSHARP_KEYWORDS = frozenset("""
abstract and as assert base begin class default delegate do done downcast downto elif else
end exception extern false finally for fun function global if in inherit inline interface
internal lazy let let! match member module mutable namespace new not null of open or
override private public rec return return! select static struct then to true try type
upcast use use! val void when while with yield yield! sig atomic break checked component
const constraint constructor continue eager event external fixed functor include method
mixin object parallel process protected pure sealed tailcall trait virtual volatile
""".split())
#: Operator sequences Rouge calls punctuation (``\\+`` is literally backslash-plus there).
FSHARP_KEYOPTS = frozenset("""
!= # & && ( ) * \\+ , - -. -> . .. : :: := :> ; ;; < <- = > >] >} ? ?? [ [< [> [| ] _ `
{ {< | |] } ~ |> <| <>
""".split())
FSHARP_ID = r"(?i:([a-z][\w']*)|(``[^`\n\r\t]+``))"


def _fsharp_word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in FSHARP_KEYWORDS:
        ctx.token(Keyword, word)
    elif word in OCAML_WORD_OPERATORS:
        ctx.token(Operator.Word, word)
    elif word in OCAML_PRIMITIVES:
        ctx.token(Keyword.Type, word)
    else:
        ctx.token(Name, word)


def _fsharp_operator(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Punctuation if match.group() in FSHARP_KEYOPTS else Operator, match.group())


class FSharpLexer(StateLexer):
    """``fsharp``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"false|true|[(][)]|\[\]", Name.Builtin.Pseudo),
            (rf"{OCAML_UPPER}(?=\s*[.])", Name.Namespace, "dotted"),
            (OCAML_UPPER, Name.Class),
            (r"[(][*](?![)])", Comment, "comment"),
            (r"//.*?$", Comment.Single),
            (FSHARP_ID, _fsharp_word),
            (r"[\[\];,{}_()!$%&*+./:<=>?@^|~#-]+", _fsharp_operator),
            (r"(?i)-?\d[\d_]*(?:.[\d_]*)?(?:e[+-]?\d[\d_]*)", Number.Float),
            (r"(?i)0x[0-9a-f][0-9a-f_]*", Number.Hex),
            (r"(?i)0o[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"\d[\d_]*", Number.Integer),
            (r"'(?:\\[\\\"'ntbr ]|\\[0-9]{3}|\\x[0-9a-fA-F]{2})'", String.Char),
            (r"'[.]'", String.Char),
            (r"'", Keyword),
            (r'"', String.Double, "string"),
            (rf"[~?]{FSHARP_ID}", Name.Variable),
        ],
        "comment": OCamlLexer.states["comment"],
        "string": OCamlLexer.states["string"],
        "escape_sequence": OCamlLexer.states["escape_sequence"],
        "dotted": [
            (r"\s+", Text),
            (r"[.]", Punctuation),
            (rf"{OCAML_UPPER}(?=\s*[.])", Name.Namespace),
            (OCAML_UPPER, Name.Class, "#pop"),
            (FSHARP_ID, Name, "#pop"),
            (r"\[", Punctuation, "#pop"),
        ],
    }
