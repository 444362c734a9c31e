"""Liquid 5.4's standard tags with Ruby Liquid's parsing and rendering rules.

Each class mirrors the Ruby tag of the same name: strict parsing first, and in
``warn`` mode a recorded warning plus the lax regex parse when strict fails;
``case`` renders every matching ``when``; ``break``/``continue`` outside a loop
stop the rest of the page; blank control-flow blocks drop their whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import ruby
from .errors import LiquidSyntaxError
from .expressions import (
    Condition,
    ElseCondition,
    Variable,
    evaluate,
    parse_condition_expression,
    parse_condition_lax,
    parse_condition_strict,
    parse_expression,
)
from .loop_tags import LOOP_TAGS, ForloopDrop
from .parser import (
    QUOTED_FRAGMENT,
    QUOTED_STRING,
    TAG_ATTRIBUTES,
    Block,
    BlockBody,
    Tag,
    Tokenizer,
)

if TYPE_CHECKING:
    from .context import Context

VARIABLE_SIGNATURE = r"\(?[\w\-\.\[\]]\)?"


def _markup_context(markup: str) -> str:
    return f'in "{markup.strip()}"'


class Assign(Tag):
    """``{% assign x = value | filters %}``: writes the outermost scope."""

    SYNTAX = re.compile(rf"((?:{VARIABLE_SIGNATURE})+)\s*=\s*(.*)\s*", re.S)

    def __init__(self, tag_name: str, markup: str, pc: Any) -> None:
        super().__init__(tag_name, markup, pc)
        m = self.SYNTAX.search(markup)
        if not m:
            raise LiquidSyntaxError(
                "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]"
            )
        self.to = m.group(1)
        self.from_ = Variable(m.group(2), pc)

    def blank(self) -> bool:
        return True

    def render(self, context: Context, out: list[str]) -> None:
        context.assign_outer(self.to, self.from_.evaluate(context))


class Capture(Block):
    """``{% capture x %}...{% endcapture %}``."""

    SYNTAX = re.compile(rf"((?:{VARIABLE_SIGNATURE})+)")

    def __init__(self, tag_name: str, markup: str, pc: Any) -> None:
        super().__init__(tag_name, markup, pc)
        m = self.SYNTAX.search(markup)
        if not m:
            raise LiquidSyntaxError("Syntax Error in 'capture' - Valid syntax: capture [var]")
        self.to = m.group(1)

    def blank(self) -> bool:
        return True

    def render(self, context: Context, out: list[str]) -> None:
        buf: list[str] = []
        self.body.render(context, buf)
        context.assign_outer(self.to, "".join(buf))


class Echo(Tag):
    """``{% echo value | filters %}``."""

    def __init__(self, tag_name: str, markup: str, pc: Any) -> None:
        super().__init__(tag_name, markup, pc)
        self.variable = Variable(markup, pc)

    def render(self, context: Context, out: list[str]) -> None:
        self.variable.render(context, out)


class If(Block):
    """``{% if %}{% elsif %}{% else %}{% endif %}``."""

    def parse_body(self, tokenizer: Tokenizer) -> None:
        self._blank = True
        self.blocks: list[Condition] = []
        self._push_block(self.tag_name, self.markup)
        while self.parse_into(self.blocks[-1].attachment, tokenizer):
            pass
        if self._blank:
            for block in self.blocks:
                block.attachment.remove_blank_strings()

    def _push_block(self, tag: str, markup: str) -> None:
        if tag == "else":
            block: Condition = ElseCondition()
        else:
            block = self.parse_context.parse_with_mode(
                lambda: parse_condition_strict(markup),
                lambda: parse_condition_lax(markup, "if"),
                _markup_context(markup),
            )
        block.attachment = BlockBody()
        self.blocks.append(block)

    def unknown_tag(self, tag: str, markup: str, tokenizer: Tokenizer) -> None:
        if tag in ("elsif", "else"):
            self._push_block(tag, markup)
        else:
            super().unknown_tag(tag, markup, tokenizer)

    def render(self, context: Context, out: list[str]) -> None:
        for block in self.blocks:
            if ruby.truthy(block.evaluate(context)):
                block.attachment.render(context, out)
                return


class Unless(If):
    """``{% unless %}``: the first condition negated, the rest like ``if``."""

    def render(self, context: Context, out: list[str]) -> None:
        first = self.blocks[0]
        if not ruby.truthy(first.evaluate(context)):
            first.attachment.render(context, out)
            return
        for block in self.blocks[1:]:
            if ruby.truthy(block.evaluate(context)):
                block.attachment.render(context, out)
                return


class Case(Block):
    """``{% case %}``: every matching ``when`` renders; ``else`` when none did."""

    SYNTAX = re.compile(rf"({QUOTED_FRAGMENT})")
    WHEN_SYNTAX = re.compile(rf"({QUOTED_FRAGMENT})(?:(?:\s+or\s+|\s*\,\s*)((?:{QUOTED_FRAGMENT}).*))?", re.S)

    def parse_body(self, tokenizer: Tokenizer) -> None:
        m = self.SYNTAX.search(self.markup)
        if not m:
            raise LiquidSyntaxError("Syntax Error in 'case' - Valid syntax: case [condition]")
        self.left = parse_expression(m.group(1))
        self.blocks: list[Condition] = []
        self._blank = True
        body = BlockBody()
        while self.parse_into(body, tokenizer):
            body = self.blocks[-1].attachment
        if self._blank:
            for block in self.blocks:
                block.attachment.remove_blank_strings()

    def unknown_tag(self, tag: str, markup: str, tokenizer: Tokenizer) -> None:
        if tag == "when":
            body = BlockBody()
            rest: str | None = markup
            while rest is not None:  # Ruby: "" is truthy, so an empty `when` is an error
                m = self.WHEN_SYNTAX.search(rest)
                if not m:
                    raise LiquidSyntaxError(
                        "Syntax Error in tag 'case' - Valid when condition: "
                        "{% when [condition] [or condition2...] %}"
                    )
                rest = m.group(2)
                block = Condition(self.left, "==", parse_condition_expression(m.group(1)))
                block.attachment = body
                self.blocks.append(block)
        elif tag == "else":
            if markup.strip():
                raise LiquidSyntaxError(
                    "Syntax Error in tag 'case' - Valid else condition: {% else %} (no parameters) "
                )
            block = ElseCondition()
            block.attachment = BlockBody()
            self.blocks.append(block)
        else:
            super().unknown_tag(tag, markup, tokenizer)

    def render(self, context: Context, out: list[str]) -> None:
        execute_else = True
        for block in self.blocks:
            if block.is_else():
                if execute_else:
                    block.attachment.render(context, out)
                continue
            if ruby.truthy(block.evaluate(context)):
                execute_else = False
                block.attachment.render(context, out)


class Increment(Tag):
    """``{% increment x %}``: prints then increments the environment counter."""

    def __init__(self, tag_name: str, markup: str, pc: Any) -> None:
        super().__init__(tag_name, markup, pc)
        self.variable = markup.strip()

    def render(self, context: Context, out: list[str]) -> None:
        value = context.counters.get(self.variable) or 0
        context.counters[self.variable] = value + 1
        out.append(ruby.to_s(value))


class Decrement(Increment):
    """``{% decrement x %}``: decrements then prints."""

    def render(self, context: Context, out: list[str]) -> None:
        value = (context.counters.get(self.variable) or 0) - 1
        context.counters[self.variable] = value
        out.append(ruby.to_s(value))


class Raw(Tag):
    """``{% raw %}...{% endraw %}``: the body is copied verbatim.

    Liquid 5.4 only recognises ``{% endraw %}`` without whitespace control
    dashes; ``{%- endraw -%}`` is body text (and the tag then never closes).
    """

    FULL_TOKEN_POSSIBLY_INVALID = re.compile(r"\A(.*)\{%\s*(\w+)\s*(.*)?%\}\Z", re.S)

    def parse_body(self, tokenizer: Tokenizer) -> None:
        if not re.match(r"\A\s*\Z", self.markup):
            raise LiquidSyntaxError("Syntax Error in 'raw' - Valid syntax: raw")
        body = []
        while True:
            token = tokenizer.shift()
            if token is None:
                raise LiquidSyntaxError("'raw' tag was never closed")
            m = self.FULL_TOKEN_POSSIBLY_INVALID.match(token)
            if m and m.group(2) == "endraw":
                if m.group(1):
                    body.append(m.group(1))
                break
            if token:
                body.append(token)
        self.body = "".join(body)

    def blank(self) -> bool:
        return not self.body

    def render(self, context: Context, out: list[str]) -> None:
        out.append(self.body)


class Comment(Block):
    """``{% comment %}``: parsed (unknown tags ignored), never rendered."""

    def unknown_tag(self, tag: str, markup: str, tokenizer: Tokenizer) -> None:
        return None

    def blank(self) -> bool:
        return True

    def render(self, context: Context, out: list[str]) -> None:
        return None


class InlineComment(Tag):
    """``{% # ... %}``: every line of the comment must start with ``#``."""

    def __init__(self, tag_name: str, markup: str, pc: Any) -> None:
        super().__init__(tag_name, markup, pc)
        if re.search(r"\n\s*[^#\s]", markup):
            raise LiquidSyntaxError(
                "Syntax error in tag '#' - Each line of comments must be prefixed by the '#' character"
            )

    def blank(self) -> bool:
        return True


class Ifchanged(Block):
    """``{% ifchanged %}``: prints its body when it differs from the previous one."""

    def render(self, context: Context, out: list[str]) -> None:
        buf: list[str] = []
        self.body.render(context, buf)
        text = "".join(buf)
        if text != context.registers.get("ifchanged"):
            context.registers["ifchanged"] = text
            out.append(text)


class Render(Tag):
    """``{% render 'name' with/for x as y, key: value %}``: an isolated partial."""

    SYNTAX = re.compile(
        rf"((?:{QUOTED_STRING})+)(\s+(with|for)\s+((?:{QUOTED_FRAGMENT})+))?(\s+(?:as)\s+([\w\-]+))?"
    )

    def __init__(self, tag_name: str, markup: str, pc: Any) -> None:
        super().__init__(tag_name, markup, pc)
        m = self.SYNTAX.search(markup)
        if not m:
            raise LiquidSyntaxError(
                "Syntax error in tag 'render' - Template name must be a quoted string"
            )
        self.template_name = parse_expression(m.group(1))
        self.is_for = m.group(3) == "for"
        self.variable = parse_expression(m.group(4)) if m.group(4) else None
        self.alias = m.group(6)
        self.attributes = {k: parse_expression(v) for k, v in TAG_ATTRIBUTES.findall(markup)}

    def render(self, context: Context, out: list[str]) -> None:
        name = self.template_name
        partial = context.engine.load_render_partial(name, context)
        var_name = self.alias or name.split("/")[-1]
        variable = evaluate(self.variable, context) if self.variable is not None else None

        def render_one(value: Any, forloop: ForloopDrop | None) -> None:
            inner = context.isolated_subcontext()
            if forloop is not None:
                inner["forloop"] = forloop
            for key, expr in self.attributes.items():
                inner[key] = evaluate(expr, context)
            if value is not None:
                inner[var_name] = value
            partial.render(inner, out)
            if forloop is not None:
                forloop.increment()

        if self.is_for and isinstance(variable, (list, tuple, range, Mapping)):
            items = list(variable.items()) if isinstance(variable, Mapping) else list(variable)
            loop = ForloopDrop(name, len(items), None)
            for item in items:
                render_one(list(item) if isinstance(variable, Mapping) else item, loop)
        else:
            render_one(variable, None)


STANDARD_TAGS: dict[str, type[Tag]] = {
    **LOOP_TAGS,
    "assign": Assign,
    "capture": Capture,
    "echo": Echo,
    "if": If,
    "unless": Unless,
    "case": Case,
    "increment": Increment,
    "decrement": Decrement,
    "raw": Raw,
    "comment": Comment,
    "#": InlineComment,
    "ifchanged": Ifchanged,
    "render": Render,
}
