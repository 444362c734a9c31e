"""A small state-machine lexer with Rouge's ``RegexLexer`` semantics.

Pygments' ``RegexLexer`` is almost the same machine, but differs where it
shows in the output: on a character no rule matches, Pygments resets the
state stack at a newline, while Rouge emits that one character as ``Error``
and carries on in the same state.  Rouge-shaped lexers for the common
languages (``lexers``) are written on this engine so that such corners
come out as Rouge writes them.  Tokens are Pygments token types, so the rest
of the pipeline (``tokens.rouge_shortname``) is shared with Pygments lexers.

A state is a list of rules; a rule is ``(regex, action, transition)`` or the
name of another state to mix in (``Mixin("name")``).  ``action`` is a token
type, a tuple of token types (one per regex group, Rouge's ``groups``), or a
callable ``action(ctx, match)`` that emits tokens and changes state itself.
``transition`` is ``None``, a state name to push, ``"#pop"``, ``"#pop:N"``,
``"#push"`` (the current state again), ``"#goto:name"`` (replace the
current state), ``"#reset"`` (back to the root state) or a tuple of names to push in order.
Regexes are compiled with ``re.MULTILINE`` because in Ruby ``^``/``$``
always mean start/end of *line*.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from pygments.token import Error, _TokenType

Action = _TokenType | tuple[_TokenType | None, ...] | Callable[["Context", re.Match[str]], None]


@dataclass(frozen=True)
class Mixin:
    """Try every rule of another state at this point (Rouge's ``mixin``)."""

    name: str


@dataclass
class Context:
    """The running lexer's state, handed to callable actions."""

    stack: list[str]
    out: list[tuple[_TokenType, str]] = field(default_factory=list)
    memo: dict[str, object] = field(default_factory=dict)
    lexer: StateLexer | None = None

    def token(self, ttype: _TokenType, value: str) -> None:
        """Emit one token."""
        if value:
            self.out.append((ttype, value))

    def push(self, state: str) -> None:
        """Enter ``state``."""
        self.stack.append(state)

    def goto(self, state: str) -> None:
        """Replace the current state (Rouge's ``goto``)."""
        self.stack[-1] = state

    def pop(self, count: int = 1) -> None:
        """Leave ``count`` states; the root state is never popped."""
        for _ in range(count):
            if len(self.stack) > 1:
                self.stack.pop()


Rule = tuple[re.Pattern[str], Action, object] | Mixin

_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_GROUP_OPENER = re.compile(r"\((?:\?:|\?P<\w+>|\?[aiLmsux-]+:)?")


def _closing_paren(pattern: str, start: int) -> int:
    """Index just past the group that opens at ``pattern[start]``."""
    depth = 0
    index = start
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    raise ValueError(f"unbalanced group in {pattern!r}")


_ASCII_OUTSIDE = {"s": "[ \\t\\n\\r\\f\\v]", "S": "[^ \\t\\n\\r\\f\\v]", "d": "[0-9]",
                  "D": "[^0-9]"}
_ASCII_INSIDE = {"s": " \\t\\n\\r\\f\\v", "d": "0-9"}


def ruby_classes(pattern: str) -> str:
    """Give ``\\s`` and ``\\d`` Ruby's meaning: ASCII only, even in Unicode patterns.

    Ruby's ``\\s`` is ``[ \\t\\n\\r\\f\\v]`` and ``\\d`` ``[0-9]``, so a no-break
    space is not a blank for Rouge (code pasted from the web often has
    them).  Lexers keep Python's Unicode ``\\w`` where Rouge uses ``\\p{Word}``
    or ``[[:alpha:]]``.  ``\\S``/``\\D`` inside a character class have no
    ASCII spelling and are refused, so lexers write such classes out.
    """
    out: list[str] = []
    index = 0
    in_class = False
    class_start = -1
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            escaped = pattern[index + 1]
            if in_class and escaped in _ASCII_INSIDE:
                out.append(_ASCII_INSIDE[escaped])
            elif in_class and escaped in "SD":
                raise ValueError(f"\\{escaped} inside a class in {pattern!r}")
            elif not in_class and escaped in _ASCII_OUTSIDE:
                out.append(_ASCII_OUTSIDE[escaped])
            else:
                out.append(pattern[index:index + 2])
            index += 2
            continue
        if not in_class and char == "[":
            in_class = True
            class_start = index
        elif in_class and char == "]" and index > class_start + 1 and not (
            index == class_start + 2 and pattern[class_start + 1] == "^"
        ):
            in_class = False
        out.append(char)
        index += 1
    return "".join(out)


#: Ruby's ``\\b`` is Unicode-aware while its ``\\w`` is ASCII-only; lexers
#: compiled with ``re.ASCII`` (for ``\\w``) get a scoped Unicode ``\\b``.
_WORD_AHEAD = r"(?u:(?=\w))"
_UNICODE_BOUNDARY = r"(?u:\b)"
_WORD_BOUNDARY = re.compile(r"(?<!\\)((?:\\\\)*)\\b")


def _split_alternatives(pattern: str) -> list[str]:
    """Split a regex at its top-level ``|`` (outside groups and classes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    class_start = -1
    start = index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            if char == "]" and index > class_start + 1 and not (
                index == class_start + 2 and pattern[class_start + 1] == "^"
            ):
                in_class = False
        elif char == "[":
            in_class, class_start = True, index
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def scanner_semantics(pattern: str, *, nested: bool = False) -> str:
    """Rewrite what a rule asserts at its start to mean what it means in Rouge.

    Rouge matches with Ruby's ``StringScanner``, for which the text before the
    scan position does not exist: where a match starts (at the start of the
    rule or of any top-level alternative), ``\\A`` and ``^`` always hold,
    ``\\b`` holds before any word character, a negative lookbehind always
    holds and a positive one never does.  The one exception is a rule whose
    regex *begins* with ``^``: Rouge checks that against the real line start,
    as Python's ``MULTILINE`` ``^`` does, so that one is kept.  Python's
    ``match(text, pos)`` sees the earlier text, so the others are rewritten.
    """
    parts = _split_alternatives(pattern)
    return "|".join(
        _scan_start(part, keep_caret=not nested and index == 0)
        for index, part in enumerate(parts)
    )


def _scan_start(pattern: str, *, keep_caret: bool) -> str:
    index = 0
    only_flags_so_far = True
    while index < len(pattern):
        rest = pattern[index:]
        flags = _INLINE_FLAGS.match(rest)
        if flags:
            index += flags.end()
            continue
        if rest.startswith("^"):
            if keep_caret and only_flags_so_far:
                index += 1
            else:
                pattern = pattern[:index] + rest[1:]
            only_flags_so_far = False
        elif rest.startswith("\\A"):
            pattern = pattern[:index] + rest[2:]
            only_flags_so_far = False
        elif rest.startswith("\\b"):
            pattern = pattern[:index] + _WORD_AHEAD + rest[2:]
            index += len(_WORD_AHEAD)
            only_flags_so_far = False
        elif rest.startswith("(?<!"):
            pattern = pattern[:index] + rest[_closing_paren(rest, 0):]
            only_flags_so_far = False
        elif rest.startswith("(?<="):
            return pattern[:index] + "(?!)" + rest[_closing_paren(rest, 0):]
        elif rest.startswith("(") and not rest.startswith(("(?=", "(?!")):
            # A group at the start: its alternatives start at the scan position too.
            opener = _GROUP_OPENER.match(rest)
            assert opener is not None
            close = _closing_paren(rest, 0)
            inner = rest[opener.end():close - 1]
            return (pattern[:index] + rest[:opener.end()] + scanner_semantics(inner, nested=True)
                    + rest[close - 1:])
        else:
            break
    return pattern


#: ``\p{Lu}`` in a rule (inside ``[...]``) stands for that Unicode category.
_UNICODE_PROPERTY = re.compile(r"\\p\{(\w+)\}")
_LEADING_FLAGS = re.compile(r"\(\?([imsx]+)\)")
_BACKREFERENCE = re.compile(r"(?<!\\)\\[1-9]|\(\?P=")

#: Rouge gives up on a state after this many matches that consume nothing.
MAX_NULL_STEPS = 5


class MatchView:
    """One rule's part of a match of a state's combined regex.

    Actions see their own rule's groups numbered from 1, as if the rule's
    regex had been matched alone.
    """

    __slots__ = ("_match", "_base")

    def __init__(self, match: re.Match[str], base: int) -> None:
        self._match = match
        self._base = base

    def group(self, index: int = 0) -> str:
        """The text of one of the rule's groups (0: the whole match)."""
        return self._match.group(self._base + index)  # type: ignore[return-value]

    def end(self) -> int:
        """Where the match ends in the text."""
        return self._match.end()


#: A compiled state: segments tried in order, each a regex joining several
#: rules as alternatives, with each alternative's group index and rule.
Segment = tuple[re.Pattern[str], dict[int, tuple[int, Action, object]]]


def _flatten(specs: list, resolve: Callable[[str], list]) -> list[tuple[str, Action, object]]:
    """Inline mixins: Rouge tries a mixed-in state's rules at the mixin's place."""
    flat: list[tuple[str, Action, object]] = []
    for spec in specs:
        if isinstance(spec, Mixin):
            flat.extend(_flatten(resolve(spec.name), resolve))
        else:
            flat.append((spec[0], spec[1], spec[2] if len(spec) > 2 else None))
    return flat


def _compile_state(rules: list[tuple[str, Action, object]], flags: int) -> list[Segment]:
    """Join a state's rules into as few regexes as possible.

    Alternatives of one regex are tried left to right at a fixed position, so
    ``(?:rule1)|(?:rule2)`` matches exactly what trying the rules in order
    would, at the cost of one ``match`` call instead of one per rule.  A rule
    with a back-reference keeps a regex of its own (group numbers shift).
    """
    segments: list[Segment] = []
    batch: list[tuple[str, Action, object]] = []

    def flush() -> None:
        if not batch:
            return
        parts: list[str] = []
        table: dict[int, tuple[int, Action, object]] = {}
        group = 1
        for pattern, action, transition in batch:
            leading = _LEADING_FLAGS.match(pattern)
            body = f"(?{leading.group(1)}:{pattern[leading.end():]})" if leading else pattern
            parts.append(f"({body})")
            table[group] = (group, action, transition)
            group += 1 + re.compile(pattern, flags).groups
        segments.append((re.compile("|".join(parts), flags), table))
        batch.clear()

    for pattern, action, transition in rules:
        pattern = scanner_semantics(ruby_classes(pattern))
        if flags & re.ASCII:
            pattern = _WORD_BOUNDARY.sub(lambda m: m.group(1) + _UNICODE_BOUNDARY, pattern)
        pattern = _UNICODE_PROPERTY.sub(lambda m: unicode_class(m.group(1)), pattern)
        if _BACKREFERENCE.search(pattern):
            flush()
            segments.append((re.compile(pattern, flags), {0: (0, action, transition)}))
        else:
            batch.append((pattern, action, transition))
    flush()
    return segments


class StateLexer:
    """Base class: subclasses define ``states`` (name → list of rule specs)."""

    states: dict[str, list[tuple[str, Action] | tuple[str, Action, object] | Mixin]] = {}
    flags = re.MULTILINE
    _compiled: dict[str, list[Segment]]

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        # Each class compiles its states on first use (importing every lexer
        # must stay cheap: most builds use two or three languages).
        cls._compiled = {}

    def __init__(self, options: dict[str, object] | None = None) -> None:
        self.options = options or {}
        self.dynamic_states: dict[str, list[Segment]] = {}

    def start_stack(self) -> list[str]:
        """The initial state stack (some lexers start elsewhere by option)."""
        return ["root"]

    def tokens(self, text: str) -> Iterator[tuple[_TokenType, str]]:
        """Lex ``text`` from the initial state (Rouge's ``lex``)."""
        self.reset()
        return self.continue_tokens(text)

    def reset(self) -> None:
        """Forget the state left by previous input."""
        self._ctx = Context(self.start_stack(), lexer=self)

    def continue_tokens(self, text: str) -> Iterator[tuple[_TokenType, str]]:
        """Lex ``text`` in the state the previous input left (``continue_lex``).

        A host language that hands chunks of embedded code (HTML's
        ``<script>`` body) to another lexer uses this, as Rouge's
        ``delegate`` does, so a construct may span chunks.
        """
        if not hasattr(self, "_ctx"):
            self.reset()
        ctx = self._ctx
        null_steps = 0
        pos = 0
        end = len(text)
        while pos < end:
            ctx.out.clear()
            new_pos = self._step(ctx, ctx.stack[-1], text, pos)
            if new_pos is None:
                yield Error, text[pos]
                pos += 1
                continue
            # Rouge counts matches that consume nothing and, after too many in
            # a row, fails the step (the rule's state change has happened by
            # then); the count only restarts with a match that consumes text.
            if new_pos == pos:
                null_steps += 1
                if null_steps > MAX_NULL_STEPS:
                    yield Error, text[pos]
                    pos += 1
                    continue
            else:
                null_steps = 0
            pos = new_pos
            yield from list(ctx.out)

    def _step(self, ctx: Context, state: str, text: str, pos: int) -> int | None:
        """Apply the first matching rule of ``state``; the new position or None."""
        for regex, table in self.rules(state):
            match = regex.match(text, pos)
            if match is None:
                continue
            single = table.get(0)
            base, action, transition = single or table[match.lastindex]  # type: ignore[index]
            self._apply(ctx, MatchView(match, base), action, transition)
            return match.end()
        return None

    def rules(self, state: str) -> list[Segment]:
        """The compiled rules of ``state`` (a class state or one made at run time)."""
        found = self._compiled.get(state)
        if found is None:
            specs = self.states.get(state)
            if specs is None:
                return self.dynamic_states[state]
            found = _compile_state(_flatten(specs, self.states.__getitem__), self.flags)
            self._compiled[state] = found
        return found

    def add_state(self, name: str, specs: list) -> str:
        """Define a state while lexing (Rouge's ``push do ... end``); returns its name."""
        if name not in self.dynamic_states:
            self.dynamic_states[name] = _compile_state(
                _flatten(specs, self.states.__getitem__), self.flags
            )
        return name

    @staticmethod
    def _apply(ctx: Context, match: MatchView, action: Action, transition: object) -> None:
        if isinstance(action, _TokenType):
            ctx.token(action, match.group())
        elif isinstance(action, tuple):
            for index, ttype in enumerate(action, start=1):
                if ttype is not None and match.group(index):
                    ctx.token(ttype, match.group(index))
        else:
            action(ctx, match)
        if transition is None:
            return
        if transition == "#pop":
            ctx.pop()
        elif isinstance(transition, str) and transition.startswith("#pop:"):
            ctx.pop(int(transition[5:]))
        elif transition == "#reset":
            del ctx.stack[1:]
        elif isinstance(transition, str) and transition.startswith("#goto:"):
            ctx.goto(transition[6:])
        elif transition == "#push":
            ctx.push(ctx.stack[-1])
        elif isinstance(transition, tuple):
            for name in transition:
                if name.startswith("#goto:"):
                    ctx.goto(name[6:])
                else:
                    ctx.push(name)
        else:
            ctx.push(str(transition))


def words(*names: str, suffix: str = r"\b", prefix: str = r"\b") -> str:
    """A regex alternation of literal words (longest first, so none shadows another)."""
    ordered = sorted(set(names), key=len, reverse=True)
    return prefix + "(?:" + "|".join(re.escape(n) for n in ordered) + ")" + suffix


def unicode_class(categories: str) -> str:
    """A regex character class body for Unicode general categories (``"Lu"``, ``"Lu Lt"``).

    Python's ``re`` has no ``\\p{Lu}``; Rouge's lexers use such properties
    (``[[:upper:]]``, ``\\p{Lu}``) to tell class names from other names, so
    the classes are built from ``unicodedata`` (Basic Multilingual Plane),
    all in one pass on first use.
    """
    table = _category_ranges()
    if categories == "Word":
        categories = "Lu Ll Lt Lm Lo Mn Mc Me Nd Pc"
    return "".join(table.get(category, "") for category in categories.split())


@lru_cache(maxsize=1)
def _category_ranges() -> dict[str, str]:
    ranges: dict[str, list[str]] = {}
    start = 0
    current = unicodedata.category("\0")
    for code in range(1, 0x10001):
        category = unicodedata.category(chr(code)) if code < 0x10000 else ""
        if category != current:
            ranges.setdefault(current, []).append(_class_range(start, code - 1))
            start, current = code, category
    return {category: "".join(parts) for category, parts in ranges.items()}


def _class_range(first: int, last: int) -> str:
    def char(code: int) -> str:
        return f"\\u{code:04x}"
    return char(first) if first == last else f"{char(first)}-{char(last)}"
