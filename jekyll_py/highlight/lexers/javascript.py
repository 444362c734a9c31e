"""JavaScript, shaped like Rouge's ``javascript`` lexer.

Rouge's JavaScript output, as opposed to Pygments': string quotes are
``String.Delimiter`` tokens around the ``Single``/``Double`` body, template
literals are ``String.Double`` with ``${``/``}`` as punctuation, identifiers
are ``Name.Other`` unless they are keywords, declarations (``const``,
``class``, ``extends``, ``get``...), constants or well-known globals, and
integers are ``Integer``.  Whether a ``/`` starts a regex depends on the
state: after an operator, ``(``, ``,`` or a keyword an expression starts.
"""

from __future__ import annotations

import re

from pygments.token import (  # noqa: I001
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
as async await break case catch continue debugger default delete do else export
finally from for if import in instanceof new of return super switch this throw try
typeof void while yield
""".split())
DECLARATIONS = frozenset(
    "var let const with function class extends constructor get set static".split()
)
RESERVED = frozenset("enum implements interface package private protected public".split())
CONSTANTS = frozenset("true false null NaN Infinity undefined".split())
BUILTINS = frozenset("""
Array Boolean Date Error Function Math netscape Number Object Packages RegExp String
sun decodeURI decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN
parseFloat parseInt document window navigator self global Promise Set Map WeakSet
WeakMap Symbol Proxy Reflect Int8Array Uint8Array Uint8ClampedArray Int16Array
Uint16Array Uint16ClampedArray Int32Array Uint32Array Uint32ClampedArray Float32Array
Float64Array DataView ArrayBuffer
""".split())

#: Ruby's ``\w`` (ASCII only), for the rules where Rouge writes ``\w``; this
#: lexer is compiled Unicode-aware for its identifiers.
W_CHARS = "a-zA-Z0-9_"
W = f"[{W_CHARS}]"

#: An identifier: a letter, ``$`` or ``_``, then word characters.
IDENT = r"(?:[^\W\d]|\$)\w*"


def _identifier(ctx: Context, match: re.Match[str]) -> None:
    """Classify a word; keywords and declarations start an expression."""
    word = match.group()
    lexer = ctx.lexer
    assert isinstance(lexer, JavaScriptLexer)
    if word in lexer.keywords:
        ctx.token(Keyword, word)
        ctx.push("expr_start")
    elif word in lexer.declarations:
        ctx.token(Keyword.Declaration, word)
        ctx.push("expr_start")
    elif word in lexer.reserved:
        ctx.token(Keyword.Reserved, word)
    elif word in CONSTANTS:
        ctx.token(Keyword.Constant, word)
    elif word in lexer.builtins:
        ctx.token(Name.Builtin, word)
    else:
        ctx.token(Name.Other, word)


def _error_pop2(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Error, match.group())
    ctx.pop(2)


class JavaScriptLexer(StateLexer):
    """``javascript``/``js``."""

    keywords = KEYWORDS
    declarations = DECLARATIONS
    reserved = RESERVED
    builtins = BUILTINS

    states = {
        "multiline_comment": [
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r"[*/]", Comment.Multiline),
        ],
        "blank": [
            (r"\s+", Text),
            (r"<!--", Comment),
            (r"//.*?$", Comment.Single),
            (r"/[*]", Comment.Multiline, "multiline_comment"),
        ],
        "expr_start": [
            Mixin("blank"),
            (r"/", String.Regex, "#goto:regex"),
            (r"\{", Punctuation, "#goto:object"),
            (r"", Text, "#pop"),
        ],
        "regex": [
            (r"/", String.Regex, "#goto:regex_end"),
            (r"[^/]\n", Error, "#pop"),
            (r"\n", Error, "#pop"),
            (r"\[\^?", String.Escape, "regex_group"),
            (r"\\.", String.Escape),
            (r"[(][?][:=<!]", String.Escape),
            (r"[{][\d,]+[}]", String.Escape),
            (r"[()?]", String.Escape),
            (r".", String.Regex),
        ],
        "regex_end": [
            (r"[gimuy]+", String.Regex, "#pop"),
            (r"", Text, "#pop"),
        ],
        "regex_group": [
            (r"/", String.Escape),
            (r"[^/]\n", _error_pop2),
            (r"\]", String.Escape, "#pop"),
            (r"\\.", String.Escape),
            (r".", String.Regex),
        ],
        "root": [
            (r"(?s)\A\s*#!.*?\n", Comment.Preproc, "statement"),
            (r"(?<=\n)(?=\s|/|<!--)", Text, "expr_start"),
            Mixin("blank"),
            (r"\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!==", Operator, "expr_start"),
            (r"[-<>+*%&|^/!=]=?", Operator, "expr_start"),
            (r"[(\[,]", Punctuation, "expr_start"),
            (r";", Punctuation, "statement"),
            (r"[)\].]", Punctuation),
            (r"`", String.Double, "template_string"),
            (r"[?][.]", Punctuation),
            (r"[?]", Punctuation, ("ternary", "expr_start")),
            (rf"(@)({W}+)?", (Punctuation, Name.Decorator), "expr_start"),
            (r"[{}]", Punctuation, "statement"),
            (IDENT, _identifier),
            (r"[0-9][0-9]*\.[0-9]+(?:[eE][0-9]+)?[fd]?", Number.Float),
            (r"0[xX][0-9a-fA-F]+", Number.Hex),
            (r"0[oO][0-7][0-7_]*", Number.Oct),
            (r"0[bB][01][01_]*", Number.Bin),
            (r"[0-9]+", Number.Integer),
            (r'"', String.Delimiter, "dq"),
            (r"'", String.Delimiter, "sq"),
            (r":", Punctuation),
        ],
        "dq": [
            (r'\\[\\nrt"]?', String.Escape),
            (r'[^\\"]+', String.Double),
            (r'"', String.Delimiter, "#pop"),
        ],
        "sq": [
            (r"\\[\\nrt']?", String.Escape),
            (r"[^\\']+", String.Single),
            (r"'", String.Delimiter, "#pop"),
        ],
        "statement": [
            (r"case\b", Keyword, "#goto:expr_start"),
            (rf"({IDENT})(\s*)(:)", (Name.Label, Text, Punctuation)),
            Mixin("expr_start"),
        ],
        "object": [
            Mixin("blank"),
            (r"\{", Punctuation, "#push"),
            (r"\}", Punctuation, "#goto:statement"),
            (rf"({IDENT})(\s*)(:)", (Name.Attribute, Text, Punctuation), "expr_start"),
            (r":", Punctuation),
            Mixin("root"),
        ],
        "ternary": [
            (r":", Punctuation, "#goto:expr_start"),
            Mixin("root"),
        ],
        "template_string": [
            (r"[$]\{", Punctuation, "template_string_expr"),
            (r"`", String.Double, "#pop"),
            (r"\\[$`]", String.Escape),
            (r"[^$`\\]+", String.Double),
            (r"[\\$]", String.Double),
        ],
        "template_string_expr": [
            (r"\}", Punctuation, "#pop"),
            Mixin("root"),
        ],
    }


class TypeScriptLexer(JavaScriptLexer):
    """``typescript``/``ts``: JavaScript plus TypeScript's words and ``name?:`` labels."""

    keywords = KEYWORDS | {
        "is", "namespace", "static", "private", "protected", "public", "implements", "readonly",
    }
    declarations = DECLARATIONS | {"type", "abstract"}
    reserved = RESERVED | {
        "string", "any", "void", "number", "namespace", "module", "declare", "default",
        "interface", "keyof",
    }
    builtins = BUILTINS | {"Pick", "Partial", "Readonly", "Record"}

    states = {
        **JavaScriptLexer.states,
        "root": [
            (r"[?][.]", Punctuation),
            (r"[?]{2}", Operator),
            *JavaScriptLexer.states["root"],
        ],
        "statement": [
            (rf"({IDENT})(\??)(\s*)(:)", (Name.Label, Punctuation, Text, Punctuation),
             "expr_start"),
            *JavaScriptLexer.states["statement"],
        ],
    }


def _to_html(ctx: Context, match: re.Match[str]) -> None:
    lexer = ctx.lexer
    assert isinstance(lexer, JSXLexer)
    ctx.out.extend(lexer.html.continue_tokens(match.group()))


class JSXLexer(JavaScriptLexer):
    """``jsx``/``react``: JavaScript with XML-like elements wherever an expression starts.

    Element brackets are punctuation, capitalised element names (components)
    ``Name.Class``, others ``Name.Tag``; ``{...}`` inside elements is an
    interpolation lexed as JavaScript; text between tags goes to the HTML lexer.
    """

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        from .html import HTMLLexer  # html imports this module

        self.html = HTMLLexer(options)

    def start_stack(self) -> list[str]:
        """Rouge's JSX lexer starts where an expression may start."""
        return ["root", "expr_start"]

    def reset(self) -> None:
        """Start over, with the embedded HTML lexer too."""
        super().reset()
        self.html.reset()

    states = {
        **JavaScriptLexer.states,
        "expr_start": [Mixin("tag"), *JavaScriptLexer.states["expr_start"]],
        "tag": [(r"<", Punctuation, ("tag_opening", "element", "element_name"))],
        "tag_opening": [
            (r"</", Punctuation, ("#goto:element", "element_name")),
            Mixin("tag"),
            (r"\{", String.Interpol, ("interpol", "expr_start")),
            (r"[^<{]+", _to_html),
        ],
        "element": [
            Mixin("blank"),
            (r"/>", Punctuation, "#pop:2"),
            (r">", Punctuation, "#pop"),
            (r"\{", String.Interpol, ("interpol", "expr_start")),
            (rf"{W}[{W_CHARS}-]*", Name.Attribute),
            (r"=", Punctuation),
            (r"([\"']).*?(\1)", String),
        ],
        "element_name": [
            (rf"[A-Z]{W}*", Name.Class),
            (rf"{W}+", Name.Tag),
            (r"\.", Punctuation),
            (r"", Text, "#pop"),
        ],
        "interpol": [
            (r"\}", String.Interpol, "#pop"),
            (r"\{", Punctuation, ("interpol_inner", "statement")),
            Mixin("root"),
        ],
        "interpol_inner": [
            (r"\}", Punctuation, "#goto:statement"),
            Mixin("root"),
        ],
    }


class TSXLexer(JSXLexer):
    """``tsx``: JSX with TypeScript's words and ``name?:`` labels."""

    keywords = TypeScriptLexer.keywords
    declarations = TypeScriptLexer.declarations
    reserved = TypeScriptLexer.reserved
    builtins = TypeScriptLexer.builtins

    states = {
        **JSXLexer.states,
        "root": [*TypeScriptLexer.states["root"][:2], *JSXLexer.states["root"]],
        "statement": [*TypeScriptLexer.states["statement"][:1], *JSXLexer.states["statement"]],
        # ``<T,>`` is a generic parameter list, not an element.
        "element_name": [
            (rf"({W}+)(,)", (Name.Other, Punctuation), "#pop:3"),
            *JSXLexer.states["element_name"],
        ],
    }
