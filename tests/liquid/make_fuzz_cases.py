"""Generate tests/liquid/recorded/fuzz.yml: seeded random filter inputs for record_jekyll.py.

Four families, each compared with real Jekyll once recorded: string filters on
strings mixing ASCII punctuation, Unicode letters/spaces and entities; maths
filters on numeric-looking strings and literals; ``Time.parse`` on date-like
strings in many shapes and zones; ``strftime`` with random flags, widths and
directives.  Regenerate with ``python3 tests/liquid/make_fuzz_cases.py`` and
then re-record.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import yaml

OUT = Path(__file__).resolve().parent / "recorded" / "fuzz.yml"
OUT_ERRORS = Path(__file__).resolve().parent / "recorded" / "fuzz_errors.yml"
SOUP = ["page.a", "page.h", "page.n", "page.s", '"x"', "'y z'", "|", "|", "upcase", "size", "join", ":",
        ",", "1", "2.5", "-3", "..", "(", ")", "[", "]", "[0]", ".", "size", "==", "!=", ">", "contains",
        "and", "or", "nil", "empty", "true", "default", "append", "plus", "-", "}", "{", "'", '"', "%",
        "#", "?", "h", "a-b", "page['s']"]
ALPHABET = list("abcXYZ019 ,.;-_/\\'\"&<>%#?=+*~!@$()[]") + [
    "é", "ß", "İ", "ǅ", "ŉ", "日", "\u00a0", "\t", "\n", "  ", "&amp;", "&#39;", "&copy;", "Ω", "ﬁ", "😀",
]
STRING_FILTERS = [
    "upcase", "downcase", "capitalize", "escape", "escape_once", "url_encode", "url_decode", "strip",
    "lstrip", "rstrip", "strip_html", "strip_newlines", "newline_to_br", "size", "xml_escape",
    "cgi_escape", "uri_escape", "slugify", "normalize_whitespace", "number_of_words", "base64_encode",
    "inspect", "jsonify",
]
NUMBERS = ["0", "1", "-1", "2.5", "-2.5", "0.1", "1e3", "3.0", "abc", " 7 ", "1_000", "0x10", "10.50",
           "-0.0", "99999999999999999999", "1.23456789012345678", "0.3333333333333333", "1.005", "2.675"]
MONTHS = ["Jan", "January", "feb", "Mar.", "sept", "Dec", "OCT"]
DAYS = ["Mon", "Tuesday", "wed,", "Fri"]
CONVERSIONS = list("aAbBcCdDeFgGhHIjklLmMnNpPrRsStTuUvVwWxXyYzZ%+") + [":z", "::z", ":::z", "E", "O", "Q", "J"]
FLAGS = ["", "", "", "-", "_", "0", "^", "#", "-^", "0_"]


def string_case(rnd: random.Random) -> tuple[str, str]:
    s = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 12)))
    with_args = [
        ("truncate", [rnd.randint(0, 10)]), ("truncatewords", [rnd.randint(0, 4)]),
        ("slice", [rnd.randint(-6, 6), rnd.randint(0, 5)]),
        ("replace", [rnd.choice(["a", " ", "", "é"]), rnd.choice(["\\0", "-", "", "\\&x"])]),
        ("remove_first", [rnd.choice(["a", " ", "é"])]), ("replace_last", [rnd.choice(["a", " "]), "Q"]),
        ("slugify", [rnd.choice(["raw", "pretty", "ascii", "latin", "default"])]),
    ]
    if rnd.random() < 0.6:
        expr = f"page.s | {rnd.choice(STRING_FILTERS)}"
    else:
        name, args = rnd.choice(with_args)
        expr = f"page.s | {name}: " + ", ".join(json.dumps(a) for a in args)
    if rnd.random() < 0.15:
        expr = f"page.s | split: {json.dumps(rnd.choice([' ', ',', '', 'a']))} | join: '|'"
    return s, expr


def math_case(rnd: random.Random) -> tuple[str, str]:
    def lit(v: str) -> str:
        if rnd.random() < 0.4 or not _numeric(v):
            return json.dumps(v)
        return v.strip()

    a, b = rnd.choice(NUMBERS), rnd.choice(NUMBERS)
    op = rnd.choice(["plus", "minus", "times", "divided_by", "modulo", "at_least", "at_most", "round",
                     "abs", "ceil", "floor"])
    if op in ("divided_by", "modulo") and b.strip() in ("0", "-0.0", "abc", "0x10", "1_000"):
        b = "3"
    if op == "round" and len(b) > 6:
        b = "2"
    if op in ("abs", "ceil", "floor"):
        return "", f"{lit(a)} | {op}"
    return "", f"{lit(a)} | {op}: {lit(b)}"


def _numeric(v: str) -> bool:
    try:
        float(v.replace("_", "x"))
    except ValueError:
        return False
    return True


def date_parse_case(rnd: random.Random) -> tuple[str, str]:
    y = rnd.choice(["2021", "1999", "21", "'99", "0045", "2000"])
    m, d = rnd.randint(1, 12), rnd.randint(1, 31)
    hh, mm, ss = rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59)
    forms = [
        f"{y}-{m:02d}-{d:02d}", f"{y}-{m}-{d}", f"{d} {rnd.choice(MONTHS)} {y}",
        f"{rnd.choice(MONTHS)} {d}, {y}", f"{rnd.choice(MONTHS)} {d}", f"{d}/{m}/{y}", f"{m}/{d}",
        f"{y}/{m}/{d}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}",
        f"{hh}:{mm:02d}:{ss:02d}.{rnd.randint(0, 999)}",
        f"{rnd.choice(DAYS)} {d} {rnd.choice(MONTHS)} {y} {hh:02d}:{mm:02d}",
        f"{hh % 12 + 1}:{mm:02d} am", f"{d}th of {rnd.choice(MONTHS)}", f"{rnd.choice(MONTHS)}-{d}-{y}",
        f"{y}-{rnd.randint(1, 366):03d}",
    ]
    s = rnd.choice(forms)
    if rnd.random() < 0.4:
        s += rnd.choice([" +0900", "Z", " UTC", " GMT", " -05:00", " EST", " PDT", " +02", " z"])
    return s, "page.s | date: '%F %T %z|%Z|%j'"


def strftime_case(rnd: random.Random) -> tuple[str, str]:
    fmt = ""
    for _ in range(rnd.randint(1, 4)):
        width = rnd.choice(["", "", "", str(rnd.randint(1, 12))])
        fmt += rnd.choice(["", " ", "|", "x"]) + "%" + rnd.choice(FLAGS) + width + rnd.choice(CONVERSIONS)
    value = rnd.choice(["2021-03-04 05:06:07", "2020-12-31 23:59:59.987654 +0530",
                        "1999-01-03 00:00:00 -0800", "2021-03-04", "2024-02-29T12:00:00Z"])
    return value, "page.s | date: " + json.dumps(fmt)


def lax_case(rnd: random.Random) -> str:
    """Token soup in an output or tag: strict parse fails, Liquid's lax parse decides."""
    n = rnd.randint(1, 6)
    picks = [rnd.choice(SOUP) for _ in range(n)]
    if rnd.random() < 0.5:
        markup = " ".join(picks).replace(" [", "[").replace(" .", ".")
    else:
        markup = "".join(picks)
    kind = rnd.choice(["out", "if", "for", "assign", "case"])
    if kind == "out":
        return "{{ " + markup + " }}"
    if kind == "if":
        return "{% if " + markup + " %}Y{% else %}N{% endif %}"
    if kind == "for":
        return "{% for x in " + markup + " %}[{{ x }}]{% endfor %}"
    if kind == "assign":
        return "{% assign v = " + markup + " %}<{{ v }}>"
    return "{% case " + markup + " %}{% when 1, 'x' %}W{% else %}E{% endcase %}"


