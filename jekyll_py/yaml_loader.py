"""YAML with Psych's typing, as Jekyll's ``SafeYAML`` loads it.

PyYAML (with libyaml) parses the text as Psych does; what differs is how a
plain scalar gets its type. PyYAML follows YAML 1.1's regular expressions,
Psych its own ``ScalarScanner``, so plain scalars are typed here by a port of
``ScalarScanner#tokenize`` (see ``tokenize``). Timestamps without an offset
are read as UTC and shown in local time, like Ruby's ``Time``; anchors may be
re-defined; only the first document of a stream is read.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
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


# ---------------------------------------------------------------------------
# Plain scalars: Psych's ScalarScanner#tokenize
#
# PyYAML types plain scalars by YAML 1.1's regular expressions; Psych has its
# own scanner, which differs in many corners (``1,000`` is 1000, ``+.5`` is
# 0.5, ``0.1_1`` stays a string, ``nULL`` is nil, ``=`` is a string, base-60
# numbers weigh their parts as 60**|i-2| with the sign on the first part
# only, impossible dates stay strings, timestamps roll over like Time.utc).
# Every plain scalar is therefore resolved to one tag and typed by a port of
# ``tokenize``; ``<<`` keeps PyYAML's merge-key handling.

_PLAIN_TAG = "tag:jekyll-py,2024:psych-plain"
_MERGE_TAG = "tag:yaml.org,2002:merge"

#: ``TIME``: the timestamp pattern (the zone's minutes are optional).
_TIME = re.compile(r"^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?"
                   r"(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$", re.M)
_DATE = re.compile(r"^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$", re.M)
#: ``FLOAT`` (base 10) and ``INTEGER`` (bases 2, 8, 10, 16), as Psych writes them.
_FLOAT = re.compile(r"^(?:[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?)$", re.M)
_INTEGER = re.compile(r"^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)"
                      r"|[-+]?0x[0-9a-fA-F_,]+)$", re.M)
_BASE60_INT = re.compile(r"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$", re.M)
_BASE60_FLOAT = re.compile(r"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*$", re.M)
#: "Looks like a word": Psych's first test, ``[[:alpha:]]`` spelt for Python.
_STRINGISH = re.compile(r"^[^\d.:-]?(?:[^\W\d]|[\s!@#$%^&*(){}<>|/\\~;=])+", re.M)
_RUBY_INT_PREFIX = re.compile(r"[-+]?\d+(?:_\d+)*")
_RUBY_FLOAT_PREFIX = re.compile(r"[-+]?\d+(?:_\d+)*(?:\.\d+(?:_\d+)*)?")


class _RubyArgumentError(ValueError):
    """An ArgumentError Psych does not rescue (``Integer("0b")``, ``Float("e+3")``).

    Under Jekyll it surfaces as "wrong number of arguments (given 2, expected
    1)": the exception is re-raised through a constructor that takes one
    argument. That is the message users see, so it is the one used here.
    """

    MESSAGE = "wrong number of arguments (given 2, expected 1)"


def _ruby_to_i(text: str) -> int:
    match = _RUBY_INT_PREFIX.match(text)
    return int(match.group(0).replace("_", "")) if match else 0


def _ruby_to_f(text: str) -> float:
    match = _RUBY_FLOAT_PREFIX.match(text)
    return float(match.group(0).replace("_", "")) if match else 0.0


def _ruby_integer(text: str) -> int:
    """``Kernel#Integer`` on a string Psych's INTEGER pattern matched (commas and
    underscores removed): ``0b``/``0x`` prefixes, and a leading 0 means octal."""
    body = text.lstrip("+-")
    sign = -1 if text.startswith("-") else 1
    try:
        if body[:2] in ("0b", "0B"):
            return sign * int(body[2:], 2)
        if body[:2] in ("0x", "0X"):
            return sign * int(body[2:], 16)
        if len(body) > 1 and body.startswith("0"):
            return sign * int(body[1:], 8)
        return sign * int(body)
    except ValueError:
        raise _RubyArgumentError(_RubyArgumentError.MESSAGE) from None


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


def _parse_time(text: str) -> Any:
    """``ScalarScanner#parse_time``; ``None`` where Ruby raises ArgumentError."""
    date, time = re.split(r"[ tT]", text, maxsplit=1)
    year, month, day = (int(x) for x in re.match(r"^(-?\d{4})-(\d{1,2})-(\d{1,2})", date).groups())
    md = re.search(r"(\d+:\d+:\d+)(?:\.(\d*))?\s*(Z|[-+]\d+(:\d\d)?)?", time)
    if md is None:
        return None
    hour, minute, second = (int(x) for x in md.group(1).split(":"))
    micro = int((md.group(2) or "").ljust(6, "0")[:6] or 0)
    value = _ruby_time_utc(year, month, day, hour, minute, second, micro)
    if value is None:
        return None
    zone = md.group(3)
    if zone == "Z":
        return value.replace(tzinfo=_dt.timezone.utc)
    if zone is None:
        # Time.at(time.to_i, us): the same instant, shown in local time.
        return value.replace(tzinfo=_dt.timezone.utc).astimezone()
    tz = re.match(r"^([+\-]?\d{1,2}):?(\d{1,2})?$", zone)
    if tz is None:
        return None
    offset = int(tz.group(1)) * 3600
    minutes = int(tz.group(2) or 0) * 60
    offset = offset - minutes if offset < 0 else offset + minutes
    if not -86400 < offset < 86400:
        return None  # Time.new: "utc_offset out of range"
    return value.replace(tzinfo=_dt.timezone(_dt.timedelta(seconds=offset)))


