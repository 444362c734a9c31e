"""POSIX shell / bash, shaped like Rouge's ``shell`` lexer.

What makes Rouge's shell output distinctive, and what this lexer keeps:
keywords and builtins take the blanks that follow them into the same token
(``<span class="k">for </span>``), a long list of coreutils counts as
builtins, options (``-x``, ``--flag``) are ``Name.Tag``, ``*`` is a keyword,
``${...}`` and ``$((...))`` are keyword-delimited while ``$(...)`` is an
interpolation, and a comment is plain ``Comment`` (even ``#!``).
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,  # noqa: I001
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from ..engine import Context, Mixin, StateLexer, words

KEYWORDS = (
    "if fi else while do done for then return function select continue until esac elif in"
).split()

#: Shell builtins plus the coreutils and common tools Rouge highlights as builtins.
BUILTINS = """
alias bg bind break builtin caller cd command compgen complete declare dirs disown
enable eval exec exit export false fc fg getopts hash help history jobs let local
logout mapfile popd pushd pwd read readonly set shift shopt source suspend test time
times trap true type typeset ulimit umask unalias unset wait
cat tac nl od base32 base64 fmt pr fold head tail split csplit wc sum cksum b2sum
md5sum sha1sum sha224sum sha256sum sha384sum sha512sum sort shuf uniq comm ptx tsort
cut paste join tr expand unexpand ls dir vdir dircolors cp dd install mv rm shred
link ln mkdir mkfifo mknod readlink rmdir unlink chown chgrp chmod touch df du stat
sync truncate echo printf yes expr tee basename dirname pathchk mktemp realpath stty
printenv tty id logname whoami groups users who date arch nproc uname hostname hostid
uptime chcon runcon chroot env nice nohup stdbuf timeout kill sleep factor numfmt seq
tar grep sudo awk sed gzip gunzip
""".split()


def _heredoc_start(ctx: Context, match: re.Match[str]) -> None:
    """``<<EOF`` / ``<<-'EOF'``: remember the terminator and enter the body."""
    ctx.token(Operator, match.group(1))
    ctx.token(Text, match.group(2))
    ctx.token(String.Heredoc, match.group(3))
    ctx.token(String.Heredoc, match.group(4))
    ctx.token(Name.Constant, match.group(5))
    ctx.token(String.Heredoc, match.group(6))
    ctx.memo["heredoc"] = match.group(5)
    ctx.push("heredoc")


def _heredoc_line(ctx: Context, match: re.Match[str]) -> None:
    """At the start of a body line: the terminator ends the heredoc."""
    if match.group(1) == ctx.memo.get("heredoc"):
        ctx.token(Name.Constant, match.group())
        ctx.pop(2)
    else:
        ctx.token(String.Heredoc, match.group())


def _leave(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


class ShellLexer(StateLexer):
    """sh/bash/zsh/ksh."""

    #: Ruby's ``\w``/``\s``/``\d`` are ASCII-only; so are Rouge's shell rules.
    flags = re.MULTILINE | re.ASCII

    states = {
        "statement": [
            (r"#.*$", Comment),
            (words(*KEYWORDS, suffix=r"\s*\b"), Keyword),
            (r"\bcase\b", Keyword, "case"),
            (words(*BUILTINS, suffix=r"\s*\b(?![.-])"), Name.Builtin),
            (r"[.](?=\s)", Name.Builtin),
            (r"(\b\w+)(=)", (Name.Variable, Operator)),
            (r"[\[\]{}()!=>]", Operator),
            (r"&&|\|\|", Operator),
            (r"<<<", Operator),
            (r"(<<-?)(\s*)(['\"]?)(\\?)(\w+)(\3)", _heredoc_start),
        ],
        "heredoc": [
            (r"\n", String.Heredoc, "heredoc_nl"),
            (r"[^$\n\\]+", String.Heredoc),
            Mixin("interp"),
            (r"[$]", String.Heredoc),
        ],
        "heredoc_nl": [
            (r"\s*(\w+)\s*\n", _heredoc_line),
            (r"", _leave),
        ],
        "double_quotes": [
            (r'(?:\$#?)?"', String.Double, "#pop"),
            Mixin("interp"),
            (r'[^"`\\$]+', String.Double),
        ],
        "ansi_string": [
            (r"\\.", String.Escape),
            (r"[^\\']+", String.Single),
            Mixin("single_quotes"),
        ],
        "single_quotes": [
            (r"'", String.Single, "#pop"),
            (r"[^']+", String.Single),
        ],
        "words": [
            (r"\s+", Text),
            (r"\\.", String.Escape),
            (r'\$?"', String.Double, "double_quotes"),
            (r"\$'", String.Single, "ansi_string"),
            (r"'", String.Single, "single_quotes"),
            (r"\*", Keyword),
            (r";", Punctuation),
            (r"--?[\w-]+", Name.Tag),
            (r"[^=*\s{}()$\"'`;\\<]+", Text),
            (r"\d+(?= |\Z)", Number),
            (r"<", Text),
            Mixin("interp"),
        ],
        "curly": [
            (r"\}", Keyword, "#pop"),
            (r":-", Keyword),
            (r"[a-zA-Z0-9_]+", Name.Variable),
            (r"[^}:\"`'$]+", Punctuation),
            Mixin("root"),
        ],
        "paren_interp": [
            (r"\)", String.Interpol, "#pop"),
            (r"\(", Operator, "paren_inner"),
            Mixin("root"),
        ],
        "paren_inner": [
            (r"\(", Operator, "#push"),
            (r"\)", Operator, "#pop"),
            Mixin("root"),
        ],
        "math": [
            (r"\)\)", Keyword, "#pop"),
            (r"[-+*/%^|&!]|\*\*|\|\|", Operator),
            (r"\d+(?:#\w+)?", Number),
            Mixin("root"),
        ],
        "case": [
            (r"\besac\b", Keyword, "#pop"),
            (r"\|", Punctuation),
            (r"\)", Punctuation, "case_stanza"),
            Mixin("root"),
        ],
        "case_stanza": [
            (r";;", Punctuation, "#pop"),
            Mixin("root"),
        ],
        "backticks": [
            (r"`", String.Backtick, "#pop"),
            Mixin("root"),
        ],
        "interp": [
            (r"\\$", String.Escape),
            (r"\\.", String.Escape),
            (r"\$\(\(", Keyword, "math"),
            (r"\$\(", String.Interpol, "paren_interp"),
            (r"\$\{#?", Keyword, "curly"),
            (r"`", String.Backtick, "backticks"),
            (r"\$#?(?:\w+|.)", Name.Variable),
            (r"\$[*@]", Name.Variable),
        ],
        "root": [Mixin("statement"), Mixin("words")],
    }
