"""Differential check against an installed Rouge, on inputs this repo does not hold.

Run where Ruby and Rouge are installed (not part of the test suite):

    python tests/highlight/crosscheck_rouge.py [TAG ...]

Every Rouge-shaped lexer of ours (or the TAGs given) lexes every demo file
that ships with the installed Rouge (``demos/<tag>``, one per language), so
each lexer also sees code in other languages: unterminated constructs, odd
characters, states it would never reach on its own language.  Rouge's output
is produced in the same run and compared byte for byte; the script prints the
number of mismatches per lexer (demos on which Rouge itself raises are
counted apart and not compared).  Nothing is written to the repository.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from jekyll_py.highlight import highlight_tokens  # noqa: E402
from jekyll_py.highlight.lexers import LEXER_CLASSES  # noqa: E402

#: Reads tag names on stdin; prints the demo texts and Rouge's output per tag.
RUBY = r"""
require "json"
require "rouge"
tags = JSON.parse($stdin.read)
dirs = [File.join(Gem.loaded_specs["rouge"]&.gem_dir.to_s, "lib/rouge/demos"),
        "/usr/share/ruby-rouge/demos"]
dir = dirs.find { |d| Dir.exist?(d) } or abort "no Rouge demos found"
demos = Dir[File.join(dir, "*")].sort.map { |f| File.read(f, encoding: "utf-8") }
out = tags.to_h do |tag|
  lexer = Rouge::Lexer.find(tag)
  [tag, demos.map do |code|
    Rouge::Formatters::HTML.new.format(lexer.new.lex(code))
  rescue StandardError
    nil  # Rouge itself fails on this input (stan on any string)
  end]
end
puts JSON.generate({"demos" => demos, "out" => out})
"""


def main(tags: list[str]) -> None:
    """Compare our output with Rouge's for each tag on every demo file."""
    tags = tags or sorted(LEXER_CLASSES)
    proc = subprocess.run(["ruby", "-e", RUBY], input=json.dumps(tags), capture_output=True,
                          text=True, check=True)
    data = json.loads(proc.stdout)
    total = mismatched = 0
    for tag in tags:
        compared = [(index, code, expected) for index, (code, expected)
                    in enumerate(zip(data["demos"], data["out"][tag], strict=True))
                    if expected is not None]
        bad = [index for index, code, expected in compared
               if highlight_tokens(code, tag) != expected]
        raised = len(data["demos"]) - len(compared)
        if raised:
            print(f"{tag:16} Rouge raised on {raised} demos (not compared)")
        total += len(compared)
        mismatched += len(bad)
        if bad:
            print(f"{tag:16} {len(bad):4} mismatches (demo indexes {bad[:10]})")
    print(f"{total - mismatched}/{total} exact ({(total - mismatched) / total:.1%})")


if __name__ == "__main__":
    main(sys.argv[1:])
