"""``jekyll-py clean`` against ``jekyll clean`` (Jekyll 4.3.1), recorded by
``tools/record_commands.py`` for the sites in ``tests/core/commands/cases.py``:
the same lines (paths printed as Jekyll composes them), the same exit status
and the same files left behind.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from core.commands.cases import CLEAN_CASES, write_site
from helpers.sites import PROJECT_ROOT, build_env, clean_log

RECORDED = json.loads((Path(__file__).parent / "commands" / "recorded.json").read_text("utf-8"))["clean"]


@pytest.mark.parametrize("name", sorted(CLEAN_CASES))
def test_clean_matches_jekyll(name: str, tmp_path: Path) -> None:
    files, args = CLEAN_CASES[name]
    write_site(tmp_path, files)
    result = subprocess.run([sys.executable, "-m", "jekyll_py", "clean", *args], cwd=tmp_path,
                            env=build_env({"PYTHONPATH": str(PROJECT_ROOT)}), capture_output=True,
                            text=True, timeout=300)
    recorded = RECORDED[name]
    assert result.returncode == recorded["exit_status"], result.stderr
    assert sorted(clean_log(result.stdout + "\n" + result.stderr, tmp_path)) == sorted(recorded["log"])
    left = sorted(str(p.relative_to(tmp_path)) + ("/" if p.is_dir() else "") for p in tmp_path.rglob("*"))
    assert left == recorded["left"]


def test_clean_removes_jekyll_py_metadata(tmp_path: Path) -> None:
    write_site(tmp_path, {"index.md": "x\n", ".jekyll-py-metadata": "{}"})
    result = subprocess.run([sys.executable, "-m", "jekyll_py", "clean"], cwd=tmp_path,
                            env=build_env({"PYTHONPATH": str(PROJECT_ROOT)}), capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0
    assert f"Cleaner: Removing {tmp_path}/.jekyll-py-metadata..." in " ".join(result.stdout.split())
    assert not (tmp_path / ".jekyll-py-metadata").exists()
