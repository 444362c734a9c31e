"""Liquid expressions: literals, variable lookups, ranges, filtered variables, conditions.

Mirrors ``Liquid::Expression``, ``VariableLookup``, ``RangeLookup``,
``Variable`` and ``Condition`` of Ruby Liquid 5.4, including the odd corners
themes rely on (``size``/``first``/``last`` commands, hash keys beating those
commands, nested bracket lookups failing, conditions chained right to left).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import ruby
from .errors import LiquidArgumentError, LiquidSyntaxError, UndefinedVariable
from .parser import QUOTED_FRAGMENT, TAG_ATTRIBUTES, ExprParser, ParseContext, iter_lax_filters

if TYPE_CHECKING:
    from .context import Context


class MethodLiteral:
    """``empty`` / ``blank``: print as ``""``, compare by calling ``empty?``/``blank?``."""

    def __init__(self, method_name: str) -> None:
        self.method_name = method_name

    def __str__(self) -> str:
        return ""

    def ruby_to_s(self) -> str:
        return ""

    def ruby_inspect(self) -> str:
        return '""'

    def apply(self, value: Any) -> Any:
        """Call the method on ``value``: True/False, or None when it does not respond."""
        if self.method_name == "empty?":
            if isinstance(value, (str, list, tuple, Mapping)):
                return len(value) == 0
            return None
        # blank? is ActiveSupport's; plain Ruby objects do not respond to it.
        return None


EMPTY = MethodLiteral("empty?")
BLANK = MethodLiteral("blank?")


class ExprMethodLiteral:
    """``Liquid::Expression::MethodLiteral``: what ``empty``/``blank`` parse to outside conditions.

    Jekyll 4.3 (as Debian ships it with Liquid 5) patches ``Expression::LITERALS``
    so that ``empty``/``blank`` are objects of this class: they print as ``""``,
    become ``""`` when a variable holding them is read (``to_liquid``), let
    ``where: "tags", empty`` match missing/empty values, but equal nothing in a
    comparison, because ``Condition`` only knows its own method literals.
    """

    def __init__(self, method_name: str) -> None:
        self.method_name = method_name

    def ruby_to_s(self) -> str:
        return ""

    def to_liquid(self) -> str:
        return ""

    def ruby_inspect(self) -> str:
        return "#<Liquid::Expression::MethodLiteral>"


EXPR_EMPTY = ExprMethodLiteral("empty?")
EXPR_BLANK = ExprMethodLiteral("blank?")

_LITERALS: dict[str, Any] = {
    "nil": None,
    "null": None,
    "": None,
    "true": True,
    "false": False,
    "blank": EXPR_BLANK,
    "empty": EXPR_EMPTY,
}
# Conditions (if/unless/when) turn the bare words into their own method literals
# (``Condition.parse_expression``), which compare by calling ``empty?``/``blank?``.
_METHOD_LITERALS = {"blank": BLANK, "empty": EMPTY}


def parse_condition_expression(markup: str | None) -> Any:
    """``Condition.parse_expression``."""
    if markup in _METHOD_LITERALS:
        return _METHOD_LITERALS[markup]
    return parse_expression(markup)
_INTEGERS = re.compile(r"\A(-?\d+)\Z")
_FLOATS = re.compile(r"\A(-?\d[\d\.]+)\Z")
_RANGES = re.compile(r"\A\(\s*(?>(\S+)\s*\.\.)\s*(\S+)\s*\)\Z")
_VARIABLE_PARSER = re.compile(r"\[[^\]]+\]|[\w-]+\??")


def _ruby_float(text: str) -> float:
    """``String#to_f`` for the ``FLOATS_REGEX`` shapes (``1.2.3`` → 1.2)."""
    m = re.match(r"-?\d+(?:\.\d+)?", text)
    return float(m.group()) if m else 0.0


def parse_expression(markup: str | None) -> Any:
    """``Liquid::Expression.parse``."""
    if markup is None:
        return None
    markup = markup.strip()
    if len(markup) >= 2 and (
        (markup[0] == '"' and markup[-1] == '"') or (markup[0] == "'" and markup[-1] == "'")
    ):
        return markup[1:-1]
    if len(markup) == 1 and markup in "\"'":
        return VariableLookup(markup)
    m = _INTEGERS.match(markup)
    if m:
        return int(m.group(1))
    m = _RANGES.match(markup)
    if m:
        return RangeLookup.parse(m.group(1), m.group(2))
    m = _FLOATS.match(markup)
    if m:
        return _ruby_float(m.group(1))
    if markup in _LITERALS:
        return _LITERALS[markup]
    return VariableLookup(markup)


