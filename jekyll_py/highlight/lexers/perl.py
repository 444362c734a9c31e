"""Perl, shaped like Rouge's ``perl`` lexer.

Rouge's Perl output: quotes are ``Punctuation`` around ``String.Single``/
``String.Double`` bodies with ``$var`` interpolation as ``String.Interpol``;
``m//``, ``s///``, ``tr///`` and ``qr`` literals are ``String.Regex``; sigils
and names are ``Name.Variable``; ``sub name`` gives ``Name.Function`` and
``package Name`` ``Name.Namespace``; a bareword before ``=>`` is a string.
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

from ..engine import Context, Mixin, StateLexer

KEYWORDS = """
case continue do else elsif for foreach if last my next our redo reset then unless until
while use print new BEGIN CHECK INIT END return
""".split()
BUILTINS = """
abs accept alarm atan2 bind binmode bless caller chdir chmod chomp chop chown chr chroot
close closedir connect continue cos crypt dbmclose dbmopen defined delete die dump each
endgrent endhostent endnetent endprotoent endpwent endservent eof eval exec exists exit exp
fcntl fileno flock fork format formline getc getgrent getgrgid getgrnam gethostbyaddr
gethostbyname gethostent getlogin getnetbyaddr getnetbyname getnetent getpeername getpgrp
getppid getpriority getprotobyname getprotobynumber getprotoent getpwent getpwnam getpwuid
getservbyname getservbyport getservent getsockname getsockopt glob gmtime goto grep hex
import index int ioctl join keys kill last lc lcfirst length link listen local localtime
log lstat map mkdir msgctl msgget msgrcv msgsnd my next no oct open opendir ord our pack
package pipe pop pos printf prototype push quotemeta rand read readdir readline readlink
readpipe recv redo ref rename require reverse rewinddir rindex rmdir scalar seek seekdir
select semctl semget semop send setgrent sethostent setnetent setpgrp setpriority
setprotoent setpwent setservent setsockopt shift shmctl shmget shmread shmwrite shutdown
sin sleep socket socketpair sort splice split sprintf sqrt srand stat study substr symlink
syscall sysopen sysread sysseek system syswrite tell telldir tie tied time times tr
truncate uc ucfirst umask undef unlink unpack unshift untie utime values vec wait waitpid
wantarray warn write
""".split()

RE = String.Regex


def _push_name(ctx: Context, match: re.Match[str]) -> None:
    ctx.push("name")


def _push_fat_comma(ctx: Context, match: re.Match[str]) -> None:
    ctx.push("fat_comma")


def _pop(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


def _bracketed_string(opener: str, closer: str) -> list:
    """``q{...}``-style strings: nested brackets balance; escapes stay in the string."""
    return [
        (rf"\\[{opener}{closer}\\]", String.Other),
        (r"\\", String.Other),
        (opener, String.Other, "#push"),
        (closer, String.Other, "#pop"),
        (rf"[^{opener}{closer}\\]+", String.Other),
    ]


class PerlLexer(StateLexer):
    """``perl``/``pl``."""

    flags = re.MULTILINE | re.ASCII  # Ruby's \w is ASCII-only

    states = {
        "balanced_regex": [
            (r"(?s)/(?:\\[\\/]|[^/])*/[egimosx]*", RE, "#pop"),
            (r"(?s)!(?:\\[\\!]|[^!])*![egimosx]*", RE, "#pop"),
            (r"(?s)\\(?:\\\\|[^\\])*\\[egimosx]*", RE, "#pop"),
            (r"\{(?:\\[\\}]|[^}])*\}[egimosx]*", RE, "#pop"),
            (r"<(?:\\[\\>]|[^>])*>[egimosx]*", RE, "#pop"),
            (r"\[(?:\\[\\\]]|[^\]])*\][egimosx]*", RE, "#pop"),
            (r"\((?:\\[\\)]|[^)])*\)[egimosx]*", RE, "#pop"),
            (r"@(?:\\[\\@]|[^@])*@[egimosx]*", RE, "#pop"),
            (r"%(?:\\[\\%]|[^%])*%[egimosx]*", RE, "#pop"),
            (r"\$(?:\\[\\$]|[^$])*\$[egimosx]*", RE, "#pop"),
        ],
        "root": [
            (r"#.*", Comment.Single),
            (r"(?s)^=[a-zA-Z0-9]+\s+.*?\n=cut", Comment.Multiline),
            (r"(?:" + "|".join(KEYWORDS) + r")\b", Keyword),
            (r"(format)(\s+)([a-zA-Z0-9_]+)(\s*)(=)(\s*\n)",
             (Keyword, Text, Name, Text, Punctuation, Text), "format"),
            (r"(?:eq|lt|gt|le|ge|ne|not|and|or|cmp)\b", Operator.Word),
            (r"(?:s|tr|y)\{(?:\\\\|\\\}|[^}])*\}\s*", RE, "balanced_regex"),
            (r"(?:s|tr|y)<(?:\\\\|\\>|[^>])*>\s*", RE, "balanced_regex"),
            (r"(?:s|tr|y)\[(?:\\\\|\\\]|[^\]])*\]\s*", RE, "balanced_regex"),
            (r"(?:s|tr|y)\((?:\\\\|\\\)|[^)])*\)\s*", RE, "balanced_regex"),
            (r"(?s)(?:s|tr|y)\s*([^\w\s])(?:(?:\\\\|\\\1)|[^\1])*?\1(?:(?:\\\\|\\\1)|[^\1])*?\1"
             r"[msixpodualngcr]*", RE),
            (r"(?s)(?:s|tr|y)\s+(\w)(?:(?:\\\\|\\\1)|[^\1])*?\1(?:(?:\\\\|\\\1)|[^\1])*?\1"
             r"[msixpodualngcr]*", RE),
            (r"m?/(?:\\\\|\\/|[^/\n])*/[msixpodualngc]*", RE),
            (r"m(?=[/!\\{<\[(@%$])", RE, "balanced_regex"),
            (r"(?s)m\s*([^\w\s])(?:(?:\\\\|\\\1)|[^\1])*?\1[msixpodualngc]*", RE),
            (r"(?s)m\s+(\w)(?:(?:\\\\|\\\1)|[^\1])*?\1[msixpodualngc]*", RE),
            # Rouge's next rule begins with look-behinds for ``=~``/``(``, which
            # never hold at its scan position, so it is left out.
            (r"\s+", Text),
            (r"(?i)(?=[a-z_]\w*(?:\s*#.*\n)*\s*=>)", _push_fat_comma),
            (r"(?:" + "|".join(BUILTINS) + r")\b", Name.Builtin),
            (r"(?:__(?:DIE|WARN)__|DATA|STD(?:IN|OUT|ERR))\b", Name.Builtin.Pseudo),
            (r"(?s)<<(['\"]?)([a-zA-Z_][a-zA-Z0-9_]*)\1;?\n.*?\n\2\n", String),
            (r"__(?:END|DATA)__\b", Comment.Preproc, "end_part"),
            (r"\$\^[ADEFHILMOPSTWX]", Name.Variable.Global),
            (r"\$[\\\"'\[\]&`+*.,;=%~?@$!<>(^|/_-](?!\w)", Name.Variable.Global),
            (r"(?i)[$@%&*][$@%&*#_]*(?=[a-z{\[;])", Name.Variable, "varname"),
            (r"[-+/*%=<>&^|!\\~]=?", Operator),
            (r"0_?[0-7]+(?:_[0-7]+)*", Number.Oct),
            (r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", Number.Hex),
            (r"0b[01]+(?:_[01]+)*", Number.Bin),
            (r"(?i)(?:\d*(?:_\d*)*\.\d+(?:_\d*)*|\d+(?:_\d*)*\.\d+(?:_\d*)*)(?:e[+-]?\d+)?",
             Number.Float),
            (r"(?i)\d+(?:_\d*)*e[+-]?\d+(?:_\d*)*", Number.Float),
            (r"\d+(?:_\d+)*", Number.Integer),
            (r"'", Punctuation, "sq"),
            (r'"', Punctuation, "dq"),
            (r"`", Punctuation, "bq"),
            (r"<([^\s>]+)>", RE),
            (r"(?:q|qq|qw|qr|qx)\{", String.Other, "cb_string"),
            (r"(?:q|qq|qw|qr|qx)\(", String.Other, "rb_string"),
            (r"(?:q|qq|qw|qr|qx)\[", String.Other, "sb_string"),
            (r"(?:q|qq|qw|qr|qx)<", String.Other, "lt_string"),
            (r"(?:q|qq|qw|qr|qx)(\W)(?:.|\n)*?\1", String.Other),
            (r"package\s+", Keyword, "modulename"),
            (r"sub\s+", Keyword, "funcname"),
            (r"\[\]|\*\*|::|<<|>>|>=|<=|<=>|={3}|!=|=~|!~|&&?|\|\||\.{1,3}", Operator),
            (r"[()\[\]:;,<>/?{}]", Punctuation),
            (r"(?=\w)", _push_name),
        ],
        "format": [
            (r"\.\n", String.Interpol, "#pop"),
            (r".*?\n", String.Interpol),
        ],
        "fat_comma": [
            (r"#.*", Comment.Single),
            (r"\w+", String),
            (r"\s+", Text),
            (r"=>", Operator, "#pop"),
        ],
        "name_common": [
            (r"\w+::", Name.Namespace),
            (r"[\w:]+", Name.Variable, "#pop"),
        ],
        "varname": [
            (r"\s+", Text),
            (r"[{\[]", Punctuation, "#pop"),
            (r"[),]", Punctuation, "#pop"),
            (r"[;]", Punctuation, "#pop"),
            Mixin("name_common"),
        ],
        "name": [
            Mixin("name_common"),
            (r"[A-Z_]+(?=[^a-zA-Z0-9_])", Name.Constant, "#pop"),
            (r"(?=\W)", _pop),
        ],
        "modulename": [(r"(?i)[a-z_]\w*", Name.Namespace, "#pop")],
        "funcname": [
            (r"[a-zA-Z_]\w*[!?]?", Name.Function),
            (r"\s+", Text),
            (r"(\([$@%]*\))(\s*)", (Punctuation, Text)),
            (r".*?\{", Punctuation, "#pop"),
            (r";", Punctuation, "#pop"),
        ],
        "sq": [
            (r"\\[\\']", String.Escape),
            (r"[^\\']+", String.Single),
            (r"'", Punctuation, "#pop"),
            (r"\\", String.Single),
        ],
        "dq": [
            Mixin("string_intp"),
            (r"\\[\\tnrabefluLUE\"$@]", String.Escape),
            (r"\\0\d{2}", String.Escape),
            (r"\\o\{\d+\}", String.Escape),
            (r"\\x[0-9a-fA-F]{2}", String.Escape),
            (r"\\x\{[0-9a-fA-F]+\}", String.Escape),
            (r"\\c.", String.Escape),
            (r"\\N\{[^}]+\}", String.Escape),
            (r'[^\\"]+?', String.Double),
            (r'"', Punctuation, "#pop"),
            (r"\\", String.Escape),
        ],
        "bq": [
            Mixin("string_intp"),
            (r"\\[\\tnr`]", String.Escape),
            (r"[^\\`]+?", String.Backtick),
            (r"`", Punctuation, "#pop"),
        ],
        "cb_string": _bracketed_string(r"\{", r"\}"),
        "rb_string": _bracketed_string(r"\(", r"\)"),
        "sb_string": _bracketed_string(r"\[", r"\]"),
        "lt_string": _bracketed_string("<", ">"),
        "in_interp": [
            (r"\}", String.Interpol, "#pop"),
            (r"\s+", Text),
            (r"(?i)[a-z_]\w*", String.Interpol),
        ],
        "string_intp": [
            (r"[$@][{]", String.Interpol, "in_interp"),
            (r"(?i)[$@][a-z_]\w*", String.Interpol),
        ],
        "end_part": [(r"(?s).+", Comment.Preproc, "#pop")],
    }
