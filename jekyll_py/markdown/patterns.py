"""Regular expressions of kramdown's syntax, translated to Python's ``re``.

Translation rules (Ruby/Onigmo -> Python), applied by hand throughout:

* Ruby's ``\\s``, ``\\w`` and ``\\d`` are ASCII-only, so patterns are compiled
  with ``re.ASCII``; where kramdown uses Unicode classes (``\\p{Word}``,
  ``[[:alpha:]]``) the pattern is compiled without it and spells whitespace
  out as ``[ \\t\\r\\n\\f\\v]``.
* Ruby's ``^``/``$`` are always line anchors (``re.M``); Ruby's ``/m`` is
  Python's ``re.S``; Ruby's ``\\Z`` (end, or before a final newline) becomes
  ``(?=\\n?\\Z)``.
"""

from __future__ import annotations

import re

from .element import XML_NAME

A = re.ASCII | re.M
S = r"[ \t\r\n\f\v]"  # Ruby's \s, for patterns compiled without re.ASCII
OPT_SPACE = r" {0,3}"
INDENT_S = r"^(?:\t| {4})"
END = r"(?=\n?\Z)"

_NCNAME_START = XML_NAME.split("][")[0][1:].replace(":", "", 1)
_NCNAME_CHARS = XML_NAME.split("][")[1].rstrip("]*").replace(":", "", 1)
#: REXML 3.2.5's ``UNAME_STR`` (the HTML tag/attribute name kramdown uses):
#: ``[[:alpha:]_][-[:alnum:]._]*`` with Ruby's Unicode POSIX classes, so
#: ``<é>`` is a tag but ``<，>`` (punctuation) is text.  Unicode-scoped, as
#: some block patterns that embed it are compiled with re.ASCII.
NCNAME = r"(?u:[^\W\d][\w.\-]*)"
UNAME = f"(?:{NCNAME}:)?{NCNAME}"


def rx(pattern: str, flags: int = A) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# --- HTML -------------------------------------------------------------------
HTML_SPAN_ELEMENTS = (
    "a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark "
    "option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var"
).split()
HTML_BLOCK_ELEMENTS = (
    "address article aside applet body blockquote caption col colgroup dd div dl dt fieldset "
    "figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu "
    "li main map nav ol optgroup p pre section summary table tbody td th thead tfoot tr ul"
).split()
HTML_ELEMENTS_WITHOUT_BODY = (
    "area base br col command embed hr img input keygen link meta param source track wbr"
).split()
_CM_BLOCK = ("address applet article aside blockquote body dd details div dl fieldset figure "
             "figcaption footer form header hgroup iframe li main map menu nav noscript object "
             "section summary td").split()
_CM_SPAN = ("a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i "
            "ins label legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub "
            "sup th tt").split()
_CM_RAW = "script style math option textarea pre code kbd samp var".split()
HTML_CONTENT_MODEL: dict[str, str] = {}
for _n in _CM_BLOCK:
    HTML_CONTENT_MODEL[_n] = "block"
for _n in _CM_SPAN:
    HTML_CONTENT_MODEL[_n] = "span"
for _n in _CM_RAW:
    HTML_CONTENT_MODEL[_n] = "raw"
HTML_ELEMENT = frozenset(
    HTML_SPAN_ELEMENTS + HTML_BLOCK_ELEMENTS + HTML_ELEMENTS_WITHOUT_BODY + list(HTML_CONTENT_MODEL)
)


def content_model(name: str) -> str:
    return HTML_CONTENT_MODEL.get(name, "raw")


U = re.M  # Unicode-aware flags for the HTML patterns
HTML_COMMENT_RE = rx(r"<!--(.*?)-->", U | re.S)
HTML_INSTRUCTION_RE = rx(r"<\?(.*?)\?>", U | re.S)
HTML_ATTRIBUTE_RE = rx(
    rf"{S}*({UNAME})(?:{S}*={S}*(?:(\w+)|(\"|')(.*?)\3))?", U | re.S
)
HTML_TAG_RE = rx(
    rf"<((?>{UNAME})){S}*((?>{S}+{UNAME}(?:{S}*={S}*(?:\w+|(\"|').*?\3))?)*){S}*(/)?>",
    U | re.S,
)
HTML_TAG_CLOSE_RE = rx(rf"</({UNAME}){S}*>", U | re.S)
HTML_ENTITY_RE = rx(r"&([\w:][\-\w.:]*);|&#(\d+);|&\#x([0-9a-fA-F]+);")
HTML_RAW_START = rx(rf"<({UNAME}|/|!--|\?)", U)
HTML_BLOCK_START = rx(rf"^{OPT_SPACE}<({UNAME}|!--|/)", U)
HTML_BLOCK_TAG = rx(rf"^{OPT_SPACE}" + HTML_TAG_RE.pattern, U | re.S)
HTML_BLOCK_TAG_CLOSE = rx(rf"^{OPT_SPACE}" + HTML_TAG_CLOSE_RE.pattern, U | re.S)
HTML_SPAN_START = rx(rf"<({UNAME}|!--|/)", U)
TRAILING_WHITESPACE = rx(r"[ \t]*\n")