def evaluate(expr: Any, context: Context) -> Any:
    """``Context#evaluate``: expressions evaluate, literals are themselves."""
    ev = getattr(expr, "evaluate", None)
    if ev is not None and not isinstance(expr, type):
        return ev(context)
    return expr


COMMAND_METHODS = ("size", "first", "last")


class VariableLookup:
    """``Liquid::VariableLookup``."""

    def __init__(self, markup: str) -> None:
        lookups: list[Any] = _VARIABLE_PARSER.findall(markup)
        name: Any = lookups.pop(0) if lookups else None
        if isinstance(name, str) and name.startswith("[") and name.endswith("]"):
            name = parse_expression(name[1:-1])
        self.name = name
        self.command_flags = 0
        for i, lookup in enumerate(lookups):
            if lookup.startswith("[") and lookup.endswith("]"):
                lookups[i] = parse_expression(lookup[1:-1])
            elif lookup in COMMAND_METHODS:
                self.command_flags |= 1 << i
        self.lookups = lookups
        self.markup = markup

    def evaluate(self, context: Context) -> Any:
        name = evaluate(self.name, context)
        obj = context.find_variable(name)
        for i, lookup in enumerate(self.lookups):
            key = evaluate(lookup, context)
            found, value = lookup_key(obj, key)
            if found:
                obj = context.to_liquid(value)
            elif self.command_flags & (1 << i) and responds_to_command(obj, key):
                obj = context.to_liquid(call_command(obj, key))
            else:
                if context.strict_variables:
                    raise UndefinedVariable(f"undefined variable {ruby.to_s(key)}")
                return None
        return obj


def lookup_key(obj: Any, key: Any) -> tuple[bool, Any]:
    """``obj[key]`` when ``obj`` has ``key`` (hash) or ``key`` is an Integer (array)."""
    if isinstance(obj, Mapping):
        if isinstance(key, (list, dict)):
            return False, None
        try:
            if key in obj:
                return True, obj[key]
        except TypeError:
            return False, None
        return False, None
    if isinstance(obj, (list, tuple)) and isinstance(key, int) and not isinstance(key, bool):
        if -len(obj) <= key < len(obj):
            return True, obj[key]
        return True, None
    if isinstance(obj, range) and isinstance(key, int) and not isinstance(key, bool):
        return False, None
    return False, None


def responds_to_command(obj: Any, key: Any) -> bool:
    """Whether ``obj`` has Ruby method ``size``/``first``/``last``."""
    if key == "size":
        return ruby.size_of(obj) is not None
    if key in ("first", "last"):
        if isinstance(obj, (list, tuple, range)):
            return True
        if isinstance(obj, Mapping) and not getattr(obj, "ruby_class", None):
            return key == "first"
    return False


def call_command(obj: Any, key: str) -> Any:
    """Call ``size``/``first``/``last`` with Ruby's results."""
    if key == "size":
        return ruby.size_of(obj)
    if ruby.is_jekyll_drop(obj):
        keys = list(obj.keys())
        return keys[0] if keys else None
    if isinstance(obj, Mapping):
        for k, v in obj.items():
            return [k, v]
        return None
    items = list(obj)
    if not items:
        return None
    return items[0] if key == "first" else items[-1]


class RangeLookup:
    """``Liquid::RangeLookup``: ``(a..b)`` with variable ends."""

    def __init__(self, start: Any, end: Any) -> None:
        self.start = start
        self.end = end

    @staticmethod
    def parse(start_markup: str, end_markup: str) -> Any:
        start = parse_expression(start_markup)
        end = parse_expression(end_markup)
        if hasattr(start, "evaluate") or hasattr(end, "evaluate"):
            return RangeLookup(start, end)
        return make_range(_const_to_i(start), _const_to_i(end))

    def evaluate(self, context: Context) -> range:
        return make_range(
            range_to_integer(evaluate(self.start, context)),
            range_to_integer(evaluate(self.end, context)),
        )


def make_range(start: int, end: int) -> range:
    """A Ruby ``start..end`` as a Python ``range`` (stop is exclusive)."""
    return range(start, end + 1)


def _const_to_i(value: Any) -> int:
    if isinstance(value, bool) or value is None:
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    if isinstance(value, str):
        return ruby.str_to_i(value)
    return 0


