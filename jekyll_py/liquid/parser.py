"""Template and expression parsing, following Ruby Liquid 5.4 step by step.

python-liquid's own lexer is strict-only and splits templates differently (a
lone ``}`` inside a string does not end ``{{ ... }}`` there), so this module
reproduces Ruby's tokenizer (``TemplateParser``), its block-body loop with
whitespace control and line counting, and both expression parsers: the strict
``Liquid::Parser`` and the regex-based lax fallback that ``error_mode: warn``
uses after recording a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from .errors import LiquidSyntaxError, RubyError, StackLevelError
from .rubystring import INVALID_BYTE_SEQUENCE, valid_encoding

if TYPE_CHECKING:
    from .context import Context

# --------------------------------------------------------------------------- regexes (liquid.rb)

QUOTED_STRING = r"\"[^\"]*\"|'[^']*'"
QUOTED_FRAGMENT = rf"(?:{QUOTED_STRING})|(?:[^\s,\|'\"]|(?:{QUOTED_STRING}))+"
TAG_ATTRIBUTES = re.compile(rf"(\w[\w-]*)\s*:\s*((?:{QUOTED_FRAGMENT}))")
TEMPLATE_PARSER = re.compile(r"(\{%.*?%\}|\{\{.*?\}\}?|\{%|\{\{)", re.S)
FULL_TOKEN = re.compile(r"\A\{%-?(\s*)(\w+|#)(\s*)(.*?)-?%\}\Z", re.S)
CONTENT_OF_VARIABLE = re.compile(r"\A\{\{-?(.*?)-?\}\}\Z", re.S)
WHITESPACE_OR_NOTHING = re.compile(r"\A\s*\Z")
LIQUID_TAG_LINE = re.compile(r"\A\s*(\w+|#)\s*(.*?)\Z", re.S)

# --------------------------------------------------------------------------- expression lexer

_LEX = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comparison>==|!=|<>|<=?|>=?|contains(?=\s))
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<number>-?\d+(?:\.\d+)?)
  | (?P<id>[a-zA-Z_][\w-]*\??)
  | (?P<dotdot>\.\.)
  | (?P<special>.)
    """,
    re.X | re.S,
)
_SPECIALS = {
    "|": "pipe",
    ".": "dot",
    ":": "colon",
    ",": "comma",
    "[": "open_square",
    "]": "close_square",
    "(": "open_round",
    ")": "close_round",
    "?": "question",
    "-": "dash",
}

Token = tuple[str, str]


def lex(markup: str) -> list[Token]:
    """``Liquid::Lexer#tokenize``."""
    out: list[Token] = []
    for m in _LEX.finditer(markup):
        kind = m.lastgroup
        text = m.group()
        if kind == "ws":
            continue
        if kind == "special":
            special = _SPECIALS.get(text)
            if special is None:
                raise LiquidSyntaxError(f"Unexpected character {text}")
            out.append((special, text))
        else:
            out.append((kind, text))  # type: ignore[arg-type]
    out.append(("end_of_string", ""))
    return out


def _token_to_s(token: Token) -> str:
    """Ruby's ``Array#to_s`` of a lexer token, used in one error message."""
    if token[0] == "end_of_string":
        return "[:end_of_string]"
    escaped = token[1].replace("\\", "\\\\").replace('"', '\\"')
    return f'[:{token[0]}, "{escaped}"]'


