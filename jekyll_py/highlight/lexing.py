"""Finding a lexer the way Rouge does and turning code into Rouge's token stream.

The pipeline for one piece of code is:

1. ``find_fancy(lang)`` resolves the name (and CGI-style ``?key=value``
   options) to a Rouge tag, exactly like ``Rouge::Lexer.find_fancy``.
2. One of our Rouge-shaped lexers (``lexers``), or else the closest
   Pygments lexer, produces raw tokens.  Pygments lexers are fed the
   *unprocessed* code: their ``get_tokens`` would strip leading newlines and
   rewrite ``\\r\\n``, which Rouge never does.
3. Token types become Rouge short names (``tokens.rouge_shortname``); for
   Pygments lexers, ``Whitespace`` becomes ``Text`` unless the Rouge lexer
   itself marks blanks.
4. Adjacent tokens with the same short name are merged and empty ones are
   dropped, as ``Rouge::Lexer#continue_lex`` does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qs

from pygments.lexer import Lexer as PygmentsLexer
from pygments.lexers import get_lexer_by_name
from pygments.token import Text, Whitespace, _TokenType

from .languages import ROUGE_LEXERS, find_tag
from .tokens import rouge_shortname

Token = tuple[str, str]
RawToken = tuple[_TokenType, str]

#: Rouge lexers that emit ``Text.Whitespace`` (class ``w``) for blanks.  All
#: the others emit plain ``Text``, while most Pygments lexers emit
#: ``Whitespace``; for those the type is folded back into ``Text``.
KEEPS_WHITESPACE = frozenset({
    "applescript", "bpf", "brightscript", "clean", "clojure", "coq", "csvs",
    "cypher", "docker", "fluent", "fortran", "graphql", "hocon", "hylang",
    "idlang", "isabelle", "janet", "jsl", "lasso", "magik", "mason",
    "mathematica", "minizinc", "moonscript", "nim", "opentype_feature_file",
    "plist", "powershell", "q", "robot_framework", "slim", "sparql", "sqf",
    "stata", "syzlang", "syzprog", "turtle", "wollok", "xojo", "xpath",
    "xquery", "yang",
})

#: Our own lexers for languages where Pygments' tokens differ from Rouge's
#: too much to patch; filled in by ``lexers`` (tag → factory).
CUSTOM_LEXERS: dict[str, Callable[[dict[str, object]], LexFunction]] = {}

LexFunction = Callable[[str], Iterable[RawToken]]


@dataclass(frozen=True)
class FoundLexer:
    """A resolved lexer: Rouge's tag plus the options from ``lang?opts``."""

    tag: str
    options: dict[str, object] = field(default_factory=dict)


def find_fancy(lang: str | None) -> FoundLexer | None:
    """``Rouge::Lexer.find_fancy`` without source guessing.

    ``"php?start_inline=1"`` gives tag ``php`` with ``{"start_inline": "1"}``;
    a bare option (``"erb?x"``) is ``True``.  ``guess`` (or no name) would
    make Rouge guess from the source; we fall back to plain text there.
    """
    if lang is None:
        return FoundLexer("plaintext")
    if "?" not in lang and lang != "guess":
        tag = find_tag(lang)
        return FoundLexer(tag) if tag else None
    name, _, query = lang.partition("?")
    options: dict[str, object] = {}
    for key, values in parse_qs(query, keep_blank_values=True).items():
        options[key] = values[0] if len(values) == 1 else values
    for piece in query.split("&"):
        if piece and "=" not in piece:
            options[piece] = True
    if name in ("guess", ""):
        return FoundLexer("plaintext", options)
    tag = find_tag(name)
    return FoundLexer(tag, options) if tag else None


@lru_cache(maxsize=64)
def _pygments_lexer(alias: str, options_key: tuple[tuple[str, object], ...]) -> PygmentsLexer:
    """Build (once) the Pygments lexer for an alias and option set."""
    return get_lexer_by_name(alias, **dict(options_key))


def pygments_raw_tokens(lexer: PygmentsLexer, code: str) -> list[RawToken]:
    """Tokens of ``code`` exactly as written, with no Pygments preprocessing.

    Pygments' regexes assume a final newline (``get_tokens`` would add one);
    when the code lacks it we lex with one added and cut it off again, so the
    token text always concatenates back to ``code``.  A few Pygments lexers
    rewrite their input even here (line endings, tabs); their result is then
    replaced by the code as plain text, because losing characters is worse
    than losing colours.
    """
    text = code if code.endswith("\n") else code + "\n"
    remaining = len(code)
    tokens: list[RawToken] = []
    for _, ttype, value in lexer.get_tokens_unprocessed(text):
        if remaining <= 0:
            break
        if len(value) > remaining:
            value = value[:remaining]
        remaining -= len(value)
        tokens.append((ttype, value))
    if "".join(value for _, value in tokens) != code:
        return [(Text, code)]
    return tokens


def raw_tokens(found: FoundLexer, code: str) -> Iterable[RawToken]:
    """Raw (Pygments-typed) tokens for ``code`` with the lexer ``found``."""
    factory = CUSTOM_LEXERS.get(found.tag)
    if factory is not None:
        return factory(found.options)(code)
    alias = ROUGE_LEXERS[found.tag][1]
    if alias is None or alias == "text":
        return [(Text, code)]
    options: dict[str, object] = {"stripnl": False, "ensurenl": False}
    lexer = _pygments_lexer(alias, tuple(sorted(options.items())))
    tokens = pygments_raw_tokens(lexer, code)
    if found.tag not in KEEPS_WHITESPACE:
        tokens = ((Text if ttype in Whitespace else ttype, value) for ttype, value in tokens)
    return tokens


def merge(tokens: Iterable[tuple[str, str]]) -> list[Token]:
    """Drop empty tokens and join neighbours of the same class (``continue_lex``)."""
    merged: list[Token] = []
    for shortname, value in tokens:
        if not value:
            continue
        if merged and merged[-1][0] == shortname:
            merged[-1] = (shortname, merged[-1][1] + value)
        else:
            merged.append((shortname, value))
    return merged


def lex(found: FoundLexer, code: str) -> list[Token]:
    """Rouge's token stream for ``code``: merged ``(shortname, value)`` pairs."""
    return merge((rouge_shortname(ttype), value) for ttype, value in raw_tokens(found, code))