def range_to_integer(value: Any) -> int:
    """``RangeLookup#to_integer``."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if value is None:
        return 0
    if isinstance(value, str):
        return ruby.str_to_i(value)
    return utils_to_integer(value)


def utils_to_integer(value: Any) -> int:
    """``Liquid::Utils.to_integer``: ``Integer(value.to_s)`` or "invalid integer"."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = ruby.to_s(value).strip()
    if re.fullmatch(r"[-+]?(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]+|\d[\d_]*)", text):
        t = text.replace("_", "")
        sign = -1 if t.startswith("-") else 1
        t = t.lstrip("+-")
        if t[:2] in ("0x", "0X"):
            return sign * int(t[2:], 16)
        if t[:2] in ("0b", "0B"):
            return sign * int(t[2:], 2)
        if t[:2] in ("0o", "0O"):
            return sign * int(t[2:], 8)
        if len(t) > 1 and t.startswith("0"):
            return sign * int(t, 8)
        return sign * int(t)
    raise LiquidArgumentError("invalid integer")


# --------------------------------------------------------------------------- Variable

_MARKUP_WITH_QUOTED_FRAGMENT = re.compile(rf"({QUOTED_FRAGMENT})(.*)", re.S)
_FILTER_MARKUP = re.compile(r"\|\s*(.*)", re.S)
_JUST_TAG_ATTRIBUTES = re.compile(rf"\A{TAG_ATTRIBUTES.pattern}\Z")


class Variable:
    """``Liquid::Variable``: ``{{ name | filter: args }}``."""

    def __init__(self, markup: str, pc: ParseContext) -> None:
        self.markup = markup
        self.name: Any = None
        self.filters: list[tuple[str, list[Any], dict[str, Any] | None]] = []
        self.line_number = pc.line_number
        pc.parse_with_mode(
            lambda: self._strict_parse(markup),
            lambda: self._lax_parse(markup),
            f'in "{{{{{markup}}}}}"',
        )

    def _lax_parse(self, markup: str) -> None:
        self.filters = []
        m = _MARKUP_WITH_QUOTED_FRAGMENT.search(markup)
        if not m:
            return
        self.name = parse_expression(m.group(1))
        fm = _FILTER_MARKUP.search(m.group(2))
        if fm:
            for name, args in iter_lax_filters(fm.group(1)):
                self.filters.append(parse_filter_expressions(name, args))

    def _strict_parse(self, markup: str) -> None:
        self.filters = []
        p = ExprParser(markup)
        if p.look("end_of_string"):
            return
        self.name = parse_expression(p.expression())
        while p.consume_q("pipe") is not None:
            name = p.consume("id")
            args = parse_filterargs(p) if p.consume_q("colon") is not None else []
            self.filters.append(parse_filter_expressions(name, args))
        p.consume("end_of_string")

    def blank(self) -> bool:
        return False

    def evaluate(self, context: Context) -> Any:
        obj = evaluate(self.name, context)
        for name, args, kwargs in self.filters:
            values = [evaluate(a, context) for a in args]
            if kwargs is not None:
                values.append({k: evaluate(v, context) for k, v in kwargs.items()})
            obj = context.invoke(name, obj, values)
        return obj

    def render(self, context: Context, out: list[str]) -> None:
        obj = self.evaluate(context)
        if obj is None:
            return
        out.append(ruby.output_s(obj))


def parse_filterargs(p: ExprParser) -> list[str]:
    args = [p.argument()]
    while p.consume_q("comma") is not None:
        args.append(p.argument())
    return args


def parse_filter_expressions(
    name: str, raw_args: list[str]
) -> tuple[str, list[Any], dict[str, Any] | None]:
    args: list[Any] = []
    kwargs: dict[str, Any] | None = None
    for a in raw_args:
        m = _JUST_TAG_ATTRIBUTES.match(a)
        if m:
            if kwargs is None:
                kwargs = {}
            kwargs[m.group(1)] = parse_expression(m.group(2))
        else:
            args.append(parse_expression(a))
    return name, args, kwargs


# --------------------------------------------------------------------------- Condition


class Condition:
    """``Liquid::Condition`` with ``and``/``or`` children evaluated left to right."""

    def __init__(self, left: Any = None, operator: str | None = None, right: Any = None) -> None:
        self.left = left
        self.operator = operator
        self.right = right
        self.child_relation: str | None = None
        self.child_condition: Condition | None = None
        self.attachment: Any = None

    def chain(self, relation: str, condition: Condition) -> None:
        self.child_relation = relation
        self.child_condition = condition

    def is_else(self) -> bool:
        return False

    def evaluate(self, context: Context) -> Any:
        condition: Condition | None = self
        result: Any = None
        while condition is not None:
            result = interpret_condition(
                condition.left, condition.right, condition.operator, context
            )
            relation = condition.child_relation
            if relation == "or":
                if ruby.truthy(result):
                    break
            elif relation == "and":
                if not ruby.truthy(result):
                    break
            else:
                break
            condition = condition.child_condition
        return result


class ElseCondition(Condition):
    """The ``else`` branch."""

    def is_else(self) -> bool:
        return True

    def evaluate(self, context: Context) -> Any:
        return True


