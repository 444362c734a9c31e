"""How long from saving a post to its page being rewritten, while watching.

Usage::

    python benchmarks/incremental_rebuild.py [--posts 2000] [--saves 10] [--keep DIR]

Generates an N-post blog (with ``benchmarks/generate_blog.py`` when present,
otherwise with the small generator below), builds it once, starts the same
watcher ``jekyll-py serve`` uses, then saves one post ``--saves`` times and
prints, for each save, the time from the file being written to its output
page containing the new text (when ``serve`` reloads that page), and to the
end of the rebuild (pages listing the post rewritten too). The goal is under
100 ms for the page.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL_MS = 100.0


def generate_blog(n: int, out: Path) -> None:
    """A plain blog: posts with layouts, includes, a home page listing recent posts."""
    shared = ROOT / "benchmarks" / "generate_blog.py"
    if shared.exists():
        subprocess.run([sys.executable, str(shared), str(n), str(out)], check=True)
        return
    (out / "_posts").mkdir(parents=True)
    (out / "_layouts").mkdir()
    (out / "_includes").mkdir()
    (out / "assets").mkdir()
    (out / "_config.yml").write_text("title: Benchmark blog\nurl: https://example.org\n")
    (out / "_includes" / "head.html").write_text(
        '<head><meta charset="utf-8"><title>{{ page.title | default: site.title }}</title>'
        '<link rel="stylesheet" href="{{ "/assets/style.css" | relative_url }}"></head>\n'
    )
    (out / "_layouts" / "default.html").write_text(
        "<!DOCTYPE html>\n<html>\n{% include head.html %}\n<body>\n{{ content }}\n</body>\n</html>\n"
    )
    (out / "_layouts" / "post.html").write_text(
        "---\nlayout: default\n---\n<article><h1>{{ page.title }}</h1>\n"
        '<time>{{ page.date | date: "%B %-d, %Y" }}</time>\n{{ content }}</article>\n'
        '{% if page.previous %}<a href="{{ page.previous.url }}">prev</a>{% endif %}\n'
    )
    (out / "index.html").write_text(
        "---\nlayout: default\n---\n<ul>{% for post in site.posts limit: 20 %}"
        '<li><a href="{{ post.url }}">{{ post.title }}</a></li>{% endfor %}</ul>\n'
    )
    (out / "assets" / "style.css").write_text("body { font-family: sans-serif }\n")
    for i in range(n):
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        year = 2000 + i // (28 * 12)
        body = "\n\n".join(
            f"Paragraph {j} of post {i}, with *emphasis*, `code` and a [link](https://example.org/{j})."
            for j in range(6)
        )
        (out / "_posts" / f"{year}-{month:02d}-{day:02d}-post-{i}.md").write_text(
            f"---\nlayout: post\ntitle: Post number {i}\ntags: [t{i % 7}, t{i % 11}]\n---\n\n{body}\n"
        )


def wait_for(path: Path, marker: str, timeout: float = 30.0) -> float:
    """Spin until ``path`` contains ``marker``; returns the time it did."""
    deadline = time.perf_counter() + timeout
    needle = marker.encode()
    while time.perf_counter() < deadline:
        try:
            if needle in path.read_bytes():
                return time.perf_counter()
        except OSError:
            pass
        time.sleep(0.0005)
    raise TimeoutError(f"{path} never showed {marker!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--saves", type=int, default=10)
    parser.add_argument("--keep", help="generate into this folder and keep it")
    args = parser.parse_args()

    from jekyll_py.log import logger
    from jekyll_py.server.builder import SiteBuilder
    from jekyll_py.server.watcher import Watcher

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="jekyll-py-bench-"))
    source = work / "site"
    if not source.exists():
        t = time.perf_counter()
        generate_blog(args.posts, source)
        print(f"generated {args.posts} posts in {time.perf_counter() - t:.2f} s ({source})")

    logger.level = 3  # errors only: the watcher's lines would swamp the figures
    builder = SiteBuilder.from_options(
        {"source": str(source), "destination": str(source / "_site"), "quiet": True}
    )
    t = time.perf_counter()
    first = builder.build()
    if not first.ok:
        print("initial build failed:", first.error)
        return 1
    print(f"initial full build: {time.perf_counter() - t:.2f} s")

    results: list = []
    done = threading.Event()

    finished: list[float] = []

    def on_build(result: object) -> None:
        finished.append(time.perf_counter())
        results.append(result)
        done.set()

    watcher = Watcher(builder, on_build)
    watcher.start()
    docs = builder.site.posts.docs
    post = docs[len(docs) // 2]
    src = Path(post.path)
    out = Path(post.destination(str(source / "_site")))
    original = src.read_text()
    latencies: list[float] = []
    rebuilds: list[float] = []
    try:
        t = time.perf_counter()
        watcher.ready.wait(120)
        print(f"watcher ready (warm-up) after {time.perf_counter() - t:.2f} s")
        for i in range(args.saves):
            marker = f"Edited paragraph number {i} at {time.time():.6f}"
            done.clear()
            with open(src, "w") as fh:
                fh.write(original + f"\n{marker}\n")
            saved = time.perf_counter()
            seen = wait_for(out, marker)
            latencies.append((seen - saved) * 1000)
            done.wait(30)
            rebuilds.append((finished[-1] - saved) * 1000)
            mode = results[-1].mode
            print(
                f"save {i + 1}: page rewritten after {latencies[-1]:.1f} ms; {mode} rebuild "
                f"(listing pages too) finished after {rebuilds[-1]:.1f} ms"
            )
            time.sleep(0.2)
    finally:
        src.write_text(original)
        time.sleep(0.3)
        watcher.stop()

    median = statistics.median(latencies)
    print(f"save -> whole rebuild finished: median {statistics.median(rebuilds):.1f} ms")
    print(
        f"save -> page rewritten: median {median:.1f} ms, min {min(latencies):.1f} ms, "
        f"max {max(latencies):.1f} ms over {len(latencies)} saves of a {len(docs)}-post site "
        f"(goal < {GOAL_MS:.0f} ms: {'met' if median < GOAL_MS else 'NOT met'})"
    )
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("JEKYLL_ENV", "development")
    raise SystemExit(main())
