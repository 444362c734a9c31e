"""A string scanner with the semantics of Ruby's ``StringScanner``.

kramdown's rules are written against ``StringScanner`` (``check``, ``scan``,
``scan_until``, ``pre_match``, ``[]``); keeping those primitives lets each
rule be stated the way kramdown states it, which is what makes byte-exact
output reachable.
"""

from __future__ import annotations

import re


class Scanner:
    __slots__ = ("string", "pos", "m", "_start")

    def __init__(self, string: str) -> None:
        self.string = string
        self.pos = 0
        self.m: re.Match[str] | None = None
        self._start = 0

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

    def check(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """Match at the current position without advancing."""
        self.m = pattern.match(self.string, self.pos)
        if self.m:
            self._start = self.pos
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
        self._start = m.start()
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

    def rest(self) -> str:
        return self.string[self.pos:]

    def getch(self) -> str:
        ch = self.string[self.pos: self.pos + 1]
        self.pos += len(ch)
        return ch

    def terminate(self) -> None:
        self.pos = len(self.string)
