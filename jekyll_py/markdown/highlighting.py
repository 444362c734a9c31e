"""Glue between code blocks/spans and the Rouge-compatible highlighter.

``jekyll_py.highlight.highlight_tokens`` (written alongside this package)
returns Rouge's token spans, or ``None`` for a language Rouge does not know.
Until it is importable we fall back to Rouge's ``plaintext`` output (the
escaped text) for languages Pygments knows, which keeps the surrounding
markup right.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

_PLAIN_NAMES = frozenset({"plaintext", "text", "plain"})


@lru_cache(maxsize=1)
def _backend() -> Callable[[str, str], str | None]:
    try:
        from jekyll_py.highlight import highlight_tokens  # type: ignore[attr-defined]
    except Exception:
        return _fallback
    return highlight_tokens


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fallback(code: str, lang: str) -> str | None:
    lang = lang.split("?", 1)[0]
    if lang in _PLAIN_NAMES:
        return _escape(code)
    try:
        from pygments.lexers import get_lexer_by_name
        from pygments.util import ClassNotFound
    except ImportError:  # pragma: no cover
        return None
    try:
        get_lexer_by_name(lang)
    except ClassNotFound:
        return None
    return _escape(code)


def highlight(code: str, lang: str, guess_lang: bool) -> str | None:
    """Token spans for ``code`` in ``lang`` (Rouge's ``find_fancy`` name?options syntax)."""
    if not lang:
        return None
    try:
        return _backend()(code, lang)
    except Exception:
        return _fallback(code, lang.split("?", 1)[0])


def highlight_lines(code: str, lang: str, opts: dict[str, Any]) -> str | None:
    """Rouge's ``HTMLTable`` as kramdown configures it (``line_numbers: true``)."""
    if highlight(code, lang, bool(opts.get("guess_lang"))) is None:
        return None
    try:
        from jekyll_py.highlight import highlight_table
    except Exception:
        return None
    try:
        start = int(opts.get("start_line", 1))
    except (TypeError, ValueError):
        start = 1
    table = highlight_table(code, lang, start_line=start)
    gutter = str(opts.get("gutter_class") or "rouge-gutter")
    code_class = str(opts.get("code_class") or "rouge-code")
    table_class = str(opts.get("table_class") or "rouge-table")
    # The shared table uses the classes Jekyll's highlight tag asks for.
    table = table.replace('<table class="rouge-table">', f'<table class="{table_class}">', 1)
    table = table.replace('<td class="gutter gl">', f'<td class="{gutter} gl">', 1)
    return table.replace('<td class="code">', f'<td class="{code_class}">', 1)
