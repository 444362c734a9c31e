"""Windows batch files and PowerShell, shaped like Rouge's ``batchfile`` and
``powershell`` lexers.

Batch files: words are classified case-insensitively: devices (``nul``, ``com1``) are
reserved keywords, ``if``/``for``/``goto``... keywords, comparison words
(``equ``, ``exist``) operator words, cmd.exe builtins and common Windows
tools builtins, ``on``/``off`` attributes.  Every other word comes out as a
declaration keyword: Rouge's test for ``set`` is written so that it always
succeeds, and that is what Jekyll sites show.

PowerShell: cmdlet names are ``Name`` followed by parameters
(``Name.Other``), ``-Flag`` is ``Name.Tag``, ``-eq``-style operators are
operators, keywords ``Keyword.Reserved``, automatic variables (``$_``,
``$true``) ``Name.Builtin.Pseudo``, ``<# ... #>`` help comments with
``.SYNOPSIS``-style keywords ``Comment.Special``.
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
    Whitespace,
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


PS_AUTO_VARS = "|".join(re.escape(v) for v in """
$$ $? $^ $_ $args $ConsoleFileName $Error $Event $EventArgs $EventSubscriber
$ExecutionContext $false $foreach $HOME $Host $input $IsCoreCLR $IsLinux $IsMacOS
$IsWindows $LastExitCode $Matches $MyInvocation $NestedPromptLevel $null $PID $PROFILE
$PSBoundParameters $PSCmdlet $PSCommandPath $PSCulture $PSDebugContext $PSHOME $PSItem
$PSScriptRoot $PSSenderInfo $PSUICulture $PSVersionTable $PWD
$REPORTERRORSHOWEXCEPTIONCLASS $REPORTERRORSHOWINNEREXCEPTION $REPORTERRORSHOWSOURCE
$REPORTERRORSHOWSTACKTRACE $SENDER $ShellId $StackTrace $switch $this $true
""".split())
PS_KEYWORDS = """
assembly exit process base filter public begin finally return break for sequence catch
foreach static class from switch command function throw configuration hidden trap continue
if try data in type define inlinescript until do interface using dynamicparam module var
else namespace while elseif parallel workflow end param enum private
""".split()
PS_OPERATORS = [re.escape(op) for op in """
-split -isplit -csplit -join -is -isnot -as -eq -ieq -ceq -ne -ine -cne -gt -igt -cgt -ge
-ige -cge -lt -ilt -clt -le -ile -cle -like -ilike -clike -notlike -inotlike -cnotlike
-match -imatch -cmatch -notmatch -inotmatch -cnotmatch -contains -icontains -ccontains
-notcontains -inotcontains -cnotcontains -replace -ireplace -creplace -shl -shr -band -bor
-bxor -and -or -xor -not += -= *= /= %=
""".split()]
PS_HELP_KEYWORDS = """
synopsis description parameter example inputs outputs notes link component role
functionality forwardhelptargetname forwardhelpcategory remotehelprunspace externalhelp
""".split()
PS_ATTRIBUTES = frozenset(
    "ConfirmImpact DefaultParameterSetName HelpURI PositionalBinding SupportsPaging "
    "SupportsShouldProcess".split()
)


def _ps_bracket_word(ctx: Context, match: re.Match[str]) -> None:
    word = match.group()
    ctx.token(Name.Builtin.Pseudo if word in PS_ATTRIBUTES else Name, word)


def _ps_member(ctx: Context, match: re.Match[str]) -> None:
    """``.Method(`` starts parameters; ``.Property`` does not."""
    for index, ttype in enumerate((Operator, Name.Function, Punctuation, Whitespace), 1):
        ctx.token(ttype, match.group(index) or "")
    if match.group(3) is not None:
        ctx.push("parameters")


class PowerShellLexer(StateLexer):
    """``powershell``/``posh``/``microsoftshell``/``msshell``."""

    flags = re.MULTILINE | re.ASCII

    states = {
        "variable": [
            (PS_AUTO_VARS, Name.Builtin.Pseudo),
            (r"(\$)(?:(\w+)(:))?(\w+|\{(?:[^`]|`.)+?\})",
             (Name.Variable, Name.Namespace, Punctuation, Name.Variable)),
            (r"\$\w+", Name.Variable),
            (r"\$\{(?:[^`]|`.)+?\}", Name.Variable),
        ],
        "multiline": [
            (r"(?i)\.(?:" + "|".join(PS_HELP_KEYWORDS) + ")", Comment.Special),
            (r"#>", Comment.Multiline, "#pop"),
            (r"(?s)[^#.]+?", Comment.Multiline),
            (r"[#.]+", Comment.Multiline),
        ],
        "interpol": [(r"\)", String.Interpol, "#pop"), Mixin("root")],
        "dq": [
            (r'(?:\$#?)?"', String.Double, "#pop"),
            (r"\$\(", String.Interpol, "interpol"),
            (r"`$", String.Escape),
            (r"`.", String.Escape),
            (r'[^"`$]+', String.Double),
            Mixin("variable"),
        ],
        "sq": [(r"'", String.Single, "#pop"), (r"[^']+", String.Single)],
        "heredoc": [
            (r'(?:\$#?)?"@', String.Heredoc, "#pop"),
            (r"\$\(", String.Interpol, "interpol"),
            (r"`$", String.Escape),
            (r"`.", String.Escape),
            (r'(?s)[^"`$]+?', String.Heredoc),
            (r'"+', String.Heredoc),
            Mixin("variable"),
        ],
        "class": [
            (r"\{", Punctuation, "#pop"),
            (r"\s+", Whitespace),
            (r"\w+", Name.Class),
            (r"[:,]", Punctuation),
        ],
        "expr": [
            Mixin("comments"),
            (r'"', String.Double, "dq"),
            (r"'", String.Single, "sq"),
            (r'@"', String.Heredoc, "heredoc"),
            (r"(?s)@'.*?'@", String.Heredoc),
            (r"\d*\.\d+", Number.Float),
            (r"\d+", Number.Integer),
            (r"@\{", Punctuation, "hasht"),
            (r"@\(", Punctuation, "array"),
            (r"\{", Punctuation, "brace"),
            (r"\[", Punctuation, "bracket"),
        ],
        "hasht": [
            (r"\}", Punctuation, "#pop"),
            (r"=", Operator),
            (r"[,;]", Punctuation),
            Mixin("expr"),
            (r"\w+", Name.Other),
            Mixin("variable"),
        ],
        "array": [
            (r"\s+", Whitespace),
            (r"\)", Punctuation, "#pop"),
            (r"[,;]", Punctuation),
            Mixin("expr"),
            Mixin("variable"),
        ],
        "brace": [(r"[}]", Punctuation, "#pop"), Mixin("root")],
        "bracket": [
            (r"\]", Punctuation, "#pop"),
            (r"[A-Za-z]\w+\.", Name),
            (r"[A-Za-z]\w+", _ps_bracket_word),
            Mixin("root"),
        ],
        "parameters": [
            (r"(?s)`.", String.Escape),
            (r"\s*?\n", Whitespace, "#pop"),
            (r"[;(){}\]]", Punctuation, "#pop"),
            (r"[|=]", Operator, "#pop"),
            (r"[/\\~\w][-.:/\\~\w]*", Name.Other),
            (r"\w[-\w]+", Name.Other),
            Mixin("root"),
        ],
        "comments": [
            (r"\s+", Whitespace),
            (r"#.*", Comment),
            (r"<#", Comment.Multiline, "multiline"),
        ],
        "root": [
            Mixin("comments"),
            (r"#requires\s-version \d(?:\.\d+)?", Comment.Preproc),
            (r"\.\.(?=\.?\d)", Operator),
            (r"(?i)(?:" + "|".join(PS_OPERATORS) + r")\b", Operator),
            (r"(?i)(class)(\s+)(\w+)", (Keyword.Reserved, Whitespace, Name.Class), "class"),
            (r"(?i)(function)(\s+)(?:(\w+)(:))?(\w[-\w]+)",
             (Keyword.Reserved, Whitespace, Name.Namespace, Punctuation, Name.Function)),
            (r"(?i)(?:" + "|".join(PS_KEYWORDS) + r")\b(?![-.])", Keyword.Reserved),
            (r"-{1,2}\w+", Name.Tag),
            (r"(\.)?([-\w]+)(\[)", (Operator, Name, Punctuation), "bracket"),
            (r"(?i)([/\\~a-z][-.:/\\~\w]*)(\n)?", (Name, Whitespace), "parameters"),
            (r"(\.)([-\w]+)(?:(\()|(\n))?", _ps_member),
            (r"\?", Name.Function, "parameters"),
            Mixin("expr"),
            Mixin("variable"),
            (r"[-+*/%=!.&|]", Operator),
            (r"[{}(),:;]", Punctuation),
        ],
    }
