#!/usr/bin/env python3
"""Build the root site, serve it on localhost and screenshot it with headless Chromium.

    python tools/screenshot.py                     # jekyll-py build → docs/screenshot*.png
    python tools/screenshot.py --builder jekyll    # build with real Jekyll instead
    python tools/screenshot.py --site /tmp/_site --out-dir /tmp/shots   # screenshot a built tree

Two shots are taken: desktop (1280x800, ``screenshot.png``) and phone
(390x844, ``screenshot-mobile.png``). The site is served over HTTP rather than
opened as files so that root-relative URLs (``/assets/css/main.css``) resolve.
Without network access CDN assets (icon fonts, jQuery, MathJax) do not load;
the screenshots then show the theme's own CSS and images only.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: (file name, window width, window height)
SHOTS = (("screenshot.png", 1280, 800), ("screenshot-mobile.png", 390, 844))

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars",
    # Without a time budget Chromium captures before the first paint and the
    # picture is blank; virtual time also stops failing CDN requests from stalling it.
    "--virtual-time-budget=5000",
)


def build_with_jekyll_py(source: Path, destination: Path) -> None:
    """Build through the CLI in a child process, exactly as a user would."""
    subprocess.run([sys.executable, "-m", "jekyll_py", "build", "--disable-disk-cache", "--source", str(source),
                    "--destination", str(destination)], cwd=ROOT, check=True)


def build_with_jekyll(source: Path, destination: Path) -> None:
    """Build with real Jekyll from a copy of the source (Jekyll refuses a Gemfile)."""
    with tempfile.TemporaryDirectory(prefix="shot-src-") as tmp:
        copy = Path(tmp) / "source"
        shutil.copytree(source, copy, symlinks=True, ignore=shutil.ignore_patterns(
            ".git", "_site", ".jekyll-cache", "__pycache__", "Gemfile", "Gemfile.lock",
            ".venv", "node_modules", "expected_root"))
        subprocess.run(["jekyll", "build", "--disable-disk-cache", "--source", str(copy),
                        "--destination", str(destination)], cwd=tmp, check=True)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        """Keep the console for the build and Chromium's messages."""


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on a free localhost port for the duration of the block."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def screenshot(chromium: str, url: str, target: Path, width: int, height: int) -> None:
    """One headless Chromium run writing a ``width``x``height`` PNG of ``url``."""
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        subprocess.run(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
             f"--window-size={width},{height}", f"--screenshot={target}", url],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120,
        )
    if not target.is_file():
        raise RuntimeError(f"Chromium did not write {target}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT, help="site source (default: repo root)")
    parser.add_argument("--site", type=Path, help="screenshot this built tree instead of building")
    parser.add_argument("--builder", choices=("jekyll-py", "jekyll"), default="jekyll-py")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "docs")
    parser.add_argument("--path", default="", help="page to open, relative to the site root")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="shot-site-") as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "_site"
            build = build_with_jekyll if args.builder == "jekyll" else build_with_jekyll_py
            build(args.source.resolve(), site)
        args.out_dir.mkdir(parents=True, exist_ok=True)
        with serve(site.resolve()) as base:
            for name, width, height in SHOTS:
                target = (args.out_dir / name).resolve()
                screenshot(args.chromium, base + args.path, target, width, height)
                print(f"{target} ({width}x{height})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
