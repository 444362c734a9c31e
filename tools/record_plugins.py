#!/usr/bin/env python3
"""Record real Jekyll's output for the plugin fixture sites.

Usage::

    python tools/record_plugins.py              # every plugin fixture
    python tools/record_plugins.py feed sitemap # the named ones

The plugin fixtures live in ``tests/plugins/fixtures/<name>/`` and have the
same shape as the core's (``src/``, ``fixture.yml``, ``expected/``,
``jekyll.json``; see ``tests/helpers/sites.py``), so this script records them
exactly as ``tools/record_jekyll.py`` records those: a copy of ``src/`` with
fixed modification times, built by Jekyll 4.3.1 with ``LANG=C.UTF-8 TZ=UTC``
and ``--disable-disk-cache``, from a working directory without a Gemfile.

The plugins are Debian's gems (``apt-get install 'ruby-jekyll-*'``): jekyll-feed
0.17.0, jekyll-sitemap 1.4.0, jekyll-seo-tag 2.8.0, jekyll-redirect-from 0.16.0,
jekyll-paginate 1.1.0, jekyll-gist 1.5.0, jekyll-include-cache 0.2.1,
jekyll-avatar 0.8.0, jekyll-mentions 1.6.0, jekyll-optional-front-matter 0.3.2,
jekyll-titles-from-headings 0.5.3, jekyll-relative-links 0.7.0,
jekyll-default-layout 0.1.5, jekyll-readme-index 0.3.0, jekyll-github-metadata
2.15.0, jekyll-archives 2.2.1.

Debian has no jemoji or gemoji package. The ``jemoji*`` fixtures were recorded
with jemoji 0.13.0 and gemoji 4.1.0 from their source repositories (a scratch
copy of each one's ``lib/``, plus gemoji's ``db/emoji.json``, never committed)
put on Ruby's load path, with Debian's html-pipeline 2.14.3 and Nokogiri::

    RUBYLIB=/tmp/gemoji/lib:/tmp/jemoji/lib python tools/record_plugins.py jemoji
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tools"))

from helpers.sites import Fixture  # noqa: E402  (needs the sys.path entries above)
from record_jekyll import jekyll_version, record  # noqa: E402

FIXTURES = ROOT / "tests" / "plugins" / "fixtures"


def plugin_fixtures() -> list[Fixture]:
    """Every plugin fixture folder with a ``fixture.yml``, sorted by name."""
    return [Fixture.load(p) for p in sorted(FIXTURES.iterdir()) if (p / "fixture.yml").is_file()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="fixture names (default: all)")
    options = parser.parse_args(argv)
    if shutil.which("jekyll") is None:
        print("jekyll is not on PATH; install Debian's jekyll package", file=sys.stderr)
        return 2
    fixtures = plugin_fixtures()
    if options.names:
        fixtures = [f for f in fixtures if f.name in options.names]
    version = jekyll_version()
    for fixture in fixtures:
        info = record(fixture, version)
        status = "ok" if info["exit_status"] == 0 else f"EXIT {info['exit_status']}"
        print(f"{fixture.name:28} {status:8} {info['files']:4} files")
        for line in info["warnings"]:
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
