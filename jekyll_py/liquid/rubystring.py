"""Ruby ``String`` methods the standard filters rely on.

``split`` drops trailing empty fields and splits on ASCII whitespace runs for
``" "``, ``sub``/``gsub`` expand ``\\0``/``\\&`` in the replacement, ``casecmp``
folds ASCII only and compares bytes, ``strip`` knows only ASCII whitespace.
"""

from __future__ import annotations

import re
from typing import Any

RUBY_SPACE = " \t\n\v\f\r"


def ruby_strip(s: str) -> str:
    return s.lstrip(RUBY_SPACE).rstrip(RUBY_SPACE + "\0")


def ruby_split(s: str, pattern: str, limit: int = 0) -> list[str]:
    """``String#split(pattern, limit)`` for a string pattern."""
    if pattern == " ":
        parts: list[str] = []
        rest = s.lstrip(RUBY_SPACE)
        while rest:
            if limit > 0 and len(parts) == limit - 1:
                parts.append(rest)
                rest = ""
                break
            m = re.search(r"[ \t\n\v\f\r]+", rest)
            if not m:
                parts.append(rest)
                rest = ""
                break
            parts.append(rest[: m.start()])
            rest = rest[m.end() :]
            if not rest and limit != 0:
                parts.append("")
    elif pattern == "":
        parts = list(s)
        if limit > 0 and len(parts) > limit:
            parts = parts[: limit - 1] + ["".join(parts[limit - 1 :])]
    else:
        parts = s.split(pattern, limit - 1) if limit > 0 else s.split(pattern)
    if limit == 0:
        while parts and parts[-1] == "":
            parts.pop()
    return parts


_REPL_SEQ = re.compile(r"\\(\\|&|`|'|\d|k<[^>]*>)")


def _expand_replacement(repl: str, match_text: str, before: str, after: str) -> str:
    """Ruby ``sub``/``gsub`` replacement escapes for a string pattern (no groups)."""
    if "\\" not in repl:
        return repl

    def sub(m: re.Match[str]) -> str:
        tok = m.group(1)
        if tok == "\\":
            return "\\"
        if tok in ("&", "0"):
            return match_text
        if tok == "`":
            return before
        if tok == "'":
            return after
        return ""

    return _REPL_SEQ.sub(sub, repl)


def ruby_gsub(s: str, pattern: str, repl: str, count: int = 0) -> str:
    """``String#gsub``/``sub`` with a literal pattern and a replacement string."""
    out = []
    pos = 0
    n = 0
    if pattern == "":
        # an empty pattern matches before every character and at the end
        for i in range(len(s) + 1):
            if count and n >= count:
                out.append(s[i:])
                return "".join(out)
            out.append(_expand_replacement(repl, "", s[:i], s[i:]))
            n += 1
            if i < len(s):
                out.append(s[i])
        return "".join(out)
    while True:
        if count and n >= count:
            break
        idx = s.find(pattern, pos)
        if idx < 0:
            break
        out.append(s[pos:idx])
        out.append(_expand_replacement(repl, pattern, s[:idx], s[idx + len(pattern) :]))
        pos = idx + len(pattern)
        n += 1
    out.append(s[pos:])
    return "".join(out)


def ruby_upcase(s: str) -> str:
    return s.upper()


def ruby_downcase(s: str) -> str:
    return s.lower()


def ruby_capitalize(s: str) -> str:
    """Titlecase the first character (``ǅ`` stays ``ǅ``), downcase the rest."""
    return s.capitalize()


def ruby_slice(seq: Any, offset: int, length: int) -> Any:
    """``String#slice(offset, length)`` / ``Array#slice``: None when out of range."""
    size = len(seq)
    if offset < 0:
        offset += size
        if offset < 0:
            return None
    if offset > size or length < 0:
        return None
    return seq[offset : offset + length]


def casecmp(a: str, b: str) -> int:
    """``String#casecmp``: ASCII-only case folding, byte order."""
    fa = a.encode().translate(_ASCII_LOWER)
    fb = b.encode().translate(_ASCII_LOWER)
    return (fa > fb) - (fa < fb)


_ASCII_LOWER = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz"
)




#: Ruby's message for a regexp match (or a Liquid tokenizer split) on a
#: string whose bytes are not valid UTF-8.
INVALID_BYTE_SEQUENCE = "invalid byte sequence in UTF-8"
#: Bytes that are not UTF-8 come back from ``surrogateescape`` as these.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def valid_encoding(text: str) -> bool:
    """``String#valid_encoding?`` for text decoded with ``surrogateescape``
    (how jekyll-py reads source files, see ``frontmatter.read_file_text``)."""
    return _ESCAPED_BYTE.search(text) is None


def invalid_position(text: str) -> tuple[int, int]:
    """1-based line and column of the first byte that is not UTF-8."""
    match = _ESCAPED_BYTE.search(text)
    if match is None:
        return 0, 0
    before = text[: match.start()]
    return before.count("\n") + 1, match.start() - (before.rfind("\n") + 1) + 1
