"""Record what Jekyll's kramdown converter writes for the generated corpus.

Needs Ruby with Jekyll 4.3.1 (kramdown 2.4, kramdown-parser-gfm 1.1, Rouge
3.30) on the PATH; the tests only read the recording.  Run from the
repository root:

    python tests/markdown/record_kramdown.py [NAME ...]

With option set names, only those are recorded again (or added) and the
others are kept as recorded.  Each option set gets its own documents; the converter is obtained the way
Jekyll's renderer obtains it (``site.find_converter_instance``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import documents, html_documents, smart_quote_documents, unicode_documents  # noqa: E402

OUT = Path(__file__).resolve().parent / "data" / "kramdown_recorded.json"

#: (name, kramdown: block of _config.yml, seed, number of documents)
OPTION_SETS = [
    ("acadhomepage", {"input": "GFM", "hard_wrap": False, "auto_ids": True, "footnote_nr": 1,
                      "entity_output": "as_char", "toc_levels": "1..6",
                      "smart_quotes": "lsquo,rsquo,ldquo,rdquo", "enable_coderay": False}, 101, 120),
    ("parse-block-html", {"parse_block_html": True}, 102, 20),
    ("hard-wrap", {"hard_wrap": True}, 103, 20),
    ("no-ids-numeric", {"auto_ids": False, "entity_output": "numeric"}, 104, 20),
    ("plain-kramdown", {"input": "kramdown"}, 105, 20),
    ("no-span-html", {"parse_span_html": False, "footnote_backlink": "", "toc_levels": "2..3"}, 106, 20),
    # smart quotes next to CJK/accented text (Ruby's \b is Unicode-aware, its \w is not)
    ("smart-quotes-unicode", {"smart_quotes": "lsquo,rsquo,ldquo,rdquo"}, 107, 200),
    # generated documents with CJK/accented words (entities, HTML, emphasis next to them)
    ("unicode-words", {"input": "GFM"}, 108, 150),
    # HTML-heavy documents with HTML elements converted to native ones
    ("html-to-native", {"html_to_native": True}, 109, 250),
    ("html-to-native-kramdown", {"html_to_native": True, "input": "kramdown",
                                 "parse_block_html": True, "entity_output": "symbolic"}, 110, 120),
]

#: Generators by option set (``documents`` otherwise).
GENERATORS = {"smart-quotes-unicode": smart_quote_documents, "unicode-words": unicode_documents,
              "html-to-native": html_documents, "html-to-native-kramdown": html_documents}

RUBY = r"""
require "json"
require "jekyll"
job = JSON.parse(File.read(ARGV[0]))
dir = ARGV[1]
cfg = Jekyll.configuration("source" => dir, "destination" => File.join(dir, "_site"),
                           "quiet" => true, "disable_disk_cache" => true,
                           "markdown" => "kramdown", "highlighter" => "rouge",
                           "kramdown" => job["kramdown"])
conv = Jekyll::Site.new(cfg).find_converter_instance(Jekyll::Converters::Markdown)
# A document kramdown raises on (Jekyll stops the build) is recorded as null.
File.write(ARGV[2], JSON.generate(job["inputs"].map { |md|
  begin
    conv.convert(md)
  rescue StandardError
    nil
  end
}))
"""


def main(names: list[str]) -> int:
    unknown = set(names) - {n for n, *_ in OPTION_SETS}
    if unknown:
        print(f"unknown option sets: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    kept = {r["name"]: r for r in json.loads(OUT.read_text(encoding="utf-8"))} if names and OUT.exists() else {}
    records = []
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "record.rb"
        script.write_text(RUBY, encoding="utf-8")
        site = Path(tmp) / "site"
        site.mkdir()
        for name, kramdown, seed, count in OPTION_SETS:
            if names and name not in names and name in kept:
                records.append(kept[name])
                continue
            inputs = GENERATORS.get(name, documents)(seed, count)
            job = Path(tmp) / "job.json"
            out = Path(tmp) / "out.json"
            job.write_text(json.dumps({"kramdown": kramdown, "inputs": inputs}), encoding="utf-8")
            subprocess.run(["ruby", str(script), str(job), str(site), str(out)], check=True, cwd=tmp)
            outputs = json.loads(out.read_text(encoding="utf-8"))
            records.append({"name": name, "kramdown": kramdown,
                            "cases": [{"markdown": m, "html": h} for m, h in zip(inputs, outputs, strict=True)]})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(records, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {sum(len(r['cases']) for r in records)} cases to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
