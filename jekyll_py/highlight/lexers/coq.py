"""Coq, shaped like Rouge's ``coq`` lexer.

Names are ``Name.Constant`` unless they are vernacular commands
(``Keyword``), Gallina keywords (``Keyword.Reserved``), tactics
(``Keyword.Pseudo``, or ``Name.Exception`` for the closing ones such as
``reflexivity``).  A name is only written once the character after it is
known: before ``.`` and a letter it is a module path (``Name.Namespace``
and ``Punctuation``), before ``.`` and a blank the ``.`` ends a sentence
(``Punctuation.Indicator``).  As in Rouge, a name at the very end of the
input is therefore never written.  Comments nest; blanks are
``Text.Whitespace``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Whitespace

from ..engine import Context, MatchView, StateLexer

#: Words found by probing Rouge black-box (Coq's vernacular, Gallina and
#: tactic vocabulary), by the class Rouge gives them.
COQ_WORDS: dict[str, object] = {
    **dict.fromkeys((
        "About Arguments Check Class CoFixpoint CoInductive Compute Context Corollary Defined "
        "Definition End Eval Example Existing Export Fixpoint Global Goal Hint Immediate Import "
        "Include Inductive Infix Instance Lemma Local Ltac Module Monomorphic Notation Opaque "
        "Polymorphic Print Printing Proof Qed Record Remark Require Rewrite Search SearchAbout "
        "Section Theorem Transparent Universe Universes Variable Variables"
    ).split(), Keyword),
    **dict.fromkeys(
        "Prop Set Type as else end forall fun if in let match return then".split(),
        Keyword.Reserved,
    ),
    **dict.fromkeys((
        "apply at auto autorewrite beta cbn cbv clear compute constructor delta dependent "
        "destruct eapply eauto econstructor edestruct eexists erewrite etransitivity exfalso "
        "exists f_equal first fold generalize induction injection instantiate intro intros "
        "inversion iota lazy native_compute red refine repeat revert rewrite setoid_rewrite "
        "simpl specialize split subst symmetry transitivity try unfold vm_compute with zeta"
    ).split(), Keyword.Pseudo),
    **dict.fromkeys(
        "assumption congruence eassumption exact omega reflexivity solve".split(),
        Name.Exception,
    ),
}


#: Rouge matches names case-insensitively, so the long s and the Kelvin sign
#: (which fold to ``s`` and ``k``) count as letters.
_START = "[a-zA-Z_\u017f\u212a]"
_NAME = _START + "[a-zA-Z0-9_'\u017f\u212a]*"


def _name(ctx: Context, match: MatchView) -> None:
    """Hold the name until the next character decides what it is."""
    ctx.memo["name"] = match.group()
    ctx.push("dotted")


def _emit(ctx: Context, match: MatchView, kind: str) -> None:
    name = str(ctx.memo.pop("name", ""))
    if kind == "namespace":
        ctx.token(Name.Namespace, name)
        ctx.token(Punctuation, match.group())
    else:
        ctx.token(COQ_WORDS.get(name, Name.Constant), name)  # type: ignore[arg-type]
        ctx.token(Punctuation.Indicator, match.group())


class CoqLexer(StateLexer):
    """``coq``."""

    flags = re.MULTILINE

    states = {
        "root": [
            (r"\s+", Whitespace),
            (r"\(\*", Comment, "comment"),
            (r'"', String.Double, "string"),
            # Rouge's float pattern has an unescaped ``.``: any character may
            # stand between the integer and fraction digits (``1 2e3``).
            (r"-?\d[\d_]*(?:.\d[\d_]*)?[eE][+-]?\d[\d_]*", Number.Float),
            (r"\d[\d_]*", Number.Integer),
            (r"_(?![a-zA-Z0-9_'\u017f\u212a])", Punctuation),
            (r"[?~]" + _NAME, Name.Variable),
            (_NAME, _name),
            (r"""'\\(?:x[0-9a-fA-F]{2}|[0-9]{3}|[\\"'bnrt])'""", String.Char),
            (r"'", Keyword),
            (r"/\\|\\/", Operator),
            (r"[:;¬→↔⇒⇔∀∃∈∧∨≔≡⊢⊤⊥⊨]", Punctuation),
            (r"[!#$%&()*+,\-./<=>?@\[\]^{|}~]", Operator),
        ],
        "dotted": [
            (r"\.(?=" + _START + ")", lambda ctx, m: _emit(ctx, m, "namespace"), "#pop"),
            (r"\.(?=\s)", lambda ctx, m: _emit(ctx, m, "sentence"), "#pop"),
            (r"", lambda ctx, m: _emit(ctx, m, "name"), "#pop"),
        ],
        "comment": [
            (r"\(\*", Comment, "#push"),
            (r"\*\)", Comment, "#pop"),
            (r"[^(*]+|[(*]", Comment),
        ],
        "string": [
            (r'""|\\"', String.Double),
            (r'"', String.Double, "#pop"),
            (r'[^"\\]+|\\', String.Double),
        ],
    }
