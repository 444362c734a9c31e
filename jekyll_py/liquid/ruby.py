"""Ruby value semantics for Liquid: printing, inspecting, coercion and comparison.

Jekyll's templates run on Ruby, so what a value *looks like* when printed or
compared is Ruby's business, not Python's.  Everything here answers "what would
Ruby 3.1 do with this value?" for the Python types the core hands us
(``None`` = nil, ``bool``, ``int``, ``float``, ``str``, ``list``, ``Mapping``,
``date``/``datetime``, ``range``).
"""

from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal
from typing import Any


def is_number(value: object) -> bool:
    """Ruby ``Numeric``: ints, floats and decimals, but never booleans."""
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


# --------------------------------------------------------------------------- printing


def float_to_s(value: float) -> str:
    """``Float#to_s``: shortest round-trip digits, exponent form outside 1e-4..1e15."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "-0.0" if math.copysign(1.0, value) < 0 else "0.0"
    sign, digits, exp = Decimal(repr(value)).normalize().as_tuple()
    text = "".join(str(d) for d in digits)
    decpt = len(text) + int(exp)  # position of the decimal point from the left
    neg = "-" if sign else ""
    if decpt < -3 or decpt > 15:
        mantissa = text[0] + "." + (text[1:] or "0")
        e = decpt - 1
        return f"{neg}{mantissa}e{'+' if e >= 0 else '-'}{abs(e):02d}"
    if decpt <= 0:
        return f"{neg}0.{'0' * -decpt}{text}"
    if decpt >= len(text):
        return f"{neg}{text}{'0' * (decpt - len(text))}.0"
    return f"{neg}{text[:decpt]}.{text[decpt:]}"


def time_to_s(value: _dt.datetime) -> str:
    """``Time#to_s``: ``2021-03-04 05:06:07 +0200`` (``UTC`` for UTC-flagged times)."""
    if value.tzinfo is None:
        value = value.astimezone()
    if is_utc_flagged(value):
        return value.strftime("%Y-%m-%d %H:%M:%S UTC")
    return value.strftime("%Y-%m-%d %H:%M:%S %z")


def time_inspect(value: _dt.datetime) -> str:
    """``Time#inspect``: ``to_s`` with the fraction of a second when there is one."""
    text = time_to_s(value)
    if value.microsecond:
        fraction = f"{value.microsecond:06d}".rstrip("0")
        text = text[:19] + "." + fraction + text[19:]
    return text


def is_utc_flagged(value: _dt.datetime) -> bool:
    """Whether ``value`` is a UTC-flagged Ruby Time (``Time#utc``, a ``Z`` suffix).

    The ``datetime.timezone.utc`` singleton marks it; local times carry the
    named zone ``astimezone()`` gives, so they print ``+0000`` like Ruby.
    """
    return value.tzinfo is _dt.timezone.utc


def output_s(value: Any) -> str:
    """What ``{{ value }}`` prints: arrays are flattened and joined, nil is empty."""
    if isinstance(value, (list, tuple)):
        return "".join(to_s(v) for v in flatten(value))
    return to_s(value)


def to_s(value: Any) -> str:
    """Ruby ``Object#to_s`` (arrays and hashes in inspect form, nil empty)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return float_to_s(value)
    if isinstance(value, Decimal):
        return decimal_to_s(value)
    if isinstance(value, (list, tuple)):
        return inspect(value)
    if isinstance(value, range):
        return f"{value.start}..{value.stop - 1}"
    if isinstance(value, _dt.datetime):
        return time_to_s(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    to_liquid_s = getattr(value, "ruby_to_s", None)
    if to_liquid_s is not None:
        return to_liquid_s()
    if hasattr(value, "hash_for_json"):
        # A Jekyll drop: its Ruby object's to_s (documents print their content).
        if type(value).__str__ is not object.__str__:
            return str(value)
        return f"#<Jekyll::Drops::{type(value).__name__}>"
    if isinstance(value, Mapping):
        return inspect(value)
    return str(value)


def decimal_to_s(value: Decimal) -> str:
    """``BigDecimal#to_s`` is never shown: Liquid converts results to Float first."""
    return float_to_s(float(value))