class ExprParser:
    """``Liquid::Parser``: the strict parser; it returns markup strings, as Ruby's does."""

    def __init__(self, markup: str) -> None:
        self.tokens = lex(markup)
        self.p = 0

    def jump(self, point: int) -> None:
        self.p = point

    def consume(self, kind: str | None = None) -> str:
        token = self.tokens[self.p]
        if kind is not None and token[0] != kind:
            raise LiquidSyntaxError(f"Expected {kind} but found {token[0]}")
        self.p += 1
        return token[1]

    def consume_q(self, kind: str) -> str | None:
        token = self.tokens[self.p]
        if token[0] != kind:
            return None
        self.p += 1
        return token[1]

    def id_q(self, text: str) -> str | None:
        token = self.tokens[self.p]
        if token[0] != "id" or token[1] != text:
            return None
        self.p += 1
        return token[1]

    def look(self, kind: str, ahead: int = 0) -> bool:
        idx = self.p + ahead
        if idx >= len(self.tokens):
            return False
        return self.tokens[idx][0] == kind

    def expression(self) -> str:
        token = self.tokens[self.p]
        kind = token[0]
        if kind == "id":
            return self.consume() + self.variable_lookups()
        if kind == "open_square":
            text = self.consume()
            text += self.expression()
            text += self.consume("close_square")
            return text + self.variable_lookups()
        if kind in ("string", "number"):
            return self.consume()
        if kind == "open_round":
            self.consume()
            first = self.expression()
            self.consume("dotdot")
            last = self.expression()
            self.consume("close_round")
            return f"({first}..{last})"
        raise LiquidSyntaxError(f"{_token_to_s(token)} is not a valid expression")

    def argument(self) -> str:
        text = ""
        if self.look("id") and self.look("colon", 1):
            text += self.consume() + self.consume() + " "
        return text + self.expression()

    def variable_lookups(self) -> str:
        text = ""
        while True:
            if self.look("open_square"):
                text += self.consume()
                text += self.expression()
                text += self.consume("close_square")
            elif self.look("dot"):
                text += self.consume()
                text += self.consume("id")
            else:
                return text


# --------------------------------------------------------------------------- parse context


class ParseContext:
    """Per-parse state: error mode, line number, whitespace trimming, warnings."""

    def __init__(self, env: Any, error_mode: str = "warn", line_number: int = 1) -> None:
        self.env = env
        self.error_mode = error_mode
        self.line_number: int | None = line_number
        self.trim_whitespace = False
        self.depth = 0
        self.warnings: list[Exception] = []
        self.partial = False

    def parse_expression(self, markup: str | None) -> Any:
        from .expressions import parse_expression

        return parse_expression(markup)

    def parse_with_mode(
        self,
        strict: Callable[[], Any],
        lax: Callable[[], Any],
        markup_context: str,
    ) -> Any:
        """``ParserSwitching#parse_with_selected_parser``."""
        if self.error_mode == "lax":
            return lax()
        try:
            return strict()
        except LiquidSyntaxError as err:
            if err.line_number is None:
                err.line_number = self.line_number
            if err.markup_context is None:
                err.markup_context = markup_context
            if self.error_mode == "strict":
                raise
            self.warnings.append(err)
            return lax()


# --------------------------------------------------------------------------- tokenizer


class Tokenizer:
    """``Liquid::Tokenizer`` with line counting."""

    def __init__(self, source: str, line_number: int | None = 1, for_liquid_tag: bool = False):
        self.line_number = line_number
        self.for_liquid_tag = for_liquid_tag
        if source and not valid_encoding(source):
            # Ruby's String#split on bytes that are not UTF-8 (read with
            # surrogateescape, see jekyll_py.frontmatter.read_file_text).
            raise RubyError(INVALID_BYTE_SEQUENCE, "ArgumentError")
        if not source:
            self.tokens: list[str] = []
        elif for_liquid_tag:
            self.tokens = source.split("\n")
            while self.tokens and self.tokens[-1] == "":
                self.tokens.pop()  # Ruby's split drops trailing empty fields
        else:
            self.tokens = [t for t in TEMPLATE_PARSER.split(source)]
            if self.tokens and self.tokens[0] == "":
                self.tokens.pop(0)
        self.pos = 0

    def shift(self) -> str | None:
        if self.pos >= len(self.tokens):
            return None
        token = self.tokens[self.pos]
        self.pos += 1
        if self.line_number is not None:
            self.line_number += 1 if self.for_liquid_tag else token.count("\n")
        return token


# --------------------------------------------------------------------------- nodes


class Node:
    """Base class of tags: ``blank`` and ``line_number`` as in ``Liquid::Tag``."""

    line_number: int | None = None

    def blank(self) -> bool:
        return False

    def render(self, context: Context, out: list[str]) -> None:
        raise NotImplementedError


