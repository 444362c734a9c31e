"""Configuration formats, shaped like Rouge's lexers: ``conf``, ``properties``,
``make``, ``cmake``, ``nginx``, ``hcl`` and ``terraform``.

* conf: ``#`` comments, quoted strings, words as names, numbers.
* properties: keys ``Name.Property``, values ``String`` with ``\\`` escapes.
* make: variables and targets (``Name.Variable``/``Name.Label``), rule bodies
  and assignments' right-hand sides lexed as shell, ``$(function ...)``
  calls with the function as ``Name.Builtin``.
* nginx: directive names are keywords (``Keyword.Namespace`` inside blocks),
  ``on``/``off`` constants, ``host:port``, sizes like ``10m`` numbers.
* hcl/terraform: block names and labels, ``key = value``, heredocs;
  Terraform's block keywords and ``${...}`` interpolations.
"""

from __future__ import annotations

import re

from pygments.token import (  # noqa: I001
    Comment,
    Keyword,
    Literal,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from ..engine import Context, Mixin, StateLexer
from .shell import ShellLexer


class ConfLexer(StateLexer):
    """``conf``/``config``/``configuration``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"#.*?\n", Comment),
            (r'".*?"', String.Double),
            (r"'.*?'", String.Single),
            (r"(?i)[a-z]\w*", Name),
            (r"\d+", Number),
            (r"[^\w#\"']+", Text),
        ],
    }


class PropertiesLexer(StateLexer):
    """``properties``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "basic": [
            (r"[!#].*?\n", Comment),
            (r"\s+", Text),
            (r"\\\n", String.Escape),
        ],
        "root": [
            Mixin("basic"),
            (r"([\w.-]+)(\s*)([=:])", (Name.Property, Text, Punctuation), "value"),
        ],
        "value": [
            (r"\n", Text, "#pop"),
            Mixin("basic"),
            (r'"', String, "dq"),
            (r"'.*?'", String),
            Mixin("esc_str"),
            (r"[^\\\n]+", String),
        ],
        "dq": [
            (r'"', String, "#pop"),
            Mixin("esc_str"),
            (r'[^\\"]+', String),
        ],
        "esc_str": [
            (r"\\u[0-9]{4}", String.Escape),
            (r"(?s)\\.", String.Escape),
        ],
    }


MAKE_FUNCTIONS = (
    "abspath|addprefix|addsuffix|and|basename|call|dir|error|eval|file|filter|filter-out"
    "|findstring|firstword|flavor|foreach|if|join|lastword|notdir|or|origin|patsubst"
    "|realpath|shell|sort|strip|subst|suffix|value|warning|wildcard|word|wordlist|words"
)
_STOP = r"\$\(|\$\{|\(|\)|\}|\\|$"


def _to_shell(ctx: Context, match: re.Match[str]) -> None:
    lexer = ctx.lexer
    assert isinstance(lexer, MakeLexer)
    ctx.out.extend(lexer.shell.continue_tokens(match.group()))


def _shell_then_push(ctx: Context, match: re.Match[str]) -> None:
    _to_shell(ctx, match)
    ctx.push(ctx.stack[-1])


