"""Templates recorded from real Jekyll 4.3.1 (record_jekyll.py), rendered by jekyll-py.

Each case in ``recorded/cases.yml`` exercises a handful of filters or tags;
``recorded/expected.json`` holds the page Jekyll wrote for it.
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from record_jekyll import load_cases, write_site  # noqa: E402

EXPECTED: dict[str, str] = json.loads((HERE / "recorded" / "expected.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from jekyll_py.configuration import Configuration
    from jekyll_py.log import JekyllLogger
    from jekyll_py.site import Site

    work = tmp_path_factory.mktemp("liquid-recorded")
    write_site(work / "site", load_cases())
    config = Configuration.from_options(
        {"source": str(work / "site"), "destination": str(work / "out"),
         "disable_disk_cache": True, "quiet": True}
    )
    config["parallel"] = False
    buf = io.StringIO()
    Site(config, logger=JekyllLogger(out=buf, err=buf)).process()
    return work / "out"


@pytest.mark.parametrize("case", load_cases(), ids=lambda c: c["id"])
def test_recorded_case(case: dict[str, Any], built: Path) -> None:
    got = (built / "cases" / f"{case['id']}.html").read_text(encoding="utf-8")
    assert got == EXPECTED[case["id"]]


ERRORS: dict[str, dict[str, Any]] = json.loads((HERE / "recorded" / "errors.json").read_text("utf-8"))


def _error_cases() -> list[Any]:
    from record_jekyll import load_error_cases

    return [pytest.param(case, id=case["id"]) for case in load_error_cases()]


def loose(message: str) -> str:
    """Drop Ruby 3.1's error_highlight/did_you_mean tail of a NoMethodError message."""
    return re.sub(r"(undefined method `[^']*' for \S+) .*? in (cases/\S+)$", r"\1 in \2", message)


@pytest.mark.parametrize("case", _error_cases())
def test_recorded_error_case(case: dict[str, Any], tmp_path: Path) -> None:
    from record_jekyll import write_error_site

    from jekyll_py.configuration import Configuration
    from jekyll_py.log import JekyllLogger
    from jekyll_py.site import Site

    expected = ERRORS[case["id"]]
    write_error_site(tmp_path / "site", case)
    config = Configuration.from_options(
        {"source": str(tmp_path / "site"), "destination": str(tmp_path / "out"),
         "disable_disk_cache": True, "quiet": True}
    )
    config["parallel"] = False
    buf = io.StringIO()
    logger = JekyllLogger(out=buf, err=buf)
    page = f"cases/{case['id']}.html"
    site_path = str((tmp_path / "site").resolve())
    try:
        Site(config, logger=logger).process()
        error = None
    except Exception as exc:  # noqa: BLE001 - failures are what these cases record
        error = exc
    assert (error is not None) == expected["build_fails"], repr(error)
    if error is not None:
        got = re.sub(r"\s+", " ", f"Liquid Exception: {error} in {page}").replace(site_path, "<site>")
        assert loose(got) == loose(expected["message"])
        return
    if expected["message"]:
        logged = [re.sub(r"\s+", " ", m).strip().replace(site_path, "<site>") for m in logger.messages]
        assert expected["message"] in logged
    assert (tmp_path / "out" / page).read_text(encoding="utf-8") == expected["output"]
