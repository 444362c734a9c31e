"""Liquid's iteration tags: ``for`` (with ``forloop``), ``tablerow``, ``cycle``, ``break``, ``continue``.

``for`` slices its collection as ``Utils.slice_collection`` does (a string is
one item, a hash yields ``[key, value]`` pairs, a Jekyll drop its keys),
remembers where it stopped for ``offset: continue``, and consumes
``break``/``continue`` interrupts; ``tablerow`` ignores them, as in Ruby.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import ruby
from .context import BREAK, CONTINUE
from .errors import LiquidSyntaxError
from .expressions import evaluate, parse_expression, utils_to_integer
from .parser import QUOTED_FRAGMENT, TAG_ATTRIBUTES, Block, BlockBody, ExprParser, Tag, Tokenizer

if TYPE_CHECKING:
    from .context import Context


def _markup_context(markup: str) -> str:
    return f'in "{markup.strip()}"'


class ForloopDrop(Mapping[str, Any]):
    """``forloop``: index/rindex/first/last/length/parentloop."""

    def __init__(self, name: str, length: int, parentloop: Any) -> None:
        self.name = name
        self.length = length
        self.parentloop = parentloop
        self.index0 = 0

    def increment(self) -> None:
        self.index0 += 1

    def _values(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "length": self.length,
            "parentloop": self.parentloop,
            "index": self.index0 + 1,
            "index0": self.index0,
            "rindex": self.length - self.index0,
            "rindex0": self.length - self.index0 - 1,
            "first": self.index0 == 0,
            "last": self.index0 == self.length - 1,
        }

    def __getitem__(self, key: str) -> Any:
        return self._values()[key]

    def __iter__(self) -> Any:
        return iter(self._values())

    def __len__(self) -> int:
        return 9

    ruby_class = "Liquid::ForloopDrop"

    def ruby_to_s(self) -> str:
        return self.ruby_class

    def ruby_inspect(self) -> str:
        return self.ruby_class


def slice_collection(collection: Any, start: int, stop: int | None) -> list[Any]:
    """``Utils.slice_collection_using_each``."""
    if isinstance(collection, str):
        return [] if not collection else [collection]
    items = ruby.iteration_items(collection)
    if items is None:
        return []
    out = []
    for index, item in enumerate(items):
        if stop is not None and stop <= index:
            break
        if start <= index:
            out.append(item)
    return out


class For(Block):
    """``{% for x in collection limit: n offset: m reversed %}``."""

    LAX_SYNTAX = re.compile(rf"\A([\w\-]+)\s+in\s+((?:{QUOTED_FRAGMENT})+)\s*(reversed)?")

    def parse_body(self, tokenizer: Tokenizer) -> None:
        self.from_: Any = None
        self.limit: Any = None
        self.reversed = False
        self.parse_context.parse_with_mode(
            lambda: self._strict_parse(self.markup),
            lambda: self._lax_parse(self.markup),
            _markup_context(self.markup),
        )
        self._blank = True
        self.for_block = BlockBody()
        self.else_block: BlockBody | None = None
        if self.parse_into(self.for_block, tokenizer):
            assert self.else_block is not None
            self.parse_into(self.else_block, tokenizer)
        if self._blank:
            self.for_block.remove_blank_strings()
            if self.else_block is not None:
                self.else_block.remove_blank_strings()

    def _lax_parse(self, markup: str) -> None:
        m = self.LAX_SYNTAX.search(markup)
        if not m:
            raise LiquidSyntaxError(
                "Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]"
            )
        self.variable_name = m.group(1)
        self.name = f"{m.group(1)}-{m.group(2)}"
        self.collection = parse_expression(m.group(2))
        self.reversed = bool(m.group(3))
        for key, value in TAG_ATTRIBUTES.findall(markup):
            self._set_attribute(key, value)

    def _strict_parse(self, markup: str) -> None:
        p = ExprParser(markup)
        self.variable_name = p.consume("id")
        if not p.id_q("in"):
            raise LiquidSyntaxError("For loops require an 'in' clause")
        collection_name = p.expression()
        self.collection = parse_expression(collection_name)
        self.name = f"{self.variable_name}-{collection_name}"
        self.reversed = bool(p.id_q("reversed"))
        while p.look("id") and p.look("colon", 1):
            attribute = p.id_q("limit") or p.id_q("offset")
            if not attribute:
                raise LiquidSyntaxError(
                    "Invalid attribute in for loop. Valid attributes are limit and offset"
                )
            p.consume()
            self._set_attribute(attribute, p.expression())
        p.consume("end_of_string")

    def _set_attribute(self, key: str, expr: str) -> None:
        if key == "offset":
            self.from_ = "continue" if expr == "continue" else parse_expression(expr)
            if self.from_ == "continue":
                self.from_ = _CONTINUE_MARK
        elif key == "limit":
            self.limit = parse_expression(expr)

    def unknown_tag(self, tag: str, markup: str, tokenizer: Tokenizer) -> None:
        if tag == "else":
            self.else_block = BlockBody()
            return
        super().unknown_tag(tag, markup, tokenizer)

    def _segment(self, context: Context) -> list[Any]:
        offsets = context.registers.setdefault("for", {})
        if self.from_ is _CONTINUE_MARK:
            start = offsets.get(self.name, 0)
        else:
            value = evaluate(self.from_, context)
            start = 0 if value is None else utils_to_integer(value)
        collection = evaluate(self.collection, context)
        limit_value = evaluate(self.limit, context)
        stop = None if limit_value is None else utils_to_integer(limit_value) + start
        segment = slice_collection(collection, start, stop)
        if self.reversed:
            segment.reverse()
        offsets[self.name] = start + len(segment)
        return segment

    def render(self, context: Context, out: list[str]) -> None:
        segment = self._segment(context)
        if not segment:
            if self.else_block is not None:
                self.else_block.render(context, out)
            return
        for_stack = context.registers.setdefault("for_stack", [])
        with context.stack():
            loop = ForloopDrop(self.name, len(segment), for_stack[-1] if for_stack else None)
            for_stack.append(loop)
            try:
                context["forloop"] = loop
                for item in segment:
                    context[self.variable_name] = item
                    self.for_block.render(context, out)
                    loop.increment()
                    if context.interrupts:
                        interrupt = context.interrupts.pop()
                        if interrupt == BREAK:
                            break
            finally:
                for_stack.pop()


_CONTINUE_MARK = object()


class Break(Tag):
    def render(self, context: Context, out: list[str]) -> None:
        context.interrupts.append(BREAK)


class Continue(Tag):
    def render(self, context: Context, out: list[str]) -> None:
        context.interrupts.append(CONTINUE)


class Cycle(Tag):
    """``{% cycle [group:] a, b, c %}``."""

    SIMPLE = re.compile(rf"\A(?:{QUOTED_FRAGMENT})+")
    NAMED = re.compile(rf"\A({QUOTED_FRAGMENT})\s*\:\s*(.*)", re.S)

    def __init__(self, tag_name: str, markup: str, pc: Any) -> None:
        super().__init__(tag_name, markup, pc)
        m = self.NAMED.search(markup)
        if m:
            self.variables = self._variables(m.group(2))
            self.name: Any = parse_expression(m.group(1))
        elif self.SIMPLE.search(markup):
            self.variables = self._variables(markup)
            if any(hasattr(v, "evaluate") for v in self.variables):
                self.name = f"#<cycle {id(self)}>"
            else:
                self.name = ruby.inspect(self.variables)
        else:
            raise LiquidSyntaxError(
                "Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]"
            )

    @staticmethod
    def _variables(markup: str) -> list[Any]:
        out = []
        for var in markup.split(","):
            m = re.search(rf"\s*({QUOTED_FRAGMENT})\s*", var)
            if m:
                value = parse_expression(m.group(1))
                if value is not None:  # Array#compact
                    out.append(value)
        return out

    def render(self, context: Context, out: list[str]) -> None:
        cycles = context.registers.setdefault("cycle", {})
        key = evaluate(self.name, context)
        try:
            hash(key)
        except TypeError:
            key = ruby.inspect(key)
        iteration = cycles.get(key, 0) or 0
        value = evaluate(self.variables[iteration], context) if self.variables else None
        out.append(ruby.output_s(value))
        iteration += 1
        if iteration >= len(self.variables):
            iteration = 0
        cycles[key] = iteration


class TablerowloopDrop(ForloopDrop):
    """``tablerowloop``: forloop plus row/col information."""

    ruby_class = "Liquid::TablerowloopDrop"

    def __init__(self, length: int, cols: int) -> None:
        super().__init__("tablerow", length, None)
        self.cols = cols
        self.row = 1
        self.col = 1

    def increment(self) -> None:
        self.index0 += 1
        if self.col == self.cols:
            self.col = 1
            self.row += 1
        else:
            self.col += 1

    def _values(self) -> dict[str, Any]:
        values = super()._values()
        del values["parentloop"], values["name"]
        values.update(
            col=self.col,
            col0=self.col - 1,
            col_first=self.col == 1,
            col_last=self.col == self.cols,
            row=self.row,
        )
        return values


class Tablerow(Block):
    """``{% tablerow x in collection cols: n limit: l offset: o %}``."""

    SYNTAX = re.compile(rf"(\w+)\s+in\s+((?:{QUOTED_FRAGMENT})+)")

    def parse_body(self, tokenizer: Tokenizer) -> None:
        m = self.SYNTAX.search(self.markup)
        if not m:
            raise LiquidSyntaxError(
                "Syntax Error in 'table_row loop' - Valid syntax: table_row [item] in [collection] cols=3"
            )
        self.variable_name = m.group(1)
        self.collection = parse_expression(m.group(2))
        self.attributes = {k: parse_expression(v) for k, v in TAG_ATTRIBUTES.findall(self.markup)}
        super().parse_body(tokenizer)

    def render(self, context: Context, out: list[str]) -> None:
        collection = evaluate(self.collection, context)
        if collection is None or collection is False:
            return
        start = _to_i(evaluate(self.attributes["offset"], context)) if "offset" in self.attributes else 0
        stop = start + _to_i(evaluate(self.attributes["limit"], context)) if "limit" in self.attributes else None
        items = slice_collection(collection, start, stop)
        cols = _to_i(evaluate(self.attributes.get("cols"), context))
        out.append('<tr class="row1">\n')
        with context.stack():
            loop = TablerowloopDrop(len(items), cols)
            context["tablerowloop"] = loop
            for item in items:
                context[self.variable_name] = item
                out.append(f'<td class="col{loop.col}">')
                self.body.render(context, out)
                out.append("</td>")
                if loop.col == loop.cols and loop.index0 != loop.length - 1:
                    out.append(f'</tr>\n<tr class="row{loop.row + 1}">')
                loop.increment()
        out.append("</tr>\n")


def _to_i(value: Any) -> int:
    """Ruby ``to_i`` on a Liquid value."""
    if value is None or isinstance(value, bool):
        return 0
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, str):
        return ruby.str_to_i(value)
    return 0


LOOP_TAGS: dict[str, type[Tag]] = {
    "for": For,
    "break": Break,
    "continue": Continue,
    "cycle": Cycle,
    "tablerow": Tablerow,
}
