"""Small formats, shaped like Rouge's lexers: ``diff``, ``docker``, ``toml``, ``http``.

Rouge's diff lexer keeps each line's newline inside the line's token (so a
run of inserted lines is one ``gi`` span), calls the ``index``/``diff``
header lines ``Generic.Heading``, a hunk header's ``@@ ... @@`` punctuation,
and any other line starting with a word character punctuation too.
"""

from __future__ import annotations

import re

from pygments.token import (  # noqa: I001
    Comment,
    Error,
    Generic,
    Keyword,
    Literal,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
    Whitespace,
)

from ..engine import Context, Mixin, StateLexer
from ..mimetypes import MIMETYPE_TAGS
from .shell import ShellLexer


class DiffLexer(StateLexer):
    """``diff``/``patch``/``udiff``."""

    flags = re.MULTILINE | re.ASCII  # Ruby's \w is ASCII-only

    states = {
        "root": [
            (r"^ .*$\n?", Text),
            (r"^---$\n?", Punctuation),
            (r"^[+>]+.*$\n?", Generic.Inserted),
            (r"^\+.*$\n?", Generic.Inserted),
            (r"^[-<]+.*$\n?", Generic.Deleted),
            (r"^!.*$\n?", Generic.Strong),
            (r"^(?:[Ii]ndex|diff).*$\n?", Generic.Heading),
            (r"^(@@[^@]*@@)([^\n]*\n)", (Punctuation, Text)),
            (r"^\w.*$\n?", Punctuation),
            (r"^=.*$\n?", Generic.Heading),
            (r"\s.*$\n?", Text),
        ],
    }


DOCKER_KEYWORDS = (
    "FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG"
    "|STOPSIGNAL|HEALTHCHECK|SHELL"
)


def _docker_run(ctx: Context, match: re.Match[str]) -> None:
    """``RUN``: the command line is shell, one shell lexer across continuations."""
    ctx.token(Keyword, match.group())
    ctx.push("run")
    lexer = ctx.lexer
    assert isinstance(lexer, DockerLexer)
    lexer.shell.reset()


def _docker_shell(ctx: Context, match: re.Match[str]) -> None:
    lexer = ctx.lexer
    assert isinstance(lexer, DockerLexer)
    ctx.out.extend(lexer.shell.continue_tokens(match.group()))


class DockerLexer(StateLexer):
    """``docker``/``dockerfile``: instructions are keywords, their arguments strings."""

    flags = re.MULTILINE | re.ASCII

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        self.shell = ShellLexer(options)

    states = {
        "root": [
            (r"\s+", Text),
            (r"(?i)^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)",
             (Keyword, Whitespace, String, Whitespace, Keyword, Whitespace, String)),
            (rf"(?i)^(ONBUILD)(\s+)({DOCKER_KEYWORDS})(.*)",
             (Keyword, Whitespace, Keyword, String)),
            (rf"(?i)^({DOCKER_KEYWORDS})\b(.*)", (Keyword, String)),
            (r"#.*?$", Comment),
            (r"(?i)^(?:ONBUILD\s+)?RUN(?:\s+)", _docker_run),
            (r"\w+", Text),
            (r"[^\w]+", Text),
            (r".", Text),
        ],
        "run": [
            (r"\n", Text, "#pop"),
            (r"(?s)\\.", String.Escape),
            (r"(?:\\.|[^\n\\])+", _docker_shell),
        ],
    }


TOML_KEY = r"(?:\S+|\"[^\"]+\"|'[^']+')"


