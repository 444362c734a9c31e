"""C#, shaped like Rouge's ``csharp`` lexer.

Rouge's C# output: all operators and brackets are ``Punctuation``; keywords
(including contextual ones such as ``var``'s neighbours ``get``/``set``/
``async``) are ``Keyword``, built-in types ``Keyword.Type``; a name before
``(`` is ``Name.Function``; the name after ``class``/``struct``/``interface``
is ``Name.Class`` and after ``namespace``/``using`` ``Name.Namespace``;
``$"..."`` strings have their ``{...}`` holes lexed as code.
"""

from __future__ import annotations

from pygments.token import (  # noqa: I001
    Comment,
    Keyword,
    Name,
    Number,
    Punctuation,
    String,
    Text,
)

from ..engine import Mixin, StateLexer

ID = r"(?i:@?[_a-z]\w*)"
KEYWORDS = """
abstract as base break case catch checked const continue default delegate do else enum
event explicit extern false finally fixed for foreach goto if implicit in interface
internal is lock new null operator out override params private protected public readonly
ref return sealed sizeof stackalloc static switch this throw true try typeof unchecked
unsafe virtual void volatile while add alias async await get global partial remove set
value where yield nameof ascending by descending equals from group in into join let on
orderby select
""".split()
TYPES = "bool byte char decimal double dynamic float int long object sbyte short string uint ulong ushort var".split()
PREPROCESSOR = "if endif else elif define undef line error warning region endregion pragma".split()


class CSharpLexer(StateLexer):
    """``csharp``/``c#``/``cs``."""

    states = {
        "whitespace": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
        ],
        "nest": [
            (r"\{", Punctuation, "nest"),
            (r"\}", Punctuation, "#pop"),
            Mixin("root"),
        ],
        "splice_string": [
            (r"\\.", String),
            (r"\{", Punctuation, "nest"),
            (r"\"|\n", String, "#pop"),
            (r".", String),
        ],
        "splice_literal": [
            (r'""', String),
            (r"\{", Punctuation, "nest"),
            (r'"', String, "#pop"),
            (r".", String),
        ],
        "root": [
            Mixin("whitespace"),
            (r'[$]\s*"', String, "splice_string"),
            (r'[$]@\s*"', String, "splice_literal"),
            (rf"(<\[)\s*(?:{ID}:)?", Keyword),
            (r"\]>", Keyword),
            (r"[~!%^&*()+=|\[\]{}:;,.<>/?-]", Punctuation),
            (r'(?s)@"(?:""|[^"])*"', String),
            (r'"(?:\\.|.)*?["\n]', String),
            (r"'(?:\\.|.)'", String.Char),
            (r"(?i)0x[0-9a-f]+[lu]?", Number),
            (r"(?i)[0-9](?:[.][0-9]*)?(?:e[+-][0-9]+)?[fldu]?", Number),
            (r"\b(?:class|struct|interface)\b", Keyword, "class"),
            (r"\b(?:namespace|using)\b", Keyword, "namespace"),
            (r"^#[ \t]*(?:" + "|".join(PREPROCESSOR) + r")\b.*?\n", Comment.Preproc),
            (r"\b(?:" + "|".join(KEYWORDS) + r")\b", Keyword),
            (r"\b(?:" + "|".join(TYPES) + r")\b", Keyword.Type),
            (rf"{ID}(?=\s*[(])", Name.Function),
            (ID, Name),
        ],
        "class": [
            Mixin("whitespace"),
            (ID, Name.Class, "#pop"),
        ],
        "namespace": [
            Mixin("whitespace"),
            (r"(?=[(])", Text, "#pop"),
            (rf"(?:{ID}|[.])+", Name.Namespace, "#pop"),
        ],
    }
