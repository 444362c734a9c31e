"""Compare our highlighting with Rouge 3.30's real output.

Two sources of expected output:

* ``data/rouge.json``, recorded from Rouge by ``record_rouge.py``;
* the shared kramdown conformance cases, whose code blocks hold Rouge's
  markup (``<div class="language-X highlighter-rouge">...<code>HTML</code>``);
  the code itself is recovered from that HTML (text round-trips exactly).

Every record must give the same *text* (tags stripped) and the same
known/unknown verdict.  Exact markup is required for the languages in
``EXACT_LANGUAGES``; for the others the overall exact-match rate must stay
at or above ``EXACT_FLOOR``.  Run with ``-s`` to see the rate per language.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from jekyll_py.highlight import highlight_table, highlight_tokens, known_language

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / ".." / "shared" / "conformance"

#: Languages whose every recorded snippet must match Rouge byte for byte.
EXACT_LANGUAGES = frozenset({
    "plaintext", "text", "json", "jsonc", "shell", "bash", "sh", "zsh", "ksh",
    "javascript", "js", "yaml", "yml", "python", "py", "html", "css", "ruby", "rb",
    "console", "terminal", "shell-session", "diff", "liquid", "scss",
    "markdown", "md", "typescript", "ts", "c", "cpp", "c++", "java", "go", "golang",
    "sql", "r", "matlab", "latex", "tex", "xml", "ini", "toml", "dockerfile", "erb",
    "jsx", "tsx", "rust", "rs", "php", "conf", "properties", "make", "nginx",
    "csharp", "kotlin", "swift", "lua", "powershell", "batchfile", "bat", "http", "irb",
    "haskell", "perl", "sass", "objc", "dart", "elixir", "vue", "handlebars", "jinja",
    "coffeescript", "scala", "clojure", "groovy", "gradle", "hcl", "terraform", "julia",
    "ocaml", "elm", "erlang", "fsharp", "graphql", "cmake", "zig", "fortran", "vb", "awk",
    "nim", "sed", "cuda", "glsl", "apex", "viml",
    "protobuf", "proto", "nasm", "verilog", "scheme", "d", "tcl", "haml", "crystal", "cr",
    "apache", "systemd", "ssh", "dot", "solidity", "prolog",
    "pascal", "llvm", "plist", "gherkin", "cucumber", "vhdl",
    "nix", "puppet", "reasonml", "cython", "pyx",
    "common_lisp", "lisp", "racket", "vala", "hocon", "qml", "brainfuck", "turtle",
    "bibtex", "bib", "mathematica", "wl", "stan", "stata", "coq", "isabelle", "isa", "lean", "sparql", "supercollider", "hylang", "hy", "ceylon", "pony", "minizinc", "augeas", "aug", "sieve", "tap", "io", "eiffel", "xojo", "realbasic", "hack", "hh", "rego", "smalltalk", "st", "squeak", "velocity", "jsp", "jsonnet", "prometheus", "plsql",
})

#: Minimum share of all records matched exactly (raise it as lexers improve).
EXACT_FLOOR = 1.0

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(
    r'<div class="language-([^" ]+) highlighter-rouge"><div class="highlight">'
    r'<pre class="highlight"><code>(.*?)</code></pre></div></div>',
    re.S,
)


def _text(markup: str) -> str:
    return html.unescape(_TAG.sub("", markup))


def _recorded() -> list[dict]:
    data = json.loads((HERE / "data" / "rouge.json").read_text(encoding="utf-8"))
    return data["records"]


def _markdown_records() -> list[dict]:
    path = SHARED / "markdown" / "cases.jsonl"
    if not path.exists():
        return []
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        for match in _BLOCK.finditer(case["html"]):
            inner = match.group(2)
            records.append({"lang": match.group(1), "code": _text(inner), "table": False,
                            "html": inner, "id": case["id"]})
    return records


def _ours(record: dict) -> str | None:
    if record["table"]:
        return highlight_table(record["code"], record["lang"])
    return highlight_tokens(record["code"], record["lang"])


RECORDS = _recorded()


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["lang"])
def test_same_text_and_verdict(record: dict) -> None:
    ours = _ours(record)
    if record["html"] is None:
        assert ours is None and not known_language(record["lang"])
        return
    assert ours is not None, f"Rouge knows {record['lang']!r}"
    assert _text(ours) == _text(record["html"])


@pytest.mark.parametrize(
    "record", [r for r in RECORDS if r["lang"] in EXACT_LANGUAGES or r["table"]],
    ids=lambda r: r["lang"],
)
def test_exact_for_core_languages(record: dict) -> None:
    assert _ours(record) == record["html"]


def test_markdown_case_code_blocks() -> None:
    records = _markdown_records()
    if not records:
        pytest.skip("shared conformance data (../shared/conformance/markdown) not present")
    for record in records:
        ours = highlight_tokens(record["code"], record["lang"])
        assert ours is not None, record["id"]
        assert _text(ours) == record["code"], record["id"]
        if record["lang"] in EXACT_LANGUAGES:
            assert ours == record["html"], record["id"]


def test_exact_match_rate() -> None:
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for record in RECORDS + _markdown_records():
        if record["html"] is None:
            continue
        counts = per_lang[record["lang"].split("?")[0]]
        counts[1] += 1
        counts[0] += _ours(record) == record["html"]
    matched = sum(c[0] for c in per_lang.values())
    total = sum(c[1] for c in per_lang.values())
    print("\nexact matches with Rouge per language:")
    for lang, (ok, n) in sorted(per_lang.items()):
        print(f"  {lang:20} {ok:3}/{n:<3}")
    print(f"  {'ALL':20} {matched:3}/{total:<3} = {matched / total:.1%}")
    assert matched / total >= EXACT_FLOOR


_HIGHLIGHT_TAG = re.compile(
    r"\{%\s*highlight\s+(\S+)((?:\s+\w+)*)\s*%\}(.*?)\{%\s*endhighlight\s*%\}", re.S
)
_FIGURE = re.compile(
    r'<figure class="highlight"><pre><code class="language-[^"]*" data-lang="[^"]*">'
    r"(.*?)</code></pre></figure>",
    re.S,
)
_EDGE_NEWLINES = re.compile(r"\A[\n\r]+|[\n\r]+\Z")


def _chomp(text: str) -> str:
    for ending in ("\r\n", "\n", "\r"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def test_liquid_highlight_tag_cases() -> None:
    """The ``{% highlight %}`` cases of the shared Liquid site: our part of the markup.

    Jekyll strips leading/trailing newlines from the body, lower-cases the
    language, formats (table with ``linenos``) and chomps one final newline.
    """
    site = SHARED / "liquid" / "site" / "cases" / "highlight"
    expected_dir = SHARED / "liquid" / "expected" / "cases" / "highlight"
    if not site.is_dir():
        pytest.skip("shared conformance data (../shared/conformance/liquid) not present")
    checked = 0
    for source in sorted(site.glob("*.html")):
        tags = _HIGHLIGHT_TAG.findall(source.read_text(encoding="utf-8"))
        figures = _FIGURE.findall((expected_dir / source.name).read_text(encoding="utf-8"))
        assert len(tags) == len(figures), source.name
        for (lang, options, body), expected in zip(tags, figures, strict=True):
            code = _EDGE_NEWLINES.sub("", body)
            lang = lang.lower()
            if "linenos" in options.split():
                ours = highlight_table(code, lang)
            else:
                ours = highlight_tokens(code, lang) or highlight_tokens(code, "plaintext")
            assert _chomp(ours or "") == expected, source.name
            checked += 1
    assert checked >= 8
