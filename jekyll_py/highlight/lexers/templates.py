"""Handlebars/Mustache and Jinja/Django/Twig templates, shaped like Rouge's lexers.

Text outside the template tags goes to one HTML lexer that keeps its state
between chunks.  Handlebars: ``{{``/``}}`` are keywords, block helpers
(``#if``, ``/each``) ``Name.Namespace``, paths ``Name.Variable``.  Jinja:
``{% %}``/``{{ }}`` delimiters ``Comment.Preproc``; statement words are
keywords, pseudo-keywords (``true``, ``none``), word operators, tests
(``defined``, ``even``) or variables; ``|filter`` and ``name(`` functions.
Twig is Jinja with its own word lists.  (Rouge keeps Jinja's and Twig's
lists in shared class variables, so in one Ruby process whichever is used
first wins; we give each language its own lists, as a fresh process does.)
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
from .html import HTMLLexer


class _TemplateLexer(StateLexer):
    """A template language over HTML (Rouge's ``TemplateLexer``, parent ``html``)."""

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        self.parent = HTMLLexer(options)

    def reset(self) -> None:
        """Start over, with the HTML lexer too."""
        super().reset()
        self.parent.reset()


def _to_parent(ctx: Context, match: re.Match[str]) -> None:
    lexer = ctx.lexer
    assert isinstance(lexer, _TemplateLexer)
    ctx.out.extend(lexer.parent.continue_tokens(match.group()))


def _to_parent_leave_attr(ctx: Context, match: re.Match[str]) -> None:
    """HTML before a ``{{``: an attribute value cut by the tag is over."""
    _to_parent(ctx, match)
    lexer = ctx.lexer
    assert isinstance(lexer, _TemplateLexer)
    stack = lexer.parent._ctx.stack
    if stack[-1] == "attr":
        lexer.parent._ctx.pop()


def _pop(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


HBS_ID = r"[\w$-]+"


class HandlebarsLexer(_TemplateLexer):
    """``handlebars``/``hbs``/``mustache``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\\\{+", _to_parent),
            (r"\{\{!--", Comment, "comment"),
            (r"\{\{!.*?\}\}", Comment),
            (r"\{\{\{?", Keyword, ("stache", "open_sym")),
            (r"(?s)(.+?)(?=\\|\{\{)", _to_parent_leave_attr),
            (r"(?s).+", _to_parent),
        ],
        "comment": [
            (r"\{\{", Comment, "#push"),
            (r"\}\}", Comment, "#pop"),
            (r"[^{}]+", Comment),
            (r"[{}]", Comment),
        ],
        "stache": [
            (r"\}\}\}?", Keyword, "#pop"),
            (r"\|", Punctuation),
            (r"~", Keyword),
            (r"\s+", Text),
            (r"[=]", Operator),
            (r"[\[\]]", Punctuation),
            (r"[()]", Punctuation),
            (r"[.](?=[}\s])", Name.Variable),
            (r"[.][.]", Name.Variable),
            (r"[/.]", Punctuation),
            (r'"(?:\\.|.)*?"', String.Double),
            (r"'(?:\\.|.)*?'", String.Single),
            (r"\d+(?=}\s)", Number),
            (r"(?:true|false)(?=[}\s])", Keyword.Constant),
            (r"else(?=[}\s])", Keyword),
            (r"this(?=[}\s])", Name.Builtin.Pseudo),
            (rf"@{HBS_ID}", Name.Attribute),
            (HBS_ID, Name.Variable),
        ],
        "open_sym": [
            (r"[#/]", Keyword, "#goto:block_name"),
            (r"[>^&~]", Keyword),
            (r"", _pop),
        ],
        "block_name": [
            (r"if(?=[}\s])", Keyword),
            (HBS_ID, Name.Namespace, "#pop"),
            (r"", _pop),
        ],
    }


def _raw_or_verbatim(ctx: Context, match: re.Match[str]) -> None:
    for index, ttype in enumerate(
        (Comment.Preproc, Text, Keyword, Text, Comment.Preproc), start=1
    ):
        ctx.token(ttype, match.group(index))
    ctx.push(match.group(3))


def _statement_word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    lexer = ctx.lexer
    assert isinstance(lexer, JinjaLexer)
    if word in lexer.keywords:
        ctx.token(Keyword, word)
    elif word in lexer.pseudo_keywords:
        ctx.token(Keyword.Pseudo, word)
    elif word in lexer.word_operators:
        ctx.token(Operator.Word, word)
    elif word in lexer.tests:
        ctx.token(Name.Builtin, word)
    else:
        ctx.token(Name.Variable, word)


class JinjaLexer(_TemplateLexer):
    """``jinja``/``django``."""

    flags = re.MULTILINE | re.ASCII

    keywords = frozenset("""
    as context do else extends from ignore missing import include reversed recursive scoped
    autoescape endautoescape block endblock call endcall filter endfilter for endfor if endif
    macro endmacro set endset trans endtrans with endwith without
    """.split())
    tests = frozenset("""
    callable defined divisibleby equalto escaped even iterable lower mapping none number odd
    sameas sequence string undefined upper
    """.split())
    pseudo_keywords = frozenset("true false none True False None".split())
    word_operators = frozenset("is in and or not".split())

    states = {
        "root": [
            (r"\{#", Comment, "comment"),
            (r"##.*", Comment),
            (r"(\{%-?)(\s*)(raw|verbatim)(\s*)(-?%\})", _raw_or_verbatim),
            (r"\{%", Comment.Preproc, "statement"),
            (r"\{\{", Comment.Preproc, "expression"),
            (r"(?s)(.+?)(?=\\|\{\{|\{%|\{#|##)", _to_parent),
            (r"(?s).+", _to_parent),
        ],
        "filter": [(r"(\|\s*)(\w+)", (Operator, Name.Function))],
        "function": [(r"(\w+)(\()", (Name.Function, Punctuation))],
        "text": [(r"\s+", Text)],
        "literal": [
            (r'"(?:\\.|.)*?"', String.Double),
            (r"'(?:\\.|.)*?'", String.Single),
            (r"\d+(?=}\s)", Number),
            (r"\+|-|\*|//?|\*\*?|=", Operator),
            (r"<=?|>=?|===?|!=", Operator),
            (r",", Punctuation),
            (r"\[", Punctuation),
            (r"\]", Punctuation),
            (r"\(", Punctuation),
            (r"\)", Punctuation),
        ],
        "comment": [
            (r"[^#]+", Comment),
            (r"#\}", Comment, "#pop"),
            (r"#", Comment),
        ],
        "expression": [
            (r"\w+\.?", Name.Variable),
            Mixin("filter"),
            Mixin("function"),
            Mixin("literal"),
            Mixin("text"),
            (r"%\}|\}\}", Comment.Preproc, "#pop"),
        ],
        "statement": [
            (r"\w+\.?", _statement_word),
            Mixin("filter"),
            Mixin("function"),
            Mixin("literal"),
            Mixin("text"),
            (r"%\}", Comment.Preproc, "#pop"),
        ],
        "raw": [
            (r"(\{%-?)(\s*)(endraw)(\s*)(-?%\})",
             (Comment.Preproc, Text, Keyword, Text, Comment.Preproc), "#pop"),
            (r"[^{]+", Text),
            (r"\{", Text),
        ],
        "verbatim": [
            (r"(\{%-?)(\s*)(endverbatim)(\s*)(-?%\})",
             (Comment.Preproc, Text, Keyword, Text, Comment.Preproc), "#pop"),
            (r"[^{]+", Text),
            (r"\{", Text),
        ],
    }


class TwigLexer(JinjaLexer):
    """``twig``."""

    keywords = frozenset("""
    as do extends flush from import include use else starts ends with without autoescape
    endautoescape block endblock embed endembed filter endfilter for endfor if endif macro
    endmacro sandbox endsandbox set endset spaceless endspaceless
    """.split())
    tests = frozenset("constant defined divisibleby empty even iterable null odd sameas".split())
    pseudo_keywords = frozenset("true false none".split())
    word_operators = frozenset("b-and b-or b-xor is in and or not".split())
