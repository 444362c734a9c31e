#!/usr/bin/env python3
"""Record real Jekyll's jekyll-github-metadata output against a stand-in GitHub API.

Usage::

    python tools/record_github_metadata_api.py               # every fixture
    python tools/record_github_metadata_api.py metadata-user # the named ones

The gem asks the API only when ``Resolv::DNS`` resolves ``api.github.com``,
which it cannot in a sandbox. For the recording only, this script writes a
Ruby file into a temporary folder that makes ``Resolv::DNS#getaddress`` answer
127.0.0.1 for that one name, and loads it with ``RUBYOPT=-r...``; every
request then goes to ``$PAGES_API_URL``, which points at
``tests/helpers/github_metadata_api.py``'s server on 127.0.0.1 (or, for
``api: refused`` in ``fixture.yml``, a port nothing listens on). Each fixture
under ``tests/plugins/metadata_api_fixtures/`` is then recorded as
``tools/record_jekyll.py`` records the others (Jekyll 4.3.1, Debian's
jekyll-github-metadata 2.15.0, Octokit 4.20, Sawyer 0.8.2, Faraday 1.1), and
``jekyll.json`` also keeps the requests the server saw, in order. The server's
port is replaced by ``PORT`` in the recorded log. A ``dotenv:`` text in
``fixture.yml`` is written to the build's working directory as ``.env``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tools"))

from helpers.github_metadata_api import (  # noqa: E402
    api_url_for,
    github_metadata_api,
    normalise_port,
    write_dotenv,
)
from helpers.sites import Fixture  # noqa: E402
from record_jekyll import jekyll_version, record  # noqa: E402

FIXTURES = ROOT / "tests" / "plugins" / "metadata_api_fixtures"

#: Loaded into Jekyll's Ruby for the recording: api.github.com "resolves".
STUB_DNS = """\
require "resolv"

class Resolv::DNS
  alias_method :__recording_getaddress, :getaddress

  def getaddress(name)
    return Resolv::IPv4.create("127.0.0.1") if name.to_s == "api.github.com"

    __recording_getaddress(name)
  end
end
"""


class _WithDotenv(Fixture):
    """A fixture whose working directory also gets its ``dotenv:`` text as ``.env``."""

    def prepare(self, workdir: Path, *, drop_gemfile: bool = False) -> tuple[Path, Path]:
        paths = super().prepare(workdir, drop_gemfile=drop_gemfile)
        write_dotenv(self.root, workdir)
        return paths


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
    with tempfile.TemporaryDirectory(prefix="stub-dns-") as tmp:
        stub = Path(tmp) / "stub_dns.rb"
        stub.write_text(STUB_DNS, "utf-8")
        for fixture in fixtures:
            with github_metadata_api() as (url, seen):
                api_url = api_url_for(fixture.root, url)
                env = dict(fixture.env)
                if api_url is not None:  # (api: offline builds as in a sandbox: no DNS, no API)
                    env.update(PAGES_API_URL=api_url, RUBYOPT=f"-r{stub}")
                fields = {f.name: getattr(fixture, f.name) for f in dataclasses.fields(fixture)}
                run = _WithDotenv(**{**fields, "env": env})
                info = record(run, version)
            info["env"].pop("PAGES_API_URL", None)
            info["env"].pop("RUBYOPT", None)
            for key in ("stdout", "stderr", "warnings"):
                info[key] = [normalise_port(line, api_url) for line in info[key]]
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
