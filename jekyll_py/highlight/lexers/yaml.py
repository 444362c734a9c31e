"""YAML, shaped like Rouge's ``yaml`` lexer.

YAML snippets (``_config.yml``, front matter) are everywhere on Jekyll sites.
Rouge's YAML lexer tracks indentation to know where a block scalar or a
multi-line plain scalar ends, and classifies:

* mapping keys ``Name.Attribute`` with ``:`` (and ``-``, ``?``, ``|``, ``>``,
  flow brackets and commas) as ``Punctuation.Indicator``;
* a plain scalar in block context as ``String``, except ``true``/``false``/
  ``null`` (``Name.Constant``) and a number that ends its line (``Number``);
  in flow context (``[a, b]``) plain scalars are ``Name.Variable``;
* quoted scalars open with ``String.Single``/``String.Double`` and continue as
  ``String`` (blanks between words: ``Name.Variable``; escapes ``String.Escape``);
* block scalar lines ``String``; anchors ``Name.Label``, aliases
  ``Name.Variable``, tags ``Keyword.Type``; ``---`` ``Name.Namespace``.
"""

from __future__ import annotations

import re

from pygments.token import (  # noqa: I001
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Punctuation,
    String,
    Text,
)

from ..engine import Context, Mixin, StateLexer

PLAIN_START = r"[^ \t\n\r\f\v?:,\[\]{}#&*!|>'\"%@`]"
Indicator = Punctuation.Indicator


class _Indent:
    """The indentation levels Rouge's YAML lexer keeps while lexing."""

    def __init__(self) -> None:
        self.stack = [0]
        self.next = 0
        self.block_scalar: int | None = None

    @property
    def current(self) -> int:
        return self.stack[-1]

    def save(self, text: str) -> tuple[str, str]:
        """A line's leading blanks: pop deeper levels; blanks past a level are an error."""
        self.next = len(text)
        if self.next < self.current:
            while self.next < self.current:
                self.stack.pop()
            return text[: self.current], text[self.current:]
        return text, ""

    def carry(self, text: str) -> None:
        self.next += len(text)

    def set(self, text: str, *, implicit: bool = False) -> None:
        if self.current < self.next:
            self.stack.append(self.next)
        if not implicit:
            self.next += len(text)


def _indent(ctx: Context) -> _Indent:
    found = ctx.memo.get("indent")
    if not isinstance(found, _Indent):
        found = ctx.memo["indent"] = _Indent()
    return found


def _reset_then(state: str, ttype):
    def action(ctx: Context, match: re.Match[str]) -> None:
        ctx.token(ttype, match.group())
        ctx.memo["indent"] = _Indent()
        ctx.push(state)
    return action


def _line_start(ctx: Context, match: re.Match[str]) -> None:
    text, error = _indent(ctx).save(match.group())
    ctx.token(Text, text)
    ctx.token(Error, error)
    ctx.push("block_line")
    ctx.push("indentation")


def _blank_line(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Text, match.group())
    ctx.pop(2)


def _indicator_blanks(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Text, match.group())
    _indent(ctx).carry(match.group())


def _collection_indicator(ctx: Context, match: re.Match[str]) -> None:
    _indent(ctx).set(match.group())
    ctx.token(Indicator, match.group())


def _line_body(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Text, match.group())
    _indent(ctx).carry(match.group())
    ctx.pop()


def _implicit_key(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Name.Attribute, match.group(1))
    ctx.token(Indicator, match.group(2))
    _indent(ctx).set(match.group(), implicit=True)


def _empty_scalar_line(ctx: Context, match: re.Match[str]) -> None:
    """A blank line inside a block scalar: it never ends the scalar."""
    text = match.group()
    indent = _indent(ctx)
    mark = indent.block_scalar if indent.block_scalar is not None else len(text)
    ctx.token(Text, text[:mark])
    ctx.token(Name.Constant, text[mark:])


def _scalar_line_start(ctx: Context, match: re.Match[str]) -> None:
    """Leading blanks of a block scalar line: less indentation ends the scalar."""
    ctx.token(Text, match.group())
    indent = _indent(ctx)
    size = len(match.group())
    dedent_level = indent.block_scalar if indent.block_scalar is not None else indent.current
    if indent.block_scalar is None:
        indent.block_scalar = size
    if size < dedent_level:
        indent.save(match.group())
        ctx.pop()
        ctx.push("indentation")


def _block_scalar_header(ctx: Context, match: re.Match[str]) -> None:
    indent = _indent(ctx)
    indent.block_scalar = None
    ctx.goto("ignored_line")
    if not match.group():
        return
    increment = match.group(1) or match.group(2)
    if increment:
        indent.block_scalar = indent.current + int(increment)
    ctx.token(Indicator, match.group())


def _plain_new_line_dedent(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Text, match.group())
    ctx.pop()
    indent = _indent(ctx)
    if len(match.group()) <= indent.current:
        ctx.pop()
        indent.save(match.group())
        ctx.push("indentation")


