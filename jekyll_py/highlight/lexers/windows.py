"""Windows batch files, shaped like Rouge's ``batchfile`` lexer.

Words are classified case-insensitively: devices (``nul``, ``com1``) are
reserved keywords, ``if``/``for``/``goto``... keywords, comparison words
(``equ``, ``exist``) operator words, cmd.exe builtins and common Windows
tools builtins, ``on``/``off`` attributes.  Every other word comes out as a
declaration keyword: Rouge's test for ``set`` is written so that it always
succeeds, and that is what Jekyll sites show.
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
    String,
    Text,
)

from ..engine import Context, Mixin, StateLexer

KEYWORDS = frozenset("if else for in do goto call exit".split())
OPERATOR_WORDS = frozenset(
    "exist defined errorlevel cmdextversion not equ neq lss leq gtr geq".split()
)
DEVICES = frozenset("""
con prn aux nul com1 com2 com3 com4 com5 com6 com7 com8 com9 lpt1 lpt2 lpt3 lpt4 lpt5 lpt6
lpt7 lpt8 lpt9
""".split())
BUILTIN_COMMANDS = frozenset("""
assoc attrib break bcdedit cacls cd chcp chdir chkdsk chkntfs choice cls cmd color comp
compact convert copy date del dir diskpart doskey dpath driverquery echo endlocal erase fc
find findstr format fsutil ftype gpresult graftabl help icacls label md mkdir mklink mode
more move openfiles path pause popd print prompt pushd rd recover ren rename replace rmdir
robocopy setlocal sc schtasks shift shutdown sort start subst systeminfo takeown tasklist
taskkill time timeout title tree type ver verify vol xcopy waitfor wmic
""".split())
OTHER_COMMANDS = frozenset("""
addusers admodcmd ansicon arp at bcdboot bitsadmin browstat certreq certutil change cidiag
cipher cleanmgr clip cmdkey compress convertcp coreinfo csccmd csvde cscript curl debug
defrag delprof deltree devcon diamond dirquota diruse diskshadow diskuse dism dnscmd
dsacls dsadd dsget dsquery dsmod dsmove dsrm dsmgmt dsregcmd edlin eventcreate expand
extract fdisk fltmc forfiles freedisk ftp getmac gpupdate hostname ifmember inuse
ipconfig kill lgpo lodctr logman logoff logtime makecab mapisend mbsacli mem mountvol
moveuser msg mshta msiexec msinfo32 mstsc nbtstat net net1 netdom netsh netstat nlsinfo
nltest now nslookup ntbackup ntdsutil ntoskrnl ntrights nvspbind pathping perms ping
portqry powercfg pngout pnputil printbrm prncnfg prnmngr procdump psexec psfile psgetsid
psinfo pskill pslist psloggedon psloglist pspasswd psping psservice psshutdown pssuspend
qbasic qgrep qprocess query quser qwinsta rasdial reg reg1 regdump regedt32 regsvr32
regini reset restore rundll32 rmtshare route rpcping run runas scandisk setspn setx sfc
share shellrunas shortcut sigcheck sleep slmgr strings subinacl sysmon telnet tftp tlist
touch tracerpt tracert tscon tsdiscon tskill tttracer typeperf tzutil undelete unformat
verifier vmconnect vssadmin w32tm wbadmin wecutil wevtutil wget where whoami windiff
winrm winrs wpeutil wpr wusa wuauclt wscript
""".split())
ATTRIBUTES = frozenset("on off disable enableextensions enabledelayedexpansion".split())


def _word(ctx: Context, match: re.Match[str]) -> None:
    """Classify a word (compared as written: Rouge's lists are lower case)."""
    word, extension = match.group(1), match.group(2) or ""
    if word in DEVICES:
        first = Keyword.Reserved
    elif word in KEYWORDS:
        first = Keyword
    elif word in OPERATOR_WORDS:
        first = Operator.Word
    elif word in BUILTIN_COMMANDS or word in OTHER_COMMANDS:
        ctx.token(Name.Builtin, match.group())
        return
    elif word in ATTRIBUTES:
        first = Name.Attribute
    else:
        first = Keyword.Declaration
    ctx.token(first, word)
    ctx.token(Error, extension)


class BatchfileLexer(StateLexer):
    """``batchfile``/``bat``/``batch``/``dosbatch``/``winbatch``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "basic": [
            (r"(?i)@?\brem\b.*$", Comment),
            (r"^::.*$", Comment),
            (r"(?i):[a-z]+", Name.Label),
            (r"(?i)([a-z]\w*)(\.exe|com|bat|cmd|msi)?", _word),
            (r"(?i)(?:[/+]|--?)[a-z]+\s*", Name.Attribute),
            Mixin("expansions"),
            (r"[<>&|(){}\[\]\-+=;,~?*]", Operator),
        ],
        "escape": [(r"(?s)\^.", String.Escape)],
        "expansions": [
            (r"(?i)[%!]+[a-z_$@#]+[%!]+", Name.Variable),
            (r"(?i)%+~?[a-z]+\d?", Name.Variable.Magic),
        ],
        "double_quotes": [
            Mixin("escape"),
            (r'"', String.Double, "#pop"),
            Mixin("expansions"),
            (r'[^\^"%!]+', String.Double),
        ],
        "single_quotes": [
            Mixin("escape"),
            (r"'", String.Single, "#pop"),
            Mixin("expansions"),
            (r"[^\^'%!]+", String.Single),
        ],
        "backtick": [
            Mixin("escape"),
            (r"`", String.Backtick, "#pop"),
            Mixin("expansions"),
            (r"[^\^`%!]+", String.Backtick),
        ],
        "data": [
            (r"\s+", Text),
            (r"(?i)0x[0-9a-f]+", Number.Hex),
            (r"[0-9]", Number),
            (r'"', String.Double, "double_quotes"),
            (r"'", String.Single, "single_quotes"),
            (r"`", String.Backtick, "backtick"),
            (r"[^\s&|()\[\]{}\^=;!%+\-,\"'`~?*]+", Text),
            Mixin("escape"),
        ],
        "root": [Mixin("basic"), Mixin("data")],
    }
