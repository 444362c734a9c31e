"""Haml templates, shaped like Rouge's ``haml`` lexer.

Each line starts at ``root``, which records its indentation (as Rouge's
``Indentation`` mixin does) and either continues an indented block (a
``/`` or ``-#`` comment, a ``:filter``) or lexes the line as ``content``:
``%tag.class#id`` then attributes, Ruby after ``=``/``-``/``{``, and plain
text given to an HTML lexer.  The embedded Ruby, HTML and filter lexers
keep their state from chunk to chunk, as Rouge's ``delegate`` does; Ruby is
restarted at each ``=``/``-`` line and a filter's lexer at each filter.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Name, Punctuation, String, Text

from ..engine import Context, Mixin, StateLexer
from .css import CSSLexer
from .erb import ERBLexer
from .html import HTMLLexer
from .javascript import JavaScriptLexer
from .markdown import MarkdownLexer
from .ruby import RubyLexer
from .scss import SassLexer

_IDENTIFIER = r"[\w:-]+"
_RUBY_VAR = r"[a-z]\w*"
#: Haml lets `` |`` at a line end continue the line; Rouge's "any character".
_DOT = r"(?:[ ]\|\n(?=.*[ ]\|)|.)"
#: Plain text up to an interpolation or the end of the line.
_PLAIN = r"(?:[^#\n]|#[^{\n]|(?:\\\\)*\\#\{)+"


def _haml(ctx: Context) -> HamlLexer:
    lexer = ctx.lexer
    assert isinstance(lexer, HamlLexer)
    return lexer


def _indentation(ctx: Context, match: re.Match[str]) -> None:
    """A line's leading blanks: enter the open indented block or new content."""
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


def _starts_block(ctx: Context, state: str) -> None:
    ctx.memo["block_state"] = state
    ctx.memo["block_indentation"] = ctx.memo.get("last_indentation") or ""


def _reset_stack(ctx: Context) -> None:
    del ctx.stack[1:]


def _ruby_line(ctx: Context, match: re.Match[str]) -> None:
    """``-``/``=``/``!``: the rest of the line is Ruby, lexed afresh."""
    ctx.token(Punctuation, match.group())
    _reset_stack(ctx)
    _haml(ctx).ruby.reset()
    ctx.push("ruby_line")


def _tag(ttype: object):
    def action(ctx: Context, match: re.Match[str]) -> None:
        ctx.token(ttype, match.group())  # type: ignore[arg-type]
        ctx.goto("tag")
    return action


def _ruby_tag(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Punctuation, match.group())
    _haml(ctx).ruby.reset()
    ctx.push("ruby_tag")


def _to_ruby(ctx: Context, match: re.Match[str]) -> None:
    ctx.out.extend(_haml(ctx).ruby.continue_tokens(match.group()))


def _to_ruby_push(ctx: Context, match: re.Match[str]) -> None:
    _to_ruby(ctx, match)
    ctx.push("ruby_inner")


def _to_ruby_pop(ctx: Context, match: re.Match[str]) -> None:
    _to_ruby(ctx, match)
    ctx.pop()


def _to_html(ctx: Context, match: re.Match[str]) -> None:
    ctx.out.extend(_haml(ctx).html.continue_tokens(match.group()))


def _html_comment(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Comment, match.group())
    ctx.pop()
    _starts_block(ctx, "html_comment_block")


def _haml_comment(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Comment, match.group())
    ctx.pop()
    _starts_block(ctx, "haml_comment_block")


def _conditional_comment(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Comment, match.group(1))
    ctx.token(Comment.Special, match.group(2))
    ctx.token(Comment, match.group(3))
    ctx.pop()


def _filter(ctx: Context, match: re.Match[str]) -> None:
    """``:name``: the indented lines below go to that filter's lexer."""
    ctx.token(Name.Decorator, match.group())
    ctx.pop()
    _starts_block(ctx, "filter_block")
    lexer = _haml(ctx).filters.get(match.group(1).strip())
    ctx.memo["filter"] = lexer
    if lexer is not None:
        lexer.reset()


def _filter_text(ctx: Context, match: re.Match[str]) -> None:
    lexer = ctx.memo.get("filter")
    if isinstance(lexer, StateLexer):
        ctx.out.extend(lexer.continue_tokens(match.group()))
    else:
        ctx.token(Name.Decorator, match.group())