_LAZY_SPAN = "|".join(HTML_SPAN_ELEMENTS + ["script"])
LAZY_END_HTML_START = rf"<(?>(?!(?:{_LAZY_SPAN})\b){UNAME})"
LAZY_END_HTML_STOP = rf"</(?!(?:{_LAZY_SPAN})\b){UNAME}{S}*>"

# --- extensions (IAL / ALD / {::ext}) -----------------------------------------
ALD_ANY_CHARS = r"(?:\\\}|[^}])"
ALD_ID_NAME = r"\w[\w-]*"
ALD_TYPE_ANY = rx(
    r"(?:\A|\s)(?:(\w[\w-]*)=(\"|')((?:\\\}|\\\2|[^}\x02])*?)\2|(\w[\w-]*)"
    r"|((?:#[A-Za-z][\w:-]*|\.[^\s.#]+)+))(?=\s|\Z)"
)
ALD_TYPE_ID_OR_CLASS = rx(r"#([A-Za-z][\w:-]*)|\.([^\s.#]+)")
ALD_START = rx(rf"^{OPT_SPACE}\{{:({ALD_ID_NAME}):({ALD_ANY_CHARS}+)\}}\s*?\n")
EXT_START_STR = rf"\{{::(\w+)(?:\s({ALD_ANY_CHARS}*?)|)(/)?\}}"
EXT_BLOCK_START = rx(rf"^{OPT_SPACE}(?:{EXT_START_STR}|\{{:/({ALD_ID_NAME})?\}})\s*?\n")
EXT_SPAN_START = rx(rf"{EXT_START_STR}|\{{:/({ALD_ID_NAME})?\}}")
IAL_BLOCK = rf"\{{:(?!:|/)({ALD_ANY_CHARS}+)\}}\s*?\n"
IAL_BLOCK_START_S = rf"^{OPT_SPACE}{IAL_BLOCK}"
IAL_BLOCK_START = rx(IAL_BLOCK_START_S)
IAL_SPAN_START = rx(rf"\{{:({ALD_ANY_CHARS}+)\}}")
BLOCK_EXTENSIONS_START = rx(rf"^{OPT_SPACE}\{{:")


def ext_block_stop(name: str) -> re.Pattern[str]:
    # kramdown builds this in a double-quoted Ruby string, where "\s" is a space.
    return rx(rf"^{OPT_SPACE}\{{:/({re.escape(name)})?\}} *?\n")


def ext_span_stop(name: str) -> re.Pattern[str]:
    return rx(rf"\{{:/({re.escape(name)})?\}}")


