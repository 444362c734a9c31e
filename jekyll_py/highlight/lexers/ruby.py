"""Ruby, shaped like Rouge's ``ruby`` lexer.

Ruby is the language of Jekyll plugins, so its snippets are everywhere on
Jekyll sites.  Rouge's Ruby output, unlike Pygments', has ``.`` as
punctuation followed by the method name as ``Name.Function``; ``attr_reader``
and other Kernel/Module methods as builtins; ``key: value`` hash keys as one
symbol token ``a: ``; heredoc delimiters as ``Name.Constant`` with the body
(interpolation lexed) as ``String.Heredoc``; floats such as ``2.5`` whole.

Whether ``/`` or ``%`` starts a literal depends on what came before: after
an operator or keyword an expression starts (``expr_start``), after a name a
method call may follow (``method_call``), as in Ruby's own parser.
"""

from __future__ import annotations

import re

from pygments.token import (  # noqa: I001
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
    _TokenType,
)

from ..engine import Context, Mixin, StateLexer

KEYWORDS = r"(?:BEGIN|END|alias|begin|break|case|defined\?|do|else|elsif|end|ensure|for|if|in|next|redo|rescue|raise|retry|return|super|then|undef|unless|until|when|while|yield)(?=\W|$)"
PSEUDO_KEYWORDS = """
loop include extend raise alias_method attr catch throw private module_function public
protected true false nil __FILE__ __LINE__
""".split()
#: Kernel/Module methods highlighted as builtins (unless called on a receiver).
BUILTIN_METHODS = r"""
attr_reader attr_writer attr_accessor __id__ __send__ abort ancestors at_exit autoload
binding callcc caller catch chomp chop class_eval class_variables clone const_defined?
const_get const_missing const_set constants display dup eval exec exit extend fail fork
format freeze getc gets global_variables gsub hash id included_modules inspect
instance_eval instance_method instance_methods instance_variable_get
instance_variable_set instance_variables lambda load local_variables loop method
method_missing methods module_eval name object_id open p print printf
private_class_method private_instance_methods private_methods proc
protected_instance_methods protected_methods public_class_method
public_instance_methods public_methods putc puts raise rand readline readlines require
require_relative scan select self send set_trace_func singleton_methods sleep split
sprintf srand sub syscall system taint test throw to_a to_s trace_var trap untaint
untrace_var warn
""".split()
PREDICATE_BUILTINS = """
autoload block_given const_defined eql equal frozen include instance_of is_a iterator
kind_of method_defined nil private_method_defined protected_method_defined
public_method_defined respond_to tainted
""".split()
BANG_BUILTINS = "chomp chop exit gsub sub".split()

_CLOSERS = {"{": "}", "[": "]", "(": ")", "<": ">"}
_ESCAPES = r"\\(?:[\\abefnrstv#\"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})"


def _alternation(names: list[str]) -> str:
    """Names in the order given (as Rouge's regex alternation tries them)."""
    return "(?:" + "|".join(re.escape(n) for n in names) + ")"


def _lexer(ctx: Context) -> RubyLexer:
    assert isinstance(ctx.lexer, RubyLexer)
    return ctx.lexer


def _sigil_string(ctx: Context, match: re.Match[str]) -> None:
    """``%w[...]``, ``%r{...}``, ``%(...)``: a state made for this delimiter pair."""
    kind, opener = match.group(1) or "", match.group(2)
    closer = _CLOSERS.get(opener, opener)
    interpolates = kind in "rQWxI" and kind != ""
    ttype: _TokenType = String.Other
    if kind == "r":
        ttype = String.Regex
        ctx.push("regex_flags")
    ctx.token(ttype, match.group())
    name = f"sigil:{kind == 'r'}:{interpolates}:{opener}{closer}"
    delimiters = "".join(dict.fromkeys(opener + closer))
    if opener == closer == "#":
        delimiters = ""
    escaped = re.escape(delimiters)
    specs: list = [(rf"\\[#{escaped}\\]", String.Escape)]
    if opener != closer:
        specs.append((re.escape(opener), ttype, "#push"))
    specs.append((re.escape(closer), ttype, "#pop"))
    if interpolates:
        specs += [Mixin("string_intp_escaped"), (r"#", ttype)]
    else:
        specs.append((r"[\\#]", ttype))
    specs.append((rf"[^#{escaped}\\]+", ttype))
    ctx.push(_lexer(ctx).add_state(name, specs))


def _heredoc_open(ctx: Context, match: re.Match[str]) -> None:
    """``<<~EOS``: queue the heredoc; its body starts at the end of the line."""
    ctx.token(Operator, match.group(1))
    ctx.token(Name.Constant, match.group(2) + match.group(3) + match.group(4))
    queue = ctx.memo.setdefault("heredocs", [])
    queue.append((match.group(1) in ("<<-", "<<~"), match.group(3)))  # type: ignore[union-attr]
    if ctx.stack[-1] != "heredoc_queue":
        ctx.push("heredoc_queue")


