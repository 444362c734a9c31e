"""Unit tests of the Ruby building blocks, with values observed from Jekyll 4.3.1 / Ruby 3.1.

Each expected value below was produced by real Jekyll (the conformance
dataset's expected pages or tests/liquid/recorded/); the tests pin them at
the level of the helper that computes them, so a regression names its cause.
"""

from __future__ import annotations

import datetime as dt

import pytest

from jekyll_py.liquid import ruby
from jekyll_py.liquid.expressions import make_range
from jekyll_py.liquid.rubydate import date_parse, parse_time
from jekyll_py.liquid.rubystring import ruby_gsub, ruby_split
from jekyll_py.liquid.rubytime import strftime
from jekyll_py.slugify import slugify


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1e16, "1.0e+16"),
        (1e15, "1.0e+15"),
        (123456789012345.0, "123456789012345.0"),
        (0.0001, "0.0001"),
        (0.00001, "1.0e-05"),
        (2.0, "2.0"),
        (-0.0, "-0.0"),
        (1.5e-7, "1.5e-07"),
        (float("inf"), "Infinity"),
    ],
)
def test_float_to_s(value: float, text: str) -> None:
    assert ruby.float_to_s(value) == text


def test_inspect_and_output_forms() -> None:
    assert ruby.inspect({"a": 1, "b": "two"}) == '{"a"=>1, "b"=>"two"}'
    assert ruby.inspect(["a", 1, None]) == '["a", 1, nil]'
    assert ruby.inspect('it\'s "q" \\ #{x}') == '"it\'s \\"q\\" \\\\ \\#{x}"'
    assert ruby.inspect("é—日本\t") == '"é—日本\\t"'
    assert ruby.output_s([[1, 2], [3, [4, 5]], []]) == "12345"
    assert ruby.output_s([1, None, True, False, "x", 2.0]) == "1truefalsex2.0"
    assert ruby.output_s(make_range(5, 1)) == "5..1"
    assert ruby.output_s(make_range(1, 5)) == "1..5"
    assert ruby.to_s(["a", "b"]) == '["a", "b"]'


def test_size_rules() -> None:
    assert ruby.size_of(12345) == 8
    assert ruby.size_of("héllo") == 5
    assert ruby.size_of(None) is None


@pytest.mark.parametrize(
    ("text", "pattern", "parts"),
    [
        ("a,,b,,", ",", ["a", "", "b"]),
        (" a b ", " ", ["a", "b"]),
        ("abc", "", ["a", "b", "c"]),
        ("", ",", []),
        (",a", ",", ["", "a"]),
    ],
)
def test_string_split(text: str, pattern: str, parts: list[str]) -> None:
    assert ruby_split(text, pattern) == parts


def test_gsub_replacement_escapes() -> None:
    assert ruby_gsub("a.b", ".", "\\&\\&") == "a..b"
    assert ruby_gsub("abc", "", "-") == "-a-b-c-"
    assert ruby_gsub("aaa", "a", "b", count=1) == "baa"


@pytest.mark.parametrize(
    ("text", "mode", "slug"),
    [
        ("Hello, World! It's a Test.", "default", "hello-world-it-s-a-test"),
        ("Hello, World! It's a Test.", "raw", "hello,-world!-it's-a-test."),
        ("Hello, World! It's a (Test) #1 @home.", "pretty", "hello,-world!-it's-a-(test)-1-@home."),
        ("Café Déjà Vu 日本 ok", "ascii", "caf-d-j-vu-ok"),
        ("Café Déjà Vu 日本 ok", "default", "café-déjà-vu-日本-ok"),
        ("Hello, World!", "none", "hello, world!"),
        ("  --Hello--  ", "default", "hello"),
        ("a---b___c", "default", "a-b-c"),
    ],
)
def test_slugify_modes(text: str, mode: str, slug: str) -> None:
    assert slugify(text, mode=mode) == slug


def test_slugify_cased_and_nil() -> None:
    assert slugify(None) is None
    assert slugify("Hello World", cased=True) == "Hello-World"


def _local(*args: int) -> dt.datetime:
    return dt.datetime(*args).astimezone()


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("%D|%F|%T|%R|%c|%x|%X|%v|%+", "03/04/21|2021-03-04|05:06:07|05:06|Thu Mar  4 05:06:07 2021|03/04/21|05:06:07| 4-MAR-2021|%+"),
        ("%-d|%-m|%e|%-H|%l|%k|%-I|%_m|%0e|%-y|%_H|%-M", "4|3| 4|5| 5| 5|5| 3|04|21| 5|6"),
        ("%A %a %B %b %h|%^a %^B|%#b %#A", "Thursday Thu March Mar Mar|THU MARCH|MAR THURSDAY"),
        ("[%10A]|[%-10A]|[%^10a]|[%010d]|[%3d]|[%_5m]|[%015N]", "[  Thursday]|[Thursday]|[       THU]|[0000000004]|[004]|[    3]|[000000000000000]"),
        ("%%|%Q|%E|%O|%i|%J|%Ey|%Od|%::::z", "%|%Q|%E|%O|%i|%J|21|04|%::::z"),
    ],
)
def test_strftime(fmt: str, text: str) -> None:
    assert strftime(_local(2021, 3, 4, 5, 6, 7), fmt) == text


def test_strftime_zone_forms() -> None:
    fixed = dt.datetime(2021, 3, 4, 5, 6, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    assert strftime(fixed, "%H:%M %z|%:z|%::z|[%Z]") == "05:06 +0530|+05:30|+05:30:00|[]"
    assert strftime(dt.date(2021, 3, 4), "%F %T %z [%Z]") == "2021-03-04 00:00:00 +0000 [+00:00]"


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("1/5/2020", {"year": 2020, "mon": 5, "mday": 1}),
        ("March 4, 2021", {"year": 2021, "mon": 3, "mday": 4}),
        ("Thu, 04 Mar 2021 05:06:07 -0800", {"year": 2021, "mon": 3, "mday": 4, "hour": 5, "zone": "-0800"}),
        ("Jan 5, 2020 3:04pm", {"year": 2020, "mon": 1, "mday": 5, "hour": 15, "min": 4}),
    ],
)
def test_date_parse(text: str, fields: dict[str, object]) -> None:
    parsed = date_parse(text)
    assert {k: parsed.get(k) for k in fields} == fields


def test_time_parse_rejects_like_ruby() -> None:
    for text in ("12/25/2020", "2021-13-45", "not a date", "Tuesday"):
        with pytest.raises(ValueError):
            parse_time(text)
    assert parse_time("2021-02-29").date() == dt.date(2021, 3, 1)
