"""Rouge's ``Formatters::HTML`` and ``Formatters::HTMLTable`` markup.

Input is the already-merged Rouge token stream: ``(shortname, value)`` pairs
where ``shortname`` is the CSS class (``""`` for plain ``Text``).
"""

from __future__ import annotations

from collections.abc import Iterable

Token = tuple[str, str]

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape_html(value: str) -> str:
    """Escape exactly what Rouge escapes: ``&``, ``<`` and ``>`` (not quotes)."""
    return value.translate(_ESCAPES)


def format_html(tokens: Iterable[Token]) -> str:
    """Rouge's HTML formatter: one ``<span class="x">`` per token, bare Text."""
    parts: list[str] = []
    for shortname, value in tokens:
        safe = escape_html(value)
        if shortname:
            parts.append(f'<span class="{shortname}">{safe}</span>')
        else:
            parts.append(safe)
    return "".join(parts)


def format_table(
    tokens: list[Token],
    *,
    start_line: int = 1,
    table_class: str = "rouge-table",
    gutter_class: str = "gutter",
    code_class: str = "code",
) -> str:
    """Rouge's ``HTMLTable`` wrapping the HTML formatter, as Jekyll configures it.

    The line count is the number of newlines in the code, plus one when the
    code does not end in a newline (in which case Rouge appends one to the
    code cell too); empty code therefore still gets line 1.  The gutter and
    code classes default to the ones Jekyll's ``highlight`` tag passes.
    """
    num_lines = sum(value.count("\n") for _, value in tokens)
    formatted = format_html(tokens)
    if not tokens or not tokens[-1][1].endswith("\n"):
        num_lines += 1
        formatted += "\n"
    numbers = "\n".join(str(i) for i in range(start_line, start_line + num_lines)) + "\n"
    return (
        f'<table class="{table_class}"><tbody><tr>'
        f'<td class="{gutter_class} gl"><pre class="lineno">{numbers}</pre></td>'
        f'<td class="{code_class}"><pre>{formatted}</pre></td>'
        "</tr></tbody></table>"
    )
