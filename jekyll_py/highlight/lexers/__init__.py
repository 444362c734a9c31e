"""Rouge-shaped lexers for the languages Jekyll sites use most.

Pygments' lexers classify many things differently from Rouge's (JSON keys
are ``Name.Tag`` rather than ``Name.Label``, shell keywords do not swallow the
following blank, HTML tags do not include ``<``...).  For the common
languages we therefore lex with our own ``engine.StateLexer`` subclasses,
written to reproduce Rouge 3.30's observable tokenisation; every other
language goes through Pygments.  Importing this package registers them in
``lexing.CUSTOM_LEXERS`` under their Rouge tags.
"""

from __future__ import annotations

from ..lexing import CUSTOM_LEXERS
from .apache import ApacheLexer
from .augeas import AugeasLexer
from .awk import AwkLexer, SedLexer
from .bibtex import BibTeXLexer
from .brainfuck import BrainfuckLexer
from .c import CLexer, CppLexer, CUDALexer, GLSLLexer, ObjectiveCLexer, ObjectiveCppLexer
from .ceylon import CeylonLexer
from .clojure import ClojureLexer
from .coffeescript import CoffeeScriptLexer
from .common_lisp import CommonLispLexer
from .config import (
    CMakeLexer,
    ConfLexer,
    HCLLexer,
    MakeLexer,
    NginxLexer,
    PropertiesLexer,
    TerraformLexer,
)
from .console import ConsoleLexer, IRBLexer, IRBOutputLexer
from .coq import CoqLexer
from .crystal import CrystalLexer
from .csharp import CSharpLexer, VisualBasicLexer
from .css import CSSLexer
from .cython import CythonLexer
from .d import DLexer
from .dart_elixir import DartLexer, ElixirLexer
from .data import JSONDocLexer, JSONLexer
from .dot import DotLexer
from .eiffel import EiffelLexer
from .erb import ERBLexer
from .erlang import ErlangLexer
from .fortran import FortranLexer
from .functional import ElmLexer, FSharpLexer, OCamlLexer
from .gherkin import GherkinLexer
from .graphql import GraphQLLexer
from .groovy import GradleLexer, GroovyLexer
from .haml import HamlLexer
from .haskell import HaskellLexer
from .hocon import HOCONLexer
from .html import HTMLLexer
from .hylang import HyLexer
from .io import IoLexer
from .isabelle import IsabelleLexer
from .java_go import ApexLexer, GoLexer, JavaLexer
from .javascript import JavaScriptLexer, JSXLexer, TSXLexer, TypeScriptLexer
from .jsonnet import JsonnetLexer
from .jsp import JSPLexer
from .julia import JuliaLexer
from .kotlin import KotlinLexer
from .lean import LeanLexer
from .liquid import LiquidLexer
from .lua import LuaLexer
from .markdown import MarkdownLexer
from .markup import INILexer, TeXLexer, XMLLexer
from .mathematica import MathematicaLexer
from .minizinc import MiniZincLexer
from .misc import DiffLexer, DockerLexer, HTTPLexer, TOMLLexer
from .nasm import NasmLexer
from .nim import NimLexer
from .nix import NixLexer
from .pascal_llvm_plist import LLVMLexer, PascalLexer, PlistLexer
from .perl import PerlLexer
from .php import HackLexer, PHPLexer
from .plsql import PLSQLLexer
from .pony import PonyLexer
from .prolog import PrologLexer
from .prometheus import PrometheusLexer
from .protobuf import ProtobufLexer
from .puppet import PuppetLexer
from .python import PythonLexer
from .qml import QMLLexer
from .racket import RacketLexer
from .reasonml import ReasonMLLexer
from .rego import RegoLexer
from .ruby import RubyLexer
from .rust import RustLexer
from .scala import ScalaLexer
from .scheme import SchemeLexer
from .science import MatlabLexer, RLexer, SQLLexer
from .scss import SassLexer, SCSSLexer
from .shell import ShellLexer
from .sieve import SieveLexer
from .smalltalk import SmalltalkLexer
from .solidity import SolidityLexer
from .sparql import SparqlLexer
from .stan import StanLexer
from .stata import StataLexer
from .supercollider import SuperColliderLexer
from .swift import SwiftLexer
from .tap import TAPLexer
from .tcl import TclLexer
from .templates import HandlebarsLexer, JinjaLexer, TwigLexer
from .turtle import TurtleLexer
from .unit_files import SSHLexer, SystemdLexer
from .vala import ValaLexer
from .velocity import VelocityLexer
from .verilog import VerilogLexer
from .vhdl import VHDLLexer
from .viml import VimLLexer
from .vue import VueLexer
from .windows import BatchfileLexer, PowerShellLexer
from .xojo import XojoLexer
from .yaml import YAMLLexer
from .zig import ZigLexer

