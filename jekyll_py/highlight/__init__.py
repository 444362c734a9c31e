"""Rouge-compatible syntax highlighting on Pygments.

Jekyll highlights code with Rouge 3.30, both in kramdown code blocks and in
the ``{% highlight %}`` Liquid tag.  This package reproduces Rouge's markup:
Rouge's CSS class names, its merging of adjacent tokens, its escaping, and
its registry of language names, so that themes' Rouge stylesheets apply.

Public API (used by ``jekyll_py.markdown`` and ``jekyll_py.liquid``):

* :func:`highlight_tokens` — what ``Rouge::Formatters::HTML`` returns, or
  ``None`` when Rouge has no lexer for the language;
* :func:`highlight_table` — ``Rouge::Formatters::HTMLTable`` as Jekyll's
  ``highlight`` tag configures it for ``linenos``;
* :func:`known_language` — whether Rouge finds a lexer for the name.

Language lookup is Rouge's: exact and case-sensitive (``Ruby`` is unknown;
Jekyll's ``highlight`` tag lower-cases the name itself before asking), over
all 217 Rouge lexer tags and their aliases; ``lang?key=value`` options are
parsed (``php?start_inline=1``, ``console?lang=ruby&prompt=%``).

How close the output is: 137 Rouge lexers (the web, scripting, systems, data and
template languages Jekyll sites show, the proof, statistics and query
languages of academic sites, and smaller ones such as Smalltalk, Eiffel and
Io; see ``lexers.LEXER_CLASSES``) are lexed by our own Rouge-shaped lexers
(``lexers/``, on the small Rouge-semantics engine in ``engine.py``) and
match Rouge byte for byte on every recorded sample.  The other Rouge languages go through the closest Pygments lexer with
Rouge's class names, so their text and markup structure are right but token
boundaries and classes may differ; languages Rouge knows but Pygments does
not come out as plain text.  ``tests/highlight`` records Rouge's real output
and reports the exact-match rate per language.
"""

from __future__ import annotations

from . import lexers  # noqa: F401  (registers our Rouge-shaped lexers)
from .formatter import escape_html, format_html, format_table
from .lexing import FoundLexer, find_fancy, lex

__all__ = ["highlight_tokens", "highlight_table", "known_language", "escape_html"]


def known_language(lang: str | None) -> bool:
    """Whether ``Rouge::Lexer.find_fancy(lang)`` finds a lexer."""
    return find_fancy(lang) is not None


def highlight_tokens(code: str, lang: str | None) -> str | None:
    """Rouge's HTML formatter output for ``code`` in language ``lang``.

    Only the token spans: no ``<pre>``/``<code>`` wrapper (callers add their
    own, as kramdown and the ``highlight`` tag differ).  ``None`` means Rouge
    has no lexer for ``lang``; callers then write the escaped code themselves.
    """
    found = find_fancy(lang)
    if found is None:
        return None
    return format_html(lex(found, code))


def highlight_table(code: str, lang: str | None, *, start_line: int = 1) -> str:
    """Rouge's ``HTMLTable`` (``rouge-table`` with gutter) for ``linenos``.

    Like Jekyll's ``highlight`` tag, an unknown language falls back to Rouge's
    plain-text lexer instead of failing.
    """
    found = find_fancy(lang) or FoundLexer("plaintext")
    return format_table(lex(found, code), start_line=start_line)
