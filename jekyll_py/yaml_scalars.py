"""Psych's ``ScalarScanner#tokenize`` in Python: how a plain YAML scalar gets its
Ruby type under Jekyll (see :mod:`jekyll_py.yaml_loader`)."""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Any

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
_NOT_YTONF = re.compile(r"^[^ytonf~]", re.I | re.M)
_NULL = re.compile(r"^null$", re.I | re.M)
_TRUE = re.compile(r"^(?:yes|true|on)$", re.I | re.M)
_FALSE = re.compile(r"^(?:no|false|off)$", re.I | re.M)
_INF = re.compile(r"^\+?\.inf$", re.I | re.M)
_NEG_INF = re.compile(r"^-\.inf$", re.I | re.M)
_NAN = re.compile(r"^\.nan$", re.I | re.M)
_SYMBOL = re.compile(r"^:.", re.M)
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
    zone_info = _dt.timezone(_dt.timedelta(seconds=offset))
    if day == 31 and month != 12 and (_dt.date(year, month % 12 + 1, 1) - _dt.timedelta(days=1)).day < 31:
        # Time.new moves the local time to UTC field by field: when that crosses
        # midnight, day 31 of a shorter month becomes 32, which its 5-bit field
        # stores as 0: the last day of the month before, at that UTC time.
        utc_seconds = hour * 3600 + minute * 60 + second - offset
        if utc_seconds >= 86400:
            utc = _dt.datetime(year, month, 1) - _dt.timedelta(days=1) + _dt.timedelta(
                seconds=utc_seconds - 86400, microseconds=micro)
            return (utc + _dt.timedelta(seconds=offset)).replace(tzinfo=zone_info)
    return value.replace(tzinfo=zone_info)


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
        # Ruby's ^ and $ match at every line: "OFF\n" is false, "x\nno" too.
        if len(text) > 5 or _NOT_YTONF.search(text):
            return text
        if text == "~" or _NULL.search(text):
            return None
        if _TRUE.search(text):
            return True
        if _FALSE.search(text):
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
    if _INF.search(text):
        return float("inf")
    if _NEG_INF.search(text):
        return float("-inf")
    if _NAN.search(text):
        return float("nan")
    if _SYMBOL.search(text):
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
