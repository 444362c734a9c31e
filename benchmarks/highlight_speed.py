"""Throughput of jekyll_py.highlight per language (KiB of code per second).

Uses the recorded snippets in tests/highlight/data/rouge.json, repeated to
~10-45 KiB per language.  Run: python benchmarks/highlight_speed.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from jekyll_py.highlight import highlight_tokens  # noqa: E402  (needs the sys.path entry above)

DATA = ROOT / "tests" / "highlight" / "data" / "rouge.json"
LANGUAGES = ["python", "ruby", "javascript", "html", "css", "scss", "yaml", "json", "shell",
             "console", "markdown", "liquid", "c", "java", "go"]


def main() -> None:
    """Print KiB/s for each language."""
    records = json.loads(DATA.read_text(encoding="utf-8"))["records"]
    for lang in LANGUAGES:
        code = "".join(r["code"] for r in records
                       if r["lang"] == lang and r["html"] is not None and not r["table"]) * 20
        start = time.perf_counter()
        highlight_tokens(code, lang)
        elapsed = time.perf_counter() - start
        print(f"{lang:12} {len(code) / 1024:7.1f} KiB {elapsed * 1000:8.1f} ms "
              f"{len(code) / 1024 / elapsed:8.0f} KiB/s")


if __name__ == "__main__":
    main()