#: Rouge tag → our lexer class.
LEXER_CLASSES: dict[str, type] = {
    "json": JSONLexer,
    "json-doc": JSONDocLexer,
    "graphql": GraphQLLexer,
    "shell": ShellLexer,
    "awk": AwkLexer,
    "sed": SedLexer,
    "console": ConsoleLexer,
    "irb": IRBLexer,
    "irb_output": IRBOutputLexer,
    "diff": DiffLexer,
    "docker": DockerLexer,
    "toml": TOMLLexer,
    "http": HTTPLexer,
    "liquid": LiquidLexer,
    "c": CLexer,
    "cpp": CppLexer,
    "cuda": CUDALexer,
    "glsl": GLSLLexer,
    "objective_c": ObjectiveCLexer,
    "objective_cpp": ObjectiveCppLexer,
    "java": JavaLexer,
    "apex": ApexLexer,
    "csharp": CSharpLexer,
    "vb": VisualBasicLexer,
    "kotlin": KotlinLexer,
    "scala": ScalaLexer,
    "groovy": GroovyLexer,
    "gradle": GradleLexer,
    "clojure": ClojureLexer,
    "dart": DartLexer,
    "elixir": ElixirLexer,
    "lua": LuaLexer,
    "haskell": HaskellLexer,
    "ocaml": OCamlLexer,
    "elm": ElmLexer,
    "fsharp": FSharpLexer,
    "erlang": ErlangLexer,
    "swift": SwiftLexer,
    "batchfile": BatchfileLexer,
    "powershell": PowerShellLexer,
    "go": GoLexer,
    "rust": RustLexer,
    "zig": ZigLexer,
    "nim": NimLexer,
    "sql": SQLLexer,
    "r": RLexer,
    "matlab": MatlabLexer,
    "julia": JuliaLexer,
    "fortran": FortranLexer,
    "xml": XMLLexer,
    "ini": INILexer,
    "tex": TeXLexer,
    "markdown": MarkdownLexer,
    "scss": SCSSLexer,
    "sass": SassLexer,
    "javascript": JavaScriptLexer,
    "coffeescript": CoffeeScriptLexer,
    "typescript": TypeScriptLexer,
    "jsx": JSXLexer,
    "tsx": TSXLexer,
    "conf": ConfLexer,
    "properties": PropertiesLexer,
    "make": MakeLexer,
    "cmake": CMakeLexer,
    "nginx": NginxLexer,
    "hcl": HCLLexer,
    "terraform": TerraformLexer,
    "python": PythonLexer,
    "ruby": RubyLexer,
    "css": CSSLexer,
    "html": HTMLLexer,
    "vue": VueLexer,
    "viml": VimLLexer,
    "handlebars": HandlebarsLexer,
    "jinja": JinjaLexer,
    "twig": TwigLexer,
    "erb": ERBLexer,
    "php": PHPLexer,
    "perl": PerlLexer,
    "yaml": YAMLLexer,
    "protobuf": ProtobufLexer,
    "nasm": NasmLexer,
    "verilog": VerilogLexer,
    "scheme": SchemeLexer,
    "d": DLexer,
    "tcl": TclLexer,
    "haml": HamlLexer,
    "crystal": CrystalLexer,
    "apache": ApacheLexer,
    "systemd": SystemdLexer,
    "ssh": SSHLexer,
    "dot": DotLexer,
    "solidity": SolidityLexer,
    "prolog": PrologLexer,
    "pascal": PascalLexer,
    "llvm": LLVMLexer,
    "plist": PlistLexer,
    "gherkin": GherkinLexer,
    "vhdl": VHDLLexer,
    "nix": NixLexer,
    "puppet": PuppetLexer,
    "reasonml": ReasonMLLexer,
    "cython": CythonLexer,
    "common_lisp": CommonLispLexer,
    "racket": RacketLexer,
    "vala": ValaLexer,
    "hocon": HOCONLexer,
    "qml": QMLLexer,
    "brainfuck": BrainfuckLexer,
    "turtle": TurtleLexer,
    "bibtex": BibTeXLexer,
    "mathematica": MathematicaLexer,
    "stan": StanLexer,
    "stata": StataLexer,
    "coq": CoqLexer,
    "isabelle": IsabelleLexer,
    "lean": LeanLexer,
    "sparql": SparqlLexer,
    "plsql": PLSQLLexer,
    "prometheus": PrometheusLexer,
    "jsonnet": JsonnetLexer,
    "jsp": JSPLexer,
    "velocity": VelocityLexer,
    "smalltalk": SmalltalkLexer,
    "rego": RegoLexer,
    "hack": HackLexer,
    "xojo": XojoLexer,
    "eiffel": EiffelLexer,
    "io": IoLexer,
    "tap": TAPLexer,
    "sieve": SieveLexer,
    "augeas": AugeasLexer,
    "minizinc": MiniZincLexer,
    "pony": PonyLexer,
    "ceylon": CeylonLexer,
    "hylang": HyLexer,
    "supercollider": SuperColliderLexer,
}

for _tag, _cls in LEXER_CLASSES.items():
    CUSTOM_LEXERS[_tag] = lambda options, cls=_cls: cls(options).tokens
