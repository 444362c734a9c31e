"""Ruby's ``Time.parse``: ``Date._parse`` heuristics plus ``Time.make_time``.

Liquid's ``date`` filter and Jekyll's ``date_to_*`` filters parse strings with
Ruby's ``Time.parse``, whose reading of a string is a fixed sequence of
pattern scanners (weekday, time, "4 Mar 2021", "Mar 4 2021", ISO, JIS, VMS,
slashes, dots, ISO week/ordinal forms, year, month, mday, digit runs).  Each
scanner blanks what it consumed; the first date scanner that matches wins.
The field-ordering rules (``s3e``) decide which number is the year: that is
why "1/5/2020" is the 1st of May 2020 and "12/25/2020" is no date at all.
This module reproduces that behaviour so that templates get the same dates.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

_ABBR_DAYS = "sun|mon|tue|wed|thu|fri|sat"
_ABBR_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_ERA = r"(c(?:e|\.e\.)|b(?:ce|\.c\.e\.)|a(?:d|\.d\.)|b(?:c|\.c\.))"
I = re.I  # noqa: E741 - short alias keeps the pattern table readable


class _State:
    """The string being scanned (consumed parts become spaces) and the result hash."""

    def __init__(self, text: str, comp: bool) -> None:
        self.s = text
        self.h: dict[str, Any] = {"_comp": comp}

    def sub(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        m = pattern.search(self.s)
        if m:
            self.s = self.s[: m.start()] + " " + self.s[m.end() :]
        return m

    def has(self, *kinds: str) -> bool:
        s = self.s
        checks = {
            "alpha": lambda: re.search(r"[A-Za-z]", s) is not None,
            "digit": lambda: re.search(r"\d", s) is not None,
            "dash": lambda: "-" in s,
            "dot": lambda: "." in s,
            "slash": lambda: "/" in s,
        }
        return all(checks[k]() for k in kinds)


def _mon_num(text: str) -> int:
    return _ABBR_MONTHS.split("|").index(text[:3].lower()) + 1


def _day_num(text: str) -> int:
    return _ABBR_DAYS.split("|").index(text[:3].lower())


def _lead_digits(text: str, allow_sign: bool) -> tuple[str | None, bool]:
    """Skip to the first digit (or sign); return the signed digit run and whether signed."""
    i = 0
    while i < len(text) and not text[i].isdigit() and not (allow_sign and text[i] in "+-"):
        i += 1
    if i >= len(text):
        return None, False
    start = i
    signed = False
    if allow_sign and text[i] in "+-":
        signed = True
        i += 1
    j = i
    while j < len(text) and text[j].isdigit():
        j += 1
    return text[start:j], signed


def _s3e(st: _State, y: str | None, m: Any, d: str | None, bc: bool) -> None:
    """``s3e``: decide which of three numbers is the year, the month and the day."""
    h = st.h
    comp: bool | None = None
    if m is not None and not isinstance(m, str):
        m = str(m)
    if y is not None and m is not None and d is None:
        y, m, d = d, y, m
    if y is None:
        if d is not None and len(d) > 2:
            y, d = d, None
        if d is not None and d.startswith("'"):
            y, d = d, None
    if y is not None:
        i = 0
        while i < len(y) and y[i] not in "+-" and not y[i].isdigit():
            i += 1
        if i < len(y):
            bp = i
            if y[i] in "+-":
                i += 1
            j = i
            while j < len(y) and y[j].isdigit():
                j += 1
            if j < len(y):
                y, d = d, y[bp:j]
    if m is not None and (m.startswith("'") or len(m) > 2):
        y, m, d = m, d, y
    if d is not None and (d.startswith("'") or len(d) > 2):
        y, d = d, y
    if y is not None:
        digits, signed = _lead_digits(y, True)
        if digits is not None and digits not in ("+", "-"):
            if signed or len(digits.lstrip("+-")) > 2:
                comp = False
            h["year"] = int(digits)
    if bc:
        h["_bc"] = True
    if m is not None:
        digits, _ = _lead_digits(m, False)
        if digits:
            h["mon"] = int(digits)
    if d is not None:
        digits, _ = _lead_digits(d, False)
        if digits:
            h["mday"] = int(digits)
    if comp is not None:
        h["_comp"] = comp


_P_DAY = re.compile(rf"\b({_ABBR_DAYS})[^-/\d\s]*", I)
_P_TIME = re.compile(
    r"((?:\d+\s*:\s*\d+(?:\s*:\s*\d+(?:[,.]\d*)?)?|\d+\s*h(?:\s*\d+m?(?:\s*\d+s?)?)?)"
    r"(?:\s*[ap](?:m\b|\.m\.))?|\d+\s*[ap](?:m\b|\.m\.))"
    r"(?:\s*((?:gmt|utc?)?[-+]\d+(?:[,.:]\d+(?::\d+)?)?"
    r"|(?-i:[A-Za-z.\s]+)(?:standard|daylight)\stime\b|(?-i:[A-Za-z]+)(?:\sdst)?\b))?",
    I,
)
_P_TIME2 = re.compile(
    r"\A(\d+)h?(?:\s*:?\s*(\d+)m?(?:\s*:?\s*(\d+)(?:[,.](\d+))?s?)?)?(?:\s*([ap])(?:m\b|\.m\.))?",
    I,
)
_P_EU = re.compile(
    rf"('?\d+)[^-\d\s]*\s*({_ABBR_MONTHS})[^-\d\s']*"
    rf"(?:\s*{_ERA}?\s*('?-?\d+(?:(?:st|nd|rd|th)\b)?))?",
    I,
)
_P_US = re.compile(
    rf"\b({_ABBR_MONTHS})[^-\d\s']*\s*('?\d+)[^-\d\s']*(?:\s*,?\s*{_ERA}?\s*('?-?\d+))?", I
)
_P_ISO = re.compile(r"('?[-+]?\d+)-(\d+)-('?-?\d+)")
_P_JIS = re.compile(r"\b([mtshr])(\d+)\.(\d+)\.(\d+)", I)
_P_VMS11 = re.compile(rf"('?-?\d+)-({_ABBR_MONTHS})[^-/.]*-('?-?\d+)", I)
_P_VMS12 = re.compile(rf"\b({_ABBR_MONTHS})[^-/.]*-('?-?\d+)(?:-('?-?\d+))?", I)
_P_SLA = re.compile(r"('?-?\d+)/\s*('?\d+)(?:\D\s*('?-?\d+))?", I)
_P_DOT = re.compile(r"('?-?\d+)\.\s*('?\d+)\.\s*('?-?\d+)", I)
_P_ISO21 = re.compile(r"\b(\d{2}|\d{4})?-?w(\d{2})(?:-?(\d))?\b", I)
_P_ISO22 = re.compile(r"-w-(\d)\b", I)
_P_ISO23 = re.compile(r"--(\d{2})?-(\d{2})\b")
_P_ISO24 = re.compile(r"--(\d{2})(\d{2})?\b")
_P_ISO25_0 = re.compile(r"[,.](\d{2}|\d{4})-\d{3}\b")
_P_ISO25 = re.compile(r"\b(\d{2}|\d{4})-(\d{3})\b")
_P_ISO26_0 = re.compile(r"\d-\d{3}\b")
_P_ISO26 = re.compile(r"\b-(\d{3})\b")
_P_YEAR = re.compile(r"'(\d+)\b")
_P_MON = re.compile(rf"\b({_ABBR_MONTHS})\S*", I)
_P_MDAY = re.compile(r"(\d+)(st|nd|rd|th)\b", I)
_P_DDD = re.compile(
    r"([-+]?)(\d{2,14})(?:\s*t?\s*(\d{2,6})?(?:[,.](\d*))?)?"
    r"(?:\s*(z\b|[-+]\d{1,4}\b|\[[-+]?\d[^\]]*\]))?",
    I,
)
_P_BC = re.compile(r"\b(bc\b|bce\b|b\.c\.|b\.c\.e\.)", I)
_P_FRAG = re.compile(r"\A\s*(\d{1,2})\s*\Z", I)
_JIS_ERAS = {"m": 1867, "t": 1911, "s": 1925, "h": 1988, "r": 2018}


def _parse_time(st: _State) -> None:
    m = st.sub(_P_TIME)
    if not m:
        return
    if m.group(2):
        st.h["zone"] = m.group(2)
    t = _P_TIME2.match(m.group(1))
    if not t:
        return
    hour = int(t.group(1))
    if t.group(5):
        hour %= 12
        if t.group(5).lower() == "p":
            hour += 12
    st.h["hour"] = hour
    if t.group(2) is not None:
        st.h["min"] = int(t.group(2))
    if t.group(3) is not None:
        st.h["sec"] = int(t.group(3))
    if t.group(4) is not None:
        st.h["sec_fraction"] = (int(t.group(4)), 10 ** len(t.group(4)))


def _is_bc(era: str | None) -> bool:
    return bool(era) and era[0] in "bB"  # type: ignore[index]


def _parse_dates(st: _State) -> bool:  # noqa: PLR0911, PLR0912 - Ruby's scanner order
    h = st.h
    if st.has("alpha", "digit"):
        m = st.sub(_P_EU)
        if m:
            _s3e(st, m.group(4), _mon_num(m.group(2)), m.group(1), _is_bc(m.group(3)))
            return True
        m = st.sub(_P_US)
        if m:
            _s3e(st, m.group(4), _mon_num(m.group(1)), m.group(2), _is_bc(m.group(3)))
            return True
    if st.has("digit", "dash"):
        m = st.sub(_P_ISO)
        if m:
            _s3e(st, m.group(1), m.group(2), m.group(3), False)
            return True
    if st.has("digit", "dot"):
        m = st.sub(_P_JIS)
        if m:
            h["year"] = int(m.group(2)) + _JIS_ERAS[m.group(1).lower()]
            h["mon"] = int(m.group(3))
            h["mday"] = int(m.group(4))
            return True
    if st.has("alpha", "digit", "dash"):
        m = st.sub(_P_VMS11)
        if m:
            _s3e(st, m.group(3), _mon_num(m.group(2)), m.group(1), False)
            return True
        m = st.sub(_P_VMS12)
        if m:
            _s3e(st, m.group(3), _mon_num(m.group(1)), m.group(2), False)
            return True
    if st.has("digit", "slash"):
        m = st.sub(_P_SLA)
        if m:
            _s3e(st, m.group(1), m.group(2), m.group(3), False)
            return True
    if st.has("digit", "dot"):
        m = st.sub(_P_DOT)
        if m:
            _s3e(st, m.group(1), m.group(2), m.group(3), False)
            return True
    if st.has("digit"):
        m = st.sub(_P_ISO21)
        if m:
            if m.group(1):
                h["cwyear"] = int(m.group(1))
            h["cweek"] = int(m.group(2))
            if m.group(3):
                h["cwday"] = int(m.group(3))
            return True
        m = st.sub(_P_ISO22)
        if m:
            h["cwday"] = int(m.group(1))
            return True
        m = st.sub(_P_ISO23)
        if m:
            if m.group(1):
                h["mon"] = int(m.group(1))
            h["mday"] = int(m.group(2))
            return True
        m = st.sub(_P_ISO24)
        if m:
            h["mon"] = int(m.group(1))
            if m.group(2):
                h["mday"] = int(m.group(2))
            return True
        if not _P_ISO25_0.search(st.s):
            m = st.sub(_P_ISO25)
            if m:
                h["year"] = int(m.group(1))
                h["yday"] = int(m.group(2))
                return True
        if not _P_ISO26_0.search(st.s):
            m = st.sub(_P_ISO26)
            if m:
                h["yday"] = int(m.group(1))
                return True
        m = st.sub(_P_YEAR)
        if m:
            h["year"] = int(m.group(1))
            return True
    if st.has("alpha"):
        m = st.sub(_P_MON)
        if m:
            h["mon"] = _mon_num(m.group(1))
            return True
    if st.has("digit"):
        m = st.sub(_P_MDAY)
        if m:
            h["mday"] = int(m.group(1))
            return True
        m = st.sub(_P_DDD)
        if m:
            _ddd(st, m)
            return True
    return False


def _ddd(st: _State, m: re.Match[str]) -> None:  # noqa: PLR0912 - one branch per digit count
    h = st.h
    sign, s2, s3, s4, s5 = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
    neg = sign == "-"
    n = len(s2)
    time_only = s3 is None and s4 is not None

    def num(start: int, width: int) -> int:
        return int(s2[start : start + width])

    if n == 2:
        if time_only:
            h["sec"] = num(n - 2, 2)
        else:
            h["mday"] = num(0, 2)
    elif n == 4:
        if time_only:
            h["sec"], h["min"] = num(n - 2, 2), num(n - 4, 2)
        else:
            h["mon"], h["mday"] = num(0, 2), num(2, 2)
    elif n == 6:
        if time_only:
            h["sec"], h["min"], h["hour"] = num(n - 2, 2), num(n - 4, 2), num(n - 6, 2)
        else:
            h["year"] = -num(0, 2) if neg else num(0, 2)
            h["mon"], h["mday"] = num(2, 2), num(4, 2)
    elif n in (8, 10, 12, 14):
        if time_only:
            h["sec"], h["min"], h["hour"], h["mday"] = (
                num(n - 2, 2), num(n - 4, 2), num(n - 6, 2), num(n - 8, 2),
            )
            if n >= 10:
                h["mon"] = num(n - 10, 2)
            if n == 12:
                h["year"] = -num(0, 2) if neg else num(0, 2)
            if n == 14:
                h["year"] = -num(0, 4) if neg else num(0, 4)
                h["_comp"] = False
        else:
            h["year"] = -num(0, 4) if neg else num(0, 4)
            h["mon"], h["mday"] = num(4, 2), num(6, 2)
            if n >= 10:
                h["hour"] = num(8, 2)
            if n >= 12:
                h["min"] = num(10, 2)
            if n >= 14:
                h["sec"] = num(12, 2)
            h["_comp"] = False
    elif n == 3:
        if time_only:
            h["sec"], h["min"] = num(n - 2, 2), num(n - 3, 1)
        else:
            h["yday"] = num(0, 3)
    elif n == 5:
        if time_only:
            h["sec"], h["min"], h["hour"] = num(n - 2, 2), num(n - 4, 2), num(n - 5, 1)
        else:
            h["year"] = -num(0, 2) if neg else num(0, 2)
            h["yday"] = num(2, 3)
    elif n == 7:
        if time_only:
            h["sec"], h["min"], h["hour"], h["mday"] = (
                num(n - 2, 2), num(n - 4, 2), num(n - 6, 2), num(n - 7, 1),
            )
        else:
            h["year"] = -num(0, 4) if neg else num(0, 4)
            h["yday"] = num(4, 3)
    if s3 is not None:
        l3 = len(s3)
        if l3 in (2, 4, 6):
            if s4 is not None:
                h["sec"] = int(s3[l3 - 2 :])
                if l3 >= 4:
                    h["min"] = int(s3[l3 - 4 : l3 - 2])
                if l3 >= 6:
                    h["hour"] = int(s3[l3 - 6 : l3 - 4])
            else:
                h["hour"] = int(s3[0:2])
                if l3 >= 4:
                    h["min"] = int(s3[2:4])
                if l3 >= 6:
                    h["sec"] = int(s3[4:6])
    if s4 is not None and s4 != "":
        h["sec_fraction"] = (int(s4), 10 ** len(s4))
    if s5 is not None:
        zone = s5
        if zone.startswith("["):
            inner = zone[1:-1]
            zone = inner.split(":", 1)[1] if ":" in inner else inner
        h["zone"] = zone


def date_parse(text: str, comp: bool = True) -> dict[str, Any]:
    """``Date._parse(text, comp)``: the fields Ruby finds in ``text``."""
    st = _State(re.sub(r"[^-+',./:@A-Za-z0-9\[\]]+", " ", text), comp)
    if st.has("alpha"):
        m = st.sub(_P_DAY)
        if m:
            st.h["wday"] = _day_num(m.group(1))
    if st.has("digit"):
        _parse_time(st)
    _parse_dates(st)
    h = st.h
    if st.has("alpha") and st.sub(_P_BC):
        h["_bc"] = True
    if st.has("digit"):
        m = st.sub(_P_FRAG)
        if m:
            n = int(m.group(1))
            if "hour" in h and "mday" not in h and 1 <= n <= 31:
                h["mday"] = n
            if "mday" in h and "hour" not in h and 0 <= n <= 24:
                h["hour"] = n
    if h.pop("_bc", False):
        if "year" in h:
            h["year"] = -h["year"] + 1
    if h.pop("_comp", False):
        y = h.get("year")
        if y is not None and 0 <= y <= 99:
            h["year"] = y + (1900 if y >= 69 else 2000)
    return h


# --------------------------------------------------------------------------- Time.parse

_ZONE_OFFSETS = {
    "UTC": 0, "Z": 0, "UT": 0, "GMT": 0,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "I": 9, "K": 10,
    "L": 11, "M": 12, "N": -1, "O": -2, "P": -3, "Q": -4, "R": -5, "S": -6, "T": -7,
    "U": -8, "V": -9, "W": -10, "X": -11, "Y": -12,
}


def zone_offset(zone: str, year: int) -> int | None:
    """``Time.zone_offset``: seconds east of UTC, or None for an unknown zone."""
    z = zone.upper()
    m = re.fullmatch(r"([+-])(\d\d)(:?)(\d\d)(?:\3(\d\d))?", z)
    if m:
        sign = -1 if m.group(1) == "-" else 1
        return sign * ((int(m.group(2)) * 60 + int(m.group(4))) * 60 + int(m.group(5) or 0))
    if re.fullmatch(r"[+-]\d\d", z):
        return int(z) * 3600
    if z in _ZONE_OFFSETS:
        return _ZONE_OFFSETS[z] * 3600
    for month in (1, 7):
        local = _dt.datetime(year, month, 1).astimezone()
        if (local.tzname() or "").upper() == z:
            off = local.utcoffset()
            return int(off.total_seconds()) if off is not None else 0
    return None


def _zone_utc(zone: str) -> bool:
    return re.fullmatch(r"-00:00|-0000|-00|UTC|Z|UT", zone, re.I) is not None


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (_dt.date(year, month + 1, 1) - _dt.timedelta(days=1)).day


def _civil(year: int, mon: int, day: int, hour: int, minute: int, sec: int, usec: int) -> _dt.datetime:
    """``Time.local``/``Time.utc`` argument handling: days past the month's end roll over."""
    if not (1 <= mon <= 12) or not (1 <= day <= 31) or not (0 <= hour <= 24):
        raise ValueError("argument out of range")
    if not (0 <= minute <= 59) or not (0 <= sec <= 60):
        raise ValueError("argument out of range")
    if hour == 24 and (minute or sec):
        raise ValueError("argument out of range")
    base = _dt.datetime(year, mon, 1)
    return base + _dt.timedelta(days=day - 1, hours=hour, minutes=minute, seconds=sec, microseconds=usec)


