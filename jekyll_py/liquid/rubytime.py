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


def _offset_parts(value: _dt.datetime) -> tuple[str, int, int, int]:
    off = value.utcoffset() or _dt.timedelta(0)
    total = int(off.total_seconds())
    sign = "-" if total < 0 else "+"
    total = abs(total)
    return sign, total // 3600, (total % 3600) // 60, total % 60


_DIRECTIVE = re.compile(r"%([-_0^#]*)(\d*)(E|O)?(:{0,3})([a-zA-Z%+]|)")


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


def _pad(text: str, width: int | None, default_pad: str, flags: str, numeric: bool) -> str:
    if "-" in flags:
        return text
    pad = default_pad
    if "_" in flags:
        pad = " "
    elif "0" in flags:
        pad = "0"
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
        sign, hh, mm, ss = _offset_parts(t)
        if colons == "":
            body = f"{hh:02d}{mm:02d}"
        elif colons == ":":
            body = f"{hh:02d}:{mm:02d}"
        elif colons == "::":
            body = f"{hh:02d}:{mm:02d}:{ss:02d}"
        else:
            body = f"{hh:02d}" + (f":{mm:02d}" if mm or ss else "") + (f":{ss:02d}" if ss else "")
        text = sign + body
        if width is not None and width > len(text):
            pad = " " if "_" in flags else "0"
            if pad == "0":
                text = sign + body.rjust(width - 1, "0")
            else:
                text = (sign + body).rjust(width, " ")
        return text
    if conv == "Z":
        if is_date:
            return txt("+00:00")
        return txt(zone_name(t), swap=True)
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
    if conv == "n":
        return "\n"
    if conv == "t":
        return "\t"
    if conv == "%":
        return "%"
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
        text = _case(text, flags)
        return _pad(text, width, " ", flags, False)
    if conv == "+" and is_date:
        return strftime(t.date(), "%a %b %e %H:%M:%S %Z %Y")
    return None


# --------------------------------------------------------------------------- Time.parse

