"""Groovy and Gradle, shaped like Rouge's ``groovy`` and ``gradle`` lexers.

Rouge's Groovy output: all punctuation is ``Operator``; a method declared
or called at line start (``def name(``) gives ``Name.Function``; ``.member``
is ``Operator`` + ``Name.Attribute``; ``def`` and primitive types are
``Keyword.Type``; slashy strings ``/.../`` are strings.  Gradle adds its
build-script blocks (``dependencies``, ``repositories``...) as keywords and
its API types.
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    String,
    Text,
)

from ..engine import Context, StateLexer

KEYWORDS = frozenset("""
assert break case catch continue default do else finally for if goto instanceof new
return switch this throw try while in as
""".split())
DECLARATIONS = frozenset("""
abstract const enum extends final implements native private protected public static
strictfp super synchronized throws transient volatile
""".split())
TYPES = frozenset("def boolean byte char double float int long short void".split())
CONSTANTS = frozenset("true false null".split())


def _method(ctx: Context, match: re.Match[str]) -> None:
    """``Type name(``: Rouge lexes the return type with a shallow copy of itself,
    which shares the state stack, so a ``class`` there changes the main state."""
    copy = type(ctx.lexer)()
    copy.reset()
    copy._ctx.stack = ctx.stack
    ctx.out.extend(copy.continue_tokens(match.group(1)))
    ctx.token(Name.Function, match.group(2))
    ctx.token(Text, match.group(3))
    ctx.token(Operator, match.group(4))


def _word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    lexer = ctx.lexer
    assert isinstance(lexer, GroovyLexer)
    if word in lexer.keywords:
        ctx.token(Keyword, word)
    elif word in DECLARATIONS:
        ctx.token(Keyword.Declaration, word)
    elif word in lexer.types:
        ctx.token(Keyword.Type, word)
    elif word in CONSTANTS:
        ctx.token(Keyword.Constant, word)
    else:
        ctx.token(Name, word)


class GroovyLexer(StateLexer):
    """``groovy``."""

    flags = re.MULTILINE | re.ASCII
    keywords = KEYWORDS
    types = TYPES

    states = {
        "root": [
            (r"^(\s*(?:\w[\w.\[\]]*\s+)+?)(\w\w*)(\s*)(\()", _method),
            (r"[ \t\r\f\v]+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
            (r"@\w[\w.]*", Name.Decorator),
            (r"(?:class|interface|trait)\b", Keyword.Declaration, "class"),
            (r"package\b", Keyword.Namespace, "import"),
            (r"import\b", Keyword.Namespace, "import"),
            (r'(?s)""".*?"""', String.Double),
            (r"(?s)'''.*?'''", String.Single),
            (r'"(?:\\.|\\\n|.)*?"', String.Double),
            (r"'(?:\\.|\\\n|.)*?'", String.Single),
            (r"(?s)\$/(?:\$.|.)*?/\$", String),
            (r"/(?:\\.|\\\n|.)*?/", String),
            (r"'\\.'|'[^\\]'|'\\u[0-9a-f]{4}'", String.Char),
            (r"(\.)([a-zA-Z_][a-zA-Z0-9_]*)", (Operator, Name.Attribute)),
            (r"[a-zA-Z_][a-zA-Z0-9_]*:", Name.Label),
            (r"[a-zA-Z_$][a-zA-Z0-9_]*", _word),
            (r"[~^*!%&\[\](){}<>|+=:;,./?-]", Operator),
            (r"\d+\.\d+(?:[eE]\d+)?[fd]?", Number.Float),
            (r"0x[0-9a-f]+", Number.Hex),
            (r"[0-9]+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [
            (r"\s+", Text),
            (r"\w\w*", Name.Class, "#pop"),
        ],
        "import": [
            (r"\s+", Text),
            (r"[\w.]+[*]?", Name.Namespace, "#pop"),
        ],
    }


class GradleLexer(GroovyLexer):
    """``gradle``."""

    keywords = KEYWORDS | frozenset("""
    allprojects artifacts buildscript configuration dependencies repositories sourceSets
    subprojects publishing
    """.split())
    types = TYPES | frozenset("""
    Project Task Gradle Settings Script JavaToolChain SourceSet SourceSetOutput
    IncrementalTaskInputs Configuration ResolutionStrategy ArtifactResolutionQuery
    ComponentSelection ComponentSelectionRules ConventionProperty ExtensionAware
    ExtraPropertiesExtension PublishingExtension IvyPublication IvyArtifact IvyArtifactSet
    IvyModuleDescriptorSpec MavenPublication MavenArtifact MavenArtifactSet MavenPom
    PluginDependenciesSpec PluginDependencySpec ResourceHandler TextResourceFactory
    """.split())
