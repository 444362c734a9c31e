"""C# and Visual Basic, shaped like Rouge's ``csharp`` and ``vb`` lexers.

C#: Rouge's output has all operators and brackets are ``Punctuation``; keywords
(including contextual ones such as ``var``'s neighbours ``get``/``set``/
``async``) are ``Keyword``, built-in types ``Keyword.Type``; a name before
``(`` is ``Name.Function``; the name after ``class``/``struct``/``interface``
is ``Name.Class`` and after ``namespace``/``using`` ``Name.Namespace``;
``$"..."`` strings have their ``{...}`` holes lexed as code.

Visual Basic: capitalised words are keywords, types, operator words or names
(case matters, as in Rouge); the name after ``Dim``/``Sub``/``Class``/
``Namespace`` is a variable, function, class or namespace.
"""

from __future__ import annotations

import re

from pygments.token import (
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

    flags = re.MULTILINE | re.ASCII

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


VB_KEYWORDS = frozenset("""
AddHandler Alias ByRef ByVal CBool CByte CChar CDate CDbl CDec CInt CLng CObj CSByte CShort
CSng CStr CType CUInt CULng CUShort Call Case Catch Class Const Continue Declare Default
Delegate Dim DirectCast Do Each Else ElseIf End EndIf Enum Erase Error Event Exit False
Finally For Friend Function Get Global GoSub GoTo Handles If Implements Imports Inherits
Interface Let Lib Loop Me Module MustInherit MustOverride MyBase MyClass Namespace
Narrowing New Next Not NotInheritable NotOverridable Nothing Of On Operator Option Optional
Overloads Overridable Overrides ParamArray Partial Private Property Protected Public
RaiseEvent ReDim ReadOnly RemoveHandler Resume Return Select Set Shadows Shared Single
Static Step Stop Structure Sub SyncLock Then Throw To True Try TryCast Using Wend When While
Widening With WithEvents WriteOnly
""".split())
VB_TYPES = frozenset("""
Boolean Byte Char Date Decimal Double Integer Long Object SByte Short Single String Variant
UInteger ULong UShort
""".split())
VB_OPERATOR_WORDS = frozenset(
    "AddressOf And AndAlso As GetType In Is IsNot Like Mod Or OrElse TypeOf Xor".split()
)
VB_ID = r"(?i:[a-z_]\w*)"


def _vb_word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in VB_KEYWORDS:
        ctx.token(Keyword, word)
    elif word in VB_TYPES:
        ctx.token(Keyword.Type, word)
    elif word in VB_OPERATOR_WORDS:
        ctx.token(Operator.Word, word)
    elif word in ("Console", "ConsoleColor"):
        ctx.token(Name.Builtin, word)
    else:
        ctx.token(Name, word)


class VisualBasicLexer(StateLexer):
    """``vb``/``visualbasic``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "whitespace": [
            (r"\s+", Text),
            (r"\n", Text, "bol"),
            (r"(?i)rem\b.*?$", Comment.Single),
            (r"(?s)%\{.*?%\}", Comment.Multiline),
            (r"'.*$", Comment.Single),
        ],
        # Rouge's catch-all rule here returns instead of popping; the state is
        # unreachable anyway, as blanks (newlines included) are taken first.
        "bol": [
            (r"\s+", Text),
            (r"<.*?>", Name.Attribute),
        ],
        "root": [
            Mixin("whitespace"),
            (r"[#]If\b.*?\bThen|[#]ElseIf\b.*?\bThen|[#]End\s+If|[#]Const"
             r"|[#]ExternalSource.*?\n|[#]End\s+ExternalSource|[#]Region.*?\n|[#]End\s+Region"
             r"|[#]ExternalChecksum", Comment.Preproc),
            (r"[.]", Punctuation, "dotted"),
            (r"[(){}!#,:]", Punctuation),
            (r"Option\s+(?:Strict|Explicit|Compare)\s+(?:On|Off|Binary|Text)",
             Keyword.Declaration),
            (r"End\b", Keyword, "end"),
            (r"(?:Dim|Const)\b", Keyword, "dim"),
            (r"(?:Function|Sub|Property)\b", Keyword, "funcname"),
            (r"(?:Class|Structure|Enum)\b", Keyword, "classname"),
            (r"(?:Module|Namespace|Imports)\b", Keyword, "namespace"),
            (r"[A-Z]\w*", _vb_word),
            (r"&=|[*]=|/=|\\=|\^=|\+=|-=|<<=|>>=|<<|>>|:=|<=|>=|<>|[-&*/\\^+=<>.]", Operator),
            (r'"', String, "string"),
            (rf"{VB_ID}[%&@!#$]?", Name),
            (r"#.*?#", Literal.Date),
            (r"(?i)(?:\d+\.\d*|\d*\.\d+)(?:f[+-]?\d+)?", Number.Float),
            (r"\d+(?:[SILDFR]|US|UI|UL)?", Number.Integer),
            (r"&H[0-9a-f]+(?:[SILDFR]|US|UI|UL)?", Number.Integer),
            (r"&O[0-7]+(?:[SILDFR]|US|UI|UL)?", Number.Integer),
            (r"_\n", Keyword),
        ],
        "dotted": [Mixin("whitespace"), (VB_ID, Name, "#pop")],
        "string": [
            (r'""', String.Escape),
            (r'"C?', String, "#pop"),
            (r'[^"]+', String),
        ],
        "dim": [Mixin("whitespace"), (VB_ID, Name.Variable, "#pop"), (r"", Text, "#pop")],
        "funcname": [Mixin("whitespace"), (VB_ID, Name.Function, "#pop")],
        "classname": [Mixin("whitespace"), (VB_ID, Name.Class, "#pop")],
        "namespace": [Mixin("whitespace"), (rf"{VB_ID}(?:[.]{VB_ID})*", Name.Namespace, "#pop")],
        "end": [
            Mixin("whitespace"),
            (r"(?:Function|Sub|Property|Class|Structure|Enum|Module|Namespace)\b", Keyword,
             "#pop"),
            (r"", Text, "#pop"),
        ],
    }