class Tag(Node):
    """``Liquid::Tag``: parsed from ``{% name markup %}``."""

    name = ""

    def __init__(self, tag_name: str, markup: str, parse_context: ParseContext) -> None:
        self.tag_name = tag_name
        self.markup = markup
        self.parse_context = parse_context
        self.line_number = parse_context.line_number

    @classmethod
    def parse(
        cls, tag_name: str, markup: str, tokenizer: Tokenizer, parse_context: ParseContext
    ) -> Tag:
        tag = cls(tag_name, markup, parse_context)
        tag.parse_body(tokenizer)
        return tag

    def parse_body(self, tokenizer: Tokenizer) -> None:
        """Plain tags have no body."""

    def render(self, context: Context, out: list[str]) -> None:
        """Tags render nothing unless they override this."""


class BlockBody:
    """``Liquid::BlockBody``: a list of strings, variables and tags."""

    def __init__(self) -> None:
        self.nodelist: list[Any] = []
        self.blank = True

    def parse(
        self,
        tokenizer: Tokenizer,
        pc: ParseContext,
        on_unknown: Callable[[str | None, str | None], Any],
    ) -> Any:
        """Parse until an unknown tag (or the end), then hand it to ``on_unknown``."""
        pc.line_number = tokenizer.line_number
        if tokenizer.for_liquid_tag:
            return self._parse_liquid_tag(tokenizer, pc, on_unknown)
        tags = pc.env.tags
        while True:
            token = tokenizer.shift()
            if token is None:
                break
            if not token:
                continue
            if token.startswith("{%"):
                self._whitespace_handler(token, pc)
                m = FULL_TOKEN.match(token)
                if not m:
                    raise LiquidSyntaxError(
                        f"Tag '{token}' was not properly terminated with regexp: /\\%\\}}/"
                    )
                tag_name, markup = m.group(2), m.group(4)
                if pc.line_number is not None:
                    pc.line_number += m.group(1).count("\n") + m.group(3).count("\n")
                if tag_name == "liquid":
                    sub = Tokenizer(markup, line_number=pc.line_number, for_liquid_tag=True)
                    self._parse_liquid_tag(sub, pc, _unknown_in_liquid_tag)
                    pc.line_number = tokenizer.line_number
                    continue
                tag_cls = tags.get(tag_name)
                if tag_cls is None:
                    return on_unknown(tag_name, markup)
                new_tag = tag_cls.parse(tag_name, markup, tokenizer, pc)
                self.blank = self.blank and new_tag.blank()
                self.nodelist.append(new_tag)
            elif token.startswith("{{"):
                self._whitespace_handler(token, pc)
                self.nodelist.append(self._create_variable(token, pc))
                self.blank = False
            else:
                if pc.trim_whitespace:
                    token = token.lstrip()
                pc.trim_whitespace = False
                self.nodelist.append(token)
                self.blank = self.blank and bool(WHITESPACE_OR_NOTHING.match(token))
            pc.line_number = tokenizer.line_number
        return on_unknown(None, None)

    def _parse_liquid_tag(
        self,
        tokenizer: Tokenizer,
        pc: ParseContext,
        on_unknown: Callable[[str | None, str | None], Any],
    ) -> Any:
        """``BlockBody#parse_for_liquid_tag``: one tag per line, no delimiters."""
        tags = pc.env.tags
        while True:
            token = tokenizer.shift()
            if token is None:
                break
            if not token or WHITESPACE_OR_NOTHING.match(token):
                pc.line_number = tokenizer.line_number
                continue
            m = LIQUID_TAG_LINE.match(token)
            if not m:
                return on_unknown(token, token)
            tag_name, markup = m.group(1), m.group(2)
            tag_cls = tags.get(tag_name)
            if tag_cls is None:
                return on_unknown(tag_name, markup)
            new_tag = tag_cls.parse(tag_name, markup, tokenizer, pc)
            self.blank = self.blank and new_tag.blank()
            self.nodelist.append(new_tag)
            pc.line_number = tokenizer.line_number
        return on_unknown(None, None)

    def _whitespace_handler(self, token: str, pc: ParseContext) -> None:
        if token[2:3] == "-" and self.nodelist and isinstance(self.nodelist[-1], str):
            self.nodelist[-1] = self.nodelist[-1].rstrip()
        pc.trim_whitespace = token[-3:-2] == "-"

    def _create_variable(self, token: str, pc: ParseContext) -> Any:
        from .expressions import Variable

        m = CONTENT_OF_VARIABLE.match(token)
        if not m:
            raise LiquidSyntaxError(
                f"Variable '{token}' was not properly terminated with regexp: /\\}}\\}}/"
            )
        return Variable(m.group(1), pc)

    def remove_blank_strings(self) -> None:
        self.nodelist = [n for n in self.nodelist if not isinstance(n, str)]

    def render(self, context: Context, out: list[str]) -> None:
        for node in self.nodelist:
            if isinstance(node, str):
                out.append(node)
                continue
            try:
                node.render(context, out)
            except Exception as err:  # noqa: BLE001 - Liquid attaches the line to any error
                context.handle_error(err, node.line_number)
            if context.interrupts:
                break