ARRAYS = ["page.a", "page.mixed", "page.hs", "page.nested", "page.strs", "page.nums", "page.h", "page.s",
          "page.n", "nil", "site.data.items", "(1..4)"]
ARRAY_OPS = [
    ("sort", []), ("sort", ["'k'"]), ("sort", ["'k'", "'last'"]), ("sort_natural", []),
    ("sort_natural", ["'k'"]), ("uniq", []), ("uniq", ["'k'"]), ("map", ["'k'"]), ("compact", []),
    ("compact", ["'k'"]), ("reverse", []), ("first", []), ("last", []), ("size", []), ("join", ["'-'"]),
    ("concat", ["page.a"]), ("where", ["'k'", "1"]), ("where", ["'k'", "'b'"]), ("where", ["'k'", "nil"]),
    ("where", ["'tags'", "empty"]), ("group_by", ["'k'"]), ("where_exp", ["'i'", "'i.k == 1'"]),
    ("where_exp", ["'i'", "'i'"]), ("find", ["'k'", "'b'"]), ("push", ["'z'"]), ("pop", []),
    ("shift", ["2"]), ("unshift", ["1"]), ("jsonify", []), ("inspect", []),
    ("array_to_sentence_string", []), ("slice", ["1", "2"]), ("sort", ["'missing'"]),
]
ARRAY_FM = (
    "a: [1, 2]\nh: {k: v, j: 2}\nn: 3\ns: str\nmixed: [3, b, null, 1.5, true, [1], {k: 1}]\n"
    "hs: [{k: 2, tags: []}, {k: b}, {k: null, tags: [x]}, {j: 1}, {k: 1}, {k: '10'}, {k: '9'}]\n"
    "nested: [[3, 1], [2], [], [1, [0]]]\nstrs: [b, A, a, B, é, É, '10', '9', '']\n"
    "nums: [3, 1.5, -2, 10, 2.0, 0]\n"
)


