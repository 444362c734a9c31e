"""``Dotenv.load`` (dotenv 2.4), which jekyll-github-metadata runs when it loads.

In the ``development`` environment the gem reads ``.env`` from the working
directory into the process environment, without replacing variables already
set, so ``JEKYLL_GITHUB_TOKEN``, ``PAGES_REPO_NWO`` and the other settings can
live in that file. Each line is ``KEY=value`` (or ``export KEY=value``, or
``KEY: value``); single quotes keep the value as written, double quotes expand
``\\n``/``\\r`` and drop backslashes; outside single quotes ``$VAR``/``${VAR}``
are replaced (from the file's earlier keys, then the environment) and
``$(command)`` by the command's output, as dotenv does.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from jekyll_py.errors import FatalException

_LINE = re.compile(
    r"""\A\s*(?:export\s+)?([\w.]+)(?:\s*=\s*|:\s+?)('(?:'|[^'])*'|"(?:"|[^"])*"|[^#\n]+)?\s*(?:\#.*)?\Z""")
_VARIABLE = re.compile(r"(\\)?(\$)(?!\()\{?([A-Z0-9_]+)?\}?", re.IGNORECASE)


class DotenvFormatError(FatalException):
    """``Dotenv::FormatError``: an ``export`` line naming a variable the file does not set."""


def _commands(value: str) -> str:
    """``$(command)`` → its output (balanced parentheses; ``\\$(...)`` stays as ``$(...)``)."""
    out, i = [], 0
    while i < len(value):
        start = value.find("$(", i)
        if start < 0:
            break
        depth, j = 0, start + 1
        while j < len(value):
            depth += {"(": 1, ")": -1}.get(value[j], 0)
            if depth == 0:
                break
            j += 1
        if depth != 0 or j == start + 2:
            out.append(value[i:start + 2])
            i = start + 2
            continue
        escaped = start > 0 and value[start - 1] == "\\"
        out.append(value[i:start - 1] if escaped else value[i:start])
        command = value[start + 2:j]
        if escaped:
            out.append(value[start:j + 1])
        else:
            result = subprocess.run(command, shell=True, capture_output=True, text=True, check=False)
            out.append(result.stdout.removesuffix("\n").removesuffix("\r"))
        i = j + 1
    out.append(value[i:])
    return "".join(out)


def _parse_value(value: str, parsed: dict[str, str]) -> str:
    value = value.strip()
    match = re.fullmatch(r"(['\"])(.*)\1", value, re.DOTALL)
    quote = match.group(1) if match else None
    if match:
        value = match.group(2)
    if quote == '"':
        value = value.replace("\\n", "\n").replace("\\r", "\r")
        value = re.sub(r"\\([^$])", r"\1", value)
    if quote != "'":
        combined = {**parsed, **os.environ}

        def substitute(found: re.Match[str]) -> str:
            if found.group(1) == "\\":
                return found.group(0)[1:]
            if found.group(3):
                return combined.get(found.group(3), "")
            return found.group(0)
        value = _VARIABLE.sub(substitute, value)
        value = _commands(value)
    return value


def parse(text: str) -> dict[str, str]:
    """``Dotenv::Parser.call(text, true)``."""
    parsed: dict[str, str] = {}
    for line in re.split(r"[\n\r]+", text):
        match = _LINE.match(line)
        if match:
            parsed[match.group(1)] = _parse_value(match.group(2) or "", parsed)
        elif line.split()[:1] == ["export"] and not all(v in parsed for v in line.split()[1:]):
            raise DotenvFormatError(f"Line {line!r} has an unset variable")
    return parsed


def load(path: str | Path = ".env") -> None:
    """Apply *path* (relative to the working directory) to ``os.environ``, keeping what is set."""
    try:
        text = Path(path).read_bytes().decode("utf-8").removeprefix("\ufeff")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return
    for key, value in parse(text).items():
        if key not in os.environ:  # ENV[k] ||= v
            os.environ[key] = value
