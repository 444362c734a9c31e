"""SCSS, shaped like Rouge's ``scss`` lexer (Jekyll themes are full of it).

Rouge decides per statement whether it is a declaration (``name: value``,
``$var: value``) or a selector by looking ahead, then lexes the rest of the
statement in that mode until ``;``, ``{`` or ``}``, which resets to the top
level.  In values, numbers with units are ``Number`` (but a fraction like
``.5em`` is ``Number.Integer``, as Rouge has it), variables ``Name.Variable``,
functions ``Name.Function``; in selectors, ``.class`` is ``Name.Class``,
``#id`` ``Name.Namespace`` and ``:hover`` ``Name.Decorator``.
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
from .css import COLOR_NAMES, KEYWORD_VALUES, PROPERTIES

ID = r"[\w-]+"


def _value_word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in KEYWORD_VALUES:
        ctx.token(Name.Builtin, word)
    elif word in COLOR_NAMES:
        ctx.token(Name.Constant, word)
    else:
        ctx.token(Name, word)


def _property(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    ctx.token(Name.Label if word in PROPERTIES else Name.Attribute, word)


def _push(state: str):
    def action(ctx: Context, match: re.Match[str]) -> None:
        ctx.push(state)
    return action


def _pop(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


class SCSSLexer(StateLexer):
    """``scss``."""

    flags = re.MULTILINE | re.ASCII  # Ruby's \w is ASCII-only

    states = {
        "root": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
            (r"@import\b", Keyword, "value"),
            Mixin("content_common"),
            (r"(?=[^;{}][;}])", _push("attribute")),
            (r"(?=[^;{}:\[]+:[^a-z])", _push("attribute")),
            (r"", _push("selector")),
        ],
        "end_section": [
            (r"\n", Text),
            (r"[;{}]", Punctuation, "#reset"),
        ],
        "content_common": [
            (r"@for\b", Keyword, "for"),
            (r"@(?:debug|warn|if|each|while|else|return|media)", Keyword, "value"),
            (rf"(@mixin)(\s+)({ID})", (Keyword, Text, Name.Function), "value"),
            (rf"(@function)(\s+)({ID})", (Keyword, Text, Name.Function), "value"),
            (r"@extend\b", Keyword, "selector"),
            (rf"(@include)(\s+)({ID})", (Keyword, Text, Name.Decorator), "value"),
            (rf"@{ID}", Keyword, "selector"),
            (r"&", Keyword, "selector"),
            (rf"([$]{ID})([ \t]*)(:)", (Name.Variable, Text, Punctuation), "value"),
        ],
        "value": [
            Mixin("end_section"),
            (r"[ \t]+", Text),
            (rf"[$]{ID}", Name.Variable),
            (r"url[(]", String.Other, "string_url"),
            (rf"{ID}(?=\s*[(])", Name.Function),
            (rf"%{ID}", Name.Decorator),
            (r"(?:true|false)\b", Name.Builtin.Pseudo),
            (r"(?:and|or|not)\b", Operator.Word),
            (r"(?i)#[a-z0-9]{1,6}", Number.Hex),
            (r"-?\d+(?:%|[a-z]+)?", Number),
            (r"-?\d*\.\d+(?:%|[a-z]+)?", Number.Integer),
            Mixin("has_strings"),
            Mixin("has_interp"),
            (r"[~^*!&%<>|+=@:,./?-]+", Operator),
            (r"[\[\]()]+", Punctuation),
            (r"/[*]", Comment.Multiline, "inline_comment"),
            (r"//[^\n]*", Comment.Single),
            (ID, _value_word),
        ],
        "has_interp": [(r"[#][{]", String.Interpol, "interpolation")],
        "has_strings": [
            (r'"', String.Double, "dq"),
            (r"'", String.Single, "sq"),
        ],
        "interpolation": [
            (r"\}", String.Interpol, "#pop"),
            Mixin("value"),
        ],
        "selector": [
            Mixin("end_section"),
            Mixin("has_strings"),
            Mixin("has_interp"),
            (r"[ \t]+", Text),
            (r":", Name.Decorator, "pseudo_class"),
            (r"[.]", Name.Class, "class"),
            (r"#", Name.Namespace, "id"),
            (r"%", Name.Variable, "placeholder"),
            (ID, Name.Tag),
            (r"&", Keyword),
            (r"[~^*!&\[\]()<>|+=@:;,./?-]", Operator),
        ],
        "dq": [
            (r'"', String.Double, "#pop"),
            Mixin("has_interp"),
            (r'(?:\\.|#(?![{])|[^\n"#])+', String.Double),
        ],
        "sq": [
            (r"'", String.Single, "#pop"),
            Mixin("has_interp"),
            (r"(?:\\.|#(?![{])|[^\n'#])+", String.Single),
        ],
        "string_url": [
            (r"[)]", String.Other, "#pop"),
            (r"(?:\\.|#(?![{])|[^\n)#])+", String.Other),
            Mixin("has_interp"),
        ],
        "selector_piece": [
            Mixin("has_interp"),
            (r"", _pop),
        ],
        "pseudo_class": [(ID, Name.Decorator), Mixin("selector_piece")],
        "class": [(ID, Name.Class), Mixin("selector_piece")],
        "id": [(ID, Name.Namespace), Mixin("selector_piece")],
        "placeholder": [(ID, Name.Variable), Mixin("selector_piece")],
        "for": [
            (r"(?:from|to|through)", Operator.Word),
            Mixin("value"),
        ],
        "attr_common": [
            Mixin("has_interp"),
            (ID, _property),
        ],
        "attribute": [
            Mixin("attr_common"),
            (r"([ \t]*)(:)", (Text, Punctuation), "value"),
        ],
        "inline_comment": [
            (r"(?:\\#|#(?=[^\n{])|\*(?=[^\n/])|[^\n#*])+", Comment.Multiline),
            Mixin("has_interp"),
            (r"[*]/", Comment.Multiline, "#pop"),
        ],
    }


def _sass_indentation(ctx: Context, match: re.Match[str]) -> None:
    """Leading blanks: deeper than a comment's first line continues the comment."""
    indent = match.group()
    ctx.token(Text, indent)
    ctx.memo["last_indentation"] = indent
    block_state = ctx.memo.get("block_state")
    block_indent = str(ctx.memo.get("block_indentation") or "")
    if block_state and indent.startswith(block_indent) and indent != block_indent:
        ctx.push(str(block_state))
    else:
        ctx.memo["block_state"] = ctx.memo["block_indentation"] = None
        ctx.push("content")