def _unknown_in_liquid_tag(tag: str | None, markup: str | None) -> None:
    """``BlockBody.unknown_tag_in_liquid_tag``."""
    if tag is None:
        return
    if tag == "else":
        raise LiquidSyntaxError("liquid tag does not expect 'else' tag")
    if tag.startswith("end"):
        raise LiquidSyntaxError(f"'{tag}' is not a valid delimiter for liquid tags. use %}}")
    raise LiquidSyntaxError(f"Unknown tag '{tag}'")


class Block(Tag):
    """``Liquid::Block``: a tag with a body closed by ``end<name>``."""

    def parse_body(self, tokenizer: Tokenizer) -> None:
        self.body = BlockBody()
        self._blank = True
        while self.parse_into(self.body, tokenizer):
            pass

    def blank(self) -> bool:
        return self._blank

    @property
    def block_delimiter(self) -> str:
        return "end" + self.tag_name

    def parse_into(self, body: BlockBody, tokenizer: Tokenizer) -> bool:
        """``Block#parse_body``: False once the end tag is reached."""
        pc = self.parse_context
        if pc.depth >= 100:
            raise StackLevelError("Nesting too deep")
        pc.depth += 1
        try:

            def on_unknown(end_tag: str | None, end_markup: str | None) -> bool:
                self._blank = self._blank and body.blank
                if end_tag == self.block_delimiter:
                    return False
                if end_tag is None:
                    raise LiquidSyntaxError(f"'{self.tag_name}' tag was never closed")
                self.unknown_tag(end_tag, end_markup or "", tokenizer)
                return True

            return bool(body.parse(tokenizer, pc, on_unknown))
        finally:
            pc.depth -= 1

    def unknown_tag(self, tag: str, markup: str, tokenizer: Tokenizer) -> None:
        if tag == "else":
            raise LiquidSyntaxError(f"{self.tag_name} tag does not expect 'else' tag")
        if tag.startswith("end"):
            raise LiquidSyntaxError(
                f"'{tag}' is not a valid delimiter for {self.tag_name} tags. "
                f"use {self.block_delimiter}"
            )
        raise LiquidSyntaxError(f"Unknown tag '{tag}'")

    def render(self, context: Context, out: list[str]) -> None:
        self.body.render(context, out)


class Document:
    """``Liquid::Document``: the template root."""

    def __init__(self, tokenizer: Tokenizer, pc: ParseContext) -> None:
        self.body = BlockBody()
        try:
            while self._parse_body(tokenizer, pc):
                pass
        except LiquidSyntaxError as err:
            if err.line_number is None:
                err.line_number = pc.line_number
            raise

    def _parse_body(self, tokenizer: Tokenizer, pc: ParseContext) -> bool:
        def on_unknown(tag: str | None, markup: str | None) -> bool:
            if tag is None:
                return False
            if tag in ("else", "end"):
                raise LiquidSyntaxError(f"Unexpected outer '{tag}' tag")
            raise LiquidSyntaxError(f"Unknown tag '{tag}'")

        return bool(self.body.parse(tokenizer, pc, on_unknown))

    def render(self, context: Context, out: list[str]) -> None:
        self.body.render(context, out)


def iter_lax_filters(markup: str) -> Iterator[tuple[str, list[str]]]:
    """Lax filter scanning (``Variable#lax_parse``): yields (name, raw args)."""
    filter_parser = re.compile(rf"(?:\s+|{QUOTED_FRAGMENT}|,)+")
    filter_args = re.compile(rf"(?::|,)\s*((?:\w+\s*:\s*)?(?:{QUOTED_FRAGMENT}))")
    for f in filter_parser.findall(markup):
        m = re.search(r"\w+", f)
        if not m:
            continue
        yield m.group(0), filter_args.findall(f)
