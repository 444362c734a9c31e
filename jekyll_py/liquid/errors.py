"""Liquid's error classes and how Ruby Liquid 5.4 prints them.

``str(error)`` is exactly what Ruby's ``Liquid::Error#to_s`` returns, e.g.
``Liquid syntax error (line 2): 'if' tag was never closed``; Jekyll then appends
`` in <path>``.  Errors that Ruby raises outside Liquid's hierarchy (a
``NoMethodError`` in a Jekyll filter, an ``IOError`` from ``include``) print
their bare message, which is why they derive from ``RubyError`` instead.
"""

from __future__ import annotations


class LiquidError(Exception):
    """``Liquid::Error``: carries the line, template name and markup context."""

    prefix = "Liquid error"

    def __init__(self, message: str = "", line_number: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line_number = line_number
        self.template_name: str | None = None
        self.markup_context: str | None = None

    def __str__(self) -> str:
        out = self.prefix
        if self.line_number is not None:
            out += " ("
            if self.template_name:
                out += f"{self.template_name} "
            out += f"line {self.line_number})"
        out += ": " + self.message
        if self.markup_context:
            out += " " + self.markup_context
        return out


class LiquidSyntaxError(LiquidError):
    """``Liquid::SyntaxError``."""

    prefix = "Liquid syntax error"


class LiquidArgumentError(LiquidError):
    """``Liquid::ArgumentError`` (also what filter ``ArgumentError``s become)."""


class UndefinedVariable(LiquidError):
    """``Liquid::UndefinedVariable`` (``strict_variables``)."""


class UndefinedFilter(LiquidError):
    """``Liquid::UndefinedFilter`` (``strict_filters``)."""


class LiquidZeroDivisionError(LiquidError):
    """``Liquid::ZeroDivisionError``."""


class LiquidFloatDomainError(LiquidError):
    """``Liquid::FloatDomainError``."""


class StackLevelError(LiquidError):
    """``Liquid::StackLevelError`` (nesting too deep)."""


class RubyError(Exception):
    """A non-Liquid Ruby exception: printed as its bare message, never with a line.

    ``ruby_class`` keeps the Ruby class name (``NoMethodError``, ``IOError``...)
    for diagnostics.
    """

    def __init__(self, message: str, ruby_class: str = "StandardError") -> None:
        super().__init__(message)
        self.ruby_class = ruby_class


class InterruptSignal(Exception):
    """Not an error: ``break``/``continue`` unwinding (kept out of ``LiquidError``)."""
