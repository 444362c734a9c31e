"""``Liquid::Context``: scopes, environments, registers and filter invocation.

Ruby Liquid keeps three places for names and themes notice the difference:
``assign``/``capture`` write the outermost scope (so they survive blocks and
includes), ``for`` and ``include`` push inner scopes (so loop variables vanish),
and ``increment``/``decrement`` counters live in the render environment, where
``{{ name }}`` still finds them when no scope defines the name.
"""

from __future__ import annotations

import inspect as _inspect
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from .errors import (
    LiquidArgumentError,
    LiquidError,
    UndefinedFilter,
    UndefinedVariable,
)

BREAK = "break"
CONTINUE = "continue"


class FilterSpec:
    """A registered filter with its Ruby arity, so wrong calls fail like Ruby's."""

    def __init__(self, func: Callable[..., Any], with_context: bool = False) -> None:
        self.func = func
        self.with_context = with_context or getattr(func, "with_context", False)
        sig = _inspect.signature(func)
        params = list(sig.parameters.values())
        if self.with_context:
            params = params[1:]
        self.required = 0
        self.optional = 0
        self.varargs = False
        for prm in params:
            if prm.kind == prm.VAR_POSITIONAL:
                self.varargs = True
            elif prm.kind in (prm.POSITIONAL_ONLY, prm.POSITIONAL_OR_KEYWORD):
                if prm.default is prm.empty:
                    self.required += 1
                else:
                    self.optional += 1

    def check_arity(self, given: int) -> None:
        if given < self.required or (not self.varargs and given > self.required + self.optional):
            if self.varargs:
                expected = f"{self.required}+"
            elif self.optional:
                expected = f"{self.required}..{self.required + self.optional}"
            else:
                expected = str(self.required)
            raise LiquidArgumentError(
                f"wrong number of arguments (given {given}, expected {expected})"
            )


def with_context(func: Callable[..., Any]) -> Callable[..., Any]:
    """Mark a filter that takes the render ``Context`` as its first argument."""
    func.with_context = True  # type: ignore[attr-defined]
    return func


class Context:
    """The render context of one template render (and its includes)."""

    def __init__(
        self,
        environment: Mapping[str, Any] | None,
        registers: dict[str, Any] | None,
        filters: Mapping[str, FilterSpec],
        *,
        strict_variables: bool = False,
        strict_filters: bool = False,
        engine: Any = None,
        counters: dict[str, Any] | None = None,
    ) -> None:
        self.scopes: list[dict[str, Any]] = [{}]
        self.environments: list[Any] = [environment if environment is not None else {}, {}]
        # Jekyll renders every page with one shared payload, where Liquid keeps the
        # counters: so they carry on from page to page within a build.
        self.counters: dict[str, Any] = counters if counters is not None else {}
        # Liquid's ``Registers``: the given hash is read-only, tag state (cycle,
        # for offsets, ifchanged) lives in this render only.
        self.registers: dict[str, Any] = dict(registers) if registers is not None else {}
        self.filters = filters
        self.strict_variables = strict_variables
        self.strict_filters = strict_filters
        self.interrupts: list[str] = []
        self.engine = engine
        self.template_name: str | None = None

    # ------------------------------------------------------------------ variables

    def __getitem__(self, markup: str) -> Any:
        """``context["a.b"]``: evaluate a variable markup (used by include params)."""
        from .expressions import evaluate, parse_expression

        return evaluate(parse_expression(markup), self)

    def __setitem__(self, key: str, value: Any) -> None:
        """``context[key] = value`` sets the innermost scope."""
        self.scopes[0][key] = value

    def assign_outer(self, key: str, value: Any) -> None:
        """``assign``/``capture``: the outermost scope."""
        self.scopes[-1][key] = value

    def find_variable(self, key: Any) -> Any:
        for scope in self.scopes:
            if _has_key(scope, key):
                return self.to_liquid(scope[key])
        if isinstance(key, str) and key in self.counters:
            return self.counters[key]
        for env in self.environments:
            found = _has_key(env, key)
            value = env[key] if found else None
            if value is not None:
                return self.to_liquid(value)
        if self.strict_variables:
            from . import ruby

            raise UndefinedVariable(f"undefined variable {ruby.to_s(key)}")
        return None

    @staticmethod
    def to_liquid(value: Any) -> Any:
        """``to_liquid``: core objects (Page, Document...) become their drops."""
        if value is None or isinstance(value, (str, int, float, list, dict, range)):
            return value
        if isinstance(value, Mapping):
            return value
        conv = getattr(value, "to_liquid", None)
        if conv is not None and callable(conv):
            return conv()
        return value

    @contextmanager
    def stack(self, scope: dict[str, Any] | None = None) -> Iterator[None]:
        """Push a new innermost scope for the duration of a block."""
        if len(self.scopes) > 100:
            from .errors import StackLevelError

            raise StackLevelError("Nesting too deep")
        self.scopes.insert(0, scope if scope is not None else {})
        try:
            yield
        finally:
            self.scopes.pop(0)

    def isolated_subcontext(self) -> Context:
        """``Context#new_isolated_subcontext`` for ``{% render %}``: no outer variables."""
        sub = Context(
            {},
            self.registers,
            self.filters,
            strict_variables=self.strict_variables,
            strict_filters=self.strict_filters,
            engine=self.engine,
        )
        return sub

    # ------------------------------------------------------------------ filters

    def invoke(self, name: str, value: Any, args: list[Any]) -> Any:
        spec = self.filters.get(name)
        if spec is None:
            if self.strict_filters:
                raise UndefinedFilter(f"undefined filter {name}")
            return value
        spec.check_arity(len(args) + 1)
        if spec.with_context:
            result = spec.func(self, value, *args)
        else:
            result = spec.func(value, *args)
        # ``Context#invoke``: every filter result goes through ``to_liquid``
        return self.to_liquid(result)

    # ------------------------------------------------------------------ errors

    def handle_error(self, err: Exception, line_number: int | None) -> None:
        """``render!`` re-raises every error; Liquid errors get the node's line."""
        if isinstance(err, LiquidError):
            if err.line_number is None:
                err.line_number = line_number
            if err.template_name is None and self.template_name:
                err.template_name = self.template_name
        raise err


def _has_key(obj: Any, key: Any) -> bool:
    try:
        return key in obj
    except TypeError:
        return False
