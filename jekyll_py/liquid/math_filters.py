"""Liquid's maths filters: Ruby Integer arithmetic and BigDecimal for floats.

``Utils.to_number`` turns floats into ``BigDecimal(float.to_s)``, so
``0.1 | plus: 0.2`` is exactly ``0.3``; Integer division and modulo floor;
``round`` rounds half away from zero; results that were BigDecimal come back
as Floats.
"""

from __future__ import annotations

import math
from decimal import (
    ROUND_CEILING,
    ROUND_FLOOR,
    ROUND_HALF_UP,
    Decimal,
    InvalidOperation,
    localcontext,
)
from typing import Any

from . import ruby
from .errors import LiquidFloatDomainError, LiquidZeroDivisionError


def _num(value: Any) -> Any:
    return ruby.to_number(value)


def _result(value: Any) -> Any:
    return ruby.from_decimal(value)


def plus(value: Any, operand: Any) -> Any:
    return _result(_num(value) + _num(operand))


def minus(value: Any, operand: Any) -> Any:
    return _result(_num(value) - _num(operand))


def times(value: Any, operand: Any) -> Any:
    return _result(_num(value) * _num(operand))


def divided_by(value: Any, operand: Any) -> Any:
    a, b = _num(value), _num(operand)
    if isinstance(a, int) and isinstance(b, int):
        if b == 0:
            raise LiquidZeroDivisionError("divided by 0")
        return a // b
    a, b = Decimal(a), Decimal(b)
    if b == 0:
        if a == 0:
            return math.nan
        return math.inf if (a > 0) == (not b.is_signed()) else -math.inf
    with_ctx = a / b
    return float(with_ctx)


def modulo(value: Any, operand: Any) -> Any:
    a, b = _num(value), _num(operand)
    if isinstance(a, int) and isinstance(b, int):
        if b == 0:
            raise LiquidZeroDivisionError("divided by 0")
        return a % b
    a, b = Decimal(a), Decimal(b)
    if b == 0:
        raise LiquidZeroDivisionError("divided by 0")
    if not (a.is_finite() and b.is_finite()):
        return math.nan
    # BigDecimal#% is exact: floor the quotient with enough digits for any operands
    with localcontext() as ctx:
        ctx.prec = max(60, len(a.as_tuple().digits) + len(b.as_tuple().digits) + 40)
        r = a - b * (a / b).to_integral_value(rounding=ROUND_FLOOR)
    return float(r)


def round_(value: Any, digits: Any = 0) -> Any:
    num = _num(value)
    n = _num(digits)
    n_int = int(n)
    try:
        if isinstance(num, Decimal):
            if not num.is_finite():
                raise LiquidFloatDomainError(ruby.float_to_s(float(num)))
            q = Decimal(1).scaleb(-n_int)
            rounded = num.quantize(q, rounding=ROUND_HALF_UP) if n_int > -400 else Decimal(0)
            # BigDecimal#round(n) gives an Integer for n <= 0, a BigDecimal (→ Float) otherwise
            result: Any = int(rounded) if n_int <= 0 else float(rounded)
        else:
            if n_int >= 0:
                result = num
            else:
                q = Decimal(1).scaleb(-n_int)
                result = int(Decimal(num).quantize(q, rounding=ROUND_HALF_UP))
    except InvalidOperation:
        result = float(num)
    if ruby.ruby_eq(digits, 0) or n == 0 and not isinstance(digits, (int, float, Decimal)):
        result = int(result)
    return result


def ceil(value: Any) -> int:
    num = _num(value)
    if isinstance(num, Decimal):
        if not num.is_finite():
            raise LiquidFloatDomainError(ruby.float_to_s(float(num)))
        return int(num.to_integral_value(rounding=ROUND_CEILING))
    return num


def floor(value: Any) -> int:
    num = _num(value)
    if isinstance(num, Decimal):
        if not num.is_finite():
            raise LiquidFloatDomainError(ruby.float_to_s(float(num)))
        return int(num.to_integral_value(rounding=ROUND_FLOOR))
    return num


def abs_(value: Any) -> Any:
    return _result(abs(_num(value)))


def at_least(value: Any, n: Any) -> Any:
    a, b = _num(value), _num(n)
    return _result(a if a >= b else b)


def at_most(value: Any, n: Any) -> Any:
    a, b = _num(value), _num(n)
    return _result(a if a <= b else b)



MATH_FILTERS: dict[str, Any] = {
    "plus": plus,
    "minus": minus,
    "times": times,
    "divided_by": divided_by,
    "modulo": modulo,
    "round": round_,
    "ceil": ceil,
    "floor": floor,
    "abs": abs_,
    "at_least": at_least,
    "at_most": at_most,
}
