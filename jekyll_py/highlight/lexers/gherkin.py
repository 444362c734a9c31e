"""Gherkin (Cucumber feature files), shaped like Rouge's ``gherkin`` lexer.

Rouge knows Gherkin's keywords in all of Cucumber's languages
(``gherkin_words``).  ``Feature:``/``Scenario:``/``Examples:`` start a
description; a step keyword (``Given``, ``Angenommen``...) is
``Name.Function`` and its line text, with ``<placeholders>`` and quoted
strings picked out; ``| tables |`` have their first row as variables.
A ``word:`` that is not a keyword is ``Error``, as in Rouge.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Error, Keyword, Name, Punctuation, String, Text

from ..engine import Context, Mixin, StateLexer
from .gherkin_words import ELEMENT, EXAMPLES, FEATURE, STEP

_REST_OF_LINE = r".*?(?=[#\n])"


def step_regex() -> str:
    """Rouge's step alternation: ``<`` means no boundary, a blank is literal."""
    parts = []
    for word in STEP:
        if word.endswith("<"):
            parts.append(re.escape(word[:-1]))
        elif word.endswith(" "):
            parts.append(re.escape(word))
        else:
            parts.append(re.escape(word) + r"\b")
    return "|".join(parts)


def _reset_stack(ctx: Context) -> None:
    del ctx.stack[1:]


def _section(ctx: Context, match: re.Match[str]) -> None:
    """``Keyword:``: which description follows depends on the keyword's kind."""
    _reset_stack(ctx)
    keyword = match.group(1)
    if keyword in ELEMENT:
        ctx.push("description")
        ttype = Keyword.Namespace
    elif keyword in FEATURE:
        ctx.push("feature_description")
        ttype = Keyword.Declaration
    elif keyword in EXAMPLES:
        ctx.push("example_description")
        ttype = Name.Namespace
    else:
        ttype = Error
    ctx.token(ttype, match.group(1))
    ctx.token(Punctuation, match.group(2))


def _step(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Name.Function, match.group())
    _reset_stack(ctx)
    ctx.push("step")


def _reset(ctx: Context, match: re.Match[str]) -> None:
    _reset_stack(ctx)


class GherkinLexer(StateLexer):
    """``gherkin``/``cucumber``/``behat``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "basic": [
            (r"#.*$", Comment),
            (r"[ \r\t]+", Text),
        ],
        "root": [
            Mixin("basic"),
            (r"\n", Text),
            (r'(?s:""".*?""")', String),
            (r"@[^\s@]+", Name.Tag),
            Mixin("has_table"),
            Mixin("has_examples"),
        ],
        "has_scenarios": [(r"(.*?)(:)", _section)],
        "has_examples": [
            Mixin("has_scenarios"),
            (step_regex(), _step),
        ],
        "has_table": [(r"(?=[|])", Text, "table_header")],
        "table_header": [
            (r"[^|\s]+", Name.Variable),
            (r"\n", Text, "#goto:table"),
            Mixin("table"),
        ],
        "table": [
            Mixin("basic"),
            (r"\n", Text, "table_bol"),
            (r"[|]", Punctuation),
            (r"[^|\s]+", Name),
        ],
        "table_bol": [
            (r"(?=\s*[^\s|])", _reset),
            (r"", Text, "#pop"),
        ],
        "description": [
            Mixin("basic"),
            Mixin("has_examples"),
            (r"\n", Text),
            (_REST_OF_LINE, Text),
        ],
        "feature_description": [
            Mixin("basic"),
            Mixin("has_scenarios"),
            (r"\n", Text),
            (_REST_OF_LINE, Text),
        ],
        "example_description": [
            Mixin("basic"),
            Mixin("has_table"),
            (r"\n", Text),
            (_REST_OF_LINE, Text),
        ],
        "step": [
            Mixin("basic"),
            (r"<.*?>", Name.Variable),
            (r'".*?"', String),
            (r"\S[^\s<]*", Text),
            (_REST_OF_LINE, Text, "#pop"),
        ],
    }
