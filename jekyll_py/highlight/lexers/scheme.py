"""Scheme, shaped like Rouge's ``scheme`` lexer.

The first word after an opening bracket is a keyword, a builtin procedure
or a function name; other words are variables.  Quote characters are
operators, and ``'word`` is one ``String.Symbol``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from ..engine import Context, StateLexer

KEYWORDS = frozenset("""
lambda define if else cond and or case let let* letrec begin do delay set! => quote quasiquote
unquote unquote-splicing define-syntax let-syntax letrec-syntax syntax-rules
""".split())

BUILTINS = frozenset("""
* + - / < <= = > >= abs acos angle append apply asin assoc assq assv atan boolean? caaaar
caaadr caaar caadar caaddr caadr caar cadaar cadadr cadar caddar cadddr caddr cadr
call-with-current-continuation call-with-input-file call-with-output-file call-with-values
call/cc car cdaaar cdaadr cdaar cdadar cdaddr cdadr cdar cddaar cddadr cddar cdddar cddddr
cdddr cddr cdr ceiling char->integer char-alphabetic? char-ci<=? char-ci<? char-ci=?
char-ci>=? char-ci>? char-downcase char-lower-case? char-numeric? char-ready? char-upcase
char-upper-case? char-whitespace? char<=? char<? char=? char>=? char>? char?
close-input-port close-output-port complex? cons cos current-input-port current-output-port
denominator display dynamic-wind eof-object? eq? equal? eqv? eval even? exact->inexact exact?
exp expt floor for-each force gcd imag-part inexact->exact inexact? input-port? integer->char
integer? interaction-environment lcm length list list->string list->vector list-ref list-tail
list? load log magnitude make-polar make-rectangular make-string make-vector map max member
memq memv min modulo negative? newline not null-environment null? number->string number?
numerator odd? open-input-file open-output-file output-port? pair? peek-char port? positive?
procedure? quotient rational? rationalize read read-char real-part real? remainder reverse
round scheme-report-environment set-car! set-cdr! sin sqrt string string->list string->number
string->symbol string-append string-ci<=? string-ci<? string-ci=? string-ci>=? string-ci>?
string-copy string-fill! string-length string-ref string-set! string<=? string<? string=?
string>=? string>? string? substring symbol->string symbol? tan transcript-off transcript-on
truncate values vector vector->list vector-fill! vector-length vector-ref vector-set! vector?
with-input-from-file with-output-to-file write write-char zero?
""".split())

_ID = r"(?i:[a-z0-9!$%&*+,/:<=>?@^_~|-]+)"


def _head(ctx: Context, match: re.Match[str]) -> None:
    """The word right after ``(``: Rouge looks it up case-sensitively."""
    word = match.group()
    if word in KEYWORDS:
        ctx.token(Keyword, word)
    elif word in BUILTINS:
        ctx.token(Name.Builtin, word)
    else:
        ctx.token(Name.Function, word)
    ctx.pop()


class SchemeLexer(StateLexer):
    """``scheme``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r";.*$", Comment.Single),
            (r"\s+", Text),
            (r"-?\d+\.\d+", Number.Float),
            (r"-?\d+", Number.Integer),
            (r"[+-]inf[.][f0]", Number),
            (r"#b[01]+", Number.Bin),
            (r"#o[0-7]+", Number.Oct),
            (r"#d[0-9]+", Number.Integer),
            (r"(?i:#x[0-9a-f]+)", Number.Hex),
            (r"#[ei][\d.]+", Number.Other),
            (r'"(?:\\\\|\\"|[^"])*"', String),
            (rf"'{_ID}", String.Symbol),
            (r"(?i:#\\(?:[()/'\"._!$%& ?=+-]|[a-z0-9]+))", String.Char),
            (r"#t|#f", Name.Constant),
            (r"'|#|`|,@|,|\.", Operator),
            (r"(['#])(\s*)(\()", (String.Symbol, Text, Punctuation)),
            (r"\(|\[", Punctuation, "command"),
            (r"\)|\]", Punctuation),
            (_ID, Name.Variable),
        ],
        "command": [
            (_ID, _head),
            (r"", Text, "#pop"),
        ],
    }
