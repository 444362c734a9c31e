"""``Jekyll::Filters``: the filters Jekyll 4.3 adds to Liquid (and the ones it overrides).

Jekyll's module is included after Liquid's standard filters, so its ``sort``,
``where`` and ``find`` replace Liquid's.  Their semantics are Jekyll's: ``where``
compares string forms and follows dotted properties, property sorts turn
numeric strings into numbers and put nils first, date filters convert to the
site's time zone, URL filters normalise like Addressable.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Mapping
from typing import Any

from . import ruby
from .context import Context, with_context
from .date_filters import DATE_FILTERS
from .errors import LiquidArgumentError, RubyError
from .expressions import (
    Condition,
    ExprMethodLiteral,
    MethodLiteral,
    Variable,
    parse_comparison_strict,
    parse_expression,
    utils_to_integer,
)
from .filters import cgi_escape_str, no_method
from .parser import ExprParser, ParseContext
from .rjson import to_json
from .url import normalize_component
from .url_filters import URL_FILTERS


def _site(context: Context) -> Any:
    return context.registers.get("site")


# --------------------------------------------------------------------------- converters


@with_context
def markdownify(context: Context, value: Any) -> str:
    from jekyll_py.converters.markdown import Markdown

    return _site(context).find_converter_instance(Markdown).convert(ruby.to_s(value))


@with_context
def smartify(context: Context, value: Any) -> str:
    from jekyll_py.converters import smartypants

    site = _site(context)
    return site.find_converter_instance(smartypants.SmartyPants).convert(ruby.to_s(value))


@with_context
def sassify(context: Context, value: Any) -> str:
    from jekyll_py.converters.scss import Sass

    return _site(context).find_converter_instance(Sass).convert(value)


@with_context
def scssify(context: Context, value: Any) -> str:
    from jekyll_py.converters.scss import Scss

    return _site(context).find_converter_instance(Scss).convert(value)


# --------------------------------------------------------------------------- strings


@with_context
def slugify(context: Context, value: Any, mode: Any = None) -> Any:
    from jekyll_py.slugify import SLUGIFY_MODES
    from jekyll_py.slugify import slugify as _slugify

    if value is None:
        return None
    mode_s = mode if mode is not None else "default"
    if not isinstance(value, str):
        method = "gsub" if mode_s in SLUGIFY_MODES and mode_s != "latin" else (
            "downcase" if mode_s not in SLUGIFY_MODES else "transliterate"
        )
        raise no_method(method, value)
    slug = _slugify(value, mode=mode_s if isinstance(mode_s, str) else str(mode_s))
    if slug == "":
        logger = getattr(_site(context), "logger", None)
        if logger is not None:
            logger.warn("Warning:", f"Empty `slug` generated for '{value}'.")
    return slug


def xml_escape(value: Any) -> str:
    return (
        ruby.to_s(value)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def cgi_escape(value: Any) -> str:
    if not isinstance(value, str):
        # Ruby names nil/true/false by value and other objects by class
        shown = ruby.inspect(value) if value is None or isinstance(value, bool) else ruby.class_name(value)
        raise RubyError(f"no implicit conversion of {shown} into String", "TypeError")
    return cgi_escape_str(value)


def uri_escape(value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, str):
        raise RubyError(f"Can't convert {ruby.class_name(value)} into String.", "TypeError")
    return normalize_component(value)


_RUBY_SPACE_RUN = re.compile(r"[ \t\n\v\f\r]+")


def normalize_whitespace(value: Any) -> str:
    """``gsub(/\\s+/, " ").strip``: Ruby's ``\\s`` is ASCII whitespace only."""
    return _RUBY_SPACE_RUN.sub(" ", ruby.to_s(value)).strip(" \t\n\v\f\r\0")


def _awk_split(text: str) -> list[str]:
    """``String#split`` with no pattern (ASCII whitespace runs, no empty fields)."""
    return [part for part in _RUBY_SPACE_RUN.split(text) if part]


# \p{Han}\p{Katakana}\p{Hiragana}\p{Hangul} by Unicode Script (the Common marks
# U+30A0, U+30FB, U+30FC and U+3099-U+309C are not in these scripts).
_CJK = (
    "\u2E80-\u2E99\u2E9B-\u2EF3\u2F00-\u2FD5\u3005\u3007\u3021-\u3029\u3038-\u303B"
    "\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFA6D\uFA70-\uFAD9\U00020000-\U0003134A"
    "\u3041-\u3096\u309D-\u309F\U0001B001-\U0001B11F\U0001F200"
    "\u30A1-\u30FA\u30FD-\u30FF\u31F0-\u31FF\u32D0-\u32FE\u3300-\u3357\uFF66-\uFF6F"
    "\uFF71-\uFF9D\U0001B000"
    "\u1100-\u11FF\u302E\u302F\u3131-\u318E\u3200-\u321E\u3260-\u327E\uA960-\uA97C"
    "\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uFFA0-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF"
    "\uFFD2-\uFFD7\uFFDA-\uFFDC"
)
_CJK_RE = re.compile(f"[{_CJK}]")
_WORD_RE = re.compile(rf"[^{_CJK} \t\n\v\f\r]+")