_MONTHS = {name[:3].lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
_DAYS = {name[:3].lower() for name in DAY_NAMES}
_ZONES = {
    "utc": 0,
    "ut": 0,
    "gmt": 0,
    "z": 0,
    "est": -5,
    "edt": -4,
    "cst": -6,
    "cdt": -5,
    "mst": -7,
    "mdt": -6,
    "pst": -8,
    "pdt": -7,
}


def _zone_tz(zone: str) -> _dt.tzinfo:
    z = zone.strip()
    low = z.lower()
    if low in ("utc", "z", "gmt", "ut"):
        return _dt.timezone.utc
    if low in _ZONES:
        return _dt.timezone(_dt.timedelta(hours=_ZONES[low]), f"{_ZONES[low]:+03d}:00")
    m = re.fullmatch(r"(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?", low)
    if not m:
        raise ValueError(f"unknown zone {zone}")
    sign = -1 if m.group(1) == "-" else 1
    delta = _dt.timedelta(
        hours=int(m.group(2)), minutes=int(m.group(3) or 0), seconds=int(m.group(4) or 0)
    )
    return _dt.timezone(sign * delta, f"{m.group(1)}{m.group(2).zfill(2)}:{(m.group(3) or '00')}")


_TIME_RE = re.compile(
    r"(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"(?:\s*([ap])\.?m\.?\b)?"
    r"(?:\s*(z\b|(?:utc|gmt)?[+-]\d{1,2}(?::?\d{2}){0,2}\b|[a-z]{3,4}\b(?<!and)))?",
    re.I,
)


def parse_time(text: str, now: _dt.datetime | None = None) -> _dt.datetime:
    """Ruby ``Time.parse``: raise ``ValueError`` when no date/time is found or out of range."""
    s = text.strip()
    if not s:
        raise ValueError("no time information")
    year = mon = day = None
    hour = minute = sec = 0
    usec = 0
    zone: str | None = None
    have_time = False

    rest = s
    m = _TIME_RE.search(rest)
    if m and (m.group(5) or m.group(6) is None or _zone_ok(m.group(6))):
        have_time = True
        hour, minute = int(m.group(1)), int(m.group(2))
        sec = int(m.group(3) or 0)
        if m.group(4):
            usec = int((m.group(4) + "000000")[:6])
        if m.group(5):
            ampm = m.group(5).lower()
            hour = hour % 12 + (12 if ampm == "p" else 0)
        if m.group(6) and _zone_ok(m.group(6)):
            zone = m.group(6)
        rest = rest[: m.start()] + " " + rest[m.end() :]

    # ISO date yyyy-mm-dd (T separated time already consumed)
    d = re.search(r"([-+]?\d{2,})-(\d{1,2})-(\d{1,2})", rest)
    if d:
        year, mon, day = int(d.group(1)), int(d.group(2)), int(d.group(3))
    else:
        d = re.search(r"(\d{1,4})/(\d{1,2})(?:/(\d{1,4}))?", rest)
        if d:
            a, b, c = d.group(1), d.group(2), d.group(3)
            if len(a) >= 3 or c is None and len(a) > 2:
                year, mon, day = int(a), int(b), int(c) if c else 1
            elif c is not None:
                mon, day, year = int(a), int(b), int(c)
                if len(c) <= 2:
                    year += 2000 if year < 50 else 1900 if year < 100 else 0
            else:
                mon, day = int(a), int(b)
        else:
            mname = re.search(
                r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", rest, re.I
            )
            if mname:
                mon = _MONTHS[mname.group(1).lower()]
                before = rest[: mname.start()]
                after = rest[mname.end() :]
                bd = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*$", before)
                ad = re.match(r"\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)\s*,?\s*(-?\d{3,})?", after)
                if bd:
                    day = int(bd.group(1))
                    ay = re.match(r"\s*,?\s*(-?\d+)", after)
                    if ay:
                        year = int(ay.group(1))
                elif ad:
                    day = int(ad.group(1))
                    if ad.group(2):
                        year = int(ad.group(2))
                else:
                    ay = re.match(r"\s*,?\s*(-?\d{3,})", after)
                    if ay:
                        year = int(ay.group(1))
                if year is None:
                    yy = re.search(r"\b(\d{4})\b", rest)
                    if yy:
                        year = int(yy.group(1))
            else:
                compact = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(?:[Tt](\d{2})(\d{2})(\d{2})?)?(z|[+-]\d{2}:?\d{2})?", s.strip(), re.I)
                if compact:
                    year, mon, day = int(compact.group(1)), int(compact.group(2)), int(compact.group(3))
                    if compact.group(4):
                        have_time = True
                        hour, minute = int(compact.group(4)), int(compact.group(5))
                        sec = int(compact.group(6) or 0)
                    if compact.group(7):
                        zone = compact.group(7)
    if zone is None:
        z = re.search(r"(?<![\w:])(z|utc|gmt|[+-]\d{2}:?\d{2})\s*$", rest, re.I)
        if z and (year is not None or have_time):
            zone = z.group(1)
    if year is None and mon is None and day is None and not have_time:
        raise ValueError("no time information")
    now = now or _dt.datetime.now().astimezone()
    if year is None:
        year = now.year
        if mon is None and day is None:
            mon, day = now.month, now.day
    if mon is None:
        mon = 1
    if day is None:
        day = 1
    if not (1 <= mon <= 12) or not (1 <= day <= 31) or hour > 24 or minute > 59 or sec > 60:
        raise ValueError("argument out of range")
    if hour == 24:
        hour = 0
        extra_days = 1
    else:
        extra_days = 0
    base = _dt.datetime(year, mon, 1) + _dt.timedelta(days=day - 1 + extra_days)
    if base.month != mon and day <= 28:
        raise ValueError("argument out of range")
    naive = base.replace(hour=hour, minute=minute, second=min(sec, 59), microsecond=usec)
    if zone is not None:
        tz = _zone_tz(zone)
        return naive.replace(tzinfo=tz)
    return naive.astimezone()


def _zone_ok(zone: str) -> bool:
    try:
        _zone_tz(zone)
        return True
    except ValueError:
        return False


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
