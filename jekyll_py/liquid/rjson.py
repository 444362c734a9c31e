"""Ruby's ``to_json`` / ``JSON.pretty_generate`` for Liquid values and drops.

Ruby's generator keeps UTF-8 as is, writes floats with ``Float#to_s``
(``1.0e+16``), Times and Ranges as their ``to_s`` strings, and drops as their
``hash_for_json``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

from . import ruby
from .errors import RubyError

_NOT_UTF8 = re.compile("[\udc80-\udcff]")


def _str(text: str) -> str:
    if _NOT_UTF8.search(text):  # bytes that are not UTF-8 (surrogateescape), e.g. from !!binary
        _check_utf8(text.encode("utf-8", "surrogateescape"))
    return json.dumps(text, ensure_ascii=False)


def _check_utf8(raw: bytes) -> None:
    """json 2.6's convert_UTF8_to_JSON: the error for the first bad sequence."""
    pos, end = 0, len(raw)
    while pos < end:
        byte = raw[pos]
        if byte < 0x80:
            pos += 1
            continue
        extra = 1 if byte < 0xE0 and byte >= 0xC0 else 2 if 0xE0 <= byte < 0xF0 else \
            3 if 0xF0 <= byte < 0xF8 else 4 if 0xF8 <= byte < 0xFC else 5 if byte >= 0xFC else 0
        if pos + extra >= end:
            raise RubyError("partial character in source, but hit end", "JSON::GeneratorError")
        if not _legal_utf8(raw[pos:pos + extra + 1]):
            raise RubyError("source sequence is illegal/malformed utf-8", "JSON::GeneratorError")
        pos += extra + 1


def _legal_utf8(seq: bytes) -> bool:
    """ConvertUTF.c's isLegalUTF8."""
    first = seq[0]
    if len(seq) > 4:
        return False
    if len(seq) >= 2:
        if any(not 0x80 <= b <= 0xBF for b in seq[2:]):
            return False
        second = seq[1]
        if second > 0xBF:
            return False
        low = {0xE0: 0xA0, 0xF0: 0x90}.get(first, 0x80)
        high = {0xED: 0x9F, 0xF4: 0x8F}.get(first, 0xBF)
        if not low <= second <= high:
            return False
    if 0x80 <= first < 0xC2:
        return False
    return first <= 0xF4


def to_json(value: Any, pretty: bool = False, indent: int = 0) -> str:
    """Serialise like Ruby (``pretty`` = ``JSON.pretty_generate``).

    ``indent`` is the generator's nesting depth (also used for indentation).
    """
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            # json 2.6's C generator prefixes the source line of its check.
            line = 1003 if math.isnan(value) else 1000
            raise RubyError(
                f"{line}: {ruby.float_to_s(value)} not allowed in JSON", "JSON::GeneratorError"
            )
        return ruby.float_to_s(value)
    if isinstance(value, str):
        return _str(value)
    hash_for_json = getattr(value, "hash_for_json", None)
    if hash_for_json is not None:
        # Ruby's generator state depth = how many arrays/objects enclose the value;
        # document drops collapse their neighbours from depth 2 on.
        return to_json(hash_for_json(indent), pretty, indent)
    if getattr(value, "json_via_to_liquid", False):
        return to_json(value.to_liquid(), pretty, indent)
    if isinstance(value, (list, tuple)):
        if not value:
            # json 2.6 (Ruby 3.1) writes array_nl after "[" and before "]" even when empty
            return "[\n\n" + "  " * indent + "]" if pretty else "[]"
        if not pretty:
            return "[" + ",".join(to_json(v, False, indent + 1) for v in value) + "]"
        pad = "  " * (indent + 1)
        inner = ",\n".join(pad + to_json(v, True, indent + 1) for v in value)
        return "[\n" + inner + "\n" + "  " * indent + "]"
    if isinstance(value, Mapping):
        if not value:
            return "{\n" + "  " * indent + "}" if pretty else "{}"
        if not pretty:
            return "{" + ",".join(
                f"{_str(ruby.to_s(k))}:{to_json(v, False, indent + 1)}" for k, v in value.items()
            ) + "}"
        pad = "  " * (indent + 1)
        inner = ",\n".join(
            f"{pad}{_str(ruby.to_s(k))}: {to_json(v, True, indent + 1)}" for k, v in value.items()
        )
        return "{\n" + inner + "\n" + "  " * indent + "}"
    return _str(ruby.to_s(value))
