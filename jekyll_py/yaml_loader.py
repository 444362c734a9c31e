"""YAML with Psych's typing, as Jekyll's ``SafeYAML`` loads it.

PyYAML implements YAML 1.1 like Psych does (``yes``/``no`` booleans, ``017``
octal, ``1e-7`` left a string because it has no dot), so the only repair needed
is for timestamps: Psych reads a timestamp without an offset as UTC and shows
it in local time, while PyYAML returns a naive value.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

import yaml

from jekyll_py.errors import YAMLDisallowedClassError, YAMLError


class JekyllSafeLoader(yaml.SafeLoader):
    """SafeLoader with Psych's timestamp rules (aware datetimes, like Ruby ``Time``)."""

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        """Let an anchor be defined again, as libyaml and Psych do.

        PyYAML rejects a second ``&name``; Psych simply rebinds it, so later
        aliases get the newest value (themes such as TeXt reuse anchor names
        in one data file).  Forgetting the old binding before composing the
        node gives Psych's behaviour.
        """
        if not self.check_event(yaml.AliasEvent):
            anchor = self.peek_event().anchor
            if anchor is not None:
                self.anchors.pop(anchor, None)
        return super().compose_node(parent, index)


#: Psych's ``ScalarScanner`` patterns: offsets may omit the colon (``+0200``) and
#: months/days may have one digit, which PyYAML's YAML 1.1 resolver rejects.
_PSYCH_DATE = r"\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)"
_PSYCH_TIME = r"-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?\d{2}))?"
_TIMESTAMP_RE = re.compile(rf"^(?:{_PSYCH_DATE}|{_PSYCH_TIME})$")
_TIME_PARTS = re.compile(
    r"^(-?\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d\d):(\d\d)(?:\.(\d*))?"
    r"(?:\s*(Z|[-+]\d{1,2}):?(\d{2})?)?)?$"
)

JekyllSafeLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
JekyllSafeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:timestamp", _TIMESTAMP_RE, list("-0123456789")
)


def _ruby_time_utc(year: int, month: int, day: int, hour: int, minute: int, second: int,
                   micro: int) -> _dt.datetime | None:
    """Ruby's ``Time.utc``: a day past the month's end (up to 31), hour 24 (on the
    hour) and second 60 roll over into what follows; other values out of range
    are an error (``None``)."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and 0 <= minute <= 59 and 0 <= second <= 60
            and (0 <= hour <= 23 or (hour == 24 and minute == 0 and second == 0))):
        return None
    try:
        start = _dt.datetime(year, month, 1)
        return start + _dt.timedelta(days=day - 1, hours=hour, minutes=minute, seconds=second,
                                     microseconds=micro)
    except (ValueError, OverflowError):
        return None


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    text = loader.construct_scalar(node)  # type: ignore[arg-type]
    match = _TIME_PARTS.match(str(text).strip())
    if match is None:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    year, month, day, hour, minute, second, frac, zone, zone_min = match.groups()
    if hour is None:
        try:
            return _dt.date(int(year), int(month), int(day))
        except ValueError:
            return text  # Psych: Date.strptime fails, the scalar stays a string
    micro = int((frac or "0").ljust(6, "0")[:6])
    value = _ruby_time_utc(int(year), int(month), int(day), int(hour), int(minute), int(second), micro)
    if value is None:
        return text  # Psych: Time.utc raised ArgumentError, the scalar stays a string
    if zone is None:
        # Psych reads a zone-less time as UTC and shows it in local time.
        return value.replace(tzinfo=_dt.timezone.utc).astimezone()
    if zone == "Z":
        return value.replace(tzinfo=_dt.timezone.utc)
    sign = -1 if zone.startswith("-") else 1
    offset = _dt.timedelta(hours=abs(int(zone)), minutes=int(zone_min or 0))
    return value.replace(tzinfo=_dt.timezone(sign * offset))


JekyllSafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)

# Psych reads a plain scalar starting with ":" as a Ruby Symbol, which Jekyll's
# safe_load refuses; the file's front matter is then dropped with a warning.
_SYMBOL_TAG = "tag:jekyll-py,2024:ruby-symbol"
JekyllSafeLoader.add_implicit_resolver(_SYMBOL_TAG, re.compile(r"^:."), [":"])


def _construct_symbol(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    raise yaml.constructor.ConstructorError(
        None, None, "Tried to load unspecified class: Symbol", node.start_mark)


JekyllSafeLoader.add_constructor(_SYMBOL_TAG, _construct_symbol)

# Psych's base-60 numbers weigh the parts as 60**|i-2| from the left, so
# `1:20` is 4800 (PyYAML, following the YAML spec, says 80).
_SEXAGESIMAL_INT = re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$")
_SEXAGESIMAL_FLOAT = re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$")


def _psych_base60(text: str, cast: Any) -> Any:
    sign = -1 if text.startswith("-") else 1
    parts = text.lstrip("+-").replace("_", "").split(":")
    return sign * sum(cast(part) * 60 ** abs(i - 2) for i, part in enumerate(parts))


def _construct_int(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    text = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    if _SEXAGESIMAL_INT.match(text):
        return _psych_base60(text, int)
    return yaml.SafeLoader.construct_yaml_int(loader, node)


def _construct_float(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    text = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    if _SEXAGESIMAL_FLOAT.match(text):
        return _psych_base60(text, float)
    return yaml.SafeLoader.construct_yaml_float(loader, node)


JekyllSafeLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
JekyllSafeLoader.add_constructor("tag:yaml.org,2002:float", _construct_float)


#: libyaml's parser, the one Psych wraps: about ten times faster than PyYAML's
#: pure-Python parser (a theme's 3 MB icon list in front matter) and it words
#: errors as Psych does.  Typing rules are shared with :class:`JekyllSafeLoader`.
_CSafeLoader: Any = getattr(yaml, "CSafeLoader", None)
if _CSafeLoader is not None:
    class JekyllCSafeLoader(_CSafeLoader):  # type: ignore[misc, valid-type]
        """libyaml-backed loader with Psych's typing (same resolvers and constructors)."""

    JekyllCSafeLoader.yaml_implicit_resolvers = JekyllSafeLoader.yaml_implicit_resolvers
    JekyllCSafeLoader.yaml_constructors = JekyllSafeLoader.yaml_constructors


