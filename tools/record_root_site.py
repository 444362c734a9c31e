#!/usr/bin/env python3
"""Record real Jekyll's build of the repository root into tests/site/expected_root/.

The root site (``_config.yml``, ``_pages/``, ``_layouts/`` ...) is the project's
own homepage; ``tests/site/test_root_site.py`` checks that jekyll-py builds the
same files with the same DOM. Tests must not need Ruby, so Jekyll's output is
recorded here once and committed. Re-run this script after changing the site:

    python tools/record_root_site.py            # needs `jekyll` 4.3.x on PATH

Jekyll refuses to run next to a Gemfile and would write a cache into the
source, so the site is copied into a temporary directory first (without
``.git``, build output or caches) and built there with ``--disable-disk-cache``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "tests" / "site" / "expected_root"

#: Never part of the site; skipping them keeps the copy small and fast.
IGNORED = shutil.ignore_patterns(
    ".git", "_site", ".jekyll-cache", ".jekyll-py-cache", ".jekyll-metadata",
    ".jekyll-py-metadata", "__pycache__", ".pytest_cache", ".ruff_cache", ".venv",
    "node_modules", "Gemfile", "Gemfile.lock", "expected_root",
)


def jekyll_version(jekyll: str) -> str:
    """``jekyll 4.3.1`` → ``4.3.1``; used to warn when recording with another version."""
    out = subprocess.run([jekyll, "--version"], capture_output=True, text=True, check=True)
    return out.stdout.strip().split()[-1]


def record(jekyll: str, destination: Path) -> None:
    """Build a copy of the root with ``jekyll`` and replace ``destination`` with the output."""
    with tempfile.TemporaryDirectory(prefix="record-root-") as tmp:
        source = Path(tmp) / "source"
        out = Path(tmp) / "site"
        shutil.copytree(ROOT, source, ignore=IGNORED, symlinks=True)
        # the same environment as tests/helpers/sites.py gives every build
        env = dict(os.environ, JEKYLL_ENV="development", TZ="UTC", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        subprocess.run(
            [jekyll, "build", "--disable-disk-cache", "--trace",
             "--source", str(source), "--destination", str(out)],
            cwd=tmp, env=env, check=True,
        )
        if destination.exists():
            shutil.rmtree(destination)
        shutil.copytree(out, destination)
    files = sorted(p.relative_to(destination).as_posix() for p in destination.rglob("*") if p.is_file())
    print(f"Recorded {len(files)} files into {destination.relative_to(ROOT)}:")
    for name in files:
        print(f"  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jekyll", default=shutil.which("jekyll") or "jekyll",
                        help="the jekyll executable (default: from PATH)")
    parser.add_argument("--destination", type=Path, default=EXPECTED,
                        help="where to put the recorded tree (default: %(default)s)")
    args = parser.parse_args(argv)
    version = jekyll_version(args.jekyll)
    if version != "4.3.1":
        print(f"warning: recording with Jekyll {version}; the project targets 4.3.1", file=sys.stderr)
    record(args.jekyll, args.destination.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
