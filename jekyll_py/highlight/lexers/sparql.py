"""SPARQL, shaped like Rouge's ``sparql`` lexer.

Keywords (case-insensitive, and ``a``) are ``Keyword``, the built-in
functions ``Name.Builtin``, ``?x``/``$x`` ``Name.Variable``, ``<...>`` IRIs
and the prefix of ``ex:local`` ``Name.Namespace`` (the local part
``String.Symbol``).  A string may be followed by ``@lang``
(``Name.Property``) or ``^^``.  Bare words are errors, as in Rouge; a ``<``
that finds a ``>`` later, even across blanks, is an IRI.  Blanks are
``Text.Whitespace``.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Whitespace,
)

from ..engine import StateLexer, words

#: Words found by probing Rouge black-box with the SPARQL 1.1 grammar's keywords
#: and function names.
SPARQL_KEYWORDS = (
    "BASE PREFIX SELECT DISTINCT REDUCED AS CONSTRUCT WHERE DESCRIBE ASK FROM NAMED GROUP BY "
    "HAVING ORDER ASC DESC LIMIT OFFSET VALUES LOAD SILENT CLEAR DROP CREATE ADD MOVE COPY "
    "INSERT DATA DELETE WITH USING DEFAULT GRAPH ALL OPTIONAL SERVICE BIND UNDEF MINUS UNION "
    "FILTER IN NOT EXISTS TO"
).split()
SPARQL_BUILTINS = (
    "SEPARATOR STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND "
    "CONCAT STRLEN UCASE LCASE ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER "
    "YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5 SHA1 SHA256 SHA384 "
    "SHA512 COALESCE IF STRLANG STRDT sameTerm REGEX SUBSTR REPLACE COUNT SUM MIN MAX AVG "
    "SAMPLE GROUP_CONCAT"
).split()


def _string(quote: str, ttype: object, *, long: bool) -> list:
    """The inside of a string; the closing quote hands over to ``suffix``."""
    close = quote * 3 if long else quote
    body = rf"[^{quote}\\]+|[{quote}\\]" if long else rf"[^{quote}\\]+|\\"
    return [
        (r"\\(?:[tbnrf\"'\\]|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})", String.Escape),
        (re.escape(close), ttype, "#goto:suffix"),
        (body, ttype),
    ]


class SparqlLexer(StateLexer):
    """``sparql``."""

    flags = re.MULTILINE

    states = {
        "root": [
            (r"\s+", Whitespace),
            (r"#.*", Comment.Single),
            (r"<[^>]*>", Name.Namespace),
            (r"[?$]\w+", Name.Variable),
            (r"(\w[\w-]*)?(:)", (Name.Namespace, Operator), "local"),
            (r"(?i:[+-]?(?:\d+\.\d*|\.\d+)(?:e[+-]?\d+)?)", Number.Float),
            (r"[+-]?\d+", Number.Integer),
            (r'"""', String.Double, "dq3"),
            (r"'''", String.Single, "sq3"),
            (r'"', String.Double, "dq"),
            (r"'", String.Single, "sq"),
            ("(?i)" + words(*SPARQL_KEYWORDS), Keyword),
            (r"\ba\b", Keyword),
            (r"(?i)\b(?:true|false)\b", Keyword.Constant),
            ("(?i)" + words(*SPARQL_BUILTINS), Name.Builtin),
            (r"&&|\|\||\^\^|[!*+/<>?]", Operator),
            (r"[{}()\[\].,;=]", Punctuation),
            (r"[^\W\d_]\w*", Error),
        ],
        "local": [
            (r"[\w-]+", String.Symbol, "#pop"),
            (r"", String.Symbol, "#pop"),
        ],
        "dq3": _string('"', String.Double, long=True),
        "sq3": _string("'", String.Single, long=True),
        "dq": _string('"', String.Double, long=False),
        "sq": _string("'", String.Single, long=False),
        "suffix": [
            (r"(@)([a-zA-Z]+(?:-[a-zA-Z0-9]+)*)", (Operator, Name.Property), "#pop"),
            (r"\^\^", Operator, "#pop"),
            (r"", String, "#pop"),
        ],
    }
