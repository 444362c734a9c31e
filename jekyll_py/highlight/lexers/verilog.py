"""Verilog and SystemVerilog, shaped like Rouge's ``verilog`` lexer.

Rouge lexes everything in a ``statement`` state it never leaves; each
newline enters a beginning-of-line state where a ``name:`` is a label and
`` `define`` starts a macro line.  Identifiers are looked up in three word
lists (keywords, then type keywords, then ``$system`` task names, which are
recognised without their ``$``: the ``$`` itself is punctuation).
"""

from __future__ import annotations

import re

from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    Punctuation,
    String,
    Text,
)

from ..engine import Context, Mixin, StateLexer

KEYWORDS = frozenset("""
alias always always_comb always_ff always_latch assert assert_strobe assign assume automatic
attribute before begin bind bins binsof break case casex casez clocking config constraint
context continue cover covergroup coverpoint cross deassign defparam default design dist do
else end endattribute endcase endclass endclocking endconfig endfunction endgenerate endgroup
endinterface endmodule endpackage endprimitive endprogram endproperty endspecify endsequence
endtable endtask expect export extends extern final first_match for force foreach fork
forkjoin forever function generate genvar if iff ifnone ignore_bins illegal_bins import incdir
include initial inside instance interface intersect join join_any join_none liblist library
local localparam matches module modport new noshowcancelled null package parameter primitive
priority program property protected pulsestyle_onevent pulsestyle_ondetect pure rand randc
randcase randsequence release return sequence showcancelled solve specify super table task
this throughout timeprecision timeunit type typedef unique use wait wait_order while wildcard
with within
""".split())

#: Rouge's list holds ``weak[01]`` as a literal word, so ``weak0`` is a plain name.
TYPE_KEYWORDS = frozenset("""
and bit buf bufif0 bufif1 byte cell chandle class cmos const disable edge enum event highz0
highz1 initial inout input int integer join logic longint macromodule medium nand negedge nmos
nor not notif0 notif1 or output packed parameter pmos posedge pull0 pull1 pulldown pullup
rcmos real realtime ref reg repeat rnmos rpmos rtran rtranif0 rtranif1 scalared shortint
shortreal signed specparam static string strength strong0 strong1 struct supply0 supply1
tagged time tran tranif0 tranif1 tri tri0 tri1 triand trior trireg union unsigned uwire var
vectored virtual void wait wand weak[01] wire wor xnor xor
""".split())

SYSTEM_TASKS = frozenset("""
acos acosh asin asinh assertfailoff assertfailon assertkill assertnonvacuouson assertoff
asserton assertpassoff assertpasson assertvacuousoff atan atan2 atanh bits bitstoreal
bitstoshortreal cast ceil changed changed_gclk changing_gclk clog2 cos cosh countones
coverage_control coverage_get coverage_get_max coverage_merge coverage_save dimensions display
displayb displayh displayo dist_chi_square dist_erlang dist_exponential dist_normal
dist_poisson dist_t dist_uniform dumpall dumpfile dumpflush dumplimit dumpoff dumpon dumpports
dumpportsall dumpportsflush dumpportslimit dumpportsoff dumpportson dumpvars error exit exp
falling_gclk fclose fdisplay fdisplayb fdisplayh fdisplayo fell fell_gclk feof ferror fflush
fgetc fgets finish floor fmonitor fmonitorb fmonitorh fmonitoro fopen fread fscanf fseek
fstrobe fstrobeb fstrobeh fstrobeo ftell future_gclk fwrite fwriteb fwriteh fwriteo
get_coverage high hypot increment info isunbounded isunknown itor left ln load_coverage_db
log10 low monitor monitorb monitorh monitoro monitoroff monitoron onehot onehot0 past
past_gclk pow printtimescale q_add q_exam q_full q_initialize q_remove random readmemb
readmemh realtime realtobits rewind right rising_gclk rose rose_gclk rtoi sampled
set_coverage_db_name sformat sformatf shortrealtobits signed sin sinh size sqrt sscanf stable
stable_gclk steady_gclk stime stop strobe strobeb strobeh strobeo swrite swriteb swriteh
swriteo system tan tanh time timeformat typename ungetc unpacked_dimensions unsigned warning
write writeb writeh writememb writememh writeo
""".split())

_ID = r"[a-zA-Z_][a-zA-Z0-9_]*"


def _identifier(ctx: Context, match: re.Match[str]) -> None:
    name = match.group()
    if name in KEYWORDS:
        ctx.token(Keyword, name)
    elif name in TYPE_KEYWORDS:
        ctx.token(Keyword.Type, name)
    elif name in SYSTEM_TASKS:
        ctx.token(Name.Builtin, name)
    else:
        ctx.token(Name, name)


class VerilogLexer(StateLexer):
    """``verilog``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "expr_bol": [
            Mixin("inline_whitespace"),
            (r"`define", Comment.Preproc, "macro"),
            (r"", Text, "#pop"),
        ],
        "bol": [
            (rf"{_ID}:(?!:)", Name.Label),
            Mixin("expr_bol"),
        ],
        "inline_whitespace": [
            (r"[ \t\r]+", Text),
            (r"\\\n", Text),
            (r"(?s:/(?:\\\n)?[*].*?[*](?:\\\n)?/)", Comment.Multiline),
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
        "string": [
            (r'"', String, "#pop"),
            (r"\\(?:[\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", String.Escape),
            (r'[^\\"\n]+', String),
            (r"\\\n", String),
            (r"\\", String),
        ],
        "statement": [
            Mixin("whitespace"),
            (r'L?"', String, "string"),
            (r"(?i:(?:[0-9_]+\.[0-9_]*|[0-9_]*\.[0-9_]+)(?:e[+-]?[0-9_]+)?)", Number.Float),
            (r"(?i:[0-9_]+e[+-]?[0-9_]+)", Number.Float),
            (r"[0-9]*'h[0-9a-fA-F_?]+", Number.Hex),
            (r"[0-9]*'b?[01xz_?]+", Number.Bin),
            (r"[0-9]*'d[0-9_?]+", Number.Integer),
            (r"(?i:[0-9_]+[lu]*)", Number.Integer),
            (r"[-~!%^&*+=|?:<>/@{}]", Operator),
            (r"[()\[\],.$#;]", Punctuation),
            (r"`\w+", Comment.Preproc),
            (_ID, _identifier),
        ],
        "root": [
            Mixin("expr_whitespace"),
            (r"", Text, "statement"),
        ],
        "macro": [
            (r"\n", Comment.Preproc, "#pop"),
            Mixin("inline_whitespace"),
            (r";", Punctuation),
            (r"=", Operator),
            (r"\w+", Text),
        ],
    }
