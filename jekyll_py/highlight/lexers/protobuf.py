"""Protocol Buffers, shaped like Rouge's ``protobuf`` lexer.

Rouge's lexer is small and flat: declarations (``message``, ``enum``,
``package``...) push a one-name state, a name before ``=`` is an attribute,
scalar types are ``Keyword.Type``.  Strings are single-line and unescaped.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from ..engine import StateLexer

_KEYWORDS = (r"\b(?:ctype|default|extensions|import|max|oneof|option|optional|packed|"
             r"repeated|required|returns|rpc|to)\b")
_TYPES = (r"\b(?:bool|bytes|double|fixed32|fixed64|float|int32|int64|sfixed32|sfixed64|"
          r"sint32|sint64|string|uint32|uint64)\b")


class ProtobufLexer(StateLexer):
    """``protobuf``/``proto``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"[,;{}\[\]()]", Punctuation),
            (r"/(?:\\\n)?/(?:$|(?:.|\n)*?[^\\]$)", Comment.Single),
            (r"/(?:\\\n)?\*(?:.|\n)*?\*(?:\\\n)?/", Comment.Multiline),
            (_KEYWORDS, Keyword),
            (_TYPES, Keyword.Type),
            (r"true|false", Keyword.Constant),
            (r"(package)(\s+)", (Keyword.Namespace, Text), "package"),
            (r"(message|extend)(\s+)", (Keyword.Declaration, Text), "message"),
            (r"(enum|group|service)(\s+)", (Keyword.Declaration, Text), "type"),
            (r'".*?"', String),
            (r"'.*?'", String),
            (r"(?:\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*", Number.Float),
            (r"(?:\d+\.\d*|\.\d+|\d+[fF])[fF]?", Number.Float),
            (r"-?(?:inf|nan)\b", Number.Float),
            (r"0x[0-9a-fA-F]+[LlUu]*", Number.Hex),
            (r"0[0-7]+[LlUu]*", Number.Oct),
            (r"\d+[LlUu]*", Number.Integer),
            (r"[+-=]", Operator),
            (r"([a-zA-Z_][\w.]*)([ \t]*)(=)", (Name.Attribute, Text, Operator)),
            (r"[a-zA-Z_][\w.]*", Name),
        ],
        "package": [
            (r"[a-zA-Z_]\w*", Name.Namespace, "#pop"),
            (r"", Text, "#pop"),
        ],
        "message": [
            (r"[a-zA-Z_]\w*", Name.Class, "#pop"),
            (r"", Text, "#pop"),
        ],
        "type": [
            (r"[a-zA-Z_]\w*", Name, "#pop"),
            (r"", Text, "#pop"),
        ],
    }
