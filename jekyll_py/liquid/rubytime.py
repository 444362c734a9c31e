"""Ruby's ``Time#strftime`` and ``Time.parse`` for Liquid's ``date`` filters.

Python's ``strftime`` follows the C library and differs from Ruby's in flags
(``%-d``, ``%^a``, ``%#b``), widths (``%10A``, ``%3N``), Ruby-only directives
(``%v``, ``%s``, ``%N``, ``%:z``) and unknown ones (Ruby prints them
literally).  ``Time.parse`` is Ruby's forgiving ``Date._parse`` heuristics;
the subset here covers ISO 8601, RFC 2822, slashed and English-month dates.

Times are aware ``datetime`` objects.  ``datetime.timezone.utc`` (the
singleton) marks a UTC-flagged Ruby Time (``Time#utc``, a ``Z`` suffix): it
prints ``UTC`` in ``to_s``.  A local time carries the named zone that
``datetime.astimezone()`` gives; a parsed numeric offset carries an unnamed
fixed offset, for which ``%Z`` is empty, as in Ruby.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from .rubydate import parse_time

DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


class InvalidFormat(ValueError):
    """Ruby's ``ArgumentError: invalid format: ...``."""


def zone_name(value: _dt.datetime) -> str:
    """``%Z``: the zone abbreviation, empty for fixed numeric offsets."""
    if value.tzinfo is _dt.timezone.utc:
        return "UTC"
    name = value.tzname()
    if not name or re.match(r"^(?:UTC)?[+-]\d", name):
        return ""
    return name


_DIRECTIVE = re.compile(r"%([-_0^#]*)(\d*)(E|O)?(:{0,3})([a-zA-Z%+]|)")
_E_CONVERSIONS = "cCxXyY"
_O_CONVERSIONS = "deHkIlmMSuUVwWy"