def array_join(items: Any, sep: str) -> str:
    """``Array#join(sep)``: nested arrays are joined recursively (an empty one adds "")."""
    return sep.join(
        array_join(item, sep) if isinstance(item, (list, tuple)) else to_s(item) for item in items
    )


def flatten(items: Any) -> list[Any]:
    """``Array#flatten``."""
    out: list[Any] = []
    for item in items:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


_ESCAPES = {
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\f": "\\f",
    "\v": "\\v",
    "\a": "\\a",
    "\b": "\\b",
    "\x1b": "\\e",
    '"': '\\"',
    "\\": "\\\\",
}


def _unprintable(ch: str) -> bool:
    """Not ``[[:print:]]`` for Onigmo: controls (but U+0085), unassigned code points,
    line and paragraph separators; String#inspect writes them as ``\\uXXXX``."""
    if " " <= ch <= "~":
        return False
    return ch != "\x85" and unicodedata.category(ch) in ("Cc", "Cn", "Zl", "Zp", "Cs")


def inspect_str(value: str) -> str:
    """``String#inspect`` for UTF-8 strings."""
    out = ['"']
    for i, ch in enumerate(value):
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch == "#" and i + 1 < len(value) and value[i + 1] in "{$@":
            out.append("\\#")
        elif 0xDC80 <= ord(ch) <= 0xDCFF:  # a byte that is not UTF-8 (surrogateescape)
            out.append(f"\\x{ord(ch) - 0xDC00:02X}")
        elif _unprintable(ch):
            out.append(f"\\u{ord(ch):04X}" if ord(ch) <= 0xFFFF else f"\\u{{{ord(ch):X}}}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def inspect(value: Any) -> str:
    """Ruby ``inspect`` (Ruby 3.1: ``{"a"=>1}``)."""
    if value is None:
        return "nil"
    if isinstance(value, str):
        return inspect_str(value)
    if isinstance(value, (bool, int, float, Decimal)):
        return to_s(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(inspect(v) for v in value) + "]"
    if isinstance(value, range):
        return to_s(value)
    if isinstance(value, _dt.datetime):
        return time_inspect(value)
    if isinstance(value, _dt.date):
        jd = value.toordinal() + 1721425
        return f"#<Date: {value.isoformat()} (({jd}j,0s,0n),+0s,2299161j)>"
    custom = getattr(value, "ruby_inspect", None)
    if custom is not None:
        return custom()
    if hasattr(value, "hash_for_json"):
        # Jekyll's Drop#inspect: JSON.pretty_generate(hash_for_json)
        from .rjson import to_json

        return to_json(value, pretty=True)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{inspect(k)}=>{inspect(v)}" for k, v in value.items()) + "}"
    return str(value)


def class_name(value: Any) -> str:
    """Ruby class name of a value, for error messages."""
    if value is None:
        return "NilClass"
    if value is True:
        return "TrueClass"
    if value is False:
        return "FalseClass"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, float):
        return "Float"
    if isinstance(value, Decimal):
        return "BigDecimal"
    if isinstance(value, str):
        return "String"
    if isinstance(value, (list, tuple)):
        return "Array"
    if isinstance(value, range):
        return "Range"
    if isinstance(value, _dt.datetime):
        return "Time"
    if isinstance(value, _dt.date):
        return "Date"
    if isinstance(value, Mapping):
        return getattr(value, "ruby_class_name", "Hash")
    return type(value).__name__


def cmp_error_operand(value: Any) -> str:
    """How ``rb_cmperr`` names the right operand: inspect for immediates, else class."""
    if value is None or isinstance(value, (bool, int, float)):
        return inspect(value)
    return class_name(value)


# --------------------------------------------------------------------------- coercion

_TO_I = re.compile(r"\A[ \t\n\v\f\r]*([-+]?\d+(?:_\d+)*)")
_FLOAT_STR = re.compile(r"\A-?\d+\.\d+\Z")


def str_to_i(value: str) -> int:
    """``String#to_i``: leading integer, else 0."""
    m = _TO_I.match(value)
    return int(m.group(1).replace("_", "")) if m else 0


def str_to_f(value: str) -> float:
    """``String#to_f``: leading float, else 0.0."""
    m = re.match(
        r"\A[ \t\n\v\f\r]*([-+]?(?:\d+(?:_\d+)*(?:\.\d+(?:_\d+)*)?|\.\d+(?:_\d+)*)(?:[eE][-+]?\d+)?)",
        value,
    )
    return float(m.group(1).replace("_", "")) if m else 0.0


