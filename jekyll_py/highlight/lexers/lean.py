"""Lean (3), shaped like Rouge's ``lean`` lexer.

Commands and term keywords are ``Keyword``, ``Prop``/``Sort``/``Type``
``Keyword.Type``, other ASCII names ``Name`` (``#name`` included).  Blanks,
``( ) [ ] , :`` and, as in Rouge, ``α β ‹ ›`` are plain ``Text``; braces and
most other non-ASCII characters are errors.  A ``--`` comment is
``Comment.Doc`` and takes the blanks before it and, when followed by a
blank, the rest of the line; ``/- -/`` blocks are not recognised.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, String, Text

from ..engine import StateLexer, words

#: Keywords found by probing Rouge black-box (Lean 3's commands and term syntax).
LEAN_KEYWORDS = tuple((
    "#check #eval #print #reduce abbreviation add_rewrite alias assume axiom begin by "
    "calc calc_refl calc_subst calc_trans coercion conjecture constant constants context "
    "corollary def definition end example exit export expose exposing extends from fun "
    "have help hiding hott hypothesis import include including inductive infix infixl "
    "infixr inline instance irreducible lemma match namespace notation opaque opaque_hint "
    "open options parameter parameters postfix precedence prefix private protected "
    "reducible renaming repeat section set_option show tactic_hint theorem universe "
    "universes using variable variables with"
).split())


class LeanLexer(StateLexer):
    """``lean``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s*--+\s+.*", Comment.Doc),
            (r"(?:[\s(),\[\]αβ‹›]|:=?)+", Text),
            (r'"', String, "string"),
            (words(*LEAN_KEYWORDS, prefix=""), Keyword),
            ("λ", Keyword),
            (words("Prop", "Sort", "Type"), Keyword.Type),
            (r"#\w+|[a-zA-Z_]\w*", Name),
            (r"\.\d+", Operator),
            (r"\d+", Number.Integer),
            (r"⁻¹|[!#&*+\-./;<=>@`|~¬×Πℕℤ→↔∀∃∧∨≈≠≡≤≥⊎⌞⌟▸⟨⟩⬝]", Operator),
        ],
        "string": [
            (r"\\", String.Escape, "escape"),
            (r'"', String, "#pop"),
            (r'[^"\\]+', String),
        ],
        "escape": [
            (r"[\\\"'nrt]|[xX][0-9a-fA-F]+", String.Escape, "#pop"),
        ],
    }