def strftime(value: _dt.date, fmt: str) -> str:
    """Ruby ``strftime`` for a ``datetime`` (Time) or ``date`` (Date)."""
    is_date = not isinstance(value, _dt.datetime)
    if is_date:
        t = _dt.datetime(value.year, value.month, value.day, tzinfo=_dt.timezone.utc)
    else:
        t = value if value.tzinfo is not None else value.astimezone()
    out: list[str] = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%":
            j = fmt.find("%", i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        m = _DIRECTIVE.match(fmt, i)
        assert m is not None
        flags, width_s, modifier, colons, conv = m.groups()
        allowed = {"E": _E_CONVERSIONS, "O": _O_CONVERSIONS}.get(modifier or "")
        if allowed is not None and (not conv or conv not in allowed):
            # an invalid E/O sequence prints as is; scanning resumes after the modifier
            end = m.start(4)
            out.append(fmt[i:end])
            i = end
            continue
        if not conv:
            if m.end() >= n and not (flags or width_s or modifier or colons):
                raise InvalidFormat(f"invalid format: {fmt}")
            out.append(m.group())
            i = m.end()
            continue
        text = _convert(t, is_date, flags, width_s, modifier, colons, conv)
        if text is None:
            out.append(m.group())
        else:
            out.append(text)
        i = m.end()
    return "".join(out)


def _padding(flags: str, default: str) -> str:
    """The padding character: the last of the ``_`` (space) and ``0`` flags wins."""
    pad = default
    for flag in flags:
        if flag == "_":
            pad = " "
        elif flag == "0":
            pad = "0"
    return pad


def _pad(text: str, width: int | None, default_pad: str, flags: str, numeric: bool) -> str:
    if "-" in flags:
        return text
    pad = _padding(flags, default_pad)
    if width is None:
        return text
    if numeric and text.startswith("-") and pad == "0":
        return "-" + text[1:].rjust(width - 1, "0")
    return text.rjust(width, pad)


def _case(text: str, flags: str, swap: bool = False) -> str:
    if "^" in flags:
        return text.upper()
    if "#" in flags:
        return text.lower() if swap else text.upper()
    return text


def _zone_offset(t: _dt.datetime, flags: str, width: int | None, colons: int) -> str:
    """``%z``, ``%:z``, ``%::z``, ``%:::z`` with Ruby's width and padding rules.

    The hours take the padding: ``%_z`` gives `` -800``; a UTC-flagged time
    prints ``-`` with the ``-`` flag.
    """
    off = int((t.utcoffset() or _dt.timedelta(0)).total_seconds())
    aoff = abs(off)
    hl = 1 if aoff // 3600 < 10 else 2
    hw = 2
    if colons == 0:
        base = 3
    elif colons == 1:
        base = 4
    elif colons == 2:
        base = 7
    else:
        base = 1 if aoff % 3600 == 0 else (4 if aoff % 60 == 0 else 7)
    w = width or 0
    precision = hw if w <= base + hw else w - base
    out = ""
    if _padding(flags, "0") == " " and precision > hl:
        out += " " * (precision - hl)
        precision = hl
    negative = off < 0 or (off == 0 and "-" in flags and t.tzinfo is _dt.timezone.utc)
    out += ("-" if negative else "+") + str(aoff // 3600).zfill(precision)
    rest = aoff % 3600
    if colons == 3 and rest == 0:
        return out
    out += (":" if colons >= 1 else "") + f"{rest // 60:02d}"
    rest %= 60
    if colons == 3 and rest == 0:
        return out
    if colons >= 2:
        out += f":{rest:02d}"
    return out


def _convert(  # noqa: PLR0911, PLR0912 - one branch per directive, as in Ruby's strftime.c
    t: _dt.datetime,
    is_date: bool,
    flags: str,
    width_s: str,
    modifier: str | None,
    colons: str,
    conv: str,
) -> str | None:
    width = int(width_s) if width_s else None
    if modifier:
        if modifier == "E" and conv not in "cCxXyY":
            return None
        if modifier == "O" and conv not in "deHkIlmMSuUVwWy":
            return None
    if colons and conv != "z":
        return None

    def num(value: int, default_width: int, pad: str = "0") -> str:
        text = str(value)
        w = width if width is not None else default_width
        return _pad(text, w, pad, flags, True)

    def txt(value: str, swap: bool = False) -> str:
        value = _case(value, flags, swap)
        return _pad(value, width, " ", flags.replace("0", "") if "0" not in flags else flags, False)

    if conv == "Y":
        y = t.year
        return num(y, 4 if y >= 0 else 5) if width is not None or y < 1000 else _pad(str(y), width, "0", flags, True)
    if conv == "C":
        return num(t.year // 100, 2)
    if conv == "y":
        return num(t.year % 100, 2)
    if conv == "m":
        return num(t.month, 2)
    if conv == "B":
        return txt(MONTH_NAMES[t.month - 1])
    if conv in ("b", "h"):
        return txt(MONTH_NAMES[t.month - 1][:3])
    if conv == "d":
        return num(t.day, 2)
    if conv == "e":
        return num(t.day, 2, " ")
    if conv == "j":
        return num(t.timetuple().tm_yday, 3)
    if conv == "H":
        return num(t.hour, 2)
    if conv == "k":
        return num(t.hour, 2, " ")
    if conv == "I":
        return num((t.hour % 12) or 12, 2)
    if conv == "l":
        return num((t.hour % 12) or 12, 2, " ")
    if conv == "P":
        return txt("am" if t.hour < 12 else "pm")
    if conv == "p":
        text = "AM" if t.hour < 12 else "PM"
        if "#" in flags:
            return _pad(text.lower(), width, " ", flags, False)
        return txt(text)
    if conv == "M":
        return num(t.minute, 2)
    if conv == "S":
        return num(t.second, 2)
    if conv in ("L", "N"):
        digits = width if width is not None else (3 if conv == "L" else 9)
        frac = f"{t.microsecond:06d}000"
        return (frac + "0" * max(0, digits - len(frac)))[:digits]
    if conv == "z":
        return _zone_offset(t, flags, width, len(colons))
    if conv == "Z":
        if is_date:
            return txt("+00:00")
        name = zone_name(t)
        return txt(name, swap=True) if name else ""
    if conv == "A":
        return txt(DAY_NAMES[t.weekday()])
    if conv == "a":
        return txt(DAY_NAMES[t.weekday()][:3])
    if conv == "u":
        return num(t.isoweekday(), 1)
    if conv == "w":
        return num(t.isoweekday() % 7, 1)
    if conv == "G":
        return num(t.isocalendar()[0], 4)
    if conv == "g":
        return num(t.isocalendar()[0] % 100, 2)
    if conv == "V":
        return num(t.isocalendar()[1], 2)
    if conv == "U":
        return num(int(t.strftime("%U")), 2)
    if conv == "W":
        return num(int(t.strftime("%W")), 2)
    if conv == "s":
        return num(int(t.timestamp()) if not is_date else int(t.timestamp()), 1)
    if conv == "Q":
        return None
    if conv in ("n", "t"):
        text = "\n" if conv == "n" else "\t"
        if width and "-" not in flags:
            return text.rjust(width, _padding(flags, " "))
        return text
    if conv == "%":
        return _pad("%", width, " ", flags, False)
    composite = {
        "c": "%a %b %e %H:%M:%S %Y",
        "D": "%m/%d/%y",
        "x": "%m/%d/%y",
        "F": "%Y-%m-%d",
        "T": "%H:%M:%S",
        "X": "%H:%M:%S",
        "R": "%H:%M",
        "r": "%I:%M:%S %p",
        "v": "%e-%^b-%4Y",
    }.get(conv)
    if composite is not None:
        text = strftime(t if not is_date else t.date(), composite)
        if "^" in flags:  # "#" does not change the case of a composite
            text = text.upper()
        if width is not None and width > len(text):
            text = text.rjust(width, _padding(flags, " "))
        return text
    if conv == "+" and is_date:
        return strftime(t.date(), "%a %b %e %H:%M:%S %Z %Y")
    return None


def to_date(value: Any) -> Any:
    """Liquid's ``Utils.to_date``: a datetime/date, or None when it cannot be parsed."""
    if isinstance(value, _dt.date):
        return value
    if hasattr(value, "strftime") and not isinstance(value, (str, int, float)):
        return value
    if isinstance(value, str):
        if not value:
            return None
        low = value.lower()
        if low in ("now", "today"):
            return _dt.datetime.now().astimezone()
        if re.fullmatch(r"\d+", low) or re.fullmatch(r"\d+\n", low):
            return time_at(int(low))
        try:
            return parse_time(low)
        except (ValueError, OverflowError):
            return None
    if isinstance(value, int) and not isinstance(value, bool):
        return time_at(value)
    return None


def time_at(seconds: int) -> _dt.datetime:
    """``Time.at(n)``: a local time."""
    epoch = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
    return (epoch + _dt.timedelta(seconds=seconds)).astimezone()


def to_local(value: _dt.date) -> _dt.datetime:
    """``date.to_time.dup.localtime``."""
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            return value.astimezone()
        return value.astimezone()
    return _dt.datetime(value.year, value.month, value.day).astimezone()


def xmlschema(value: _dt.datetime) -> str:
    """``Time#xmlschema``."""
    if value.tzinfo is _dt.timezone.utc:
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return strftime(value, "%Y-%m-%dT%H:%M:%S%:z")


def rfc822(value: _dt.datetime) -> str:
    """``Time#rfc2822``."""
    zone = "-0000" if value.tzinfo is _dt.timezone.utc else strftime(value, "%z")
    return strftime(value, "%a, %d %b %Y %H:%M:%S ") + zone