def _assignment(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(Name.Variable, match.group(1))
    ctx.token(Text, match.group(2))
    ctx.token(Operator, match.group(3))
    ctx.push("shell_line")


def _end_body(ctx: Context, match: re.Match[str]) -> None:
    lexer = ctx.lexer
    assert isinstance(lexer, MakeLexer)
    lexer.shell.reset()
    ctx.pop()


class MakeLexer(StateLexer):
    """``make``/``makefile``/``mf``/``gnumake``/``bsdmake``."""

    flags = re.MULTILINE | re.ASCII

    def __init__(self, options: dict[str, object] | None = None) -> None:
        super().__init__(options)
        self.shell = ShellLexer(options)

    def reset(self) -> None:
        """Start over, with the embedded shell lexer too."""
        super().reset()
        self.shell.reset()

    states = {
        "root": [
            (r"\s+", Text),
            (r"#.*?\n", Comment),
            (r"([-s]?include)((?:[\t ]+[^\t\n #]+)+)", (Keyword, Literal.String.Other)),
            (r"(ifn?def|ifn?eq)([\t ]+)([^#\n]+)", (Keyword, Text, Name.Variable)),
            (r"(?:else|endif)[\t ]*(?=[#\n])", Keyword),
            (r"(export)([\t ]+)(?=[\w${}()\t -]+\n)", (Keyword, Text), "export"),
            (r"export[\t ]+", Keyword),
            (r"([\w${}().-]+)([\t ]*)([!?:+]?=)", _assignment),
            (r'"(?:\\\\|\\.|[^"\\])*"', String.Double),
            (r"'(?:\\\\|\\.|[^'\\])*'", String.Single),
            (r"([^\n:]+)(:+)([ \t]*)", (Name.Label, Operator, Text), "block_header"),
        ],
        "export": [
            (r"[\w${}()-]", Name.Variable),
            (r"\n", Text, "#pop"),
            (r"[\t ]+", Text),
        ],
        "block_header": [
            (r"[^,\\\n#]+", Name.Function),
            (r",", Punctuation),
            (r"#.*?", Comment),
            (r"\\\n", Text),
            (r"\\.", Text),
            (r"\n", Text, "#goto:block_body"),
        ],
        "block_body": [
            (r"(ifn?def|ifn?eq)([\t ]+)([^#\n]+)(#.*)?(\n)",
             (Keyword, Text, Name.Variable, Comment, Text)),
            (r"(else|endif)([\t ]*)(#.*)?(\n)", (Keyword, Text, Comment, Text)),
            (r"(\t[\t ]*)([@-]?)", (Text, Punctuation), "shell_line"),
            (r"", _end_body),
        ],
        "shell": [
            (r"(?i)\$[({][\t ]*\w[\w:=%.]*[\t ]*[)}]", Name.Variable),
            (rf"(?s)(\$[({{])([\t ]*)({MAKE_FUNCTIONS})([\t ]+)",
             (Name.Function, Text, Name.Builtin, Text), "shell_expr"),
            (r"(?s)\\.", _to_shell),
            (rf"(?s).+?(?={_STOP})", _to_shell),
            (_STOP, _to_shell),
        ],
        "shell_expr": [
            (r"[({]", _shell_then_push),
            (r"[)}]", Name.Function, "#pop"),
            Mixin("shell"),
        ],
        "shell_line": [
            (r"\n", Text, "#pop"),
            Mixin("shell"),
        ],
    }


NGINX_ID = r"[^\s$;{}()#]+"


class NginxLexer(StateLexer):
    """``nginx``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"(include)(\s+)([^\s;]+)", (Keyword, Text, Name)),
            (NGINX_ID, Keyword, "statement"),
            Mixin("base"),
        ],
        "block": [
            (r"\}", Punctuation, "#pop"),
            (NGINX_ID, Keyword.Namespace, "statement"),
            Mixin("base"),
        ],
        "statement": [
            (r"\{", Punctuation, "#goto:block"),
            (r";", Punctuation, "#pop"),
            Mixin("base"),
        ],
        "base": [
            (r"\s+", Text),
            (r"#.*", Comment.Single),
            (r"(?:on|off)\b", Name.Constant),
            (r"[$][\w-]+", Name.Variable),
            (r"(?i)([a-z0-9.-]+)(:)([0-9]+)", (Name.Function, Punctuation, Number.Integer)),
            (r"(?i)[a-z-]+/[a-z-]+", Name.Class),
            (r"(?i)[0-9]+[kmg]?\b", Number.Integer),
            (r"(~)(\s*)([^\s{]+)", (Punctuation, Text, String.Regex)),
            (r"[:=~]", Punctuation),
            (rf"/(?:{NGINX_ID})?", Name),
            (r"[^#\s;{}$\\]+", String),
            (r"[$;]", Text),
        ],
    }


HCL_ID = r"(?i:[$a-z_][a-z0-9_]*)"


def _hcl_heredoc(ctx: Context, match: re.Match[str]) -> None:
    for index, ttype in enumerate(
        (Operator, Text, String.Heredoc, String.Heredoc, Name.Constant, String.Heredoc), 1
    ):
        ctx.token(ttype, match.group(index))
    ctx.memo["heredoc"] = match.group(5)
    ctx.push("heredoc")


def _hcl_heredoc_line(ctx: Context, match: re.Match[str]) -> None:
    if match.group(1) == ctx.memo.get("heredoc"):
        ctx.token(Name.Constant, match.group())
        ctx.pop(2)
    else:
        ctx.token(String.Heredoc, match.group())


def _hcl_word(ctx: Context, match: re.Match[str]) -> None:
    """A name: block keywords and other names start a block header (``composite``)."""
    word = match.group()
    lexer = ctx.lexer
    assert isinstance(lexer, HCLLexer)
    if word in lexer.keywords:
        ctx.token(Keyword, word)
        ctx.push("composite")
    elif word in lexer.declarations:
        ctx.token(Keyword.Declaration, word)
        ctx.push("composite")
    elif word in ("true", "false", "null"):
        ctx.token(Keyword.Constant, word)
    else:
        ctx.token(Name.Other, word)
        ctx.push("composite")


def _hcl_expression_word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    lexer = ctx.lexer
    assert isinstance(lexer, HCLLexer)
    if word in lexer.keywords:
        ctx.token(Keyword, word)
    elif word in lexer.declarations:
        ctx.token(Keyword.Declaration, word)
    elif word in ("true", "false", "null"):
        ctx.token(Keyword.Constant, word)
    else:
        ctx.token(Name.Other, word)


def _goto_after(state: str):
    def action(ctx: Context, match: re.Match[str]) -> None:
        ctx.token(Punctuation, match.group())
        ctx.pop()
        ctx.push(state)
    return action


def _pop(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


class HCLLexer(StateLexer):
    """``hcl``: HashiCorp configuration (``name "label" { key = value }``)."""

    keywords: frozenset[str] = frozenset()
    declarations: frozenset[str] = frozenset()

    states = {
        "multiline_comment": [
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r"[*/]", Comment.Multiline),
        ],
        "comments_and_whitespace": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"#.*?$", Comment.Single),
            (r"/[*]", Comment.Multiline, "multiline_comment"),
        ],
        "primitives": [
            (r"[0-9][0-9]*\.[0-9]+(?:[eE][0-9]+)?[fd]?(?:[kKmMgG]b?)?", Number.Float),
            (r"[0-9]+(?:[kKmMgG]b?)?", Number.Integer),
            (r'"', String.Double, "dq"),
            (r"'", String.Single, "sq"),
            (r"(<<-?)(\s*)('?)(\\?)(\w+)(\3)", _hcl_heredoc),
        ],
        "root": [
            Mixin("comments_and_whitespace"),
            Mixin("primitives"),
            (r"\{", Punctuation, "hash"),
            (r"\[", Punctuation, "array"),
            (HCL_ID, _hcl_word),
        ],
        "composite": [
            Mixin("comments_and_whitespace"),
            (r"[{]", _goto_after("hash")),
            (r"[\[]", _goto_after("array")),
            Mixin("root"),
            (r"", Text, "#pop"),
        ],
        "hash": [
            Mixin("comments_and_whitespace"),
            (r"=", Punctuation),
            (r"\}", Punctuation, "#pop"),
            Mixin("root"),
        ],
        "array": [
            Mixin("comments_and_whitespace"),
            (r",", Punctuation),
            (r"\]", Punctuation, "#pop"),
            Mixin("root"),
        ],
        "dq": [
            (r'[^\\"]+', String.Double),
            (r'\\"', String.Escape),
            (r'"', String.Double, "#pop"),
        ],
        "sq": [
            (r"[^\\']+", String.Single),
            (r"\\'", String.Escape),
            (r"'", String.Single, "#pop"),
        ],
        "heredoc": [
            (r"\n", String.Heredoc, "heredoc_nl"),
            (r"[^$\n]+", String.Heredoc),
            (r"[$]", String.Heredoc),
        ],
        "heredoc_nl": [
            (r"\s*(\w+)\s*\n", _hcl_heredoc_line),
            (r"", _pop),
        ],
    }


class TerraformLexer(HCLLexer):
    """``terraform``/``tf``: HCL with ``${...}`` interpolations lexed as expressions."""

    keywords = frozenset(
        "terraform module provider variable resource data provisioner output".split()
    )
    declarations = frozenset("var local".split())

    states = {
        **HCLLexer.states,
        "hash": [(r"[.,()*]", Punctuation), *HCLLexer.states["hash"]],
        "array": [(r"[.,()*]", Punctuation), *HCLLexer.states["array"]],
        "strings": [
            (r"\\.", String.Escape),
            (r"\$\{", Keyword, "interpolation"),
        ],
        "dq": [
            (r'[^\\"$]+', String.Double),
            Mixin("strings"),
            (r'"', String.Double, "#pop"),
        ],
        "sq": [
            (r"[^\\'$]+", String.Single),
            Mixin("strings"),
            (r"'", String.Single, "#pop"),
        ],
        "heredoc": [*HCLLexer.states["heredoc"], Mixin("strings")],
        "interpolation": [
            (r"\}", Keyword, "#pop"),
            Mixin("expression"),
        ],
        "regexps": [(r'"/', String.Delimiter, "#goto:regexp_inner")],
        "regexp_inner": [
            (r'[^"/\\]+', String.Regex),
            (r"\\.", String.Regex),
            (r'/"', String.Delimiter, "#pop"),
            (r'["/]', String.Regex),
        ],
        "expression": [
            Mixin("regexps"),
            Mixin("primitives"),
            (r"\s+", Text),
            (r"\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>>?|==|!=", Operator),
            (r"[-<>+*%&|^/!=?:]=?", Operator),
            (r"[(\[,]", Punctuation),
            (r"[)\].]", Punctuation),
            (r"(?i:[$a-z_\-][a-z0-9_\-]*)", _hcl_expression_word),
        ],
    }


#: CMake's built-in commands.
CMAKE_COMMANDS = frozenset("""
add_compile_definitions add_compile_options add_custom_command add_custom_target
add_definitions add_dependencies add_executable add_library add_link_options
add_subdirectory add_test aux_source_directory break build_command build_name
cmake_host_system_information cmake_language cmake_minimum_required cmake_parse_arguments
cmake_policy configure_file create_test_sourcelist define_property else elseif
enable_language enable_testing endforeach endfunction endif endmacro endwhile exec_program
execute_process export export_library_dependencies file find_file find_library find_package
find_path find_program fltk_wrap_ui foreach function get_cmake_property
get_directory_property get_filename_component get_property get_source_file_property
get_target_property get_test_property if include include_directories
include_external_msproject include_guard include_regular_expression install install_files
install_programs install_targets link_directories link_libraries list load_cache
load_command macro make_directory mark_as_advanced math message option output_required_files
project qt_wrap_cpp qt_wrap_ui remove remove_definitions return separate_arguments set
set_directory_properties set_property set_source_files_properties set_target_properties
set_tests_properties site_name source_group string subdir_depends subdirs
target_compile_definitions target_compile_features target_compile_options
target_include_directories target_link_directories target_link_libraries target_link_options
target_precompile_headers target_sources try_compile try_run unset use_mangled_mesa
utility_source variable_requires variable_watch while write_file""".split())
#: The token of plain text in each CMake state (Rouge's ``STATES_MAP``).
CMAKE_STATE_TOKENS = {
    "root": Text,
    "bracket_string": String.Double,
    "quoted_argument": String.Double,
    "bracket_comment": Comment.Multiline,
    "variable_reference": Name.Variable,
}


def _cmake_default(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(CMAKE_STATE_TOKENS[ctx.stack[-1]], match.group())


def _cmake_bracket_close(ctx: Context, match: re.Match[str]) -> None:
    ctx.token(CMAKE_STATE_TOKENS[ctx.stack[-1]], match.group())
    if len(match.group()) == ctx.memo.get("bracket_len"):
        ctx.goto("root")


def _cmake_bracket_open(state: str, ttype, offset: int):
    def action(ctx: Context, match: re.Match[str]) -> None:
        ctx.token(ttype, match.group())
        ctx.memo["bracket_len"] = len(match.group()) - offset
        ctx.goto(state)
    return action


def _cmake_command(ctx: Context, match: re.Match[str]) -> None:
    name = match.group(1)
    ctx.token(Name.Builtin if name in CMAKE_COMMANDS else Name.Function, name)
    ctx.token(Text, match.group(2))
    ctx.token(Punctuation, match.group(3))


class CMakeLexer(StateLexer):
    """``cmake``: commands (built-in or user), ``${var}`` references, bracket strings."""

    states = {
        "default": [
            (r"\r\n?|\n", _cmake_default),
            (r".", _cmake_default),
        ],
        "variable_interpolation": [(r"\$\{", String.Interpol, "variable_reference")],
        "bracket_close": [(r"\]=*\]", _cmake_bracket_close)],
        "root": [
            Mixin("variable_interpolation"),
            (r"[ \t]", Text),
            (r"[()]", Punctuation),
            (r"#\[=*\[", _cmake_bracket_open("bracket_comment", Comment.Multiline, 1)),
            (r"\[=*\[", _cmake_bracket_open("bracket_string", String.Double, 0)),
            (r'\\"', Text),
            (r'"', String.Double, "quoted_argument"),
            (r"([A-Za-z_][A-Za-z0-9_]*)([ \t]*)(\()", _cmake_command),
            (r"#.*", Comment.Single),
            Mixin("default"),
        ],
        "bracket_string": [
            Mixin("bracket_close"),
            Mixin("variable_interpolation"),
            Mixin("default"),
        ],
        "bracket_comment": [Mixin("bracket_close"), Mixin("default")],
        "variable_reference": [
            Mixin("variable_interpolation"),
            (r"\}", String.Interpol, "#pop"),
            Mixin("default"),
        ],
        "quoted_argument": [
            Mixin("variable_interpolation"),
            # Rouge pushes the top-level state here instead of popping.
            (r'"', String.Double, "root"),
            (r"\\[()#\" \\$@^trn;]", String.Escape),
            Mixin("default"),
        ],
    }