class TOMLLexer(StateLexer):
    """``toml``: keys ``Name.Property``, tables ``Name.Namespace``, strings ``String``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "basic": [
            (r"\s+", Text),
            (r"#.*?$", Comment),
            (r"true|false", Keyword.Constant),
            (rf"({TOML_KEY})(\s*)(=)(\s*)(\{{)",
             (Name.Namespace, Text, Operator, Text, Punctuation), "inline"),
            (r"(?<!=)\s*\[[^ \t\n\r\f\v]+\]", Name.Namespace),
            (r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", Literal.Date),
            (r"[+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?", Number.Float),
            (r"[+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*", Number.Float),
            (r"[+-]?(?:nan|inf)", Number.Float),
            (r"0x[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*", Number.Hex),
            (r"0o[0-7]+(?:_[0-7]+)*", Number.Oct),
            (r"0b[01]+(?:_[01]+)*", Number.Bin),
            (r"[+-]?\d+(?:_\d+)*", Number.Integer),
        ],
        "root": [
            Mixin("basic"),
            (rf"({TOML_KEY})(\s*)(=)", (Name.Property, Text, Punctuation), "value"),
        ],
        "value": [
            (r"\n", Text, "#pop"),
            Mixin("content"),
        ],
        "content": [
            Mixin("basic"),
            (rf"({TOML_KEY})(\s*)(=)", (Name.Property, Text, Punctuation)),
            (r'"""', String, "mdq"),
            (r'"', String, "dq"),
            (r"'''", String, "msq"),
            (r"'", String, "sq"),
            Mixin("esc_str"),
            (r",", Punctuation),
            (r"\[", Punctuation, "array"),
        ],
        "dq": [
            (r'"', String, "#pop"),
            (r"\n", Error, "#pop"),
            Mixin("esc_str"),
            (r'[^\\"\n]+', String),
        ],
        "mdq": [
            (r'"""', String, "#pop"),
            Mixin("esc_str"),
            (r'[^\\"]+', String),
            (r'"+', String),
        ],
        "sq": [
            (r"'", String, "#pop"),
            (r"\n", Error, "#pop"),
            (r"[^'\n]+", String),
        ],
        "msq": [
            (r"'''", String, "#pop"),
            (r"[^']+", String),
            (r"'+", String),
        ],
        "esc_str": [(r'\\[0t\tn\n "\\r]', String.Escape)],
        "array": [Mixin("content"), (r"\]", Punctuation, "#pop")],
        "inline": [Mixin("content"), (r"\}", Punctuation, "#pop")],
    }


def _http_header(ctx: Context, match: re.Match[str]) -> None:
    if match.group(1).strip().lower() == "content-type":
        ctx.memo["content_type"] = match.group(5).split(";")[0].lower()
    for index, ttype in enumerate((Name.Attribute, Text, Punctuation, Text, String, Text), 1):
        ctx.token(ttype, match.group(index))


def _http_body(ctx: Context, match: re.Match[str]) -> None:
    from ..lexing import FoundLexer, raw_tokens  # lexing imports this package

    tag = MIMETYPE_TAGS.get(str(ctx.memo.get("content_type", "text/plain")), "plaintext")
    lexer = ctx.lexer
    assert isinstance(lexer, HTTPLexer)
    content = lexer.options.get("content")
    if isinstance(content, str):
        from ..languages import find_tag

        tag = find_tag(content) or tag
    ctx.out.extend(raw_tokens(FoundLexer(tag), match.group()))


class HTTPLexer(StateLexer):
    """``http``: request/status line, headers, then the body in its content type's lexer."""

    states = {
        "root": [
            (r"(GET|POST|PUT|DELETE|HEAD|OPTIONS|TRACE|PATCH)([ ]+)([^ ]+)([ ]+)"
             r"(HTTPS?)(/)(\d(?:\.\d)?)(\r?\n|$)",
             (Name.Function, Text, Name.Namespace, Text, Keyword, Operator, Number, Text),
             "headers"),
            (r"(HTTPS?)(/)(\d(?:\.\d))([ ]+)(\d{3})([ ]+)?([^\r\n]*)?(\r?\n|$)",
             (Keyword, Operator, Number, Text, Number, Text, Name.Exception, Text), "headers"),
        ],
        "headers": [
            (r"([^\s:]+)( *)(:)( *)([^\r\n]+)(\r?\n|$)", _http_header),
            (r"([^\r\n]+)(\r?\n|$)", (String, Text)),
            (r"\r?\n", Text, "content"),
        ],
        "content": [(r"(?s).+", _http_body)],
    }
