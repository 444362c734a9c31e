#!/usr/bin/env python3
"""Build one Jekyll site with real Jekyll and with jekyll-py and compare the trees.

Usage::

    python tools/compare_sites.py SITE_DIR [-- extra build flags]
    python tools/compare_sites.py /tmp/acad --keep /tmp/acad-compare --limit 20

The site is copied twice into a temporary directory (``.git``, ``_site`` and
caches left out, every modification time set to the same fixed value so
``modified_time``/sitemap dates agree): once without its ``Gemfile`` for real
Jekyll (``jekyll build -s src -d _site --disable-disk-cache``; it needs
Debian's ``jekyll`` and ``ruby-jekyll-*`` packages), once as is for
``python -m jekyll_py build -s src -d _site --disable-disk-cache``, both with
``LANG=C.UTF-8 TZ=UTC``.  It prints the number of files in Jekyll's output,
how many are present in ours, byte-equal, DOM-equal (markup that differs only
in what HTML ignores), differing (each with its first difference) and the
extra files in ours, plus both wall times.  Exit status 0 when both builds
succeed, every file is byte- or DOM-equal and no file is missing or extra.

The build time can never match, so the feed's own ``<updated>`` and, unless
``--exact-time``, every ISO 8601, RFC 822 or Ruby ``Time#to_s`` timestamp
dated yesterday, today or tomorrow (UTC), and Unix times of those days, are replaced by ``BUILD-TIME`` on both sides before comparing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from helpers.sites import (  # noqa: E402  (needs the sys.path entry above)
    Rule,
    clean_log,
    compare_trees,
    copy_site,
    run_jekyll_py,
    run_real_jekyll,
)

#: Differences that come from the clock, not from the engine.
TIME_RULES = [
    Rule(reason="jekyll-feed's <updated> for the feed itself is the build time",
         files=("feed.xml", "*/feed.xml"),
         regex=r'\A([^\n]*?<link [^>]*rel="alternate"[^>]*/>)<updated>[^<]*</updated>',
         replace=r"\1<updated>BUILD-TIME</updated>"),
]


def build_time_rule() -> Rule:
    """ISO 8601/RFC 822 timestamps dated yesterday, today or tomorrow (UTC) are taken to
    be the build time (`site.time`: the date of undated pages in jekyll-seo-tag,
    feeds, sitemaps), which can never match between two builds."""
    today = dt.datetime.now(dt.timezone.utc).date()
    dates = [today + dt.timedelta(days=d) for d in (-1, 0, 1)]
    iso = "|".join(str(day) for day in dates)
    # RFC 822 as date_to_rfc822 writes it (RSS <pubDate>): "Sat, 21 Nov 2026 09:05:02 +0000".
    rfc822 = "|".join(day.strftime("%a, %d %b %Y") for day in dates)
    # Ruby's Time#to_s, what `{{ site.time }}` prints unfiltered: "2026-11-21 10:07:54 +0000".
    # Compact stamps, `{{ site.time | date: "%Y%m%d%H%M%S" }}` (service-worker cache names).
    compact = "|".join(day.strftime("%Y%m%d") for day in dates)
    return Rule(reason="build time (site.time) in ISO 8601, RFC 822, Ruby Time#to_s and compact timestamps",
                regex=(rf"(?:{iso})T\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z)"
                       rf"|(?:{rfc822}) \d\d:\d\d:\d\d [+-]\d{{4}}"
                       rf"|(?:{iso}) \d\d:\d\d:\d\d [+-]\d{{4}}"
                       rf"|(?<!\d)(?:{compact})\d{{6}}(?!\d)"),
                replace="BUILD-TIME")


def build_epoch_rule() -> Rule:
    """Unix times of the build: `{{ site.time | date: '%s' }}` as a cache buster
    (`main.css?v=1795255779`), possibly followed by `%N`/`%L` digits.  Python's
    clock stops at microseconds where Ruby's `%N` has nanoseconds, so the digits after
    the seconds are dropped too.  Matched by their first five digits, which for the
    times of yesterday, today and tomorrow name a window of a few days."""
    now = int(dt.datetime.now(dt.timezone.utc).timestamp())
    prefixes = sorted({str(now + days * 86_400)[:5] for days in (-1, 0, 1)})
    return Rule(reason="build time (site.time) as Unix seconds",
                regex=rf"(?<!\d)(?:{'|'.join(prefixes)})\d{{5}}\d*", replace="BUILD-EPOCH")


def build_both(site: Path, workdir: Path, args: list[str]) -> dict:
    """Build *site* with both engines under *workdir*; return outputs, logs and times."""
    jekyll_dir, ours_dir = workdir / "jekyll", workdir / "jekyll-py"
    for old in (jekyll_dir, ours_dir):  # a kept folder from an earlier run
        if old.exists():
            shutil.rmtree(old)
    copy_site(site, jekyll_dir / "src", drop_gemfile=True, ignore_build_products=True)
    copy_site(site, ours_dir / "src", ignore_build_products=True)
    started = time.perf_counter()
    jekyll = run_real_jekyll(jekyll_dir, args)
    jekyll_time = time.perf_counter() - started
    started = time.perf_counter()
    ours = run_jekyll_py(ours_dir, args)
    ours_time = time.perf_counter() - started
    return {
        "jekyll": jekyll, "jekyll_time": jekyll_time, "jekyll_out": jekyll_dir / "_site",
        "ours": ours, "ours_time": ours_time, "ours_out": ours_dir / "_site",
        "jekyll_dir": jekyll_dir, "ours_dir": ours_dir,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="the Jekyll site's source folder")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temp dir)")
    parser.add_argument("--limit", type=int, default=30, help="differing files to show (default 30)")
    parser.add_argument("--exact-time", action="store_true",
                        help="do not normalise today's ISO 8601 timestamps (the build time)")
    parser.add_argument("build_args", nargs="*", help="extra flags for both builds (after --)")
    options = parser.parse_args(argv)
    site = options.site.resolve()
    if not site.is_dir():
        parser.error(f"{site} is not a directory")

    with tempfile.TemporaryDirectory(prefix="compare-sites-") as tmp:
        workdir = options.keep.resolve() if options.keep else Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        run = build_both(site, workdir, options.build_args)
        for engine, key in (("Jekyll", "jekyll"), ("jekyll-py", "ours")):
            result = run[key]
            print(f"{engine}: exit {result.returncode}, {run[key + '_time']:.2f} s")
            # Messages only: Ruby backtraces ("/usr/...", "from ...") say nothing about the site.
            messages = [line for line in clean_log(result.stderr, run[key + "_dir"])
                        if not line.lstrip().startswith(("/", "from "))]
            for line in messages[:15]:
                print(f"    {line}")
        rules = TIME_RULES + ([] if options.exact_time else [build_time_rule(), build_epoch_rule()])
        comparison = compare_trees(run["jekyll_out"], run["ours_out"], rules, dom_everywhere=True)
        present = len(comparison.expected_files) - len(comparison.missing)
        print(f"files in Jekyll's output: {len(comparison.expected_files)}")
        print(f"present in ours:          {present}")
        print(f"byte-equal:               {comparison.count('byte-equal')}")
        print(f"DOM-equal:                {comparison.count('dom-equal')}")
        print(f"differing:                {len(comparison.differing)}")
        print(f"missing from ours:        {len(comparison.missing)}")
        print(f"extra in ours:            {len(comparison.extra)}")
        for path in comparison.missing:
            print(f"  missing: {path}")
        for path in comparison.extra:
            print(f"  extra:   {path}")
        for result in comparison.differing[: options.limit]:
            print(f"\n=== {result.path}\n{result.detail}")
        if len(comparison.differing) > options.limit:
            print(f"... {len(comparison.differing) - options.limit} more differing files")
        if options.keep:
            print(f"\noutputs kept in {run['jekyll_out']} and {run['ours_out']}")
        if run["jekyll"].returncode != 0 or run["ours"].returncode != 0:
            print("\nat least one build failed: the comparison is incomplete")
            return 1
        return 0 if comparison.ok else 1


if __name__ == "__main__":
    sys.exit(main())
