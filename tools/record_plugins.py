#!/usr/bin/env python3
"""Record real Jekyll's output for the plugin fixture sites.

The plugin tests compare jekyll-py's build of ``tests/plugins/fixtures/<name>/src``
with ``tests/plugins/fixtures/<name>/expected``, which this script fills by
running the real Jekyll 4.3.1 with the Debian plugin gems (``ruby-jekyll-*``).
Tests never run Ruby; re-run this script only when a fixture's source changes.

Why the extra steps:

* Jekyll refuses to start when a Gemfile is in the working directory, and it
  writes ``.jekyll-cache`` into the source, so it runs on a temporary copy from
  a directory without a Gemfile, with ``--disable-disk-cache``.
* ``sitemap.xml`` prints static files' modification times, so every file of the
  copy gets the same fixed mtime (``FIXED_MTIME``); the tests do the same.
* A fixture may hold a ``flags`` file next to ``src``: extra command-line
  flags (one line, shell words), e.g. ``--safe``.

Usage: ``python tools/record_plugins.py [fixture-name ...]`` (default: all).
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "plugins" / "fixtures"
#: 2024-01-02 03:04:05 UTC; shared with tests/plugins/sitecheck.py.
FIXED_MTIME = 1704164645


def set_mtimes(root: Path, mtime: int = FIXED_MTIME) -> None:
    """Give every file and folder under *root* the same modification time."""
    for path in [root, *root.rglob("*")]:
        os.utime(path, (mtime, mtime), follow_symlinks=False)


def record(name: str, jekyll: str) -> None:
    """Build one fixture with real Jekyll and replace its ``expected`` folder."""
    fixture = FIXTURES / name
    flags_file = fixture / "flags"
    flags = shlex.split(flags_file.read_text()) if flags_file.exists() else []
    with tempfile.TemporaryDirectory(prefix="record-plugins-") as tmp:
        src = Path(tmp) / "src"
        out = Path(tmp) / "out"
        shutil.copytree(fixture / "src", src, symlinks=True)
        set_mtimes(src)
        cmd = [jekyll, "build", "--disable-disk-cache", "-s", str(src), "-d", str(out), *flags]
        env = {**os.environ, "JEKYLL_ENV": "development", "TZ": "UTC"}
        env.pop("JEKYLL_GITHUB_TOKEN", None)
        proc = subprocess.run(cmd, cwd=tmp, env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            sys.stderr.write(proc.stdout + proc.stderr)
            raise SystemExit(f"jekyll failed on fixture {name!r}")
        expected = fixture / "expected"
        if expected.exists():
            shutil.rmtree(expected)
        shutil.copytree(out, expected, symlinks=True)
        log = (proc.stdout + proc.stderr).replace(tmp, "<tmp>")
        print(f"== {name}\n{log}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="fixture names (default: all)")
    parser.add_argument("--jekyll", default=shutil.which("jekyll") or "jekyll")
    args = parser.parse_args(argv)
    names = args.names or sorted(p.name for p in FIXTURES.iterdir() if (p / "src").is_dir())
    for name in names:
        record(name, args.jekyll)


if __name__ == "__main__":
    main()
