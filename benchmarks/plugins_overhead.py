#!/usr/bin/env python3
"""Benchmark: what the GitHub Pages plugins add to a build.

Usage::

    python benchmarks/plugins_overhead.py [N] [--seed 1]

Generates an N-post blog (default 1000) with ``generate_blog.py`` and builds
it twice in this process: as generated (jekyll-paginate only), then with
jekyll-feed, jekyll-sitemap, jekyll-seo-tag (``{% seo %}`` in the layout),
jekyll-redirect-from (a ``redirect_from`` on every tenth post),
jekyll-mentions and GitHub Pages' defaults (``github_pages: true``). Prints
both build times, the difference, the time each generator took and the size
of ``feed.xml``/``sitemap.xml``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate_blog import generate  # noqa: E402  (needs the sys.path entries above)

from jekyll_py.configuration import Configuration  # noqa: E402
from jekyll_py.log import ERROR, JekyllLogger  # noqa: E402
from jekyll_py.site import Site  # noqa: E402

PLUGINS = """plugins:
  - jekyll-paginate
  - jekyll-feed
  - jekyll-sitemap
  - jekyll-seo-tag
  - jekyll-redirect-from
  - jekyll-mentions
github_pages: true
"""


def add_plugins(source: Path) -> None:
    """Switch the generated blog to the plugin-heavy variant."""
    config = (source / "_config.yml").read_text("utf-8")
    config = config.replace("plugins:\n  - jekyll-paginate\n", PLUGINS)
    (source / "_config.yml").write_text(config, "utf-8")
    layout = source / "_layouts" / "default.html"
    layout.write_text(layout.read_text("utf-8").replace("<head>", "<head>{% seo %}{% feed_meta %}"), "utf-8")
    for index, post in enumerate(sorted((source / "_posts").glob("*.md"))):
        if index % 10 == 0:
            text = post.read_text("utf-8")
            post.write_text(text.replace("---\n", f"---\nredirect_from: /old/{index}/\n", 1), "utf-8")


def _timed(func: Callable[[object], None], name: str, timings: dict[str, float]) -> Callable[[object], None]:
    def run(site: object) -> None:
        start = time.perf_counter()
        func(site)
        timings[name] = time.perf_counter() - start

    return run


def build(source: Path, dest: Path) -> tuple[float, dict[str, float]]:
    """Build in-process; return the wall time and each generator's time."""
    site = Site(Configuration.from_options({"source": str(source), "destination": str(dest),
                                            "quiet": True}), logger=JekyllLogger(level=ERROR))
    timings: dict[str, float] = {}
    for generator in site.generators:
        generator.generate = _timed(generator.generate, type(generator).__name__, timings)  # type: ignore[method-assign]
    start = time.perf_counter()
    site.process()
    return time.perf_counter() - start, timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("posts", nargs="?", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args(argv)
    os.environ.setdefault("TZ", "UTC")
    with tempfile.TemporaryDirectory(prefix="plugins-bench-") as tmp:
        plain, heavy = Path(tmp, "plain"), Path(tmp, "heavy")
        generate(options.posts, plain, seed=options.seed)
        shutil.copytree(plain, heavy)
        add_plugins(heavy)
        base, _ = build(plain, Path(tmp, "out-plain"))
        loaded, generators = build(heavy, Path(tmp, "out-heavy"))
        print(f"posts: {options.posts}")
        print(f"build without the plugins: {base:.2f} s")
        print(f"build with the plugins:    {loaded:.2f} s  (+{loaded - base:.2f} s, "
              f"{(loaded / base - 1) * 100:.0f}%)")
        for name, seconds in sorted(generators.items(), key=lambda item: -item[1]):
            print(f"  generate {name:24} {seconds * 1000:8.1f} ms")
        for name in ("feed.xml", "sitemap.xml", "redirects.json"):
            path = Path(tmp, "out-heavy", name)
            if path.exists():
                print(f"  {name:15} {path.stat().st_size:>10,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