def number_of_words(value: Any, mode: Any = None) -> int:
    if not isinstance(value, str):
        raise no_method("split", value) if mode not in ("cjk", "auto") else no_method("scan", value)
    if mode == "cjk":
        return len(_CJK_RE.findall(value)) + len(_WORD_RE.findall(value))
    if mode == "auto":
        cjk = len(_CJK_RE.findall(value))
        return len(_awk_split(value)) if cjk == 0 else cjk + len(_WORD_RE.findall(value))
    return len(_awk_split(value))


def array_to_sentence_string(value: Any, connector: Any = "and") -> str:
    if isinstance(value, str):
        # String#length and String#[] work, String#join does not
        if len(value) >= 3:
            raise no_method("join", value[:-1])
        items: list[Any] = list(value)
    elif isinstance(value, (list, tuple)):
        items = list(value)
    elif isinstance(value, Mapping) and not ruby.is_jekyll_drop(value):
        # Hash#length, and hash[0], hash[1]... are (almost always) nil
        if len(value) >= 3:
            raise no_method("join", None)
        items = [value.get(i) for i in range(len(value))]
    else:
        raise no_method("length", value)
    conn = ruby.to_s(connector)
    if not items:
        return ""
    if len(items) == 1:
        return ruby.to_s(items[0])
    if len(items) == 2:
        return f"{ruby.to_s(items[0])} {conn} {ruby.to_s(items[1])}"
    return ruby.array_join(items[:-1], ", ") + f", {conn} {ruby.to_s(items[-1])}"


# --------------------------------------------------------------------------- json / inspect


def as_liquid(item: Any) -> Any:
    if isinstance(item, Mapping) and not hasattr(item, "hash_for_json"):
        # A key that is a sequence or mapping (YAML allows it, as a Ruby Hash does)
        # stays the hashable key it is.
        return {_liquid_key(k): as_liquid(v) for k, v in item.items()}
    if isinstance(item, (list, tuple)):
        return [as_liquid(i) for i in item]
    if isinstance(item, float) and math.isnan(item):
        # Jekyll stops when `item.to_liquid == item`, never true for NaN: it recurses
        # until Ruby's stack is exhausted.
        raise RubyError("stack level too deep", "SystemStackError")
    conv = getattr(item, "to_liquid", None)
    if conv is not None and callable(conv) and not isinstance(item, Mapping):
        liquidated = conv()
        if liquidated is item:
            return item
        return as_liquid(liquidated)
    return item


def _liquid_key(key: Any) -> Any:
    converted = as_liquid(key)
    return key if isinstance(converted, (list, dict)) else converted


def jsonify(value: Any) -> str:
    return to_json(as_liquid(value))


def inspect(value: Any) -> str:
    return xml_escape(ruby.inspect(value))


def to_integer(value: Any) -> int:
    if value is True:
        return 1
    if value is False:
        return 0
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise RubyError(ruby.float_to_s(value), "FloatDomainError")
        return int(value)
    if isinstance(value, str):
        return ruby.str_to_i(value)
    raise no_method("to_i", value)


# --------------------------------------------------------------------------- arrays


def push(array: Any, value: Any) -> Any:
    if not isinstance(array, list):
        return array
    return [*array, value]


def pop(array: Any, num: Any = 1) -> Any:
    if not isinstance(array, list):
        return array
    n = utils_to_integer(num)
    if n < 0:
        raise LiquidArgumentError("negative array size")
    return array[: max(len(array) - n, 0)]


def shift(array: Any, num: Any = 1) -> Any:
    if not isinstance(array, list):
        return array
    n = utils_to_integer(num)
    if n < 0:
        raise LiquidArgumentError("negative array size")
    return array[n:]


def unshift(array: Any, value: Any) -> Any:
    if not isinstance(array, list):
        return array
    return [value, *array]


def sample(value: Any, num: Any = 1) -> Any:
    if not isinstance(value, list):
        return value
    try:
        n = utils_to_integer(num)
    except LiquidArgumentError:
        n = 1
    if n == 1:
        return random.choice(value) if value else None
    return random.sample(value, min(max(n, 0), len(value)))


