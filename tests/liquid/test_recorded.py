"""Templates recorded from real Jekyll 4.3.1 (record_jekyll.py), rendered by jekyll-py.

Each case in ``recorded/cases.yml`` exercises a handful of filters or tags;
``recorded/expected.json`` holds the page Jekyll wrote for it.
"""

from __future__ import annotations

import io
import json
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
