"""Record Rouge 3.30's real output for ``snippets.py`` into ``data/rouge.json``.

Run where Ruby and Rouge are installed (Debian: ``apt-get install ruby-rouge``):

    python tests/highlight/record_rouge.py

The tests only read the JSON this writes, so they never need Ruby.  For each
snippet Rouge is asked exactly what Jekyll asks it: ``Lexer.find_fancy(lang,
code)``, then ``Formatters::HTML`` (and ``HTMLTable`` with Jekyll's gutter
and code classes for the table snippets).  ``html`` is null when Rouge has
no lexer for the name.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from snippets import MORE_SNIPPETS, SNIPPETS, TABLE_SNIPPETS  # noqa: E402

#: The Ruby side: reads [lang, code, table?] triples as JSON on stdin and
#: prints the formatted results as a JSON array.
RUBY = r"""
require "json"
require "rouge"
cases = JSON.parse($stdin.read)
out = cases.map do |lang, code, table|
  lexer = Rouge::Lexer.find_fancy(lang, code)
  if table
    lexer ||= Rouge::Lexers::PlainText.new
    fmt = Rouge::Formatters::HTMLTable.new(Rouge::Formatters::HTML.new,
      gutter_class: "gutter", code_class: "code")
  else
    fmt = Rouge::Formatters::HTML.new
  end
  lexer && fmt.format(lexer.lex(code))
end
puts JSON.generate({"rouge_version" => Rouge.version, "results" => out})
"""


def main() -> None:
    """Run Rouge over every snippet and write ``data/rouge.json``."""
    cases: list[tuple[str, str, bool]] = []
    for snippets in (SNIPPETS, MORE_SNIPPETS):
        for lang, codes in snippets.items():
            cases.extend((lang, code, False) for code in codes)
    cases.extend((lang, code, True) for lang, code in TABLE_SNIPPETS)
    # Language names alone, to record which ones Rouge knows.
    probe_names = sorted({*SNIPPETS, "Ruby", "JS", "txt", "node", "python3", "none",
                          "shell-session", "terminal", "zsh", "ksh", "c++", "golang",
                          "rs", "ts", "jsonc", "plain", "bat", "ps1", "vue", "objc"})
    cases.extend((name, "x\n", False) for name in probe_names)
    proc = subprocess.run(["ruby", "-e", RUBY], input=json.dumps(cases), capture_output=True,
                          text=True, check=True)
    result = json.loads(proc.stdout)
    records = [
        {"lang": lang, "code": code, "table": table, "html": html}
        for (lang, code, table), html in zip(cases, result["results"], strict=True)
    ]
    out = HERE / "data" / "rouge.json"
    out.parent.mkdir(exist_ok=True)
    payload = {"rouge_version": result["rouge_version"], "records": records}
    out.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(records)} records (Rouge {result['rouge_version']}) to {out}")


if __name__ == "__main__":
    main()