def _end_of_block_line(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Text, match.group())
    _reset_stack(ctx)


class HamlLexer(StateLexer):
    """``haml``/``HAML``."""

    flags = re.MULTILINE | re.ASCII

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        self.ruby = RubyLexer(options)
        self.html = HTMLLexer(options)
        #: Rouge's default filters; ``:ruby`` shares the Ruby lexer of ``=`` lines.
        self.filters: dict[str, StateLexer] = {
            "javascript": JavaScriptLexer(options),
            "css": CSSLexer(options),
            "ruby": self.ruby,
            "erb": ERBLexer(options),
            "markdown": MarkdownLexer(options),
            "sass": SassLexer(options),
        }

    def reset(self) -> None:
        """Start over; Rouge's ``start`` block restarts the Ruby and HTML lexers."""
        super().reset()
        self.ruby.reset()
        self.html.reset()

    states = {
        "root": [
            (r"\s*\n", Text),
            (r"\s*", _indentation),
        ],
        "content": [
            Mixin("css"),
            (rf"%{_IDENTIFIER}", _tag(Name.Tag)),
            (rf"!!!{_DOT}*\n", Name.Namespace, "#pop"),
            (rf"(/)(\[{_DOT}*?\])({_DOT}*\n)", _conditional_comment),
            (rf"/{_DOT}*\n", _html_comment),
            (rf"-#{_DOT}*\n", _haml_comment),
            (r"-", _ruby_line),
            (rf":({_DOT}*)\n", _filter),
            Mixin("eval_or_plain"),
        ],
        "css": [
            (rf"\.{_IDENTIFIER}", _tag(Name.Class)),
            (rf"#{_IDENTIFIER}", _tag(Name.Function)),
        ],
        "tag": [
            Mixin("css"),
            (r"[{]", _ruby_tag),
            (rf"\[{_DOT}*?\]", _to_ruby),
            (r"\(", Punctuation, "html_attributes"),
            (r"\s*\n", Text, "#pop"),
            (r"[<>]{1,2}(?=[ \t=])", Punctuation),
            Mixin("eval_or_plain"),
        ],
        "plain": [
            (_PLAIN, _to_html),
            Mixin("interpolation"),
            (r"\n", _end_of_block_line),
        ],
        "eval_or_plain": [
            (r"[&!]?==", Punctuation, "plain"),
            (r"[&!]?[=!]", _ruby_line),
            (r"", Text, "plain"),
        ],
        "ruby_line": [
            (r"\n", Text, "#pop"),
            (r",[ \t]*\n", _to_ruby),
            (r"[ ]\|[ \t]*\n", String.Escape),
            (r".*?(?=(?:,$| \|)?[ \t]*$)", _to_ruby),
        ],
        "ruby_tag": [Mixin("ruby_inner")],
        "html_attributes": [
            (r"\s+", Text),
            (rf"{_IDENTIFIER}\s*=", Name.Attribute, "html_attribute_value"),
            (_IDENTIFIER, Name.Attribute),
            (r"\)", Text, "#pop"),
        ],
        "html_attribute_value": [
            (r"\s+", Text),
            (_RUBY_VAR, Name.Variable, "#pop"),
            (rf"@{_RUBY_VAR}", Name.Variable.Instance, "#pop"),
            (rf"\${_RUBY_VAR}", Name.Variable.Global, "#pop"),
            (r"'(?:\\\\|\\'|[^'\n])*'", String, "#pop"),
            (r'"(?:\\\\|\\"|[^"\n])*"', String, "#pop"),
        ],
        "html_comment_block": [
            (rf"{_DOT}+", Comment),
            Mixin("indented_block"),
        ],
        "haml_comment_block": [
            (rf"{_DOT}+", Comment.Preproc),
            Mixin("indented_block"),
        ],
        "filter_block": [
            (_PLAIN, _filter_text),
            Mixin("interpolation"),
            Mixin("indented_block"),
        ],
        "interpolation": [(r"#[{]", String.Interpol, "ruby")],
        "ruby": [
            (r"[}]", String.Interpol, "#pop"),
            Mixin("ruby_inner"),
        ],
        "ruby_inner": [
            (r"[{]", _to_ruby_push),
            (r"[}]", _to_ruby_pop),
            (r"[^{}]+", _to_ruby),
        ],
        "indented_block": [(r"\n", _end_of_block_line)],
    }
