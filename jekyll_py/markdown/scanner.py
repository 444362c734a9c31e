"""A string scanner with the semantics of Ruby's ``StringScanner``.

kramdown's rules are written against ``StringScanner`` (``check``, ``scan``,
``scan_until``, ``pre_match``, ``[]``); keeping those primitives lets each
rule be stated the way kramdown states it, which is what makes byte-exact
output reachable.
"""

from __future__ import annotations

import re
from typing import Any

_LINE_ANCHOR = re.compile(r"(?<![\[\\])\^")
_anchored: dict[re.Pattern[str], bool] = {}


def _has_line_anchor(pattern: re.Pattern[str]) -> bool:
    flag = _anchored.get(pattern)
    if flag is None:
        flag = _anchored[pattern] = bool(_LINE_ANCHOR.search(pattern.pattern))
    return flag


class OffsetMatch:
    """A match found in a slice of the string, reported in whole-string positions."""

    __slots__ = ("_m", "_off", "re", "lastgroup")

    def __init__(self, m: re.Match[str], off: int) -> None:
        self._m, self._off, self.re, self.lastgroup = m, off, m.re, m.lastgroup

    def group(self, *args: Any) -> Any:
        return self._m.group(*args)

    def groups(self) -> tuple[Any, ...]:
        return self._m.groups()

    def start(self, g: int | str = 0) -> int:
        s = self._m.start(g)
        return s if s < 0 else s + self._off

    def end(self, g: int | str = 0) -> int:
        e = self._m.end(g)
        return e if e < 0 else e + self._off

    def __getitem__(self, g: int | str) -> Any:
        return self._m.group(g)


class Scanner:
    """Ruby ``StringScanner`` primitives over one string."""

    __slots__ = ("string", "pos", "m")

    def __init__(self, string: str) -> None:
        self.string = string
        self.pos = 0
        self.m: Any = None

    def rebase(self) -> None:
        """Make the scan position the start of the string.

        Ruby's ``StringScanner`` lets ``^`` match at the scan position even in
        the middle of a line (e.g. right after a closing HTML tag); Python's
        ``re`` does not, so block parsing rebases before trying its rules there.
        """
        if self.pos:
            self.string = self.string[self.pos:]
            self.pos = 0

    def eos(self) -> bool:
        return self.pos >= len(self.string)

    def check(self, pattern: re.Pattern[str]) -> Any:
        """Match at the current position without advancing.

        Like Ruby's ``StringScanner``, ``^`` matches at the scan position even
        in the middle of a line: such patterns are matched on the rest of the
        string there.
        """
        pos = self.pos
        if pos and self.string[pos - 1] != "\n" and _has_line_anchor(pattern):
            sm = pattern.match(self.string[pos:])
            self.m = OffsetMatch(sm, pos) if sm is not None else None  # type: ignore[assignment]
        else:
            self.m = pattern.match(self.string, pos)
        return self.m

    def scan(self, pattern: re.Pattern[str]) -> str | None:
        m = self.check(pattern)
        if m is None:
            return None
        self.pos = m.end()
        return m.group(0)

    def scan_until(self, pattern: re.Pattern[str]) -> str | None:
        """Advance past the next match; return everything up to its end."""
        m = pattern.search(self.string, self.pos)
        self.m = m
        if m is None:
            return None
        start = self.pos
        self.pos = m.end()
        return self.string[start:m.end()]

    def __getitem__(self, i: int | str) -> str | None:
        return self.m.group(i) if self.m else None

    @property
    def matched(self) -> str:
        return self.m.group(0) if self.m else ""

    @property
    def matched_size(self) -> int:
        return len(self.m.group(0)) if self.m else 0

    def pre_match(self) -> str:
        """The string before the last match (Ruby's ``StringScanner#pre_match``)."""
        return self.string[: self.m.start()] if self.m else ""

    def pre_match_tail(self, n: int) -> str:
        """The last ``n`` characters of ``pre_match`` (cheap on long strings)."""
        if not self.m:
            return ""
        start = self.m.start()
        return self.string[max(0, start - n):start]

    def rest(self) -> str:
        return self.string[self.pos:]

    def getch(self) -> str:
        ch = self.string[self.pos: self.pos + 1]
        self.pos += len(ch)
        return ch

    def terminate(self) -> None:
        self.pos = len(self.string)
