"""Shell sessions (``console``, ``terminal``, ``shell-session``), as Rouge lexes them.

Rouge's console lexer works line by line: a line with a prompt (by default
the shortest prefix ending in ``$``, ``#``, ``>`` or ``;``) yields the prompt
as ``Generic.Prompt``, the blanks after it as ``Text.Whitespace`` and the
rest as shell code (the shell lexer's state carries over to the next prompt
line, so a quoted string may span lines); any other line is program output
(``Generic.Output``); a line of dots (``...`` or ``<...>``) is a comment.
Options (``console?prompt=%,>&comments=1&lang=ruby&error=Error``) are
honoured where Rouge reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pygments.token import Comment, Generic, Keyword, Punctuation, Text, _TokenType

from ..engine import Mixin, StateLexer
from .ruby import RubyLexer
from .shell import ShellLexer

RawToken = tuple[_TokenType, str]

#: Ruby's ``\s`` and ``String#strip`` know ASCII blanks only (not U+3000, U+00A0).
_RUBY_BLANKS = " \t\n\v\f\r\0"
_LINE = re.compile(r"(.*?)(\n|$)")
_SNIP = re.compile(r"\A\s*(?:<[.]+>|[.]+)\s*\Z", re.ASCII)
_COMMENT = re.compile(r"\A\s*?#", re.ASCII)
_LEADING_BLANKS = re.compile(r"\A\s*", re.ASCII)


def _list_option(value: object) -> list[str]:
    """Rouge's ``list_option``: a comma-separated string (or list) of items."""
    if value is None or value is True:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return str(value).split(",")


class ConsoleLexer:
    """``console``/``terminal``/``shell_session``/``shell-session``."""

    def __init__(self, options: dict[str, object] | None = None) -> None:
        self.options = options or {}
        self.prompt = _list_option(self.options.get("prompt"))
        self.errors = _list_option(self.options.get("error"))
        comments = self.options.get("comments")
        if comments is None:
            self.comments = bool(self.prompt) and "#" not in self._end_chars(guess=False)
        else:
            self.comments = str(comments).lower() not in ("false", "off", "0", "")
        ends = self._end_chars(guess=True)
        prefix = r"[^<#]*?" if self.comments else r".*?"
        self.prompt_regex = re.compile(
            "^" + prefix + "(?:" + "|".join(re.escape(c) for c in ends) + ")", re.S
        )
        self.error_regex = (
            re.compile("^(?:" + "|".join(re.escape(e) for e in self.errors) + ")")
            if self.errors else None
        )
        self.lang_lexer = self._lang_lexer(str(self.options.get("lang") or "shell"))
        self.output_lexer: StateLexer | None = None

    def _end_chars(self, *, guess: bool) -> list[str]:
        if self.prompt:
            return [c for c in self.prompt if c]
        if guess and self.comments:
            return ["$", ">", ";"]
        return ["$", "#", ">", ";"]

    @staticmethod
    def _lang_lexer(name: str) -> StateLexer:
        """The lexer for commands: one of our resumable lexers (shell by default)."""
        from ..languages import find_tag
        from . import LEXER_CLASSES  # the registry imports this module

        cls = LEXER_CLASSES.get(find_tag(name) or "shell")
        if cls is None or not issubclass(cls, StateLexer):
            cls = ShellLexer
        return cls()

    def output_tokens(self, line: str) -> Iterator[RawToken]:
        """A line of program output (``Generic.Output`` unless an output lexer is set)."""
        if self.output_lexer is None:
            yield Generic.Output, line
        else:
            yield from self.output_lexer.continue_tokens(line)

    def reset_output(self) -> None:
        """Forget the output lexer's state (at a prompt, comment or snip)."""
        if self.output_lexer is not None:
            self.output_lexer.reset()

    def tokens(self, code: str) -> Iterator[RawToken]:
        """Lex a session transcript."""
        lang = self.lang_lexer
        lang.reset()
        self.reset_output()
        pos = 0
        while pos < len(code):
            match = _LINE.match(code, pos)
            assert match is not None
            line = match.group()
            pos = match.end()
            if not line:  # Rouge's scan cannot stall; an empty match only happens at the end
                break
            prompt = self.prompt_regex.match(line)
            if _SNIP.match(line):
                self.reset_output()
                lang.reset()
                yield Comment, line
            elif prompt:
                self.reset_output()
                yield Generic.Prompt, prompt.group()
                rest = line[prompt.end():]
                blanks = _LEADING_BLANKS.match(rest).group()  # type: ignore[union-attr]
                if blanks:
                    yield Text.Whitespace, blanks
                yield from lang.continue_tokens(rest[len(blanks):])
            elif _COMMENT.match(line.strip(_RUBY_BLANKS)):
                self.reset_output()
                lang.reset()
                yield Comment, line
            elif self.error_regex and self.error_regex.match(line):
                self.reset_output()
                lang.reset()
                yield Generic.Error, line
            else:
                lang.reset()
                yield from self.output_tokens(line)


class IRBOutputLexer(RubyLexer):
    """``irb_output``: Ruby values after ``=>``, other lines program output or errors."""

    def start_stack(self) -> list[str]:
        """Rouge starts this lexer in the program-output state."""
        return ["root", "expr_start", "stdout"]

    states = {
        **RubyLexer.states,
        "has_irb_output": [
            (r"=>", Punctuation, "#pop"),
            (r".+?(?:\n|$)", Generic.Output),
        ],
        "irb_error": [
            (r".+?(?:\n|$)", Generic.Error),
            Mixin("has_irb_output"),
        ],
        "stdout": [
            (r"\w+?(?:Error|Exception):.+?(?:\n|$)", Generic.Error, "irb_error"),
            Mixin("has_irb_output"),
        ],
        "root": [(r"#<", Keyword.Type, "irb_object"), *RubyLexer.states["root"]],
        "irb_object": [
            (r">", Keyword.Type, "#pop"),
            Mixin("root"),
        ],
    }


class IRBLexer(ConsoleLexer):
    """``irb``/``pry``: Ruby sessions; prompts end in ``>``, ``"`` or ``*`` after ``irb``/``pry``."""

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        self.prompt_regex = re.compile(r'^.*?(?:irb|pry).*?[>"*]')
        self.lang_lexer = RubyLexer(options)
        self.output_lexer = IRBOutputLexer(options)