FLOAT_LIKE = re.compile(r"\A\s*-?(?:\d+\.?\d*|\.\d+)\s*\Z")
INTEGER_LIKE = re.compile(r"\A\s*-?\d+\s*\Z")


def parse_sort_input(value: Any) -> Any:
    """Numeric-looking values become numbers (``"10"`` → 10, ``"1.5"`` → 1.5).

    Only strings and numbers can print as digits, so other values skip the
    ``to_s`` (a Time's ``to_s`` is comparatively expensive).
    """
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return value
    text = value if isinstance(value, str) else ruby.to_s(value)
    if INTEGER_LIKE.match(text):
        return ruby.str_to_i(text)
    if FLOAT_LIKE.match(text):
        return ruby.str_to_f(text)
    return value


def _subscript(value: Any, attribute: str) -> Any:
    if isinstance(value, Mapping):
        try:
            return value.get(attribute)
        except TypeError:
            return None
    if isinstance(value, str):
        return attribute if attribute in value else None
    if value is None:
        raise no_method("[]", None)
    if isinstance(value, (list, tuple)):
        raise RubyError("no implicit conversion of String into Integer", "TypeError")
    if isinstance(value, bool):
        raise no_method("[]", value)
    if isinstance(value, int):
        raise RubyError("no implicit conversion of String into Integer", "TypeError")
    raise no_method("[]", value)


def item_property(item: Any, prop: Any) -> Any:
    """Jekyll's ``item_property``: ``read_liquid_attribute`` then numeric coercion."""
    return parse_sort_input(read_liquid_attribute(Context.to_liquid(item), ruby.to_s(prop)))


def read_liquid_attribute(data: Any, prop: str) -> Any:
    """A plain key, or a dotted path where a missing link yields ``false`` (Ruby's ``&&``)."""
    if "." not in prop:
        return _subscript(data, prop)
    value: Any = data
    for key in prop.split("."):
        if value is None or value is False or value is True or isinstance(value, float):
            value = False
            continue
        value = _subscript(value, key)
    return value


def compare_property_vs_target(prop: Any, target: Any) -> bool:
    if target is None:
        return prop is None
    if isinstance(target, (MethodLiteral, ExprMethodLiteral)):
        # `empty`/`blank`: `property == ""` or `Array(property).join == ""`
        # (nil, [], {}, "").
        if isinstance(prop, str):
            return prop == ""
        return ruby.array_join(ruby.kernel_array(prop), "") == ""
    t = ruby.to_s(target)
    if isinstance(prop, str):
        return prop == t
    # Ruby's `Array(property)`: a Time is its to_a fields (so "2018" matches
    # the year), a Hash its [key, value] pairs.
    return any(ruby.to_s(p) == t for p in ruby.kernel_array(prop))


def _select_input(value: Any) -> Any:
    if isinstance(value, Mapping):
        return list(value.values())
    return value


def _responds_select(value: Any) -> bool:
    return isinstance(value, (list, tuple, Mapping, range))


def where(value: Any, prop: Any, target: Any) -> Any:
    if not ruby.truthy(prop) or isinstance(target, (list, Mapping)):
        return value
    if not _responds_select(value):
        return value
    items = _select_input(value)
    return [o for o in items if compare_property_vs_target(item_property(o, prop), target)]


def find(value: Any, prop: Any, target: Any) -> Any:
    if not ruby.truthy(prop) or isinstance(target, (list, Mapping)):
        return value
    if not _responds_select(value):
        return value
    for o in _select_input(value):
        if compare_property_vs_target(item_property(o, prop), target):
            return o
    return None


def parse_condition(expression: str) -> Condition:
    """Jekyll's ``parse_condition``: comparisons joined by and/or (strict parser)."""
    p = ExprParser(ruby.to_s(expression))
    condition = parse_comparison_strict(p, parse_expression)
    first_condition = condition
    while True:
        op = p.id_q("and") or p.id_q("or")
        if op is None:
            break
        child = parse_comparison_strict(p, parse_expression)
        condition.chain(op, child)
        condition = child
    p.consume("end_of_string")
    return first_condition


@with_context
def where_exp(context: Context, value: Any, variable: Any, expression: Any) -> Any:
    if not _responds_select(value):
        return value
    items = _select_input(value)
    condition = parse_condition(expression)
    out = []
    with context.stack():
        for obj in items:
            context[ruby.to_s(variable)] = obj
            if ruby.truthy(condition.evaluate(context)):
                out.append(obj)
    return out


@with_context
def find_exp(context: Context, value: Any, variable: Any, expression: Any) -> Any:
    if not _responds_select(value):
        return value
    items = _select_input(value)
    condition = parse_condition(expression)
    with context.stack():
        for obj in items:
            context[ruby.to_s(variable)] = obj
            if ruby.truthy(condition.evaluate(context)):
                return obj
    return None