def tokenize(text: str) -> Any:
    """``Psych::ScalarScanner#tokenize`` for a plain scalar."""
    if len(text) > 5 and text[0].isalpha():
        return text  # the common case: a word (Psych's first test, then its length)
    return _tokenize_cached(text)


@lru_cache(maxsize=65536)
def _tokenize_cached(text: str) -> Any:
    # Every result is immutable (str, int, float, bool, None, date, datetime).
    if text == "":
        return None
    if _STRINGISH.search(text) or "\n" in text:
        if len(text) > 5 or re.match(r"[^ytonf~]", text, re.I):
            return text
        if text == "~" or re.fullmatch(r"null", text, re.I):
            return None
        if re.fullmatch(r"yes|true|on", text, re.I):
            return True
        if re.fullmatch(r"no|false|off", text, re.I):
            return False
        return text
    if _TIME.search(text):
        parsed = _parse_time(text)
        return text if parsed is None else parsed
    if _DATE.search(text):
        year, month, day = (int(x) for x in text.split("-"))
        try:
            return _dt.date(year, month, day)
        except ValueError:
            return text  # Date.strptime fails: the scalar stays a string
    if re.search(r"^\+?\.inf$", text, re.I | re.M):
        return float("inf")
    if re.search(r"^-\.inf$", text, re.I | re.M):
        return float("-inf")
    if re.search(r"^\.nan$", text, re.I | re.M):
        return float("nan")
    if re.search(r"^:.", text, re.M):
        raise _RubySymbol(text)
    if _BASE60_INT.search(text):
        return sum(_ruby_to_i(n) * 60 ** abs(e - 2) for e, n in enumerate(text.split(":")))
    if _BASE60_FLOAT.search(text):
        return sum(_ruby_to_f(n) * 60 ** abs(e - 2) for e, n in enumerate(text.split(":")))
    if _FLOAT.search(text):
        if re.fullmatch(r"[-+]?\.", text):
            return text
        cleaned = re.sub(r"[,_]|\.([Ee]|$)", lambda m: m.group(1) or "", text)
        try:
            return float(cleaned)
        except ValueError:
            raise _RubyArgumentError(_RubyArgumentError.MESSAGE) from None
    if _INTEGER.search(text):
        return _ruby_integer(re.sub(r"[,_]", "", text))
    return text


class _RubySymbol(Exception):
    """A plain scalar Psych turns into a Symbol, which Jekyll's safe_load refuses."""


def _resolve(self: Any, kind: Any, value: str, implicit: tuple[bool, bool]) -> str:
    if kind is yaml.ScalarNode and implicit[0]:
        return _MERGE_TAG if value == "<<" else _PLAIN_TAG
    return yaml.resolver.Resolver.resolve(self, kind, value, implicit)


def _construct_plain(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    text = loader.construct_scalar(node)  # type: ignore[arg-type]
    try:
        return tokenize(str(text))
    except _RubySymbol:
        raise yaml.constructor.ConstructorError(
            None, None, "Tried to load unspecified class: Symbol", node.start_mark) from None
    except _RubyArgumentError as exc:
        raise yaml.constructor.ConstructorError(None, None, str(exc), node.start_mark) from None


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """An explicit ``!!timestamp``: typed as Psych would type the plain scalar."""
    text = str(loader.construct_scalar(node)).strip()  # type: ignore[arg-type]
    if _TIME.search(text) or _DATE.search(text):
        return tokenize(text)
    return yaml.SafeLoader.construct_yaml_timestamp(loader, node)


JekyllSafeLoader.resolve = _resolve  # type: ignore[method-assign]
JekyllSafeLoader.add_constructor(_PLAIN_TAG, _construct_plain)
JekyllSafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
# ``<<`` is a merge key only as a key; as a value Psych keeps the string "<<".
JekyllSafeLoader.add_constructor(_MERGE_TAG, lambda loader, node: loader.construct_scalar(node))


#: libyaml's parser, the one Psych wraps: about ten times faster than PyYAML's
#: pure-Python parser (a theme's 3 MB icon list in front matter) and it words
#: errors as Psych does.  Typing rules are shared with :class:`JekyllSafeLoader`.
_CSafeLoader: Any = getattr(yaml, "CSafeLoader", None)
if _CSafeLoader is not None:
    class JekyllCSafeLoader(_CSafeLoader):  # type: ignore[misc, valid-type]
        """libyaml-backed loader with Psych's typing (same resolvers and constructors)."""

    JekyllCSafeLoader.resolve = _resolve  # type: ignore[method-assign]
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
        if problem in ("Tried to load unspecified class: Symbol", _RubyArgumentError.MESSAGE):
            # Psych::DisallowedClass (or a Ruby ArgumentError), raised while
            # building objects: no position, and Jekyll words it as a read error.
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
