"""Crystal, shaped like Rouge's ``crystal`` lexer.

Rouge's Crystal lexer is its Ruby lexer with Crystal's words and literals
(``0o17``, ``1_f32``, ``@[Attribute]``, ``{% %}`` macro delimiters,
``lib``/``fun``/``macro``...), so it shares the Ruby lexer's machinery here:
expression-start tracking for ``/`` and ``%``, heredocs, sigil strings.
Rouge quirks kept: ``def`` is matched without a word boundary (``default``
is ``def`` + a method name), and in a single-quoted string only the last
character of the body is kept, as Rouge's repeated regex group yields it.
"""

from __future__ import annotations

import re

from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

from ..engine import Mixin
from .ruby import (
    RubyLexer,
    _goto,
    _heredoc_check,
    _heredoc_empty,
    _heredoc_open,
    _pop,
    _sigil_string,
    _text_then_expr,
)

KEYWORDS = r"""
BEGIN END alias begin break case defined\? do else elsif end ensure for if ifdef in next redo
rescue raise retry return super then undef unless until when while yield lib fun type of as
""".split()
PSEUDO_KEYWORDS = """
initialize new loop include extend raise attr_reader attr_writer attr_accessor alias_method
attr catch throw private module_function public protected true false nil __FILE__ __LINE__
getter getter? getter! property property? property! struct record
""".split()
BUILTIN_METHODS = """
abort ancestors at_exit caller catch chomp chop clone constants display dup eval exec exit
extend fail fork format freeze getc gets global_variables gsub hash id included_modules
inspect instance_eval instance_method instance_methods lambda loop method method_missing
methods module_eval name object_id open p print printf proc putc puts raise rand readline
readlines require scan select self send sleep split sprintf srand sub syscall system test
throw to_a to_s trap warn
""".split()
PREDICATE_BUILTINS = "eql equal include is_a iterator kind_of nil".split()
BANG_BUILTINS = "chomp chop exit gsub sub".split()

_ESCAPES = r"\\(?:[\\abefnrstv#\"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})"


def _words(names: list[str]) -> str:
    """Rouge joins these lists into a regex as written (``defined\\?`` included)."""
    return "(?:" + "|".join(names) + ")"


class CrystalLexer(RubyLexer):
    """``crystal``/``cr``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "symbols": [
            (r"(?i):@{0,2}[a-z_]\w*[!?]?", String.Symbol),
            (r":(?:===|=?~|\[\][=?]?|\*\*=?|//=?|[=^*/+-]=?|&[&*+-]?=?|\|\|?=?|![=~]?|%=?|<=>|"
             r"<<?=?|>>?=?|\.\.\.?)", String.Symbol),
            (r":'(?:\\\\|\\'|[^'])*'", String.Symbol),
            (r':"', String.Symbol, "simple_sym"),
        ],
        "sigil_strings": [(r"%([rqswQWxiI])?([^\w\s}])", _sigil_string)],
        "strings": [
            Mixin("symbols"),
            (r"\b[a-z_]\w*?[?!]?:\s+", String.Symbol, "expr_start"),
            (r'"', String.Double, "simple_string"),
            (r"(?<!\.)`", String.Backtick, "simple_backtick"),
            (r"(')(\\u[a-fA-F0-9]{4}|\\u\{[a-fA-F0-9]{1,6}\}|\\[abefnrtv])?(\\\\|\\'|[^'])*(')",
             (String.Single, String.Escape, String.Single, String.Single)),
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
            (r"0o[0-7]+(?:_[0-7]+)*", Number.Oct),
            (r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", Number.Hex),
            (r"0b[01]+(?:_[01]+)*", Number.Bin),
            (r"(?i)\d+\.\d+(?:e[+\-]?\d+)?(?:_f32)?", Number.Float),
            (r"(?i)\d+e[+\-]?\d+", Number.Float),
            (r"(?i)\d+_f32", Number.Float),
            (r"\d+(?:_\d+)*(?:_[iu]\d+)?", Number.Integer),
            (r"@\[[^\]]+\]", Name.Decorator),
            (r"(?i)@@[a-z_]\w*", Name.Variable.Class),
            (r"(?i)@[a-z_]\w*", Name.Variable.Instance),
            (r"\$\w+", Name.Variable.Global),
            (r"\$[!@&`'+~=/\\,;.<>_*$?:\"]", Name.Variable.Global),
            (r"\$-[0adFiIlpvw]", Name.Variable.Global),
            (r"::", Operator),
            Mixin("strings"),
            (_words(KEYWORDS) + r"\b", Keyword, "expr_start"),
            (_words(PSEUDO_KEYWORDS) + r"\b", Keyword.Pseudo, "expr_start"),
            (r"(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(?:::[a-zA-Z_][a-zA-Z0-9_]*)*)",
             (Keyword, Text, Name.Namespace)),
            (r"(def|macro\b)(\s*)", (Keyword, Text), "funcname"),
            (r"(class\b)(\s*)", (Keyword, Text), "classname"),
            (_words(PREDICATE_BUILTINS) + r"[?]", Name.Builtin, "expr_start"),
            (_words(BANG_BUILTINS) + "!", Name.Builtin, "expr_start"),
            (r"(?<!\.)" + _words(BUILTIN_METHODS) + r"\b", Name.Builtin, "method_call"),
            Mixin("has_heredocs"),
            (r"\.{2,3}", Operator, "expr_start"),
            (r"[A-Z][a-zA-Z0-9_]*", Name.Constant, "method_call"),
            (r"(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-/\[<>=])",
             (Punctuation, Text, Name.Function), "method_call"),
            (r"[a-zA-Z_]\w*[?!]", Name, "expr_start"),
            (r"[a-zA-Z_]\w*", Name, "method_call"),
            (r"\*\*|//|>=|<=|<=>|<<?|>>?|=~|={3}|!~|&&?|\|\||\.", Operator, "expr_start"),
            (r"\{%|%\}", Punctuation),
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
            (r"\(", Punctuation, ("defexpr", "expr_start")),
            (r"<<", Operator, "#goto:expr_start"),
            (r"[A-Z_]\w*", Name.Class, "#pop"),
            (r"", _pop),
        ],
        "ternary": [
            (r":(?!:)", Punctuation, "#goto:expr_start"),
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
            (r"\\u(?:[a-fA-F0-9]{4}|\{[^}]+\})", String.Escape),
            (r"\\.", String.Escape),
        ],
        "method_call": [
            (r"/", Operator, "#goto:expr_start"),
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
