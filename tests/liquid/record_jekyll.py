"""Record real Jekyll's output for tests/liquid/recorded/cases.yml.

Needs Jekyll 4.3.1 (Debian's ``jekyll`` package); the tests never do: they
read the committed ``recorded/expected.json``.  Each case becomes a page
``cases/<id>.html`` (``layout: none`` plus the case's ``fm``) in a copy of
``recorded/site``; one ``jekyll build`` renders them all.

    python3 tests/liquid/record_jekyll.py            # rewrite expected.json
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent / "recorded"


def front_matter(case: dict[str, Any]) -> str:
    fm = case.get("fm")
    if fm is None:
        extra = ""
    elif isinstance(fm, str):
        extra = fm
    else:
        extra = yaml.safe_dump(fm, default_flow_style=False, allow_unicode=True, sort_keys=False)
    return "---\nlayout: none\n" + extra + "---\n"


def write_site(dest: Path, cases: list[dict[str, Any]]) -> None:
    """Copy the fixture site to ``dest`` and add one page per case."""
    shutil.copytree(HERE / "site", dest)
    (dest / "cases").mkdir(exist_ok=True)
    for case in cases:
        page = dest / "cases" / f"{case['id']}.html"
        page.write_text(front_matter(case) + case["t"], encoding="utf-8", newline="")


def load_cases() -> list[dict[str, Any]]:
    with (HERE / "cases.yml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def main() -> int:
    cases = load_cases()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        write_site(work / "site", cases)
        env = dict(os.environ, LANG="C.UTF-8", JEKYLL_NO_BUNDLER_REQUIRE="true")
        result = subprocess.run(
            ["jekyll", "build", "--source", str(work / "site"), "--destination",
             str(work / "out"), "--disable-disk-cache"],
            cwd=work, env=env, capture_output=True, text=True, check=False,
        )
        if result.returncode != 0:
            print(result.stdout, result.stderr, file=sys.stderr)
            return 1
        recorded = {
            case["id"]: (work / "out" / "cases" / f"{case['id']}.html").read_text(encoding="utf-8")
            for case in cases
        }
    with (HERE / "expected.json").open("w", encoding="utf-8") as fh:
        json.dump(recorded, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"recorded {len(recorded)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
