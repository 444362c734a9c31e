"""Julia, shaped like Rouge's ``julia`` lexer.

Rouge's Julia output: Base's exported type names are ``Keyword.Type``;
``function``/``macro`` names ``Name.Function`` and ``struct``/``abstract
type`` names ``Name.Class``; constants like ``true``, ``nothing``, ``pi``,
``Inf`` ``Name.Builtin``; ``@macro`` calls decorators; brackets and commas
the ``Other`` token (class ``x``); ``$x`` and ``$(...)`` in strings
interpolations.
"""

from __future__ import annotations

from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Other,
    String,
    Text,
)

from ..engine import Mixin, StateLexer

BUILTINS = (
    r"\b(?:true|false|missing|nothing|Inf|Inf16|Inf32|Inf64|NaN|NaN16|NaN32|NaN64|stdout"
    r"|stderr|stdin|devnull|pi|\u03c0|\u212f|im|ARGS|C_NULL|ENV|ENDIAN_BOM|VERSION|undef"
    r"|(?:LOAD|DEPOT)_PATH)\b"
)
KEYWORDS = (
    r"\b(?:function|return|module|import|export|if|else|elseif|end|for|in|isa|while|try"
    r"|catch|const|local|global|using|struct|mutable struct|abstract type|finally|begin|do"
    r"|quote|macro|for outer|where)\b"
)
#: Base's exported types.
TYPE_NAMES = """
ARPACKException AbstractArray AbstractChannel AbstractChar AbstractDict AbstractDisplay
AbstractFloat AbstractIrrational AbstractLogger AbstractMatrix AbstractREPL AbstractRNG
AbstractRange AbstractSerializer AbstractSet AbstractSparseArray AbstractSparseMatrix
AbstractSparseVector AbstractString AbstractUnitRange AbstractVecOrMat AbstractVector
AbstractWorkerPool Adjoint Any ArgumentError Array AssertionError Base64DecodePipe
Base64EncodePipe BasicREPL Bidiagonal BigFloat BigInt BitArray BitMatrix BitSet BitVector
Bool BoundsError BunchKaufman CachingPool CapturedException CartesianIndex CartesianIndices
Cchar Cdouble Cfloat Channel Char Cholesky CholeskyPivoted Cint Cintmax_t Clong Clonglong
ClusterManager Cmd Colon Complex ComplexF16 ComplexF32 ComplexF64 CompositeException
Condition ConsoleLogger Cptrdiff_t Cshort Csize_t Cssize_t Cstring Cuchar Cuint Cuintmax_t
Culong Culonglong Cushort Cvoid Cwchar_t Cwstring DataType Date DateFormat DatePeriod
DateTime Day DenseArray DenseMatrix DenseVecOrMat DenseVector Diagonal Dict
DimensionMismatch Dims DivideError DomainError EOFError Eigen Enum ErrorException Exception
ExponentialBackOff Expr FDWatcher Factorization FileMonitor Float16 Float32 Float64
FolderMonitor Function GeneralizedEigen GeneralizedSVD GeneralizedSchur GenericArray
GenericDict GenericSet GenericString GitConfig GitRepo GlobalRef HMAC_CTX HTML Hermitian
Hessenberg Hour IO IOBuffer IOContext IOStream IPAddr IPv4 IPv6 IdDict IndexCartesian
IndexLinear IndexStyle InexactError InitError Int Int128 Int16 Int32 Int64 Int8 Integer
InterruptException InvalidStateException Irrational KeyError LAPACKException LDLt LQ LU
LinRange LineEditREPL LineNumberNode LinearIndices LoadError LogLevel LowerTriangular MIME
Matrix MersenneTwister Method MethodError Microsecond Millisecond Minute Missing
MissingException Module Month NTuple NamedTuple Nanosecond Nothing NullLogger Number
OrdinalRange OutOfMemoryError OverflowError PackageMode PackageSpec Pair PartialQuickSort
Period PermutedDimsArray Pipe PollingFileWatcher PosDefException ProcessExitedException Ptr
QR QRPivoted QuoteNode RandomDevice RankDeficientException Rational RawFD
ReadOnlyMemoryError Real ReentrantLock Ref Regex RegexMatch RemoteChannel RemoteException
RoundingMode SHA1_CTX SHA224_CTX SHA256_CTX SHA2_224_CTX SHA2_256_CTX SHA2_384_CTX
SHA2_512_CTX SHA384_CTX SHA3_224_CTX SHA3_256_CTX SHA3_384_CTX SHA3_512_CTX SHA512_CTX SVD
Schur Second SegmentationFault Serializer Set SharedArray SharedMatrix SharedVector Signed
SimpleLogger SingularException Some SparseMatrixCSC SparseVector StackOverflowError
StepRange StepRangeLen StreamREPL StridedArray StridedMatrix StridedVecOrMat StridedVector
String StringIndexError SubArray SubString SubstitutionString SymTridiagonal Symbol
Symmetric SystemError TCPSocket Task TestSetException Text TextDisplay Time TimePeriod
TimeType TimeZone Timer Transpose Tridiagonal Tuple Type TypeError TypeVar UDPSocket UInt
UInt128 UInt16 UInt32 UInt64 UInt8 UTC UUID UndefInitializer UndefKeywordError UndefRefError
UndefVarError UniformScaling Union UnionAll UnitLowerTriangular UnitRange
UnitUpperTriangular Unsigned UpgradeLevel UpperTriangular Val Vararg VecElement VecOrMat
Vector VersionNumber WeakKeyDict WeakRef Week WorkerConfig WorkerPool Year""".split()
TYPES = r"\b(?:" + "|".join(TYPE_NAMES) + r")\b"
OPERATORS = (
    r"\+|=|-|\*|/|\\|&|\||\$|~|\^|%|!|>>>|>>|<<|&&|\|\||\+=|-=|\*=|/=|\\=|\u00f7=|%=|\^=|&="
    r"|\|=|\$=|>>>=|>>=|<<=|==|!=|\u2260|<=|\u2264|>=|\u2265|\.|::|<:|->|\?|\.\*|\.\^|\.\\"
    r"|\./|\\|<|>|\u00f7|>:|:|===|!==|=>"
)
FUNC_NAME = r"[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}\p{Sm}\p{Sc}\p{Sk}\p{So}_][\p{Word}\p{Sm}\p{Sc}\p{Sk}\p{So}\p{Po}!]*"


