"""Throughput of KramdownConverter next to plain ``mistune.html``.

Converts the concatenated inputs of the Markdown conformance cases (each case
converted separately, as pages are) and prints MB/s for both.  Run from the
repository root:  ``python benchmarks/markdown_throughput.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import mistune

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from jekyll_py.markdown import KramdownConverter  # noqa: E402

DATA = ROOT.parent / "shared" / "conformance" / "markdown" / "cases.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="passes over the inputs (best is kept)")
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"conformance data not found at {DATA}", file=sys.stderr)
        return 1
    inputs = [json.loads(line)["markdown"] for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    size_mb = sum(len(s.encode("utf-8")) for s in inputs) / 1e6
    conv = KramdownConverter({"markdown": "kramdown", "highlighter": "rouge"})

    def best(fn) -> float:
        times = []
        for _ in range(max(1, args.repeat)):
            start = time.perf_counter()
            for text in inputs:
                fn(text)
            times.append(time.perf_counter() - start)
        return min(times)

    t_kramdown = best(conv.convert)
    t_mistune = best(mistune.html)
    print(f"inputs: {len(inputs)} documents, {size_mb:.3f} MB")
    print(f"KramdownConverter: {size_mb / t_kramdown:8.3f} MB/s  ({t_kramdown:.3f} s)")
    print(f"mistune.html:      {size_mb / t_mistune:8.3f} MB/s  ({t_mistune:.3f} s)")
    print(f"ratio: {t_kramdown / t_mistune:.1f}x slower than plain mistune")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