def array_case(rnd: random.Random) -> str:
    """A chain of array filters on data of mixed shapes (errors included)."""
    expr = rnd.choice(ARRAYS)
    for _ in range(rnd.randint(1, 3)):
        name, args = rnd.choice(ARRAY_OPS)
        expr += f" | {name}" + (": " + ", ".join(args) if args else "")
    return "{{ " + expr + (" | jsonify }}" if rnd.random() < 0.5 else " }}")


COND_VALUES = ["1", "1.0", "0", "-1", "'1'", "'a'", "'A'", "''", "' '", "nil", "true", "false", "empty",
               "blank", "page.a", "page.h", "page.e", "page.eh", "page.s", "page.n", "page.f",
               "page.missing", "(1..3)", "page.d", "page.a.size", "page.s.size", "'2'", "2"]
COND_OPS = ["==", "!=", "<>", "<", ">", "<=", ">=", "contains"]
COND_FM = "a: [1, 2]\nh: {k: v}\ne: []\neh: {}\ns: str\nn: 3\nf: 1.5\nd: 2021-01-02\n"
URL_PARTS = ["/", "a", "b c", "é", "..", ".", "%20", "%2f", "%7E", "?", "#", "&", "=", "+", "~", ":", "@",
             "!", "'", "(", ")", "*", ",", ";", "[", "]", "%", "%zz", "http://", "//", "index.html",
             "mailto:", "x.y", "%C3%A9", "日本", " ", "|", "{", "^", "`", '"']


def condition_case(rnd: random.Random) -> str:
    """if/unless/case over values of every type and every operator."""
    def term() -> str:
        return f"{rnd.choice(COND_VALUES)} {rnd.choice(COND_OPS)} {rnd.choice(COND_VALUES)}"

    cond = term()
    if rnd.random() < 0.3:
        cond += f" {rnd.choice(['and', 'or'])} {term()}"
    kind = rnd.random()
    if kind < 0.7:
        return "{% if " + cond + " %}T{% else %}F{% endif %}"
    if kind < 0.85:
        return "{% unless " + cond + " %}T{% else %}F{% endunless %}"
    v = rnd.choice
    return ("{% case " + v(COND_VALUES) + " %}{% when " + v(COND_VALUES) + " %}W{% when "
            + v(COND_VALUES) + ", " + v(COND_VALUES) + " %}V{% else %}E{% endcase %}")


def url_case(rnd: random.Random) -> tuple[str, str]:
    s = "".join(rnd.choice(URL_PARTS) for _ in range(rnd.randint(0, 6)))
    f = rnd.choice(["relative_url", "absolute_url", "uri_escape", "strip_index", "url_encode",
                    "cgi_escape", "url_decode"])
    return s, f"page.s | {f}"


def main() -> None:
    rnd = random.Random(20261121)
    cases: list[dict[str, Any]] = []
    for family, make, count in (("str", string_case, 120), ("math", math_case, 100),
                                ("parse", date_parse_case, 100), ("strftime", strftime_case, 100)):
        for i in range(count):
            value, expr = make(rnd)
            cases.append({"id": f"fuzz-{family}-{i:03d}", "fm": {"s": value}, "t": "{{ " + expr + " }}"})
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Generated by make_fuzz_cases.py (seeded); recorded by record_jekyll.py.\n")
        yaml.safe_dump(cases, fh, allow_unicode=True, sort_keys=False, width=1000)
    print(f"wrote {len(cases)} cases to {OUT}")
    soup_fm = "a: [1, 2]\nh: {k: v}\nn: 3\ns: str\n"
    lax = [{"id": f"fuzz-lax-{i:03d}", "fm": soup_fm, "t": lax_case(rnd)} for i in range(80)]
    lax += [{"id": f"fuzz-array-{i:03d}", "fm": ARRAY_FM, "t": array_case(rnd)} for i in range(80)]
    lax += [{"id": f"fuzz-cond-{i:03d}", "fm": COND_FM, "t": condition_case(rnd)} for i in range(80)]
    for i in range(80):
        value, expr = url_case(rnd)
        lax.append({"id": f"fuzz-url-{i:03d}", "fm": {"s": value}, "t": "{{ " + expr + " }}"})
    with OUT_ERRORS.open("w", encoding="utf-8") as fh:
        fh.write("# Generated by make_fuzz_cases.py (seeded); recorded by record_jekyll.py --errors.\n")
        yaml.safe_dump(lax, fh, allow_unicode=True, sort_keys=False, width=1000)
    print(f"wrote {len(lax)} cases to {OUT_ERRORS}")


if __name__ == "__main__":
    main()
