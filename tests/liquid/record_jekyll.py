"""Record real Jekyll's output for tests/liquid/recorded/cases.yml.

Needs Jekyll 4.3.1 (Debian's ``jekyll`` package); the tests never do: they
read the committed ``recorded/expected.json``.  Each case becomes a page
``cases/<id>.html`` (``layout: none`` plus the case's ``fm``) in a copy of
``recorded/site``; one ``jekyll build`` renders them all.

    python3 tests/liquid/record_jekyll.py            # rewrite expected.json
    python3 tests/liquid/record_jekyll.py --errors   # rewrite errors.json

Error cases (``recorded/errors.yml``) are built one per site, because a
failing page stops Jekyll's build; ``errors.json`` keeps the exit status, the
first error (or, for a successful build, warning) line and the page output.
"""

from __future__ import annotations

import json
import os
import re
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
    return f"---\nlayout: {case.get('layout', 'none')}\n" + extra + "---\n"


def write_site(dest: Path, cases: list[dict[str, Any]]) -> None:
    """Copy the fixture site to ``dest`` and add one page per case."""
    shutil.copytree(HERE / "site", dest)
    (dest / "cases").mkdir(exist_ok=True)
    for case in cases:
        page = dest / "cases" / f"{case['id']}.html"
        page.write_text(front_matter(case) + case["t"], encoding="utf-8", newline="")


def load_cases() -> list[dict[str, Any]]:
    """The hand-written cases, then the generated fuzz cases (make_fuzz_cases.py)."""
    cases: list[dict[str, Any]] = []
    for name in ("cases.yml", "fuzz.yml"):
        path = HERE / name
        if path.is_file():
            with path.open(encoding="utf-8") as fh:
                cases.extend(yaml.safe_load(fh))
    return cases


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def first_message(output: str, site: str, failed: bool) -> str:
    """The first error line (failed build) or warning line, as the dataset records them."""
    lines = [ANSI.sub("", ln).replace(site, "<site>").strip() for ln in output.splitlines()]
    if failed:
        wanted = [ln for ln in lines if "Liquid Exception:" in ln or ln.startswith("Error:")]
    else:
        wanted = [ln for ln in lines if re.search(r"Liquid Warning:|Warning:|Deprecation:", ln)]
    return re.sub(r"\s+", " ", wanted[0]) if wanted else ""


def jekyll_build(work: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LANG="C.UTF-8", JEKYLL_NO_BUNDLER_REQUIRE="true")
    return subprocess.run(
        ["jekyll", "build", "--source", str(work / "site"), "--destination",
         str(work / "out"), "--disable-disk-cache"],
        cwd=work, env=env, capture_output=True, text=True, check=False,
    )


def write_error_site(dest: Path, case: dict[str, Any]) -> None:
    """The fixture site plus the one page of an error case (and its config lines)."""
    write_site(dest, [case])
    if case.get("config"):
        with (dest / "_config.yml").open("a", encoding="utf-8") as fh:
            fh.write(case["config"])


def load_error_cases() -> list[dict[str, Any]]:
    """The hand-written error cases, then the generated lax-parsing ones."""
    cases: list[dict[str, Any]] = []
    for name in ("errors.yml", "fuzz_errors.yml"):
        path = HERE / name
        if path.is_file():
            with path.open(encoding="utf-8") as fh:
                cases.extend(yaml.safe_load(fh))
    return cases


def record_errors() -> int:
    cases = load_error_cases()
    recorded = {}
    for case in cases:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            write_error_site(work / "site", case)
            result = jekyll_build(work)
            failed = result.returncode != 0
            page = work / "out" / "cases" / f"{case['id']}.html"
            recorded[case["id"]] = {
                "build_fails": failed,
                "message": first_message(result.stdout + result.stderr, str(work / "site"), failed),
                "output": None if failed else page.read_text(encoding="utf-8"),
            }
            print(case["id"], recorded[case["id"]]["message"][:150])
    with (HERE / "errors.json").open("w", encoding="utf-8") as fh:
        json.dump(recorded, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    return 0


def main() -> int:
    if "--errors" in sys.argv:
        return record_errors()
    cases = load_cases()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        write_site(work / "site", cases)
        result = jekyll_build(work)
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
