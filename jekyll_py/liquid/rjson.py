"""Ruby's ``to_json`` / ``JSON.pretty_generate`` for Liquid values and drops.

Ruby's generator keeps UTF-8 as is, writes floats with ``Float#to_s``
(``1.0e+16``), Times and Ranges as their ``to_s`` strings, and drops as their
``hash_for_json``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from . import ruby
from .errors import RubyError


def _str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


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
