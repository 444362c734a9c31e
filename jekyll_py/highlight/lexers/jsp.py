"""JSP, shaped like Rouge's ``jsp`` lexer: HTML with JSP elements.

``<%-- --%>`` is a comment; ``<%``, ``<%=``, ``<%!`` and ``%>`` are
``Name.Tag`` around Java, lexed by one Java lexer that keeps its state from
one scriptlet to the next; as in Rouge, ``%`` and ``>`` inside a scriptlet
are errors (Rouge gives Java only the runs between them).  A directive opener (``<%@ page ``) and a tag-library tag
opener (``<c:out ``) are one ``Name.Tag`` with their trailing blanks; their
attributes are ``Name.Attribute`` with the blanks before them, and
in a double-quoted value that starts with ``${``, each ``${...}`` is Java
between ``String.Interpol`` marks.  Everything else is our HTML lexer's.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Name, String, Text

from ..engine import Context, Mixin
from .html import HTMLLexer
from .java_go import JavaLexer


def _to_java(ctx: Context, match: re.Match[str]) -> None:
    host = ctx.memo["host"]
    ctx.out.extend(host.java.continue_tokens(match.group()))  # type: ignore[attr-defined]


_JSP_ROOT = [
    (r"(?s)<%--.*?(?:--%>|\Z)", Comment),
    (r"<%@\s*\w+\s*", Name.Tag, "jsp_tag"),
    (r"<%[=!]?", Name.Tag, "scriptlet"),
    (r"<\w+:(?:[a-zA-Z_][\w-]*)?\s*", Name.Tag, "jsp_tag"),
]

_JSP_STATES = {
    "scriptlet": [
        (r"%>", Name.Tag, "#pop"),
        # Rouge hands only runs without ``%`` and ``>`` to Java: those two are
        # errors in a scriptlet (``a > b`` included).
        (r"[^%>]+", _to_java),
    ],
    "jsp_tag": [
        (r"/?>|%>", Name.Tag, "#pop"),
        (r"\s*[\w:-]+\s*=\s*", Name.Attribute, "jsp_value"),
        (r"[^<>&/%]+|[/%]", Text),
        Mixin("html_root"),
    ],
    "jsp_value": [
        (r'"(?=\$\{)', String, "#goto:jsp_dq"),
        (r'"[^"]*"', String, "#pop"),
        (r"'[^']*'", String, "#pop"),
        (r"[^\s/>]+", String, "#pop"),
    ],
    "jsp_dq": [
        (r'"', String, "#pop"),
        (r"\$\{", String.Interpol, "jsp_el"),
        (r'[^"$]+|\$', String),
    ],
    "jsp_el": [
        (r"\}", String.Interpol, "#pop"),
        (r"[^}]+", _to_java),
    ],
}


class JSPLexer(HTMLLexer):
    """``jsp``."""

    states = {
        **HTMLLexer.states,
        "root": [*_JSP_ROOT, Mixin("html_root")],
        "html_root": HTMLLexer.states["root"],
        # JSP elements are recognised everywhere: in script and style bodies
        # (whose lexers carry on after them) and inside attribute values.
        "script_content": [*_JSP_ROOT, *HTMLLexer.states["script_content"]],
        "style_content": [*_JSP_ROOT, *HTMLLexer.states["style_content"]],
        "dq": [(r'"', String, "#pop"), *_JSP_ROOT, (r'[^"<]+|<', String)],
        "sq": [(r"'", String, "#pop"), *_JSP_ROOT, (r"[^'<]+|<", String)],
        **_JSP_STATES,
    }

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        self.java = JavaLexer(options)

    def reset(self) -> None:
        """Start over, with a fresh Java lexer too."""
        super().reset()
        self.java.reset()