class JuliaLexer(StateLexer):
    """``julia``/``jl``."""

    states = {
        "root": [
            (r"\n", Text),
            (r"[ \t\r\f\v]+", Text),
            (r"#=", Comment.Multiline, "blockcomment"),
            (r"#.*$", Comment),
            (OPERATORS, Operator),
            (r"\\\n", Text),
            (r"\\", Text),
            (r"(function|macro)((?:\s|\\\s)+)", (Keyword, Name.Function), "funcname"),
            (r"((?:mutable )?struct|(?:abstract|primitive) type)((?:\s|\\\s)+)",
             (Keyword, Name.Class), "typename"),
            (TYPES, Keyword.Type),
            (r"(?:local|global|const)\b", Keyword.Declaration),
            (KEYWORDS, Keyword),
            (BUILTINS, Name.Builtin),
            (r"`.*?`", String.Backtick),
            (r"'(?:\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,3}|\\u[a-fA-F0-9]{1,4}"
             r"|\\U[a-fA-F0-9]{1,6}|[^\\'\n])'", String.Char),
            # Rouge's rule for the transpose quote starts with a look-behind,
            # which never holds at its scan position.
            (r'[IL]"', String, "string"),
            (r'E?"', String, "string"),
            (r"@[a-zA-Z0-9_.]+", Name.Decorator),  # Ruby's \w is ASCII
            (r"(?:[a-zA-Z_\u00a1-\uffff]|[\u1000-\u10ff])(?:[a-zA-Z_0-9\u00a1-\uffff]"
             r"|[\u1000-\u10ff])*!*", Name),
            (r"[\[\]{}(),;]", Other),
            (r"(?:\d+(?:_\d+)+\.\d*|\d*\.\d+(?:_\d+)+)(?:[eEf][+-]?[0-9]+)?", Number.Float),
            (r"(?:\d+\.\d*|\d*\.\d+)(?:[eEf][+-]?[0-9]+)?", Number.Float),
            (r"\d+(?:_\d+)+[eEf][+-]?[0-9]+", Number.Float),
            (r"\d+[eEf][+-]?[0-9]+", Number.Float),
            (r"0b[01]+(?:_[01]+)+", Number.Bin),
            (r"0b[01]+", Number.Bin),
            (r"0o[0-7]+(?:_[0-7]+)+", Number.Oct),
            (r"0o[0-7]+", Number.Oct),
            (r"0x[a-fA-F0-9]+(?:_[a-fA-F0-9]+)+", Number.Hex),
            (r"0x[a-fA-F0-9]+", Number.Hex),
            (r"\d+(?:_\d+)+", Number.Integer),
            (r"\d+", Number.Integer),
        ],
        "funcname": [
            (FUNC_NAME, Name.Function, "#pop"),
            (r"\([^\s\w{]{1,2}\)", Operator, "#pop"),
            (r"[^\s\w{]{1,2}", Operator, "#pop"),
        ],
        "typename": [(FUNC_NAME, Name.Class, "#pop")],
        "stringescape": [
            (r"\\(?:[\\abfnrtv\"']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}"
             r"|[0-7]{1,3})", String.Escape),
        ],
        "blockcomment": [
            (r"[^=#]", Comment.Multiline),
            (r"#=", Comment.Multiline, "blockcomment"),
            (r"=#", Comment.Multiline, "#pop"),
            (r"[=#]", Comment.Multiline),
        ],
        "string": [
            Mixin("stringescape"),
            (r'"', String, "#pop"),
            (r'\\\\|\\"|\\\n', String.Escape),
            (r"\$(?:\(\w+\))?[-#0 +]*(?:[0-9]+|[*])?(?:\.(?:[0-9]+|[*]))?", String.Interpol),
            (r'[^\\"$]+', String),
            (r'["\\]', String),
            (r"\$", String),
        ],
    }