# --- block structure ---------------------------------------------------------
BLANK_LINE_S = r"(?:^[ \t\r\f\v]*\n)+"
BLANK_LINE = rx(BLANK_LINE_S)
EOB_MARKER_S = r"^\^\s*?\n"
EOB_MARKER = rx(EOB_MARKER_S)
LAZY_END_S = (
    rf"{BLANK_LINE_S}|{IAL_BLOCK_START_S}|{EOB_MARKER_S}|^{OPT_SPACE}{LAZY_END_HTML_STOP}"
    rf"|^{OPT_SPACE}{LAZY_END_HTML_START}|{END}"
)
LAZY_END = rx(LAZY_END_S)
PARAGRAPH_START = rx(rf"^{OPT_SPACE}[^ \t].*?\n")
PARAGRAPH_MATCH = rx(r"^.*?\n")
PATTERN_TAIL = r"[\t| ].*?\n"
LIST_START_UL_S = rf"^({OPT_SPACE}[+*-])({PATTERN_TAIL})"
LIST_START_OL_S = rf"^({OPT_SPACE}\d+\.)({PATTERN_TAIL})"
LIST_START_UL = rx(LIST_START_UL_S)
LIST_START_OL = rx(LIST_START_OL_S)
LIST_START = rx(rf"{LIST_START_UL_S}|{LIST_START_OL_S}")
DEFINITION_LIST_START_S = rf"^({OPT_SPACE}:)({PATTERN_TAIL})"
DEFINITION_LIST_START = rx(DEFINITION_LIST_START_S)
ATX_HEADER_START_S = r"^(?P<level>\#{1,6})[\t ]+(?P<contents>.*)\n"
ATX_HEADER_START = rx(ATX_HEADER_START_S)
BLOCKQUOTE_START_S = rf"^{OPT_SPACE}> ?"
BLOCKQUOTE_START = rx(BLOCKQUOTE_START_S)
FENCED_CODEBLOCK_START_S = r"^[ ]{0,3}[~`]{3,}"
FENCED_CODEBLOCK_START = rx(FENCED_CODEBLOCK_START_S)
FENCED_CODEBLOCK_MATCH = rx(
    r"^[ ]{0,3}(([~`]){3,})\s*?((\S+?)(?:\?\S*)?)?\s*?\n(.*?)^[ ]{0,3}\1\2*\s*?\n", A | re.S
)
PARAGRAPH_END_GFM = rx(
    rf"{LAZY_END_S}|{LIST_START_UL_S}|{LIST_START_OL_S}|{ATX_HEADER_START_S}"
    rf"|{DEFINITION_LIST_START_S}|{BLOCKQUOTE_START_S}|{FENCED_CODEBLOCK_START_S}"
)
HR_START = rx(rf"^{OPT_SPACE}(\*|-|_)[ \t]*\1[ \t]*\1(\1|[ \t])*\n")
SETEXT_HEADER_START = rx(
    rf"^{OPT_SPACE}(?P<contents>[^ \t].*)\n(?P<level>[-=])[-=]*[ \t\r\f\v]*\n"
)
HEADER_ID = rx(rf"[\t ]{{#(?P<id>[{_NCNAME_START}:][{_NCNAME_CHARS}:]*)}}\Z", re.M)
CODEBLOCK_START = rx(INDENT_S)
CODEBLOCK_MATCH_S = (
    rf"(?:(?:{BLANK_LINE_S})?(?:{INDENT_S}[ \t]*\S.*\n)+(?:(?!{IAL_BLOCK_START_S}|{EOB_MARKER_S}"
    rf"|^{OPT_SPACE}{LAZY_END_HTML_STOP}|^{OPT_SPACE}{LAZY_END_HTML_START})^[ \t]*\S.*\n)*)*"
)
CODEBLOCK_MATCH = rx(CODEBLOCK_MATCH_S)
BLOCK_MATH_START = rx(rf"^{OPT_SPACE}(\\)?\$\$(.*?)\$\$(\s*?\n)?", A | re.S)
BLOCK_BOUNDARY = rx(rf"{BLANK_LINE_S}|{EOB_MARKER_S}|{IAL_BLOCK_START_S}|{END}")
FOOTNOTE_DEFINITION_START = rx(
    rf"^{OPT_SPACE}\[\^({ALD_ID_NAME})\]:\s*?(.*?\n{CODEBLOCK_MATCH_S})"
)
LINK_DEFINITION_START = rx(
    rf"^{OPT_SPACE}\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|([^\n]*?\S[^\n]*?))"
    r"(?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?([\"'])(.+?)\4)?[ \t]*?\n"
)
ABBREV_DEFINITION_START = rx(rf"^{OPT_SPACE}\*\[(.+?)\]:(.*?)\n")
LIST_ITEM_IAL = rx(rf"^\s*(?:\{{:(?!(?:{ALD_ID_NAME})?:|/)({ALD_ANY_CHARS}+)\}})\s*")
LIST_ITEM_IAL_CHECK = rx(LIST_ITEM_IAL.pattern[1:].join(["^(?:", ")?\\s*\\n"]))
TABLE_SEP_LINE = rx(r"^([+|: \t-]*?-[+|: \t-]*?)[ \t]*\n")
TABLE_HSEP_ALIGN = rx(r"[ \t]?(:?)-+(:?)[ \t]?")
TABLE_FSEP_LINE = rx(r"^[+|: \t=]*?=[+|: \t=]*?[ \t]*\n")
TABLE_ROW_LINE = rx(r"^(.*?)[ \t]*\n")
TABLE_PIPE_CHECK = r"(?:\||.*?[^\\\n]\|)"
TABLE_LINE = rx(rf"{TABLE_PIPE_CHECK}.*?\n")
TABLE_START = rx(rf"^{OPT_SPACE}(?=\S){TABLE_PIPE_CHECK}.*?\n")

# --- plain kramdown input (``input: kramdown``) --------------------------------
PARAGRAPH_END = rx(rf"{LAZY_END_S}|{DEFINITION_LIST_START_S}")
KD_ATX_HEADER_START = rx(r"^(?P<level>\#{1,6})[\t ]*(?P<contents>[^ \t].*)\n")
KD_FENCED_CODEBLOCK_MATCH = rx(
    r"^((~){3,})\s*?((\S+?)(?:\?\S*)?)?\s*?\n(.*?)^\1\2*\s*?\n", A | re.S
)
