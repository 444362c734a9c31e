"""Tcl, shaped like Rouge's ``tcl`` lexer.

Rouge's Tcl lexer works on Tcl's own terms: a command is words up to a
newline or ``;``, and only the *whole* first word is checked against the
keyword and builtin lists.  Its word-ending characters do not include the
space, so ``set x 1`` is one ``Text`` run; only ``$variables``, ``[...]``
substitutions, ``{...}``, ``(...)`` and ``"..."`` stand out.  A ``}`` closes
the innermost open brace from whatever state the lexer is in, and strings
keep a count of their own braces for the whole input (as Rouge's instance
variable does).
"""

from __future__ import annotations

import re

from pygments.token import Comment, Error, Keyword, Name, Punctuation, String, Text

from ..engine import Context, Mixin, StateLexer

KEYWORDS = frozenset("""
after apply array break catch continue elseif else error eval expr for foreach global if
namespace proc rename return set switch then trace unset update uplevel upvar variable vwait
while
""".split())
BUILTINS = frozenset("""
append bgerror binary cd chan clock close concat dde dict encoding eof exec exit fblocked
fconfigure fcopy file fileevent flush format gets glob history http incr info interp join
lappend lassign lindex linsert list llength load loadTk lrange lrepeat lreplace lreverse
lsearch lset lsort mathfunc mathop memory msgcat open package pid pkg::create pkg_mkIndex
platform platform::shell puts pwd re_syntax read refchan regexp registry regsub scan seek
socket source split string subst tell time tm unknown unload
""".split())

_OPEN = r"([{\""
_CLOSE = r")\]}"
_END_LINE = _CLOSE + r";\n"
_END_WORD = _END_LINE + r"\r\t\v"
_BACKSLASH = "\\\\"


def _chars(chars: str) -> str:
    return f"[{chars}]"


def _not_chars(chars: str) -> str:
    return f"[^{chars}]"


def _close_brace(ctx: Context) -> None:
    """Leave every state down to and including the innermost ``brace``."""
    while ctx.stack[-1] != "brace":
        ctx.pop()
    ctx.pop()


def _brace_abort(ctx: Context, match: re.Match[str]) -> None:
    if "brace" in ctx.stack:
        _close_brace(ctx)
        ctx.token(Punctuation, match.group())
    else:
        ctx.token(Error, match.group())


def _command_word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in KEYWORDS:
        ctx.token(Keyword, word)
    elif word in BUILTINS:
        ctx.token(Name.Builtin, word)
    else:
        ctx.token(Text, word)


def _string_open_brace(ctx: Context, match: re.Match[str]) -> None:
    ctx.memo["braces"] = int(ctx.memo.get("braces", 0)) + 1  # type: ignore[call-overload]
    ctx.token(String.Double, match.group())


def _string_close_brace(ctx: Context, match: re.Match[str]) -> None:
    # Rouge raises (nil - 1) on a first ``}`` in a string outside braces;
    # we count from zero instead of failing.
    count = int(ctx.memo.get("braces", 0))  # type: ignore[call-overload]
    if "brace" in ctx.stack and count == 0:
        _close_brace(ctx)
        ctx.token(Punctuation, match.group())
    else:
        ctx.memo["braces"] = count - 1
        ctx.token(String.Double, match.group())


def _command_state(suffix: str) -> dict[str, list]:
    """``command<suffix>``: the first word of a command, then its parameters."""
    return {
        f"command{suffix}": [
            Mixin("word"),
            (rf"#{_not_chars(_END_LINE)}+", Comment.Single),
            (rf"(?={_chars(_END_WORD)})", Text, f"params{suffix}"),
            (rf"{_not_chars(_END_WORD)}+", _command_word),
            Mixin("whitespace"),
        ],
    }


def _delimiter_states(name: str, close: str, *, strict: bool) -> dict[str, list]:
    """A ``(``, ``[`` or ``{`` group: commands inside, ended by ``close``."""
    others = _CLOSE.replace(re.escape(close), "").replace(close, "")
    return {
        **_command_state(f"_in_{name}"),
        f"params_in_{name}": [
            (re.escape(close), Punctuation, "#pop:2"),
            (_chars(others), Error if strict else Text),
            Mixin("params"),
        ],
        name: [
            (re.escape(close), Punctuation, "#pop"),
            Mixin(f"command_in_{name}"),
        ],
    }


class TclLexer(StateLexer):
    """``tcl``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "word": [
            (r"\{\*\}", Keyword),
            Mixin("brace_abort"),
            Mixin("interp"),
            (r"\{", Punctuation, "brace"),
            (r"\(", Punctuation, "paren"),
            (r'"', String.Double, "string"),
            (rf"{_not_chars(_END_WORD)}+?(?={_chars(_OPEN + _BACKSLASH)})", Text),
        ],
        "brace_abort": [(r"\}", _brace_abort)],
        "params": [
            (r";", Punctuation, "#pop"),
            (r"\n", Text, "#pop"),
            (r"else|elseif|then", Keyword),
            Mixin("word"),
            Mixin("whitespace"),
            (rf"{_not_chars(_END_WORD)}+", Text),
        ],
        **_delimiter_states("brace", "}", strict=False),
        **_delimiter_states("paren", ")", strict=True),
        **_delimiter_states("bracket", "]", strict=True),
        **_command_state(""),
        "root": [Mixin("command")],
        "whitespace": [(r"\s+", Text)],
        "interp": [
            (r"\[", Punctuation, "bracket"),
            (r"\$[a-z0-9.:-]+", Name.Variable),
            (r"(?s:\$\{.*?\})", Name.Variable),
            (r"\$", Text),
            (r"\\[0-7]{3}", String.Escape),
            (r"(?i:\\x[0-9a-f]{2})", String.Escape),
            (r"(?i:\\u[0-9a-f]{4})", String.Escape),
            (r"(?s:\\.)", String.Escape),
        ],
        "string": [
            (r'"', String.Double, "#pop"),
            Mixin("interp"),
            (r'[^\\\[$"{}]+', String.Double),
            (r"\{", _string_open_brace),
            (r"\}", _string_close_brace),
        ],
    }
