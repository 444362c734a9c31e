"""Console output in Jekyll's format.

Jekyll's ``LogAdapter`` right-aligns a *topic* in 20 columns and follows it
with the message (``       Source: /path``). Reproducing that keeps the
output familiar and lets scripts that parse Jekyll's log keep working.
"""

from __future__ import annotations

import re
import sys
from typing import TextIO

DEBUG, INFO, WARN, ERROR = 0, 1, 2, 3
_LEVELS = {"debug": DEBUG, "info": INFO, "warn": WARN, "error": ERROR}


class JekyllLogger:
    """A logger with Jekyll's message layout and verbosity switches."""

    def __init__(self, level: int = INFO, out: TextIO | None = None, err: TextIO | None = None):
        self.level = level
        self._out = out
        self._err = err
        #: Every message logged, kept so tests and ``doctor`` can inspect them.
        self.messages: list[str] = []

    @property
    def out(self) -> TextIO:
        return self._out or sys.stdout

    @property
    def err(self) -> TextIO:
        return self._err or sys.stderr

    def adjust_verbosity(self, quiet: bool = False, verbose: bool = False) -> None:
        """Apply ``-q``/``-V`` as Jekyll does (quiet wins over verbose)."""
        if quiet:
            self.level = ERROR
        elif verbose:
            self.level = DEBUG

    @staticmethod
    def formatted_topic(topic: str, colon: bool = False) -> str:
        return f"{topic}{': ' if colon else ' '}".rjust(20)

    def message(self, topic: str, message: object = None) -> str:
        text = re.sub(r"\s+", " ", "" if message is None else str(message))
        out = self.formatted_topic(topic) + text
        self.messages.append(out)
        return out

    def _write(self, level: int, topic: str, message: object = None) -> None:
        line = self.message(topic, message)
        if level < self.level:
            return
        stream = self.err if level > INFO else self.out
        print(line, file=stream, flush=level > INFO)

    def debug(self, topic: str, message: object = None) -> None:
        self._write(DEBUG, topic, message)

    def info(self, topic: str, message: object = None) -> None:
        self._write(INFO, topic, message)

    def warn(self, topic: str, message: object = None) -> None:
        self._write(WARN, topic, message)

    warning = warn

    def error(self, topic: str, message: object = None) -> None:
        self._write(ERROR, topic, message)


#: The process-wide logger, like ``Jekyll.logger``.
logger = JekyllLogger()