def _first_document(text: str, loader_class: Any) -> Any:
    """Psych's ``safe_load``: the stream's first document, whatever follows it.

    ``Psych.parse`` returns as soon as the first document is complete, so
    text after it (a second document, or a line whose bad indentation
    ends the document early, as in jekyll-uno's ``js/main.js``) is never
    parsed, where PyYAML's ``load`` insists on a single-document stream.
    """
    loader = loader_class(text)
    try:
        if not loader.check_node():
            return None
        return loader.construct_document(loader.get_node())
    finally:
        loader.dispose()


def _load(text: str) -> Any:
    if _CSafeLoader is None:
        return _first_document(text, JekyllSafeLoader)
    try:
        return _first_document(text, JekyllCSafeLoader)
    except yaml.composer.ComposerError as exc:
        # libyaml's composer refuses a re-defined anchor; the Python one rebinds it.
        if "duplicate anchor" not in str(exc.context):
            raise
        return _first_document(text, JekyllSafeLoader)


def safe_load(text: str, path: str | None = None, line_offset: int = 0) -> Any:
    """Load one YAML document; errors read like Psych's, with the file in ``path``.

    Jekyll hands Psych a string, so Psych's message names ``<unknown>``, and its
    position is libyaml's *context* mark (where the unfinished construct
    began), falling back to the problem mark when there is no context.
    """
    try:
        return _load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        context = getattr(exc, "context", None)
        if problem == "Tried to load unspecified class: Symbol":
            # Psych::DisallowedClass, raised while building objects: no position.
            raise YAMLDisallowedClassError(problem, path, line) from exc
        detail = f"{problem} {context}" if context else problem
        where = f" at line {line} column {column}" if line else ""
        raise YAMLError(f"(<unknown>): {detail}{where}", path, line) from exc
    except ValueError as exc:  # e.g. an impossible date such as 2021-02-30
        raise YAMLError(f"(<unknown>): {exc}", path) from exc


def safe_load_file(path: str, display_path: str | None = None) -> Any:
    from jekyll_py.frontmatter import INVALID_BYTE_SEQUENCE, invalid_position, valid_encoding

    with open(path, encoding="utf-8-sig", errors="surrogateescape") as fh:
        text = fh.read()
    if not valid_encoding(text):
        line, column = invalid_position(text)
        raise YAMLError(f"(<unknown>): {INVALID_BYTE_SEQUENCE} at line {line} column {column}",
                        display_path or path, line)
    return safe_load(text, display_path or path)
