"""SQL, R and MATLAB, shaped like Rouge's ``sql``, ``r`` and ``matlab`` lexers.

* SQL: words are looked up case-insensitively: column types are
  ``Name.Builtin``, SQL keywords ``Keyword``, the rest ``Name``; ``"x"`` and
  backquoted identifiers are ``Name.Variable``; doubled quotes are escapes.
* R: blanks are ``Text.Whitespace`` (class ``w``); a primitive function
  directly followed by ``(`` is ``Name.Function``; ``TRUE``/``NA``... are
  keyword constants; ``%op%`` operators.
* MATLAB: words are keywords, builtins or names; ``'`` starts a char array
  only when another ``'`` follows on the line (otherwise it is the
  transpose operator).  Builtins are the names Rouge lists (``matlab_builtins``).
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
    Whitespace,
)

from ..engine import Context, StateLexer
from .matlab_builtins import MATLAB_BUILTINS
from .shell import ShellLexer

SQL_KEYWORDS = frozenset("""
ABORT ABS ABSOLUTE ACCESS ADA ADD ADMIN AFTER AGGREGATE ALIAS ALL ALLOCATE ALTER ANALYSE
ANALYZE AND ANY ARE AS ASC ASENSITIVE ASSERTION ASSIGNMENT ASYMMETRIC AT ATOMIC
AUTHORIZATION AVG BACKWARD BEFORE BEGIN BETWEEN BITVAR BIT_LENGTH BOTH BREADTH BY C CACHE
CALL CALLED CARDINALITY CASCADE CASCADED CASE CAST CATALOG CATALOG_NAME CHAIN
CHARACTERISTICS CHARACTER_LENGTH CHARACTER_SET_CATALOG CHARACTER_SET_NAME
CHARACTER_SET_SCHEMA CHAR_LENGTH CHECK CHECKED CHECKPOINT CLASS CLASS_ORIGIN CLOB CLOSE
CLUSTER COALSECE COBOL COLLATE COLLATION COLLATION_CATALOG COLLATION_NAME COLLATION_SCHEMA
COLUMN COLUMN_NAME COMMAND_FUNCTION COMMAND_FUNCTION_CODE COMMENT COMMIT COMMITTED
COMPLETION CONDITION_NUMBER CONNECT CONNECTION CONNECTION_NAME CONSTRAINT CONSTRAINTS
CONSTRAINT_CATALOG CONSTRAINT_NAME CONSTRAINT_SCHEMA CONSTRUCTOR CONTAINS CONTINUE
CONVERSION CONVERT COPY CORRESPONTING COUNT CREATE CREATEDB CREATEUSER CROSS CUBE CURRENT
CURRENT_DATE CURRENT_PATH CURRENT_ROLE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER CURSOR
CURSOR_NAME CYCLE DATA DATABASE DATETIME_INTERVAL_CODE DATETIME_INTERVAL_PRECISION DAY
DEALLOCATE DECLARE DEFAULT DEFAULTS DEFERRABLE DEFERRED DEFINED DEFINER DELETE DELIMITER
DELIMITERS DEREF DESC DESCRIBE DESCRIPTOR DESTROY DESTRUCTOR DETERMINISTIC DIAGNOSTICS
DICTIONARY DISCONNECT DISPATCH DISTINCT DO DOMAIN DROP DYNAMIC DYNAMIC_FUNCTION
DYNAMIC_FUNCTION_CODE EACH ELSE ENCODING ENCRYPTED END END-EXEC EQUALS ESCAPE EVERY EXCEPT
ESCEPTION EXCLUDING EXCLUSIVE EXEC EXECUTE EXISTING EXISTS EXPLAIN EXTERNAL EXTRACT FALSE
FETCH FINAL FIRST FOLLOWING FOR FORCE FOREIGN FORTRAN FORWARD FOUND FREE FREEZE FROM FULL
FUNCTION G GENERAL GENERATED GET GLOBAL GO GOTO GRANT GRANTED GROUP GROUPING HANDLER HAVING
HIERARCHY HOLD HOST IDENTITY IGNORE ILIKE IMMEDIATE IMMUTABLE IMPLEMENTATION IMPLICIT IN
INCLUDING INCREMENT INDEX INDITCATOR INFIX INHERITS INITIALIZE INITIALLY INNER INOUT INPUT
INSENSITIVE INSERT INSTANTIABLE INSTEAD INTERSECT INTO INVOKER IS ISNULL ISOLATION ITERATE
JOIN KEY KEY_MEMBER KEY_TYPE LANCOMPILER LANGUAGE LARGE LAST LATERAL LEADING LEFT LENGTH
LESS LEVEL LIKE LIMIT LISTEN LOAD LOCAL LOCALTIME LOCALTIMESTAMP LOCATION LOCATOR LOCK
LOWER MAP MATCH MAX MAXVALUE MESSAGE_LENGTH MESSAGE_OCTET_LENGTH MESSAGE_TEXT METHOD MIN
MINUTE MINVALUE MOD MODE MODIFIES MODIFY MONTH MORE MOVE MUMPS NAMES NATURAL NCLOB NEW NEXT
NO NOCREATEDB NOCREATEUSER NONE NOT NOTHING NOTIFY NOTNULL NULL NULLABLE NULLIF OBJECT
OCTET_LENGTH OF OFF OFFSET OIDS OLD ON ONLY OPEN OPERATION OPERATOR OPTION OPTIONS OR ORDER
ORDINALITY OUT OUTER OUTPUT OVERLAPS OVERLAY OVERRIDING OWNER PAD PARAMETER PARAMETERS
PARAMETER_MODE PARAMATER_NAME PARAMATER_ORDINAL_POSITION PARAMETER_SPECIFIC_CATALOG
PARAMETER_SPECIFIC_NAME PARAMATER_SPECIFIC_SCHEMA PARTIAL PARTITION PASCAL PENDANT PLACING
PLI POSITION POSTFIX PREFIX PRECEDING PREORDER PREPARE PRESERVE PRIMARY PRIOR PRIVILEGES
PROCEDURAL PROCEDURE PUBLIC RANGE READ READS RECHECK RECURSIVE REF REFERENCES REFERENCING
REINDEX RELATIVE RENAME REPEATABLE REPLACE RESET RESTART RESTRICT RESULT RETURN
RETURNED_LENGTH RETURNED_OCTET_LENGTH RETURNED_SQLSTATE RETURNS REVOKE RIGHT ROLE ROLLBACK
ROLLUP ROUTINE ROUTINE_CATALOG ROUTINE_NAME ROUTINE_SCHEMA ROW ROWS ROW_COUNT RULE
SAVE_POINT SCALE SCHEMA SCHEMA_NAME SCOPE SCROLL SEARCH SECOND SECURITY SELECT SELF
SENSITIVE SERIALIZABLE SERVER_NAME SESSION SESSION_USER SET SETOF SETS SHARE SHOW SIMILAR
SIMPLE SIZE SOME SOURCE SPACE SPECIFIC SPECIFICTYPE SPECIFIC_NAME SQL SQLCODE SQLERROR
SQLEXCEPTION SQLSTATE SQLWARNINIG STABLE START STATE STATEMENT STATIC STATISTICS STDIN
STDOUT STORAGE STRICT STRUCTURE STYPE SUBCLASS_ORIGIN SUBLIST SUBSTRING SUM SYMMETRIC SYSID
SYSTEM SYSTEM_USER TABLE TABLE_NAME TEMP TEMPLATE TEMPORARY TERMINATE THAN THEN
TIMEZONE_HOUR TIMEZONE_MINUTE TO TOAST TRAILING TRANSATION TRANSACTIONS_COMMITTED
TRANSACTIONS_ROLLED_BACK TRANSATION_ACTIVE TRANSFORM TRANSFORMS TRANSLATE TRANSLATION TREAT
TRIGGER TRIGGER_CATALOG TRIGGER_NAME TRIGGER_SCHEMA TRIM TRUE TRUNCATE TRUSTED TYPE
UNCOMMITTED UNDER UNENCRYPTED UNION UNIQUE UNKNOWN UNLISTEN UNNAMED UNNEST UNTIL UPDATE
UPPER USAGE USER USER_DEFINED_TYPE_CATALOG USER_DEFINED_TYPE_NAME USER_DEFINED_TYPE_SCHEMA
USING VACUUM VALID VALIDATOR VALUES VARIABLE VERBOSE VERSION VIEW VOLATILE WHEN WHENEVER
WHERE WINDOW WITH WITHOUT WORK WRITE ZONE
""".split())
SQL_TYPES = frozenset("""
ZEROFILL UNSIGNED SIGNED SERIAL BIT TINYINT BOOL BOOLEAN SMALLINT MEDIUMINT INT INTEGER
BIGINT DECIMAL DEC NUMERIC FIXED FLOAT DOUBLE PRECISION REAL DATE DATETIME TIMESTAMP TIME
YEAR NATIONAL CHAR CHARACTER NCHAR BYTE VARCHAR VARYING BINARY VARBINARY TINYBLOB TINYTEXT
BLOB TEXT MEDIUMBLOB MEDIUMTEXT LONGBLOB LONGTEXT ENUM
""".split())


def _sql_word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    upper = word.upper()
    if upper in SQL_TYPES:
        ctx.token(Name.Builtin, word)
    elif upper in SQL_KEYWORDS:
        ctx.token(Keyword, word)
    else:
        ctx.token(Name, word)


class SQLLexer(StateLexer):
    """``sql``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "root": [
            (r"\s+", Text),
            (r"--.*", Comment.Single),
            (r"/\*", Comment.Multiline, "multiline_comments"),
            (r"\d+", Number.Integer),
            (r"'", String.Single, "single_string"),
            (r'"', Name.Variable, "double_string"),
            (r"`", Name.Variable, "backtick"),
            (r"\w[\w\d]*", _sql_word),
            (r"[+*/<>=~!@#%&|?^-]", Operator),
            (r"[;:()\[\]{},.]", Punctuation),
        ],
        "multiline_comments": [
            (r"/[*]", Comment.Multiline, "multiline_comments"),
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^/*]+", Comment.Multiline),
            (r"[/*]", Comment.Multiline),
        ],
        "backtick": [
            (r"\\.", String.Escape),
            (r"``", String.Escape),
            (r"`", Name.Variable, "#pop"),
            (r"[^\\`]+", Name.Variable),
        ],
        "single_string": [
            (r"\\.", String.Escape),
            (r"''", String.Escape),
            (r"'", String.Single, "#pop"),
            (r"[^\\']+", String.Single),
        ],
        "double_string": [
            (r"\\.", String.Escape),
            (r'""', String.Escape),
            (r'"', Name.Variable, "#pop"),
            (r'[^\\"]+', Name.Variable),
        ],
    }


R_KEYWORDS = frozenset("if else for while repeat in next break function".split())
R_CONSTANTS = frozenset(
    "NULL Inf TRUE FALSE NaN NA NA_integer_ NA_real_ NA_complex_ NA_character_".split()
)
R_BUILTIN_CONSTANTS = frozenset("LETTERS letters month.abb month.name pi T F".split())
R_PRIMITIVES = """
abs acos acosh all any anyNA Arg as.call as.character as.complex as.double as.environment
as.integer as.logical as.null.default as.numeric as.raw asin asinh atan atanh attr
attributes baseenv browser c call ceiling class Conj cos cosh cospi cummax cummin cumprod
cumsum digamma dim dimnames emptyenv exp expression floor forceAndCall gamma gc.time
globalenv Im interactive invisible is.array is.atomic is.call is.character is.complex
is.double is.environment is.expression is.finite is.function is.infinite is.integer
is.language is.list is.logical is.matrix is.na is.name is.nan is.null is.numeric is.object
is.pairlist is.raw is.recursive is.single is.symbol lazyLoadDBfetch length lgamma list log
max min missing Mod names nargs nzchar oldClass on.exit pos.to.env proc.time prod quote
range Re rep retracemem return round seq_along seq_len seq.int sign signif sin sinh sinpi
sqrt standardGeneric substitute sum switch tan tanh tanpi tracemem trigamma trunc unclass
untracemem UseMethod xtfrm
""".split()


def _r_word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in R_KEYWORDS:
        ctx.token(Keyword, word)
    elif word in R_CONSTANTS:
        ctx.token(Keyword.Constant, word)
    elif word in R_BUILTIN_CONSTANTS:
        ctx.token(Name.Builtin, word)
    else:
        ctx.token(Name, word)


class RLexer(StateLexer):
    """``r``/``R``/``s``/``S``."""

    states = {
        "root": [
            (r"#'.*?$", Comment.Doc),
            (r"#.*?$", Comment.Single),
            (r"\s+", Whitespace),
            (r"`[^`]+?`", Name),
            (r"(?s)'(?:\\.|.)*?'", String.Single),
            (r'(?s)"(?:\\.|.)*?"', String.Double),
            (r"%[^%]*?%", Operator),
            (r"0[xX][a-fA-F0-9]+(?:[pP][0-9]+)?[Li]?", Number.Hex),
            (r"[+-]?(?:\d+(?:[.]\d+)?|[.]\d+)(?:[eE][+-]?\d+)?[Li]?", Number),
            # Rouge's rule starts with ``\b(?<!.)``: at the scan position both
            # hold before a word character.
            (r"(?=\w)(?:" + "|".join(re.escape(f) for f in R_PRIMITIVES) + r")(?=\()",
             Name.Function),
            (r"(?:(?:[^\W\d_]|[.](?:[._]|[^\W\d_]))[.\w]*)|[.]", _r_word),
            (r"[\[\]{}();,]", Punctuation),
            (r"[-<>?*+^/!=~$@:%&|]", Operator),
        ],
    }


MATLAB_KEYWORDS = frozenset("""
arguments break case catch classdef continue else elseif end for function global if import
methods otherwise parfor persistent properties return spmd switch try while
""".split())


def _matlab_word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    if word in MATLAB_KEYWORDS:
        ctx.token(Keyword, word)
    elif word in MATLAB_BUILTINS:
        ctx.token(Name.Builtin, word)
    else:
        ctx.token(Name, word)


def _shell_escape(ctx: Context, match: re.Match[str]) -> None:
    """``!command``: the rest of the line is shell."""
    ctx.token(Keyword, match.group(1))
    ctx.out.extend(ShellLexer().tokens(match.group(2)))


class MatlabLexer(StateLexer):
    """``matlab``/``m``."""

    states = {
        "root": [
            (r"\s+", Text),
            (r"(?s)[{]%.*?%[}]", Comment.Multiline),
            (r"%.*$", Comment.Single),
            (r"([.][.][.])(.*?)$", (Keyword, Comment)),
            (r"^(!)(.*?)(?=%|$)", _shell_escape),
            (r"[a-zA-Z][_a-zA-Z0-9]*", _matlab_word),
            (r"[(){};:,/\\\]\[]", Punctuation),
            (r"~=|==|<<|>>|[-~+/*%=<>&^|.@]", Operator),
            (r"(?i)(?:\d+\.\d*|\d*\.\d+)(?:e[+-]?[0-9]+)?", Number.Float),
            (r"(?i)\d+e[+-]?[0-9]+", Number.Float),
            (r"\d+L", Number.Integer.Long),
            (r"\d+", Number.Integer),
            (r"'(?=(.*'))", String.Single, "chararray"),
            (r'"(?=(.*"))', String.Double, "string"),
            (r"'", Operator),
        ],
        "chararray": [
            (r"[^']+", String.Single),
            (r"''", String.Escape),
            (r"'", String.Single, "#pop"),
        ],
        "string": [
            (r'[^"]+', String.Double),
            (r'""', String.Escape),
            (r'"', String.Double, "#pop"),
        ],
    }
