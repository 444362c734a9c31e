#!/usr/bin/env python3
"""Record real Jekyll's jekyll-gist output against a stand-in gist API.

Usage::

    python tools/record_gist_api.py            # every fixture in tests/plugins/api_fixtures
    python tools/record_gist_api.py gist-api   # the named ones

Each fixture is recorded as ``tools/record_plugins.py`` records the others
(Jekyll 4.3.1, Debian's jekyll-gist 1.5.0 and Octokit 4.20), with
``OCTOKIT_API_ENDPOINT`` pointing at ``tests/helpers/github_api.py``'s server
on 127.0.0.1 (or, for ``api_endpoint: refused`` in ``fixture.yml``, at a port
nothing listens on). ``jekyll.json`` also keeps the requests the server saw.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tools"))

from helpers.github_api import endpoint_for, gist_api  # noqa: E402
from helpers.sites import Fixture  # noqa: E402
from record_jekyll import jekyll_version, record  # noqa: E402

FIXTURES = ROOT / "tests" / "plugins" / "api_fixtures"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="fixture names (default: all)")
    options = parser.parse_args(argv)
    if shutil.which("jekyll") is None:
        print("jekyll is not on PATH; install Debian's jekyll package", file=sys.stderr)
        return 2
    fixtures = [Fixture.load(p) for p in sorted(FIXTURES.iterdir()) if (p / "fixture.yml").is_file()]
    if options.names:
        fixtures = [f for f in fixtures if f.name in options.names]
    version = jekyll_version()
    for fixture in fixtures:
        with gist_api() as (url, seen):
            endpoint = endpoint_for(fixture.root, url)
            run = dataclasses.replace(fixture, env={**fixture.env, "OCTOKIT_API_ENDPOINT": endpoint})
            info = record(run, version)
        info["env"].pop("OCTOKIT_API_ENDPOINT", None)
        info["api_requests"] = seen
        info_path = fixture.root / "jekyll.json"
        info_path.write_text(json.dumps(info, indent=2, ensure_ascii=False) + "\n", "utf-8")
        status = "ok" if info["exit_status"] == 0 else f"EXIT {info['exit_status']}"
        print(f"{fixture.name:28} {status:8} {info['files']:4} files, {len(seen)} API requests")
        for line in info["warnings"]:
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