def _heredoc_empty(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Operator, match.group(1))
    ctx.token(Name.Constant, match.group(2) + match.group(3))
    queue = ctx.memo.setdefault("heredocs", [])
    queue.append((match.group(1) in ("<<-", "<<~"), ""))  # type: ignore[union-attr]
    if ctx.stack[-1] != "heredoc_queue":
        ctx.push("heredoc_queue")


def _heredoc_check(ctx: Context, match: re.Match[str]) -> None:
    """A heredoc body line: the terminator (indented if ``<<-``/``<<~``) ends it."""
    queue: list[tuple[bool, str]] = ctx.memo.setdefault("heredocs", [])  # type: ignore[assignment]
    line = match.group()
    if queue:
        tolerant, name = queue[0]
        check = line.strip() if tolerant else line.rstrip()
        if check == name:
            queue.pop(0)
            if not queue:
                ctx.pop()
            ctx.token(Name.Constant, line)
            ctx.pop()
            return
    ctx.token(String.Heredoc, line)
    ctx.pop()


def _pop(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


def _goto(state: str, ttype: _TokenType | None = None):
    def action(ctx: Context, match: re.Match[str]) -> None:
        if ttype is not None:
            ctx.token(ttype, match.group())
        ctx.goto(state)
    return action


def _text_then_expr(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Text, match.group())
    ctx.goto("expr_start")


class RubyLexer(StateLexer):
    """``ruby``/``rb``."""

    flags = re.MULTILINE | re.ASCII

    def start_stack(self) -> list[str]:
        """Rouge's Ruby lexer starts expecting an expression."""
        return ["root", "expr_start"]

    states = {
        "symbols": [
            (r"(?i):@{0,2}[a-z_]\w*[!?]?", String.Symbol),
            (r":(?:\*\*|[-+]@|[/%&|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)", String.Symbol),
            (r":'(?:\\\\|\\'|[^'])*'", String.Symbol),
            (r':"', String.Symbol, "simple_sym"),
        ],
        "sigil_strings": [(r"%([rqswQWxiI])?([^\w\s])", _sigil_string)],
        "strings": [
            Mixin("symbols"),
            (r"\b[a-z_]\w*?[?!]?:\s+", String.Symbol, "expr_start"),
            (r"'(?:\\\\|\\'|[^'])*'", String.Single),
            (r'"', String.Double, "simple_string"),
            (r"(?<!\.)`", String.Backtick, "simple_backtick"),
        ],
        "regex_flags": [(r"[mixounse]*", String.Regex, "#pop")],
        "simple_string": [
            Mixin("string_intp_escaped"),
            (r'[^\\"#]+', String.Double),
            (r"[\\#]", String.Double),
            (r'"', String.Double, "#pop"),
        ],
        "simple_sym": [
            Mixin("string_intp_escaped"),
            (r'[^\\"#]+', String.Symbol),
            (r"[\\#]", String.Symbol),
            (r'"', String.Symbol, "#pop"),
        ],
        "simple_backtick": [
            Mixin("string_intp_escaped"),
            (r"[^\\`#]+", String.Backtick),
            (r"[\\#]", String.Backtick),
            (r"`", String.Backtick, "#pop"),
        ],
        "whitespace": [
            Mixin("inline_whitespace"),
            (r"\n\s*", Text, "expr_start"),
            (r"#.*$", Comment.Single),
            (r"(?s)=begin\b.*?\n=end\b", Comment.Multiline),
        ],
        "inline_whitespace": [(r"[ \t\r]+", Text)],
        "root": [
            Mixin("whitespace"),
            (r"__END__", Comment.Preproc, "end_part"),
            (r"0_?[0-7]+(?:_[0-7]+)*", Number.Oct),
            (r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", Number.Hex),
            (r"0b[01]+(?:_[01]+)*", Number.Bin),
            (r"\d+(?:_\d+)*(?:\.\d+(?:_\d+)*(?:[eE][+-]?\d+)?|[eE][+-]?\d+)", Number.Float),
            (r"\d+(?:_\d+)*", Number.Integer),
            (r"(?i)@@[a-z_]\w*", Name.Variable.Class),
            (r"(?i)@[a-z_]\w*", Name.Variable.Instance),
            (r"\$\w+", Name.Variable.Global),
            (r"\$[!@&`'+~=/\\,;.<>_*$?:\"]", Name.Variable.Global),
            (r"\$-[0adFiIlpvw]", Name.Variable.Global),
            (r"::", Operator),
            Mixin("strings"),
            (KEYWORDS, Keyword, "expr_start"),
            (_alternation(PSEUDO_KEYWORDS) + r"\b", Keyword.Pseudo, "expr_start"),
            (r"(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(?:::[a-zA-Z_][a-zA-Z0-9_]*)*)",
             (Keyword, Text, Name.Namespace)),
            (r"(def\b)(\s*)", (Keyword, Text), "funcname"),
            (r"(class\b)(\s*)", (Keyword, Text), "classname"),
            (_alternation(PREDICATE_BUILTINS) + r"[?]", Name.Builtin, "expr_start"),
            (_alternation(BANG_BUILTINS) + "!", Name.Builtin, "expr_start"),
            (r"(?<!\.)" + _alternation(BUILTIN_METHODS) + r"\b", Name.Builtin, "method_call"),
            Mixin("has_heredocs"),
            (r"\.{2,3}", Operator, "expr_start"),
            (r"[A-Z][a-zA-Z0-9_]*", Name.Constant, "method_call"),
            # `+-/` is a range in Rouge's class (so "," and "." too), kept as Rouge has it.
            (r"(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-/\[<>=])",
             (Punctuation, Text, Name.Function), "method_call"),
            (r"[a-zA-Z_]\w*[?!]", Name, "expr_start"),
            (r"[a-zA-Z_]\w*", Name, "method_call"),
            (r"\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\.", Operator, "expr_start"),
            (r"[-+/*%=<>&!^|~]=?", Operator, "expr_start"),
            (r"[?]", Punctuation, ("ternary", "expr_start")),
            (r"[\[({,:\\;/]", Punctuation, "expr_start"),
            (r"[\])}]", Punctuation),
        ],
        "has_heredocs": [
            (r"(?<!\w)(<<[-~]?)([\"`']?)([a-zA-Z_]\w*)(\2)", _heredoc_open),
            (r"(<<[-~]?)([\"'])(\2)", _heredoc_empty),
        ],
        "heredoc_queue": [
            (r"(?=\n)", _goto("resolve_heredocs")),
            Mixin("root"),
        ],
        "resolve_heredocs": [
            Mixin("string_intp_escaped"),
            (r"\n", String.Heredoc, "test_heredoc"),
            (r"[#\\\n]", String.Heredoc),
            (r"[^#\\\n]+", String.Heredoc),
        ],
        "test_heredoc": [
            (r"[^#\\\n]*$", _heredoc_check),
            (r"", _pop),
        ],
        "funcname": [
            (r"\s+", Text),
            (r"\(", Punctuation, "defexpr"),
            (r"(?:([a-zA-Z_]\w*)(\.))?([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[/%&|^`~]|\[\]=?"
             r"|<<?|>>?|<=>?|>=|===?)", (Name.Class, Operator, Name.Function), "#pop"),
            (r"", _pop),
        ],
        "classname": [
            (r"\s+", Text),
            (r"\w+(?:::\w+)+", Name.Class),
            (r"\(", Punctuation, ("defexpr", "expr_start")),
            (r"<<", Operator, "#goto:expr_start"),
            (r"[A-Z_]\w*", Name.Class, "#pop"),
            (r"", _pop),
        ],
        "ternary": [
            (r"(:)(\s+)", (Punctuation, Text), "#goto:expr_start"),
            (r":(?![^#\n]*?[:\\])", Punctuation, "#goto:expr_start"),
            Mixin("root"),
        ],
        "defexpr": [
            (r"(\))(\.|::)?", (Punctuation, Operator), "#pop"),
            (r"\(", Punctuation, ("defexpr", "expr_start")),
            Mixin("root"),
        ],
        "in_interp": [
            (r"\}", String.Interpol, "#pop"),
            Mixin("root"),
        ],
        "string_intp": [
            (r"#\{", String.Interpol, "in_interp"),
            (r"(?i)#(?:@@?|\$)[a-z_]\w*", String.Interpol),
        ],
        "string_intp_escaped": [
            Mixin("string_intp"),
            (_ESCAPES, String.Escape),
            (r"\\.", String.Escape),
        ],
        "method_call": [
            (r"/|%", Operator, "#goto:expr_start"),
            (r"(?=\n)", _pop),
            (r"", _goto("method_call_spaced")),
        ],
        "method_call_spaced": [
            Mixin("whitespace"),
            (r"[%/]=", Operator, "#goto:expr_start"),
            (r"(/)(?=\S|\s*/)", _goto("slash_regex", String.Regex)),
            Mixin("sigil_strings"),
            (r"(?=\s*/)", _pop),
            (r"\s+", _text_then_expr),
            (r"", _pop),
        ],
        "expr_start": [
            Mixin("inline_whitespace"),
            (r"/", String.Regex, "#goto:slash_regex"),
            (r"[?](?:\\[MC]-)*(?:" + _ESCAPES + r"|\S)(?!\w)", String.Char, "#pop"),
            (r"(\s*)(%[rqswQWxiI]? \S* )", (Text, String.Other), "#pop"),
            Mixin("sigil_strings"),
            (r"", _pop),
        ],
        "slash_regex": [
            Mixin("string_intp"),
            (r"\\\\", String.Regex),
            (r"\\/", String.Regex),
            (r"[\\#]", String.Regex),
            (r"[^\\/#]+", String.Regex),
            (r"/", String.Regex, "#goto:regex_flags"),
        ],
        "end_part": [(r"(?s).+", Comment.Preproc, "#pop")],
    }

