#!/usr/bin/env python3
"""Benchmark: build a generated blog with jekyll-py (and real Jekyll when present).

Usage::

    python benchmarks/build_blog.py [N] [--seed 1] [--keep DIR] [--no-jekyll]

Generates N posts (default 2000) with ``generate_blog.py``, builds the site
with ``python -m jekyll_py build`` and, when ``jekyll`` is on PATH (Debian's
``jekyll`` + ``ruby-jekyll-paginate``), with real Jekyll 4.3.1, each from its
own copy with identical modification times and ``--disable-disk-cache``.
Prints both wall times (process start to exit, so start-up is included) and
compares the two output trees: file sets, byte-equal and DOM-equal files, and
the first few differences.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate_blog import generate  # noqa: E402  (needs the sys.path entries above)
from helpers.sites import (  # noqa: E402
    compare_trees,
    copy_site,
    list_files,
    run_jekyll_py,
    run_real_jekyll,
)


def timed(label: str, run, workdir: Path) -> float | None:
    """Run one build, print its wall time and outcome; return the time or None on failure."""
    started = time.perf_counter()
    result = run(workdir, [])
    elapsed = time.perf_counter() - started
    files = len(list_files(workdir / "_site"))
    print(f"{label:10} {elapsed:8.2f} s  exit {result.returncode}  {files} files")
    if result.returncode != 0:
        print("    " + "\n    ".join(result.stderr.strip().splitlines()[-12:]))
        return None
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=2000, help="posts (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--no-jekyll", action="store_true", help="do not run real Jekyll")
    options = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="build-blog-") as tmp:
        workdir = options.keep.resolve() if options.keep else Path(tmp)
        if workdir.exists() and options.keep:
            shutil.rmtree(workdir)
        workdir.mkdir(parents=True, exist_ok=True)
        generate(options.count, workdir / "site", options.seed)
        print(f"generated {options.count} posts (seed {options.seed}) in {workdir / 'site'}")

        ours_dir, jekyll_dir = workdir / "jekyll-py", workdir / "jekyll"
        copy_site(workdir / "site", ours_dir / "src")
        ours_time = timed("jekyll-py", run_jekyll_py, ours_dir)

        jekyll_time = None
        if options.no_jekyll or shutil.which("jekyll") is None:
            print("jekyll     (not run: " + ("--no-jekyll" if options.no_jekyll else "not on PATH") + ")")
        else:
            copy_site(workdir / "site", jekyll_dir / "src", drop_gemfile=True)
            jekyll_time = timed("jekyll", run_real_jekyll, jekyll_dir)

        if ours_time and jekyll_time:
            print(f"speed-up   {jekyll_time / ours_time:8.2f} x (Jekyll time / jekyll-py time)")
        if jekyll_time is not None and ours_time is not None:
            comparison = compare_trees(jekyll_dir / "_site", ours_dir / "_site", dom_everywhere=True)
            print(comparison.report(limit=3))
        return 0 if ours_time is not None else 1


if __name__ == "__main__":
    sys.exit(main())
