"""D, shaped like Rouge's ``d`` lexer.

Rouge's D lexer is one flat state: word lists (tried without a leading word
boundary, so ``doSomething`` falls through them to a name), D's many number
and string literal forms (``r"..."``, backquoted, ``q"[...]"`` delimited
strings with nesting, ``q{...}`` token strings), ``/+ +/`` nested comments,
and every operator as ``Punctuation``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Punctuation, String, Text

from ..engine import Mixin, StateLexer

KEYWORDS = """
abstract alias align asm assert auto body break case cast catch class const continue debug
default delegate delete deprecated do else enum export extern finally final foreach_reverse
foreach for function goto if immutable import interface invariant inout in is lazy mixin
module new nothrow out override package pragma private protected public pure ref return scope
shared static struct super switch synchronized template this throw try typedef typeid typeof
union unittest version volatile while with __gshared __traits __vector __parameters
""".split()
TYPE_KEYWORDS = """
bool byte cdouble cent cfloat char creal dchar double float idouble ifloat int ireal long
real short ubyte ucent uint ulong ushort void wchar
""".split()
PSEUDO_KEYWORDS = """
__FILE__ __FILE_FULL_PATH__ __MODULE__ __LINE__ __FUNCTION__ __PRETTY_FUNCTION__ __DATE__
__EOF__ __TIME__ __TIMESTAMP__ __VENDOR__ __VERSION__
""".split()


def _nested(open_: str, close: str) -> dict[str, list]:
    """The two states of a ``q"(...)"`` string: outer (ends at ``)"``) and nested."""
    name = {"[": "bracket", "(": "parenthesis", "<": "angle", "{": "curly"}[open_]
    o, c = re.escape(open_), re.escape(close)
    return {
        f"delimited_{name}": [
            (rf"[^{o}{c}]+", String),
            (o, String, f"delimited_inside_{name}"),
            (rf'{c}"', String, "#pop"),
        ],
        f"delimited_inside_{name}": [
            (rf"[^{o}{c}]+", String),
            (o, String, "#push"),
            (c, String, "#pop"),
        ],
    }


class DLexer(StateLexer):
    """``d``/``dlang``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "whitespace": [
            (r"\n", Text),
            (r"\s+", Text),
        ],
        "root": [
            Mixin("whitespace"),
            (r"//.*", Comment.Single),
            (r"/(?:\\\n)?[*](?:.|\n)*?[*](?:\\\n)?/", Comment.Multiline),
            (r"/\+", Comment.Multiline, "nested_comment"),
            ("(?:" + "|".join(KEYWORDS) + r")\b", Keyword),
            ("(?:" + "|".join(TYPE_KEYWORDS) + r")\b", Keyword.Type),
            (r"(?:false|true|null)\b", Keyword.Constant),
            ("(?:" + "|".join(PSEUDO_KEYWORDS) + r")\b", Keyword.Pseudo),
            (r"macro\b", Keyword.Reserved),
            (r"(?:string|wstring|dstring|size_t|ptrdiff_t)\b", Name.Builtin),
            (r"0[xX](?:[0-9a-fA-F_]*\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\-]?[0-9_]+[fFL]?i?",
             Number.Float),
            (r"[0-9_]+(?:\.[0-9_]+[eE][+\-]?[0-9_]+|\.[0-9_]*|[eE][+\-]?[0-9_]+)[fFL]?i?",
             Number.Float),
            (r"\.(?:0|[1-9][0-9_]*)(?:[eE][+\-]?[0-9_]+)?[fFL]?i?", Number.Float),
            (r"0[Bb][01_]+", Number.Bin),
            (r"0[0-7_]+", Number.Oct),
            (r"0[xX][0-9a-fA-F_]+", Number.Hex),
            (r"(?:0|[1-9][0-9_]*)(?:[LUu]|Lu|LU|uL|UL)?", Number.Integer),
            (r"'(?:\\['\"?\\abfnrtv]|\\x[0-9a-fA-F]{2}|\\[0-7]{1,3}|\\u[0-9a-fA-F]{4}|"
             r"\\U[0-9a-fA-F]{8}|\\&\w+;|.)'", String.Char),
            (r'r"[^"]*"[cwd]?', String),
            (r"`[^`]*`[cwd]?", String),
            (r'"(?:\\\\|\\"|[^"])*"[cwd]?', String),
            (r"\\(?:['\"?\\abfnrtv]|x[0-9a-fA-F]{2}|[0-7]{1,3}|u[0-9a-fA-F]{4}|"
             r"U[0-9a-fA-F]{8}|&\w+;)", String),
            (r'x"[0-9a-fA-F_\s]*"[cwd]?', String),
            (r'q"\[', String, "delimited_bracket"),
            (r'q"\(', String, "delimited_parenthesis"),
            (r'q"<', String, "delimited_angle"),
            (r'q"\{', String, "delimited_curly"),
            (r'q"([a-zA-Z_]\w*)\n.*?\n\1"', String),
            (r'q"(.).*?\1"', String),
            (r"q\{", String, "token_string"),
            (r"@(?:[a-zA-Z_]\w*)?", Name.Decorator),
            (r"(?:~=|\^=|%=|\*=|==|!>=|!<=|!<>=|!<>|!<|!>|!=|>>>=|>>>|>>=|>>|>=|<>=|<>|<<=|<<|"
             r"<=|\+\+|\+=|--|-=|\|\||\|=|&&|&=|\.\.\.|\.\.|/=)|[/.&|\-+<>!()\[\]{}?,;:$=*%^~]",
             Punctuation),
            (r"[a-zA-Z_]\w*", Name),
            (r"#line\s.*\n", Comment.Special),
        ],
        "nested_comment": [
            (r"[^+/]+", Comment.Multiline),
            (r"/\+", Comment.Multiline, "#push"),
            (r"\+/", Comment.Multiline, "#pop"),
            (r"[+/]", Comment.Multiline),
        ],
        "token_string": [
            (r"\{", Punctuation, "token_string_nest"),
            (r"\}", String, "#pop"),
            Mixin("root"),
        ],
        "token_string_nest": [
            (r"\{", Punctuation, "#push"),
            (r"\}", Punctuation, "#pop"),
            Mixin("root"),
        ],
        **_nested("[", "]"),
        **_nested("(", ")"),
        **_nested("<", ">"),
        **_nested("{", "}"),
    }
