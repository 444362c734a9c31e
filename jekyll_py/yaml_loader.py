"""YAML with Psych's typing, as Jekyll's ``SafeYAML`` loads it.

PyYAML implements YAML 1.1 like Psych does (``yes``/``no`` booleans, ``017``
octal, ``1e-7`` left a string because it has no dot), so the only repair needed
is for timestamps: Psych reads a timestamp without an offset as UTC and shows
it in local time, while PyYAML returns a naive value.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import yaml

from jekyll_py.errors import YAMLError


class JekyllSafeLoader(yaml.SafeLoader):
    """SafeLoader whose timestamps are aware datetimes, like Ruby ``Time``."""


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    value = yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=_dt.timezone.utc).astimezone()
        return value
    return value


JekyllSafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def safe_load(text: str, path: str | None = None, line_offset: int = 0) -> Any:
    """Load one YAML document; errors name the file and the line in that file."""
    try:
        return yaml.load(text, Loader=JekyllSafeLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        where = f"{path or '(string)'}" + (f" (line {line})" if line else "")
        raise YAMLError(f"YAML Exception reading {where}: {problem}", path, line) from exc
    except ValueError as exc:  # e.g. an impossible date such as 2021-02-30
        raise YAMLError(f"YAML Exception reading {path or '(string)'}: {exc}", path) from exc


def safe_load_file(path: str, display_path: str | None = None) -> Any:
    with open(path, encoding="utf-8-sig") as fh:
        return safe_load(fh.read(), display_path or path)