def _pop3(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop(3)


class YAMLLexer(StateLexer):
    """``yaml``/``yml``."""

    states = {
        "basic": [(r"#.*$", Comment.Single)],
        "root": [
            Mixin("basic"),
            (r"\n+", Text),
            (r"[ ]+(?=#|$)", Text),
            (r"^%YAML\b", _reset_then("yaml_directive", Name.Tag)),
            (r"^%TAG\b", _reset_then("tag_directive", Name.Tag)),
            (r"^(?:---|\.\.\.)(?= |$)", _reset_then("block_line", Name.Namespace)),
            (r"[ ]*(?!\s|$)", _line_start),
        ],
        "indentation": [
            (r"\s*?\n", _blank_line),
            (r"[ ]+(?=[-:?](?:[ ]|$))", _indicator_blanks),
            (r"[?:-](?=[ ]|$)", _collection_indicator),
            (r"[ ]*", _line_body),
        ],
        "block_line": [
            (r"[ ]*(?=#|$)", Text, "#pop"),
            (r"[ ]+", Text),
            Mixin("descriptors"),
            Mixin("block_nodes"),
            Mixin("flow_nodes"),
            (rf"(?={PLAIN_START}|[?:-][^ \t\n\r\f\v])", Name.Variable,
             "plain_scalar_in_block_context"),
        ],
        "descriptors": [
            (r"!<[0-9A-Za-z;/?:@&=+$,_.!~*'()\[\]%-]+>", Keyword.Type),
            (r"(?:![\w-]+)?!(?:[\w;/?:@&=+$,.!~*'()\[\]%-]*)", Keyword.Type),
            (r"&[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}\p{Nd}_-]+", Name.Label),
            (r"\*[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}\p{Nd}_-]+", Name.Variable),
        ],
        "block_nodes": [
            (r"([^#,:?\[\]{}\"'\n]+)(:)(?=\s|$)", _implicit_key),
            (r"[|>][+-]?", Indicator, ("block_scalar_content", "block_scalar_header")),
        ],
        "flow_nodes": [
            (r"\[", Indicator, "flow_sequence"),
            (r"\{", Indicator, "flow_mapping"),
            (r"'", String.Single, "single_quoted_scalar"),
            (r'"', String.Double, "double_quoted_scalar"),
        ],
        "flow_collection": [
            (r"\s+", Text),
            Mixin("basic"),
            (r"[?:,]", Indicator),
            Mixin("descriptors"),
            Mixin("flow_nodes"),
            (rf"(?={PLAIN_START})", Text, "plain_scalar_in_flow_context"),
        ],
        "flow_sequence": [(r"\]", Indicator, "#pop"), Mixin("flow_collection")],
        "flow_mapping": [(r"\}", Indicator, "#pop"), Mixin("flow_collection")],
        "block_scalar_content": [
            (r"\n+", Text),
            (r"^[ ]+$", _empty_scalar_line),
            (r"^[ ]*", _scalar_line_start),
            (r"[^\n\r\f\v]+", String),
        ],
        "block_scalar_header": [(r"(?:([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)",
                                 _block_scalar_header)],
        "ignored_line": [
            Mixin("basic"),
            (r"[ ]+", Text),
            (r"\n", Text, "#pop"),
        ],
        "quoted_scalar_whitespaces": [
            (r"^[ ]+", Text),
            (r"[ ]+$", Text),
            (r"\n+", Text),
            (r"[ ]+", Name.Variable),
        ],
        "single_quoted_scalar": [
            Mixin("quoted_scalar_whitespaces"),
            (r"\\'", String.Escape),
            (r"'", String, "#pop"),
            (r"[^\s']+", String),
        ],
        "double_quoted_scalar": [
            (r'"', String, "#pop"),
            Mixin("quoted_scalar_whitespaces"),
            (r'\\[0abt\tn\nvfre "\\N_LP]', String.Escape),
            (r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})", String.Escape),
            (r'[^ \t\n\r\f\v"\\]+', String),
        ],
        "plain_scalar_in_block_context_new_line": [
            (r"^[ ]+\n", Text),
            (r"\n+", Text),
            (r"^(?=---|\.\.\.)", _pop3),
            (r"^[ ]*", _plain_new_line_dedent),
        ],
        "plain_scalar_in_block_context": [
            (r"[ ]*(?=:[ \n]|:$)", Text, "#pop"),
            (r"[ ]*:\S+", String),
            (r"[ ]+(?=#)", Text, "#pop"),
            (r"[ ]+$", Text),
            (r"\n+", Text, "plain_scalar_in_block_context_new_line"),
            (r"[ ]+", String),
            (r"true|false|null", Name.Constant),
            (r"\d+(?:\.\d+)?(?=\r?\n| +#)", Number, "#pop"),
            (r"[^\s:]+", String),
        ],
        "plain_scalar_in_flow_context": [
            (r"[ ]*(?=[,:?\[\]{}])", Text, "#pop"),
            (r"[ ]+(?=#)", Text, "#pop"),
            (r"^[ ]+", Text),
            (r"[ ]+$", Text),
            (r"\n+", Text),
            (r"[ ]+", Name.Variable),
            (r"[^\s,:?\[\]{}]+", Name.Variable),
        ],
        "yaml_directive": [
            (r"([ ]+)(\d+\.\d+)", (Text, Number), "#goto:ignored_line"),
        ],
        "tag_directive": [
            (r"([ ]+)(!|![\w-]*!)([ ]+)(!|!?[\w;/?:@&=+$,.!~*'()\[\]%-]+)",
             (Text, Keyword.Type, Text, Keyword.Type), "#goto:ignored_line"),
        ],
    }
