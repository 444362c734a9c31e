"""``jekyll-py doctor`` against ``jekyll doctor`` (Jekyll 4.3.1), recorded by
``tools/record_commands.py`` for the sites in ``tests/core/commands/cases.py``:
same exit status and the same log lines.

Two cases differ on purpose: with ``url: 5`` or a URL whose scheme is invalid
Jekyll's doctor dies with a Ruby exception and a backtrace (NoMethodError,
Addressable::URI::InvalidURIError); jekyll-py reports the invalid URL with the
warning Jekyll's ``url_valid?`` check was written to print, and exits 1 too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from core.commands.cases import DOCTOR_CASES, write_site
from helpers.sites import PROJECT_ROOT, build_env, clean_log

RECORDED = json.loads((Path(__file__).parent / "commands" / "recorded.json").read_text("utf-8"))["doctor"]
JEKYLL_CRASHES = {"number-url", "bad-scheme-url"}
INVALID_URL = ("Warning: The site URL does not seem to be valid, check the value of `url` in your "
               "config file.")


def _doctor(site: Path) -> tuple[int, list[str]]:
    env = build_env({"PYTHONPATH": str(PROJECT_ROOT)})
    result = subprocess.run([sys.executable, "-m", "jekyll_py", "doctor"], cwd=site, env=env,
                            capture_output=True, text=True, timeout=300)
    lines = clean_log(result.stdout + "\n" + result.stderr, site)
    return result.returncode, [" ".join(line.split()) for line in lines]


@pytest.mark.parametrize("name", sorted(DOCTOR_CASES))
def test_doctor_matches_jekyll(name: str, tmp_path: Path) -> None:
    write_site(tmp_path, DOCTOR_CASES[name])
    status, ours = _doctor(tmp_path)
    recorded = RECORDED[name]
    assert status == recorded["exit_status"], ours
    if name in JEKYLL_CRASHES:
        assert INVALID_URL in ours
        return
    assert ours == [" ".join(line.split()) for line in recorded["log"]]