def parse_time(text: str, now: _dt.datetime | None = None) -> _dt.datetime:
    """Ruby ``Time.parse(text)``; ``ValueError`` when Ruby raises ``ArgumentError``."""
    h = date_parse(text)
    return make_time(text, h, now or _dt.datetime.now().astimezone())


def make_time(text: str, h: dict[str, Any], now: _dt.datetime) -> _dt.datetime:  # noqa: PLR0912
    year, yday, mon, day = h.get("year"), h.get("yday"), h.get("mon"), h.get("mday")
    hour, minute, sec, frac = h.get("hour"), h.get("min"), h.get("sec"), h.get("sec_fraction")
    zone = h.get("zone")
    if all(v is None for v in (year, yday, mon, day, hour, minute, sec, frac)):
        raise ValueError(f"no time information in {text!r}")
    off_year = year if year is not None else now.year
    off = zone_offset(zone, off_year) if zone else None
    if yday is not None:
        if not 1 <= yday <= 366:
            raise ValueError(f"yday {yday} out of range")
        date = _dt.date(off_year, 1, 1) + _dt.timedelta(days=yday - 1)
        h2 = dict(h, mon=date.month, mday=date.day)
        h2.pop("yday")
        return make_time(text, h2, now)
    if off is not None:
        now = now.astimezone(_dt.timezone(_dt.timedelta(seconds=off)))
    else:
        now = now.astimezone()
    usec = None
    if frac is not None:
        usec = frac[0] * 1000000 // frac[1]
    fills = [year, mon, day, hour, minute, sec]
    now_vals = [now.year, now.month, now.day, now.hour, now.minute, now.second]
    for i, value in enumerate(fills):
        if value is not None:
            break
        fills[i] = now_vals[i]
    else:
        if frac is None:
            usec = now.microsecond
    year, mon, day, hour, minute, sec = fills
    year = 1970 if year is None else year
    mon = 1 if mon is None else mon
    day = 1 if day is None else day
    hour = hour or 0
    minute = minute or 0
    sec = sec or 0
    usec = usec or 0
    if year != off_year:
        off = zone_offset(zone, year) if zone else None
    if off is not None:
        naive = _civil(year, mon, day, hour, minute, sec, usec)
        if zone is not None and _zone_utc(zone):
            return naive.replace(tzinfo=_dt.timezone.utc)
        aware = naive.replace(tzinfo=_dt.timezone(_dt.timedelta(seconds=off)))
        local = aware.astimezone()
        if local.utcoffset() == _dt.timedelta(seconds=off):
            return local
        return aware.astimezone(_fixed_zone(off))
    naive = _civil(year, mon, day, hour, minute, sec, usec)
    return naive.astimezone()


def _fixed_zone(off: int) -> _dt.timezone:
    """A fixed offset that prints no ``%Z`` name (Ruby's zone-less Time)."""
    sign = "-" if off < 0 else "+"
    a = abs(off)
    return _dt.timezone(_dt.timedelta(seconds=off), f"{sign}{a // 3600:02d}:{a % 3600 // 60:02d}")
