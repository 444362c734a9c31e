"""Markdown, shaped like Rouge's ``markdown`` lexer.

Rouge's Markdown lexer is shallow: headings (ATX and setext) are
``Generic.Heading``/``Subheading``, list markers and rules punctuation,
emphasis ``Generic.Emph``/``Strong``, links ``[text](url "title")`` split
into punctuation, ``Name.Variable``, ``String.Other`` and ``Name.Namespace``,
inline code and indented blocks ``String.Backtick``.  Fenced code blocks are
handed to the lexer named in the info string (unknown names: the whole body
as ``String.Backtick``; no name: plain text), inline HTML and entities to an
HTML lexer, a leading ``---`` block to the YAML lexer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from pygments.token import (  # noqa: I001
    Generic,
    Name,
    Punctuation,
    String,
    Text,
    _TokenType,
)

from ..engine import Context, Mixin, StateLexer
from .html import HTMLLexer

RawToken = tuple[_TokenType, str]

EDOT = r"(?:\\.|[^\\\n])"


def _sublexer(name: str) -> Callable[[str], Iterable[RawToken]]:
    """A function lexing a fenced block's body with the lexer ``name`` names."""
    from ..lexing import find_fancy, raw_tokens  # the lexing module imports this package

    found = find_fancy(name or None)
    if found is None:
        return lambda code: [(String.Backtick, code)]
    return lambda code: raw_tokens(found, code)


def _front_matter(ctx: Context, match: re.Match[str]) -> None:
    from .yaml import YAMLLexer

    ctx.out.extend(YAMLLexer().tokens(match.group()))


def _fence(ctx: Context, match: re.Match[str]) -> None:
    indent, fence, info = match.group(1), match.group(2), match.group(3)
    lex = _sublexer(info.strip())
    ctx.token(Text, indent)
    ctx.token(Punctuation, fence)
    ctx.token(Name.Label, info)
    if match.group(5) is not None:
        ctx.out.extend(lex(match.group(5)))
    ctx.token(Text, match.group(6) or "")
    if match.group(7):
        ctx.token(Punctuation, match.group(7))
        return
    # An unclosed fence: the rest of the document is the block's body.
    lexer = ctx.lexer
    assert isinstance(lexer, MarkdownLexer)
    ctx.memo["fence_lexer"] = lex
    ctx.push(lexer.add_state(f"fence:{fence}", [
        (rf"^([ \t]*)({re.escape(fence)})", _fence_close),
        (r"^.*\n", _fence_line),
    ]))


def _fence_close(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()
    ctx.token(Text, match.group(1))
    ctx.token(Punctuation, match.group(2))


def _fence_line(ctx: Context, match: re.Match[str]) -> None:
    lex = ctx.memo["fence_lexer"]
    ctx.out.extend(lex(match.group()))  # type: ignore[operator]


def _to_html(ctx: Context, match: re.Match[str]) -> None:
    lexer = ctx.lexer
    assert isinstance(lexer, MarkdownLexer)
    ctx.out.extend(lexer.html.continue_tokens(match.group()))


class MarkdownLexer(StateLexer):
    """``markdown``/``md``/``mkd``."""

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        self.html = HTMLLexer(options)

    def reset(self) -> None:
        """Start over, with the embedded HTML lexer too."""
        super().reset()
        self.html.reset()

    states = {
        "root": [
            (r"(?ms)\A(---\s*\n.*?\n?)^(---\s*$\n?)", _front_matter),
            (r"\\.", String.Escape),
            (r"^[^\t\n\r\f\v]+\n(?:---*)\n", Generic.Heading),
            (r"^[^\t\n\r\f\v]+\n(?:===*)\n", Generic.Subheading),
            (r"^#(?=[^#]).*?$", Generic.Heading),
            (r"^##*.*?$", Generic.Subheading),
            (r"(?ms)^([ \t]*)(`{3,}|~{3,})([^\n]*\n)((.*?)(\n\1)(\2))?", _fence),
            (r"\n\n(?:(?:    |\t).*?\n|\n)+", String.Backtick),
            (rf"(`+)(?:{EDOT}|\n)+?\1", String.Backtick),
            (r"^(?:\s*[*]){3,}\s*$", Punctuation),
            (r"^(?:\s*[-]){3,}\s*$", Punctuation),
            (r"^\s*[*+-](?=\s)", Punctuation),
            (r"^\s*\d+\.", Punctuation),
            (r"^\s*>.*?$", Generic.Traceback),
            (rf"^(\s*)(\[)({EDOT}+?)(\])(\s*)(:)",
             (Text, Punctuation, String.Symbol, Punctuation, Text, Punctuation), ("title", "url")),
            (rf"(!?\[)({EDOT}*?|[^\]]*?)(\])(?=[\[(])", (Punctuation, Name.Variable, Punctuation),
             "link"),
            (rf"[*][*]{EDOT}*?[*][*]", Generic.Strong),
            (rf"__{EDOT}*?__", Generic.Strong),
            (rf"[*]{EDOT}*?[*]", Generic.Emph),
            (rf"_{EDOT}*?_", Generic.Emph),
            (r"<.*?@.+[.].+>", Name.Variable),
            (rf"<(?:https?|mailto|ftp)://{EDOT}*?>", Name.Variable),
            (r"[^\\`\[*\n&<]+", Text),
            (r"&\S*;", _to_html),
            (rf"<{EDOT}*?>", _to_html),
            (r"[&<]", Text),
            (r"\[", Text),
            (r"\n", Text),
        ],
        "link": [
            (rf"(\[)({EDOT}*?)(\])", (Punctuation, String.Symbol, Punctuation), "#pop"),
            (r"[(]", Punctuation, ("inline_title", "inline_url")),
            (r"[ \t]+", Text),
            (r"", Text, "#pop"),
        ],
        "url": [
            (r"[ \t]+", Text),
            (rf"(<)({EDOT}*?)(>)", (Name.Tag, String.Other, Name.Tag), "#pop"),
            (r"\S+", String.Other, "#pop"),
        ],
        "title": [
            (rf'"{EDOT}*?"', Name.Namespace),
            (rf"'{EDOT}*?'", Name.Namespace),
            (rf"[(]{EDOT}*?[)]", Name.Namespace),
            (r"\s*(?=[\"'()])", Text),
            (r"", Text, "#pop"),
        ],
        "inline_title": [
            (r"[)]", Punctuation, "#pop"),
            Mixin("title"),
        ],
        "inline_url": [
            (r"[^<\s)]+", String.Other, "#pop"),
            (r"\s+", Text),
            Mixin("url"),
        ],
    }
