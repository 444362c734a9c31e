#!/usr/bin/env python3
"""Record real Jekyll 4.3.1's output for the fixture sites.

Usage::

    python tools/record_jekyll.py              # every fixture
    python tools/record_jekyll.py drafts posts # the named ones

For each fixture in ``tests/fixtures/sites/<name>/`` the script copies ``src/``
into a fresh temporary directory ``W`` (dropping any ``Gemfile``, which would
make Jekyll try Bundler), then runs, with ``W`` as the working directory and
``LANG=C.UTF-8 TZ=UTC`` plus the fixture's ``env``::

    jekyll build -s src -d _site --disable-disk-cache <fixture args>

It replaces ``expected/`` with ``W/_site`` and writes ``jekyll.json``: the
command, Jekyll's version, its exit status and its cleaned log (warnings
included), which the conformance test uses to expect a failing build.

It needs Ruby and Jekyll 4.3.1 as Debian packages them::

    apt-get install jekyll jekyll-theme-minima ruby-jekyll-paginate ruby-jekyll-feed \\
        ruby-jekyll-seo-tag ruby-jekyll-sitemap   # (or all ruby-jekyll-*)

The tests themselves never need Ruby: they read the committed recordings.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from helpers.sites import (  # noqa: E402  (needs the sys.path entry above)
    BASE_ENV,
    FIXED_MTIME,
    Fixture,
    all_fixtures,
    clean_log,
    list_files,
    run_real_jekyll,
)

#: Log lines containing these words are listed under "warnings" in jekyll.json.
WARNING_WORDS = ("warn", "exception", "conflict", "deprecat", "error")


def jekyll_version() -> str:
    """``jekyll --version``'s number, recorded so stale recordings can be spotted."""
    out = subprocess.run(["jekyll", "--version"], capture_output=True, text=True, check=True,
                         cwd=tempfile.gettempdir())
    return out.stdout.split()[-1]


def record(fixture: Fixture, version: str) -> dict:
    """Build *fixture* with real Jekyll, store ``expected/`` and ``jekyll.json``."""
    with tempfile.TemporaryDirectory(prefix=f"record-{fixture.name}-") as tmp:
        workdir = Path(tmp)
        fixture.prepare(workdir, drop_gemfile=True)
        result = run_real_jekyll(workdir, fixture.args, fixture.env)
        if fixture.expected.exists():
            shutil.rmtree(fixture.expected)
        output = workdir / "_site"
        if output.is_dir():
            shutil.copytree(output, fixture.expected, symlinks=False)
        else:
            fixture.expected.mkdir()
        log = clean_log(result.stdout, workdir)
        errors = clean_log(result.stderr, workdir)
        info = {
            "jekyll_version": version,
            "command": ["jekyll", "build", "-s", "src", "-d", "_site", "--disable-disk-cache",
                        *fixture.args],
            "env": {**BASE_ENV, **fixture.env},
            "exit_status": result.returncode,
            "files": len(list_files(fixture.expected)),
            "source_mtime": FIXED_MTIME,
            "stdout": log,
            "stderr": errors,
            "warnings": [line for line in log + errors
                         if any(word in line.lower() for word in WARNING_WORDS)],
        }
    (fixture.root / "jekyll.json").write_text(json.dumps(info, indent=2, ensure_ascii=False) + "\n",
                                              "utf-8")
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="fixture names (default: all)")
    options = parser.parse_args(argv)
    if shutil.which("jekyll") is None:
        print("jekyll is not on PATH; install Debian's jekyll package", file=sys.stderr)
        return 2
    fixtures = all_fixtures()
    if options.names:
        known = {f.name: f for f in fixtures}
        unknown = [n for n in options.names if n not in known]
        if unknown:
            print(f"unknown fixtures: {', '.join(unknown)}", file=sys.stderr)
            return 2
        fixtures = [known[n] for n in options.names]
    version = jekyll_version()
    for fixture in fixtures:
        info = record(fixture, version)
        status = "ok" if info["exit_status"] == 0 else f"EXIT {info['exit_status']}"
        print(f"{fixture.name:32} {status:8} {info['files']:4} files  "
              f"{len(info['warnings'])} warning lines")
        for line in info["warnings"]:
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
