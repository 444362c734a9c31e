"""C and C++, shaped like Rouge's ``c`` and ``cpp`` lexers.

What distinguishes Rouge's C output: a function definition or declaration
at the top level is recognised as a whole (``type name(args) {``) and its
name made ``Name.Function``; types are ``Keyword.Type``; ``true``/``false``/
``NULL`` are builtins; ``#include <x.h>`` gives ``Comment.PreprocFile``;
``#if 0`` blocks are comments; a name followed by ``:`` at the start of a
line is a label.  C++ adds its keywords, ``class``/``struct`` names as
``Name.Class``, digit separators, user-defined literal suffixes and raw
strings.
"""

from __future__ import annotations

import re

from pygments.token import (  # noqa: I001
    Comment,
    Error,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from ..engine import Context, Mixin, StateLexer

IDENT = r"[a-zA-Z_][a-zA-Z0-9_]*"
#: Blanks and comments between a signature and its ``{``; ``.`` stays single-line
#: here even inside the DOTALL signature rule, as in Rouge.
WS = r"(?-s:(?:\s|//.*?\n|/[*].*?[*]/)+)"

C_KEYWORDS = frozenset("""
auto break case const continue default do else enum extern for goto if register restricted
return sizeof static struct switch typedef union volatile virtual while _Alignas _Alignof
_Atomic _Generic _Imaginary _Noreturn _Static_assert _Thread_local
""".split())
C_TYPES = frozenset("""
int long float short double char unsigned signed void jmp_buf FILE DIR div_t ldiv_t
mbstate_t sig_atomic_t fpos_t clock_t time_t va_list size_t ssize_t off_t wchar_t ptrdiff_t
wctrans_t wint_t wctype_t _Bool _Complex int8_t int16_t int32_t int64_t uint8_t uint16_t
uint32_t uint64_t int_least8_t int_least16_t int_least32_t int_least64_t uint_least8_t
uint_least16_t uint_least32_t uint_least64_t int_fast8_t int_fast16_t int_fast32_t
int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t uint_fast64_t intptr_t uintptr_t
intmax_t uintmax_t char16_t char32_t
""".split())
C_RESERVED = frozenset("""
__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32 __declspec
__finally __int61 __try __leave inline _inline __inline naked _naked __naked restrict
_restrict __restrict thread _thread __thread typename _typename __typename
""".split())


def _identifier(ctx: Context, match: re.Match[str]) -> None:
    name = match.group()
    lexer = ctx.lexer
    assert isinstance(lexer, CLexer)
    if name in lexer.keywords:
        ctx.token(Keyword, name)
    elif name in lexer.types:
        ctx.token(Keyword.Type, name)
    elif name in lexer.reserved:
        ctx.token(Keyword.Reserved, name)
    elif name in lexer.builtins:
        ctx.token(Name.Builtin, name)
    else:
        ctx.token(Name, name)


def _signature(ctx: Context, match: re.Match[str]) -> None:
    """``int main(void) {``: each part but the name is lexed afresh, as Rouge recurses."""
    cls = type(ctx.lexer)
    ctx.out.extend(cls().tokens(match.group(1)))
    ctx.token(Name.Function, match.group(2))
    ctx.out.extend(cls().tokens(match.group(3)))
    ctx.out.extend(cls().tokens(match.group(4)))
    ctx.token(Punctuation, match.group(5))
    if match.group(5) == "{":
        ctx.push("function")


def _pop(ctx: Context, match: re.Match[str]) -> None:
    ctx.pop()


class CLexer(StateLexer):
    """``c``."""

    flags = re.MULTILINE | re.ASCII
    keywords = C_KEYWORDS
    types = C_TYPES
    reserved = C_RESERVED
    builtins: frozenset[str] = frozenset()

    def start_stack(self) -> list[str]:
        """Rouge's C lexer starts at the beginning of a line."""
        return ["root", "bol"]

    states = {
        "expr_bol": [
            Mixin("inline_whitespace"),
            (r"#if\s0", Comment, "if_0"),
            (r"#", Comment.Preproc, "macro"),
            (r"", _pop),
        ],
        "bol": [
            (rf"{IDENT}:(?!:)", Name.Label),
            Mixin("expr_bol"),
        ],
        "inline_whitespace": [
            (r"[ \t\r]+", Text),
            (r"\\\n", Text),
            (r"(?s)/(?:\\\n)?[*].*?[*](?:\\\n)?/", Comment.Multiline),
        ],
        "whitespace": [
            (r"\n+", Text, "bol"),
            (r"//(?:\\.|.)*?$", Comment.Single, "bol"),
            Mixin("inline_whitespace"),
        ],
        "expr_whitespace": [
            (r"\n+", Text, "expr_bol"),
            Mixin("whitespace"),
        ],
        "statements": [
            Mixin("whitespace"),
            (r'(?:u8|u|U|L)?"', String, "string"),
            (r"(?i)(?:u8|u|U|L)?'(?:\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'", String.Char),
            (r"(?i)(?:\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*", Number.Float),
            (r"(?i)\d+e[+-]?\d+[lu]*", Number.Float),
            (r"(?i)0x[0-9a-f]+[lu]*", Number.Hex),
            (r"(?i)0[0-7]+[lu]*", Number.Oct),
            (r"(?i)\d+[lu]*", Number.Integer),
            (r"\*/", Error),
            (r"[~!%^&*+=|?:<>/-]", Operator),
            (r"[()\[\],.;]", Punctuation),
            (r"\bcase\b", Keyword, "case"),
            (r"(?:true|false|NULL)\b", Name.Builtin),
            (IDENT, _identifier),
        ],
        "case": [
            (r":", Punctuation, "#pop"),
            Mixin("statements"),
        ],
        "root": [
            Mixin("expr_whitespace"),
            (rf"(?s)([\w*\s]+?[\s*])({IDENT})(\s*\([^;]*?\))({WS}?)(\{{|;)", _signature),
            (r"\{", Punctuation, "function"),
            Mixin("statements"),
        ],
        "function": [
            Mixin("whitespace"),
            Mixin("statements"),
            (r";", Punctuation),
            (r"\{", Punctuation, "function"),
            (r"\}", Punctuation, "#pop"),
        ],
        "string": [
            (r'"', String, "#pop"),
            (r"\\(?:[\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", String.Escape),
            (r'[^\\"\n]+', String),
            (r"\\\n", String),
            (r"\\", String),
        ],
        "macro": [
            Mixin("include"),
            (r"[^/\n\\]+", Comment.Preproc),
            (r"(?s)\\.", Comment.Preproc),
            Mixin("inline_whitespace"),
            (r"/", Comment.Preproc),
            (r"\n", Comment.Preproc, "#pop"),
        ],
        "include": [
            (r"(include)(\s*)(<[^>]+>)([^\n]*)",
             (Comment.Preproc, Text, Comment.PreprocFile, Comment.Single)),
            (r'(include)(\s*)("[^"]+")([^\n]*)',
             (Comment.Preproc, Text, Comment.PreprocFile, Comment.Single)),
        ],
        "if_0": [
            (r"^\s*#if", Comment, "if_0"),
            (r"^\s*#\s*el(?:se|if)", Comment, "#pop"),
            (r"(?s)^\s*#\s*endif\b.*?(?<!\\)\n", Comment, "#pop"),
            (r".*?\n", Comment),
        ],
    }


DIGITS = r"\d(?:'?\d)*"


class CppLexer(CLexer):
    """``cpp``/``c++``."""

    keywords = C_KEYWORDS | frozenset("""
    asm auto catch char8_t concept consteval constexpr constinit const_cast co_await
    co_return co_yield delete dynamic_cast explicit export friend mutable namespace new
    operator private protected public reinterpret_cast requires restrict size_of
    static_cast this throw throws typeid typename using virtual final override alignas
    alignof decltype noexcept static_assert thread_local try
    """.split())
    types = C_TYPES | {"bool"}
    reserved = C_RESERVED | frozenset("""
    __virtual_inheritance __uuidof __super __single_inheritance __multiple_inheritance
    __interface __event
    """.split())

    states = {
        **CLexer.states,
        "root": [
            (r"(?:__offload|__blockingoffload|__outer)\b", Keyword.Pseudo),
            *CLexer.states["root"],
        ],
        "statements": [
            (r"(?:class|struct)\b", Keyword, "classname"),
            (r"template\b", Keyword, "template"),
            (rf"{DIGITS}(?:\.{DIGITS})?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\b",
             Number.Other),
            (rf"(?i)(?:{DIGITS}[.](?:{DIGITS})?|[.]{DIGITS})(?:e[+-]?{DIGITS}[lu]*)?",
             Number.Float),
            (rf"(?i){DIGITS}e[+-]?{DIGITS}[lu]*", Number.Float),
            (r"(?i)0x[0-9a-f](?:'?[0-9a-f])*[lu]*", Number.Hex),
            (r"0b[01]+(?:'[01]+)*", Number.Bin),
            (r"(?i)0[0-7](?:'?[0-7])*[lu]*", Number.Oct),
            (rf"(?i){DIGITS}[lu]*", Number.Integer),
            (r"\bnullptr\b", Name.Builtin),
            (r"(?s)(?:u8|u|U|L)?R\"([a-zA-Z0-9_{}\[\]#<>%:;.?*+\-/^&|~!=,\"']{0,16})\(.*?\)\1\"",
             String),
            (r"::|<=>", Operator),
            (r"[{}]", Punctuation),
            *CLexer.states["statements"],
        ],
        "classname": [
            (IDENT, Name.Class, "#pop"),
            Mixin("whitespace"),
            (r"[.]{3}", Operator),
            (r",", Punctuation, "#pop"),
            (r"", _pop),
        ],
        "template": [
            (r"[>;]", Punctuation, "#pop"),
            (r"typename\b", Keyword, "classname"),
            Mixin("statements"),
        ],
        "case": [
            (r":(?!:)", Punctuation, "#pop"),
            Mixin("statements"),
        ],
    }


OBJC_ID = r"(?i:[a-z$_][a-z0-9$_]*)"
OBJC_AT_KEYWORDS = frozenset("""
selector private protected public encode synchronized try throw catch finally end property
synthesize dynamic optional interface implementation import autoreleasepool
""".split())
OBJC_AT_BUILTINS = frozenset("true false YES NO".split())


def _objc_at_word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group(1)
    if word in OBJC_AT_KEYWORDS:
        ctx.token(Keyword, match.group())
    elif word in OBJC_AT_BUILTINS:
        ctx.token(Name.Builtin, match.group())
    else:
        ctx.token(Error, match.group())


def _objc_method_start(ctx: Context, match: re.Match[str]) -> None:
    """``- (void)name:``: the return type is lexed afresh, as Rouge recurses."""
    ctx.token(Keyword, match.group(1))
    ctx.token(Text, match.group(2))
    if match.group(3):
        ctx.out.extend(type(ctx.lexer)().tokens(match.group(3)))
    ctx.token(Text, match.group(4))
    ctx.push("method_definition")


def _objc_typed_argument(ctx: Context, match: re.Match[str]) -> None:
    ctx.out.extend(type(ctx.lexer)().tokens(match.group(1)))
    ctx.token(Name.Variable, match.group(2))


def _objective(base: dict) -> dict:
    """Objective-C's additions to a C or C++ lexer's states (Rouge's ObjectiveCCommon)."""
    return {
        **base,
        "root": [
            (rf"(?i)([-+])(\s*)([(].*?[)])?(\s*)(?={OBJC_ID}:?)", _objc_method_start),
            *base["root"],
        ],
        "statements": [
            (r'@"', String, "string"),
            (r"@'(?:\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|\\.|[^\\'\n]')", String.Char),
            (r"(?i)@(?:\d+[.]\d*|[.]\d+|\d+)e[+-]?\d+l?", Number.Float),
            (r"(?i)@(?:\d+[.]\d*|[.]\d+|\d+f)f?", Number.Float),
            (r"@0x[0-9a-fA-F]+[lL]?", Number.Hex),
            (r"(?i)@0[0-7]+l?", Number.Oct),
            (r"@\d+l?", Number.Integer),
            (r"\bin\b", Keyword),
            (r"@(?:interface|implementation)\b", Keyword, "objc_classname"),
            (r"@(?:class|protocol)\b", Keyword, "forward_classname"),
            (r"@([^\W_]+)", _objc_at_word),
            (r"[?]", Punctuation, "ternary"),
            (r"\[", Punctuation, "message"),
            (r"@\[", Punctuation, "array_literal"),
            (r"@\{", Punctuation, "dictionary_literal"),
            *base["statements"],
        ],
        "ternary": [(r":", Punctuation, "#pop"), Mixin("statements")],
        "message_shared": [
            (r"\]", Punctuation, "#pop"),
            (r"\{", Punctuation, "#pop"),
            (r";", Error),
            Mixin("statements"),
        ],
        "message": [
            (rf"({OBJC_ID})(\s*)(:)", (Name.Function, Text, Punctuation),
             "#goto:message_with_args"),
            (rf"({OBJC_ID})(\s*)(\])", (Name.Function, Text, Punctuation), "#pop"),
            Mixin("message_shared"),
        ],
        "message_with_args": [
            (r"\{", Punctuation, "function"),
            (rf"({OBJC_ID})(\s*)(:)", (Name.Function, Text, Punctuation), "#pop"),
            Mixin("message_shared"),
        ],
        "array_literal": [
            (r"]", Punctuation, "#pop"),
            (r",", Punctuation),
            Mixin("statements"),
        ],
        "dictionary_literal": [
            (r"}", Punctuation, "#pop"),
            (r",", Punctuation),
            Mixin("statements"),
        ],
        "objc_classname": [
            Mixin("whitespace"),
            (rf"({OBJC_ID})(\s*)(:)(\s*)({OBJC_ID})",
             (Name.Class, Text, Punctuation, Text, Name.Class), "#pop"),
            (rf"({OBJC_ID})(\s*)([(])(\s*)({OBJC_ID})(\s*)([)])",
             (Name.Class, Text, Punctuation, Text, Name.Label, Text, Punctuation), "#pop"),
            (OBJC_ID, Name.Class, "#pop"),
        ],
        "forward_classname": [
            Mixin("whitespace"),
            (rf"({OBJC_ID})(\s*)(,)(\s*)", (Name.Class, Text, Punctuation, Text), "#push"),
            (rf"({OBJC_ID})(\s*)(;?)", (Name.Class, Text, Punctuation), "#pop"),
        ],
        "method_definition": [
            (r",", Punctuation),
            (r"[.][.][.]", Punctuation),
            (rf"([(].*?[)])({OBJC_ID})", _objc_typed_argument),
            (rf"({OBJC_ID})(\s*)(:)", (Name.Function, Text, Punctuation)),
            (r";", Punctuation, "#pop"),
            (r"\{", Punctuation, "#goto:function"),
            Mixin("inline_whitespace"),
            (r"//.*?\n", Comment.Single),
            (r"\s+", Text),
            (r"", _pop),
        ],
    }


class ObjectiveCLexer(CLexer):
    """``objective_c``/``objc``: C plus message sends, ``@`` literals and method definitions."""

    builtins = frozenset("YES NO nil".split())
    states = _objective(CLexer.states)


class ObjectiveCppLexer(CppLexer):
    """``objective_cpp``/``objc++``: C++ with Objective-C's additions."""

    builtins = frozenset("YES NO nil".split())
    states = _objective(CppLexer.states)
    states["statements"] = [
        (r"(\.)(class)", (Operator, Name.Builtin.Pseudo)),
        (r"(@selector)(\()(class)(\))", (Keyword, Punctuation, Name.Builtin.Pseudo, Punctuation)),
        *states["statements"],
    ]


class CUDALexer(CppLexer):
    """``cuda``: C++ with CUDA's qualifiers and vector types."""

    keywords = CppLexer.keywords | frozenset("""
    __global__ __device__ __host__ __noinline__ __forceinline__ __constant__ __shared__
    __managed__ __restrict__
    """.split())
    types = CppLexer.types | frozenset("""
    char1 char2 char3 char4 uchar1 uchar2 uchar3 uchar4 short1 short2 short3 short4 ushort1
    ushort2 ushort3 ushort4 int1 int2 int3 int4 uint1 uint2 uint3 uint4 long1 long2 long3
    long4 ulong1 ulong2 ulong3 ulong4 longlong1 longlong2 longlong3 longlong4 ulonglong1
    ulonglong2 ulonglong3 ulonglong4 float1 float2 float3 float4 double1 double2 double3
    double4 dim3
    """.split())


class GLSLLexer(CLexer):
    """``glsl``: C's structure with GLSL's qualifiers, types and ``gl_`` builtins."""

    keywords = frozenset("""
attribute const uniform varying layout centroid flat smooth noperspective patch sample
break continue do for while switch case default if else subroutine in out inout
invariant discard return struct precision
""".split())
    types = frozenset("""
float double int void bool true false lowp mediump highp mat2 mat3 mat4 dmat2 dmat3
dmat4 mat2x2 mat2x3 mat2x4 dmat2x2 dmat2x3 dmat2x4 mat3x2 mat3x3 mat3x4 dmat3x2 dmat3x3
dmat3x4 mat4x2 mat4x3 mat4x4 dmat4x2 dmat4x3 dmat4x4 vec2 vec3 vec4 ivec2 ivec3 ivec4
bvec2 bvec3 bvec4 dvec2 dvec3 dvec4 uint uvec2 uvec3 uvec4 sampler1D sampler2D sampler3D
samplerCube sampler1DShadow sampler2DShadow samplerCubeShadow sampler1DArray
sampler2DArray sampler1DArrayShadow sampler2DArrayShadow isampler1D isampler2D
isampler3D isamplerCube isampler1DArray isampler2DArray usampler1D usampler2D usampler3D
usamplerCube usampler1DArray usampler2DArray sampler2DRect sampler2DRectShadow
isampler2DRect usampler2DRect samplerBuffer isamplerBuffer usamplerBuffer sampler2DMS
isampler2DMS usampler2DMS sampler2DMSArray isampler2DMSArray usampler2DMSArray
samplerCubeArray samplerCubeArrayShadow isamplerCubeArray usamplerCubeArray
""".split())
    reserved = frozenset("""
common partition active asm class union enum typedef template this packed goto inline
noinline volatile public static extern external interface long short half fixed unsigned
superp input output hvec2 hvec3 hvec4 fvec2 fvec3 fvec4 sampler3DRect filter image1D
image2D image3D imageCube iimage1D iimage2D iimage3D iimageCube uimage1D uimage2D
uimage3D uimageCube image1DArray image2DArray iimage1DArray iimage2DArray uimage1DArray
uimage2DArray image1DShadow image2DShadow image1DArrayShadow image2DArrayShadow
imageBuffer iimageBuffer uimageBuffer sizeof cast namespace using row_major
""".split())
    builtins = frozenset("""
gl_VertexID gl_InstanceID gl_PerVertex gl_Position gl_PointSize gl_ClipDistance
gl_PrimitiveIDIn gl_InvocationID gl_PrimitiveID gl_Layer gl_ViewportIndex
gl_MaxPatchVertices gl_PatchVerticesIn gl_TessLevelOuter gl_TessLevelInner gl_TessCoord
gl_FragCoord gl_FrontFacing gl_PointCoord gl_SampleID gl_SamplePosition gl_FragColor
gl_FragData gl_MaxDrawBuffers gl_FragDepth gl_SampleMask gl_ClipVertex gl_FrontColor
gl_BackColor gl_FrontSecondaryColor gl_BackSecondaryColor gl_TexCoord gl_FogFragCoord
gl_Color gl_SecondaryColor gl_Normal gl_MultiTexCord0 gl_MultiTexCord1 gl_MultiTexCord2
gl_MultiTexCord3 gl_MultiTexCord4 gl_MultiTexCord5 gl_MultiTexCord6 gl_MultiTexCord7
gl_FogCoord gl_MaxVertexAttribs gl_MaxVertexUniformComponents gl_MaxVaryingFloats
gl_MaxVaryingComponents gl_MaxVertexOutputComponents gl_MaxGeometryInputComponents
gl_MaxGeometryOutputComponents gl_MaxFragmentInputComponents
gl_MaxVertexTextureImageUnits gl_MaxCombinedTextureImageUnits gl_MaxTextureImageUnits
gl_MaxFragmentUniformComponents gl_MaxClipDistances gl_MaxGeometryTextureImageUnits
gl_MaxGeometryUniformComponents gl_MaxGeometryVaryingComponents
gl_MaxTessControlInputComponents gl_MaxTessControlOutputComponents
gl_MaxTessControlTextureImageUnits gl_MaxTessControlUniformComponents
gl_MaxTessControlTotalOutputComponents gl_MaxTessEvaluationInputComponents
gl_MaxTessEvaluationOutputComponents gl_MaxTessEvaluationTextureImageUnits
gl_MaxTessEvaluationUniformComponents gl_MaxTessPatchComponents gl_MaxTessGenLevel
gl_MaxViewports gl_MaxVertexUniformVectors gl_MaxFragmentUniformVectors
gl_MaxVaryingVectors gl_MaxTextureUnits gl_MaxTextureCoords gl_MaxClipPlanes
gl_DepthRange gl_DepthRangeParameters gl_ModelViewMatrix gl_ProjectionMatrix
gl_ModelViewProjectionMatrix gl_TextureMatrix gl_NormalMatrix gl_ModelViewMatrixInverse
gl_ProjectionMatrixInverse gl_ModelViewProjectionMatrixInverse gl_TextureMatrixInverse
gl_ModelViewMatrixTranspose gl_ModelViewProjectionMatrixTranspose
gl_TextureMatrixTranspose gl_ModelViewMatrixInverseTranspose
gl_ProjectionMatrixInverseTranspose gl_ModelViewProjectionMatrixInverseTranspose
gl_TextureMatrixInverseTranspose gl_NormalScale gl_ClipPlane gl_PointParameters gl_Point
gl_MaterialParameters gl_FrontMaterial gl_BackMaterial gl_LightSourceParameters
gl_LightSource gl_MaxLights gl_LightModelParameters gl_LightModel gl_LightModelProducts
gl_FrontLightModelProduct gl_BackLightModelProduct gl_LightProducts gl_FrontLightProduct
gl_BackLightProduct gl_TextureEnvColor gl_EyePlaneS gl_EyePlaneT gl_EyePlaneR
gl_EyePlaneQ gl_ObjectPlaneS gl_ObjectPlaneT gl_ObjectPlaneR gl_ObjectPlaneQ
gl_FogParameters gl_Fog
""".split())
