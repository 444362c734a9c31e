"""Nix expressions, shaped like Rouge's ``nix`` lexer.

Rouge's Nix lexer is built from small mixed-in states: paths and URLs are
``String.Other``, ``''indented strings''`` and ``"strings"`` with ``${}``
interpolation, keyword groups with their own token types.  Its quirks are
kept: digits are matched one at a time, keywords need no word boundary
before them, and a newline inside a string or ``/* */`` comment matches
no rule (Rouge's ``.`` stops at line ends), so it comes out as ``Error``.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from ..engine import Mixin, StateLexer

_WORD = r"[a-zA-Z0-9._-]+"
_SECTION = rf"(?:/{_WORD})"
_BASIC = rf"{_WORD}{_SECTION}+"
_PATH = rf"(?:{_SECTION}+|~{_SECTION}+|{_BASIC}|[a-z+]+://(?:/?{_BASIC}))"
_BUILTINS = ("abort baseNameOf builtins derivation fetchTarball import isNull removeAttrs throw "
             "toString").split()


class NixLexer(StateLexer):
    """``nix``/``nixos``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "whitespaces": [
            (r"^\s*\n\s*$", Text),
            (r"\s+", Text),
        ],
        "comment": [
            (r"#.*$", Comment),
            (r"/\*", Comment, "multiline_comment"),
        ],
        "multiline_comment": [
            (r"\*/", Comment, "#pop"),
            (r".", Comment),
        ],
        "number": [(r"[0-9]", Number.Integer)],
        "null": [(r"null", Keyword.Constant)],
        "boolean": [(r"true|false", Keyword.Constant)],
        "binding": [(r"[a-zA-Z_][a-zA-Z0-9-]*", Name.Variable)],
        "path": [(_PATH, String.Other)],
        "string": [
            (r'"', String.Double, "double_quoted_string"),
            (r"''", String.Double, "indented_string"),
        ],
        "string_content": [
            (r"\\.", String.Escape),
            (r"\$\$", String.Escape),
            (r"\$\{", String.Interpol, "string_interpolated_arg"),
        ],
        "indented_string_content": [
            (r"'''", String.Escape),
            (r"''\$", String.Escape),
            (r"\$\$", String.Escape),
            (r"''\\.", String.Escape),
            (r"\$\{", String.Interpol, "string_interpolated_arg"),
        ],
        "string_interpolated_arg": [
            Mixin("expression"),
            (r"\}", String.Interpol, "#pop"),
        ],
        "indented_string": [
            Mixin("indented_string_content"),
            (r"''", String.Double, "#pop"),
            (r".", String.Double),
        ],
        "double_quoted_string": [
            Mixin("string_content"),
            (r'"', String.Double, "#pop"),
            (r".", String.Double),
        ],
        "operator": [
            (r"\.|\?|\+\+|\+|!=|!|//|==|&&|\|\||->|/|\*|-|<|>|<=|=>", Operator),
        ],
        "assignment": [
            (r"=", Operator),
            (r"@", Operator),
        ],
        "accessor": [(r"\$", Punctuation)],
        "delimiter": [(r";|,|:", Punctuation)],
        "atom_content": [
            Mixin("expression"),
            (r"\)", Punctuation, "#pop"),
        ],
        "atom": [(r"\(", Punctuation, "atom_content")],
        "list": [(r"\[", Punctuation, "list_content")],
        "list_content": [
            (r"\]", Punctuation, "#pop"),
            Mixin("expression"),
        ],
        "set": [(r"\{", Punctuation, "set_content")],
        "set_content": [
            (r"\}", Punctuation, "#pop"),
            Mixin("expression"),
        ],
        "expression": [
            Mixin("ignore"),
            Mixin("comment"),
            Mixin("boolean"),
            Mixin("null"),
            Mixin("number"),
            Mixin("path"),
            Mixin("string"),
            Mixin("keywords"),
            Mixin("operator"),
            Mixin("accessor"),
            Mixin("assignment"),
            Mixin("delimiter"),
            Mixin("binding"),
            Mixin("atom"),
            Mixin("set"),
            Mixin("list"),
        ],
        "keywords": [
            (r"(?:with|in|inherit)\b", Keyword.Namespace),
            (r"let\b", Keyword.Declaration),
            (r"(?:if|then|else)\b", Keyword),
            (r"(?:rec|assert|map)\b", Keyword.Reserved),
            ("(?:" + "|".join(_BUILTINS) + r")\b", Keyword.Reserved),
        ],
        "ignore": [Mixin("whitespaces")],
        "root": [
            Mixin("ignore"),
            Mixin("expression"),
        ],
    }