def to_number(value: Any) -> int | Decimal:
    """Liquid ``Utils.to_number``: floats go through BigDecimal(to_s)."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return Decimal(float_to_s(value).replace("Infinity", "Infinity"))
        return Decimal(float_to_s(value))
    if isinstance(value, (int, Decimal)):
        return value
    if isinstance(value, str):
        stripped = value.strip()
        if _FLOAT_STR.match(stripped):
            return Decimal(stripped)
        return str_to_i(value)
    to_number_m = getattr(value, "to_number", None)
    if to_number_m is not None:
        return to_number_m()
    return 0


def from_decimal(value: Any) -> Any:
    """Liquid turns BigDecimal results back into Floats."""
    if isinstance(value, Decimal):
        return float(value)
    return value


# --------------------------------------------------------------------------- comparison


def truthy(value: Any) -> bool:
    """Ruby truthiness: only nil and false are false."""
    return value is not None and value is not False


def ruby_eq(left: Any, right: Any) -> bool:
    """Ruby ``==``: no bool/int confusion, numbers compare by value, dates by instant."""
    if isinstance(left, bool) or isinstance(right, bool):
        return left is right
    if left is None or right is None:
        return left is right
    if is_number(left) and is_number(right):
        return left == right
    if is_number(left) or is_number(right):
        return False
    if isinstance(left, str) or isinstance(right, str):
        return isinstance(left, str) and isinstance(right, str) and left == right
    if isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
        return len(left) == len(right) and all(ruby_eq(a, b) for a, b in zip(left, right, strict=False))
    if isinstance(left, _dt.datetime) and isinstance(right, _dt.datetime):
        return left == right
    if isinstance(left, _dt.datetime) or isinstance(right, _dt.datetime):
        return False
    if is_jekyll_drop(left) or is_jekyll_drop(right):
        # Jekyll's drops define no `==`: Ruby compares identity, and each
        # document has one memoised drop (comparing their values would walk
        # next/previous from post to post).
        return left == right
    if isinstance(left, Mapping) and isinstance(right, Mapping):
        if left is right:
            return True
        if hasattr(left, "ruby_eq"):
            return bool(left.ruby_eq(right))
        if len(left) != len(right):
            return False
        return all(k in right and ruby_eq(v, right[k]) for k, v in left.items())
    try:
        return bool(left == right)
    except Exception:  # noqa: BLE001 - foreign objects: Ruby's default is identity
        return left is right


def comparable(value: Any) -> bool:
    """Whether a value responds to ``<`` in Ruby (Comparable numbers, strings, dates, times)."""
    return is_number(value) or isinstance(value, (str, _dt.date))


def ruby_cmp(left: Any, right: Any) -> int | None:
    """``<=>``: -1/0/1, or None when the values are not comparable."""
    if is_number(left) and is_number(right):
        if isinstance(left, float) and math.isnan(left) or isinstance(right, float) and math.isnan(right):
            return None
        return (left > right) - (left < right)
    if isinstance(left, str) and isinstance(right, str):
        lb, rb = left.encode(), right.encode()
        return (lb > rb) - (lb < rb)
    if isinstance(left, _dt.datetime) and isinstance(right, _dt.datetime):
        return (left > right) - (left < right)
    if (
        isinstance(left, _dt.date)
        and isinstance(right, _dt.date)
        and not isinstance(left, _dt.datetime)
        and not isinstance(right, _dt.datetime)
    ):
        return (left > right) - (left < right)
    if isinstance(left, _dt.date) and not isinstance(left, _dt.datetime) and is_number(right):
        # Date#<=> compares a number with the astronomical Julian day
        ajd = left.toordinal() + 1721424.5
        return (ajd > right) - (ajd < right)
    if isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
        for a, b in zip(left, right, strict=False):
            c = ruby_cmp(a, b)
            if c is None or c != 0:
                return c
        return (len(left) > len(right)) - (len(left) < len(right))
    if left is None and right is None:
        return 0
    if ruby_eq(left, right):
        return 0
    return None


def compare_or_raise(left: Any, right: Any) -> int:
    """``<=>`` used by ``Array#sort``: raise Ruby's ArgumentError when incomparable."""
    c = ruby_cmp(left, right)
    if c is None:
        raise ComparisonError(
            f"comparison of {class_name(left)} with {cmp_error_operand(right)} failed"
        )
    return c