def _liquid_value(value: Any) -> Any:
    to_val = getattr(value, "to_liquid_value", None)
    return to_val() if to_val is not None else value


def equal_variables(left: Any, right: Any) -> Any:
    if isinstance(left, MethodLiteral):
        return left.apply(right)
    if isinstance(right, MethodLiteral):
        return right.apply(left)
    return ruby.ruby_eq(left, right)


def interpret_condition(left: Any, right: Any, op: str | None, context: Context) -> Any:
    if op is None:
        return evaluate(left, context)
    lv = _liquid_value(evaluate(left, context))
    rv = _liquid_value(evaluate(right, context))
    if op == "==":
        return equal_variables(lv, rv)
    if op in ("!=", "<>"):
        return not ruby.truthy(equal_variables(lv, rv))
    if op == "contains":
        return contains(lv, rv)
    if op in ("<", ">", "<=", ">="):
        if isinstance(lv, Mapping) or isinstance(rv, Mapping):
            return None
        if not ruby.comparable(lv) or not ruby.comparable(rv):
            return None
        c = ruby.ruby_cmp(lv, rv)
        if c is None:
            if isinstance(lv, (int, float)) and isinstance(rv, (int, float)):
                return False  # NaN
            raise LiquidArgumentError(
                f"comparison of {ruby.class_name(lv)} with {ruby.cmp_error_operand(rv)} failed"
            )
        return {"<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0}[op]
    raise LiquidArgumentError(f"Unknown operator {op}")


def contains(left: Any, right: Any) -> bool:
    """The ``contains`` operator: String#include?, Array#include?, Hash#include? (keys)."""
    if not ruby.truthy(left) or not ruby.truthy(right):
        return False
    if isinstance(left, str):
        return ruby.to_s(right) in left
    if isinstance(left, (list, tuple)):
        return any(ruby.ruby_eq(item, right) for item in left)
    if isinstance(left, Mapping):
        try:
            return right in left
        except TypeError:
            return False
    if isinstance(left, range):
        return isinstance(right, (int, float)) and not isinstance(right, bool) and (
            left.start <= right <= left.stop - 1
        )
    return False


# strict / lax condition parsing (``If``)

_SYNTAX = re.compile(rf"({QUOTED_FRAGMENT})\s*([=!<>a-z_]+)?\s*({QUOTED_FRAGMENT})?")
_EXPRESSIONS_AND_OPERATORS = re.compile(
    rf"(?:\b(?:\s?and\s?|\s?or\s?)\b|(?:\s*(?!\b(?:\s?and\s?|\s?or\s?)\b)(?:{QUOTED_FRAGMENT}|\S+)\s*)+)"
)


def parse_comparison_strict(p: ExprParser, parse: Any = parse_condition_expression) -> Condition:
    a = parse(p.expression())
    op = p.consume_q("comparison")
    if op is not None:
        b = parse(p.expression())
        return Condition(a, op, b)
    return Condition(a)


def parse_condition_strict(markup: str) -> Condition:
    """``If#strict_parse``: comparisons joined by and/or, chained to the right."""
    p = ExprParser(markup)
    condition = parse_comparison_strict(p)
    first = condition
    while True:
        op = p.id_q("and") or p.id_q("or")
        if op is None:
            break
        child = parse_comparison_strict(p)
        condition.chain(op, child)
        condition = child
    p.consume("end_of_string")
    return first


def parse_condition_lax(markup: str, tag_name: str) -> Condition:
    """``If#lax_parse``: scan expressions and operators, build from the right."""
    expressions = _EXPRESSIONS_AND_OPERATORS.findall(markup)
    if not expressions:
        raise LiquidSyntaxError(f"Syntax Error in tag '{tag_name}' - Valid syntax: {tag_name} [expression]")
    m = _SYNTAX.search(expressions.pop())
    if not m:
        raise LiquidSyntaxError(f"Syntax Error in tag '{tag_name}' - Valid syntax: {tag_name} [expression]")
    cond_expr = parse_condition_expression
    condition = Condition(cond_expr(m.group(1)), m.group(2), cond_expr(m.group(3)))
    while expressions:
        operator = expressions.pop().strip()
        text = expressions.pop() if expressions else ""
        m = _SYNTAX.search(text)
        if not m or operator not in ("and", "or"):
            raise LiquidSyntaxError(
                f"Syntax Error in tag '{tag_name}' - Valid syntax: {tag_name} [expression]"
            )
        new_condition = Condition(cond_expr(m.group(1)), m.group(2), cond_expr(m.group(3)))
        new_condition.chain(operator, condition)
        condition = new_condition
    return condition


def is_time(value: Any) -> bool:
    return isinstance(value, _dt.date)