def _grouped(groups: dict[str, list[Any]]) -> list[dict[str, Any]]:
    return [{"name": k, "items": v, "size": len(v)} for k, v in groups.items()]


def group_by(value: Any, prop: Any) -> Any:
    if not _responds_select(value):
        return value
    items: Any = value.items() if isinstance(value, Mapping) else value
    groups: dict[str, list[Any]] = {}
    for item in items:
        if isinstance(value, Mapping):
            item = list(item)
        key = ruby.to_s(item_property(item, prop))
        groups.setdefault(key, []).append(item)
    return _grouped(groups)


@with_context
def group_by_exp(context: Context, value: Any, variable: Any, expression: Any) -> Any:
    """Groups keyed by the expression's value (not its string form), as Ruby's ``group_by``."""
    if not _responds_select(value):
        return value
    pc = ParseContext(context.engine, error_mode=getattr(context.engine, "error_mode", "lax"))
    expr = Variable(ruby.to_s(expression), pc)
    groups: list[tuple[Any, list[Any]]] = []
    items: Any = value.items() if isinstance(value, Mapping) else value
    with context.stack():
        for item in items:
            if isinstance(value, Mapping):
                item = list(item)
            context[ruby.to_s(variable)] = item
            key = expr.evaluate(context)
            for existing, members in groups:
                if _eql(existing, key):
                    members.append(item)
                    break
            else:
                groups.append((key, [item]))
    return [{"name": k, "items": v, "size": len(v)} for k, v in groups]


def _eql(a: Any, b: Any) -> bool:
    """``Hash`` key equality (``eql?``): 1 and 1.0 are different keys."""
    if type(a) is not type(b) and (ruby.is_number(a) or ruby.is_number(b)):
        return False
    return ruby.ruby_eq(a, b)


def sort(value: Any, prop: Any = None, nils: Any = "first") -> Any:
    if value is None:
        raise LiquidArgumentError("Cannot sort a null object.")
    order = 0
    if prop is not None:
        if nils == "first":
            order = -1
        elif nils == "last":
            order = 1
        else:
            raise LiquidArgumentError(
                f"Invalid nils order: '{ruby.to_s(nils)}' is not a valid nils order. "
                "It must be 'first' or 'last'."
            )
    if isinstance(value, (list, tuple, range)):
        items = [Context.to_liquid(i) for i in value]
    elif isinstance(value, Mapping):
        items = _hash_sort_items(value)
    else:
        raise no_method("sort" if prop is None else "map", value)
    if prop is None:
        return _ruby_array_sort(items)
    keyed = [(item_property(i, prop), i) for i in items]

    def cmp(a: tuple[Any, Any], b: tuple[Any, Any]) -> int:
        ap, bp = a[0], b[0]
        if ap is not None and bp is None:
            return -order
        if ap is None and bp is not None:
            return order
        c = ruby.ruby_cmp(ap, bp)
        if c is None:
            c = ruby.ruby_cmp(ruby.to_s(ap), ruby.to_s(bp))
        return c or 0

    return [i for _, i in ruby.ruby_sort(keyed, cmp)]


def _hash_sort_items(value: Mapping[str, Any]) -> list[Any]:
    return [[k, v] for k, v in value.items()]


def _ruby_array_sort(items: list[Any]) -> list[Any]:
    def cmp(a: Any, b: Any) -> int:
        try:
            return ruby.compare_or_raise(a, b)
        except ruby.ComparisonError as err:
            raise LiquidArgumentError(str(err)) from err

    return ruby.ruby_sort(items, cmp)


JEKYLL_FILTERS: dict[str, Any] = {
    **DATE_FILTERS,
    **URL_FILTERS,
    "markdownify": markdownify,
    "smartify": smartify,
    "sassify": sassify,
    "scssify": scssify,
    "slugify": slugify,
    "xml_escape": xml_escape,
    "cgi_escape": cgi_escape,
    "uri_escape": uri_escape,
    "normalize_whitespace": normalize_whitespace,
    "number_of_words": number_of_words,
    "array_to_sentence_string": array_to_sentence_string,
    "jsonify": jsonify,
    "inspect": inspect,
    "to_integer": to_integer,
    "push": push,
    "pop": pop,
    "shift": shift,
    "unshift": unshift,
    "sample": sample,
    "where": where,
    "where_exp": where_exp,
    "find": find,
    "find_exp": find_exp,
    "group_by": group_by,
    "group_by_exp": group_by_exp,
    "sort": sort,
}