class ComparisonError(Exception):
    """Ruby's ``ArgumentError: comparison of X with Y failed``."""


def sort_key_error(left: Any, right: Any) -> ComparisonError:
    """The error ``Array#sort`` raises for two incomparable elements."""
    return ComparisonError(f"comparison of {class_name(left)} with {class_name(right)} failed")


def is_jekyll_drop(value: Any) -> bool:
    """A ``Jekyll::Drops::Drop`` (document, site, jekyll...): Enumerable over its keys.

    Unlike a Hash, a Jekyll drop yields only its keys when iterated (``each``
    yields two values to a one-argument block) and has no ``size`` method.
    """
    return isinstance(value, Mapping) and hasattr(value, "hash_for_json")


def time_to_a(value: _dt.datetime) -> list[Any]:
    """``Time#to_a``: ``[sec, min, hour, day, month, year, wday, yday, isdst, zone]``.

    ``zone`` is nil for a fixed numeric offset and ``"UTC"`` for a UTC-flagged
    time; a local time's DST flag comes from the zone it carries.
    """
    if value.tzinfo is None:
        value = value.astimezone()
    from .rubytime import zone_name

    zone = zone_name(value) or None
    dst = value.dst()
    if dst is not None:
        isdst = bool(dst)
    elif zone is None or is_utc_flagged(value):
        isdst = False
    else:
        import time as _time

        isdst = bool(_time.daylight) and zone == _time.tzname[1] != _time.tzname[0]
    return [value.second, value.minute, value.hour, value.day, value.month, value.year,
            (value.weekday() + 1) % 7, value.timetuple().tm_yday, isdst, zone]


def kernel_array(value: Any) -> list[Any]:
    """Ruby's ``Kernel#Array(value)``: ``to_ary``, else ``to_a``, else ``[value]``.

    nil gives ``[]``; a Time its ten fields (``Time#to_a``); a Hash its
    ``[key, value]`` pairs, as does a Jekyll drop (Enumerable over ``each``);
    a Range its members.  Dates, strings, numbers and Liquid's own drops have
    no ``to_a`` and are wrapped.
    """
    if value is None:
        return []
    if isinstance(value, list):
        return value
    if isinstance(value, (tuple, range)):
        return list(value)
    if isinstance(value, _dt.datetime):
        return time_to_a(value)
    if isinstance(value, Mapping) and not getattr(value, "ruby_class", None):
        return [[k, v] for k, v in value.items()]
    return [value]


def iteration_items(value: Any) -> list[Any] | None:
    """What Ruby's ``each`` yields to a one-argument block, or None if there is no ``each``."""
    if isinstance(value, (list, tuple, range)):
        return list(value)
    if is_jekyll_drop(value):
        # Jekyll::Drops::Drop is Enumerable; a plain Liquid::Drop (JekyllDrop) is not.
        return list(value.keys()) if getattr(value, "ENUMERABLE", True) else None
    if isinstance(value, Mapping):
        if getattr(value, "ruby_class", None):  # Liquid's own drops (forloop) are not Enumerable
            return None
        return [[k, v] for k, v in value.items()]
    return None


def size_of(value: Any) -> Any:
    """Ruby ``size`` as a Liquid property: Strings/Arrays/Hashes, Integer is 8 bytes."""
    if isinstance(value, (str, list, tuple)):
        return len(value)
    if is_jekyll_drop(value) or getattr(value, "ruby_class", None):
        return None
    if isinstance(value, Mapping):
        return len(value)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return 8
    if isinstance(value, range):
        return max(0, len(value))
    return None


def ruby_sort(items: list[Any], cmp: Any) -> list[Any]:
    """``Array#sort`` with a block, as Ruby 3.1 on glibc runs it (``qsort_r``'s merge sort).

    The order of comparisons decides which pair raises first ("comparison of
    Integer with String failed" rather than the reverse), and the merge sort is
    stable, so equal elements keep their order as in Ruby.
    """
    from jekyll_py.utils import ruby_sort as glibc_merge_sort

    return glibc_merge_sort(items, cmp)