def _starts_block(state: str, ttype):
    def action(ctx: Context, match: re.Match[str]) -> None:
        ctx.token(ttype, match.group())
        ctx.pop()
        ctx.memo["block_state"] = state
        ctx.memo["block_indentation"] = ctx.memo.get("last_indentation") or ""
    return action


def _value_after(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()
    ctx.push("value")


class SassLexer(SCSSLexer):
    """``sass``: the indented syntax; a statement ends at the end of its line."""

    states = {
        **SCSSLexer.states,
        "root": [
            (r"[ \t]*\n", Text),
            (r"[ \t]*", _sass_indentation),
        ],
        "content": [
            (r"//.*?$", _starts_block("single_comment", Comment.Single)),
            (r"/[*].*?\n", _starts_block("multi_comment", Comment.Multiline)),
            (r"@import\b", Keyword, "import"),
            Mixin("content_common"),
            (rf"={ID}", Name.Function, "value"),
            (rf"[+]{ID}", Name.Decorator, "value"),
            (r":", Name.Attribute, "old_style_attr"),
            (r"(?=[^\[\n]+?:(?:[^a-z]|$))", _push("attribute")),
            (r"", _push("selector")),
        ],
        "single_comment": [(r".*?$", Comment.Single, "#pop")],
        "multi_comment": [(r".*?\n", Comment.Multiline, "#pop")],
        "import": [
            (r"[ \t]+", Text),
            (r"\S+", String),
            (r"\n", Text, "#pop"),
        ],
        "old_style_attr": [
            Mixin("attr_common"),
            (r"", _value_after),
        ],
        "end_section": [(r"\n", Text, "#reset")],
    }
