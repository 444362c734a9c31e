"""Jekyll's ``DateFilters`` and Liquid's ``date`` filter.

``date`` keeps the input's own UTC offset and prints with Ruby's strftime;
the ``date_to_*`` filters first convert to the site's local time
(``date.to_time.dup.localtime``) and fail with Jekyll's ``InvalidDateError``
on input Ruby cannot read as a time.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from . import ruby, rubytime
from .errors import LiquidArgumentError, RubyError


def _time(value: Any) -> _dt.datetime:
    date = rubytime.to_date(value)
    if not isinstance(date, _dt.date):
        raise RubyError(
            f"Invalid Date: '{ruby.inspect(value)}' is not a valid datetime.",
            "Jekyll::Errors::InvalidDateError",
        )
    return rubytime.to_local(date)


def _empty(value: Any) -> bool:
    return ruby.to_s(value) == ""


def date_to_xmlschema(value: Any) -> Any:
    if _empty(value):
        return value
    return rubytime.xmlschema(_time(value))


def date_to_rfc822(value: Any) -> Any:
    if _empty(value):
        return value
    return rubytime.rfc822(_time(value))


def _ordinal(n: int) -> str:
    if 11 <= n <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _stringify_date(value: Any, month: str, kind: Any, style: Any) -> Any:
    if _empty(value):
        return value
    t = _time(value)
    if kind == "ordinal":
        day = f"{t.day}{_ordinal(t.day)}"
        if style == "US":
            return rubytime.strftime(t, f"{month} {day}, %Y")
        return rubytime.strftime(t, f"{day} {month} %Y")
    return rubytime.strftime(t, f"%d {month} %Y")


def date_to_string(value: Any, kind: Any = None, style: Any = None) -> Any:
    return _stringify_date(value, "%b", kind, style)


def date_to_long_string(value: Any, kind: Any = None, style: Any = None) -> Any:
    return _stringify_date(value, "%B", kind, style)


def date(value: Any, fmt: Any) -> Any:
    """Liquid's ``date`` filter (Ruby ``strftime``; the input keeps its offset)."""
    if ruby.to_s(fmt) == "":
        return value
    parsed = rubytime.to_date(value)
    if parsed is None:
        return value
    try:
        return rubytime.strftime(parsed, ruby.to_s(fmt))
    except rubytime.InvalidFormat as err:
        raise LiquidArgumentError(str(err)) from err



DATE_FILTERS: dict[str, Any] = {
    "date": date,
    "date_to_xmlschema": date_to_xmlschema,
    "date_to_rfc822": date_to_rfc822,
    "date_to_string": date_to_string,
    "date_to_long_string": date_to_long_string,
}
