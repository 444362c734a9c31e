"""PromQL, shaped like Rouge's ``prometheus`` lexer.

Aggregations (``sum``, ``topk``) are ``Name.Function``, the other functions
Rouge knows ``Name.Builtin``, metric names ``Name``; label names inside
``{...}`` and after ``by``/``without``/``on(`` are ``Name.Attribute``.
Durations (``1h30m``) are integers.  As in Rouge, ``and``/``or``/``unless``
are operators wherever a token starts (``order`` is ``or`` + ``der``), and
``=~``/``!~`` are only operators inside ``{...}``.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from ..engine import StateLexer, words

#: Found by probing Rouge black-box with the functions of Prometheus' documentation.
PROMETHEUS_AGGREGATIONS = "sum min max avg stddev stdvar count count_values bottomk topk".split()
PROMETHEUS_FUNCTIONS = (
    "abs absent ceil changes clamp_max clamp_min day_of_month day_of_week days_in_month delta "
    "deriv exp floor histogram_quantile holt_winters hour idelta increase irate label_replace "
    "ln log2 log10 month predict_linear rate resets round scalar sort sort_desc sqrt time "
    "vector year avg_over_time min_over_time max_over_time sum_over_time count_over_time "
    "quantile_over_time stddev_over_time stdvar_over_time"
).split()


def _string(quote: str, ttype: object) -> list:
    return [
        (rf"\\[abfnrtv\\{quote}]", String.Escape),
        (quote, ttype, "#pop"),
        (rf"[^{quote}\\]+", ttype),
    ]


class PrometheusLexer(StateLexer):
    """``prometheus``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"#.*", Comment),
            (r'"', String.Double, "dq"),
            (r"'", String.Single, "sq"),
            (r"`.*`", String.Backtick),
            (r"\{", Punctuation, "matchers"),
            (r"and|or|unless", Operator),
            (r"(?:on|ignoring)(?=\()", Keyword.Pseudo, "labels"),
            (r"group_(?:left|right)(?=\()", Keyword.Type),
            (words("by", "without"), Keyword, "labels"),
            (words("offset", "bool"), Keyword),
            (words(*PROMETHEUS_AGGREGATIONS), Name.Function),
            (words(*PROMETHEUS_FUNCTIONS), Name.Builtin),
            (r"[a-zA-Z_:][\w:]*", Name),
            (r"-?\d+\.\d+", Number.Float),
            (r"-?(?:\d+[smhdwy])+", Number.Integer),
            (r"-?\d+", Number.Integer),
            (r"==|!=|>=|<=|[-+*/%^<>=]", Operator),
            (r"[()\[\],.]", Punctuation),
        ],
        "labels": [
            (r"\s+", Text),
            (r"#.*", Comment),
            (r"[\w:-]+", Name.Attribute),
            (r",", Punctuation),
            (r"\(", Punctuation),
            (r"\)", Punctuation, "#pop"),
        ],
        "matchers": [
            (r"[ \t\r\f\v]+", Text),
            (r"[\w:-]+", Name.Attribute),
            (r"=~|!~|!=|=", Operator),
            (r'"', String.Double, "dq"),
            (r"'", String.Single, "sq"),
            (r"`.*`", String.Backtick),
            (r",", Punctuation),
            (r"\}", Punctuation, "#pop"),
        ],
        "dq": _string('"', String.Double),
        "sq": _string("'", String.Single),
    }
