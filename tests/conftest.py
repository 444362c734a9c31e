"""Shared pytest configuration.

It puts ``tests/`` on ``sys.path`` itself (whatever ``--import-mode`` is in
use), so every test module can ``from helpers.dom import dom_equal, dom_diff``
and ``from helpers.sites import ...``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

#: Repository root, whatever the current directory.
PROJECT_ROOT = Path(__file__).resolve().parents[1]

if str(PROJECT_ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT / "tests"))


@pytest.fixture(scope="session")
def project_root() -> Path:
    """The repository root (for locating fixtures and ``../shared``)."""
    return PROJECT_ROOT


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Print the fixture-site conformance figures when those tests ran."""
    from helpers.sites import SUMMARY as summary

    if not summary:
        return
    keys = ("files", "byte-equal", "dom-equal", "differing", "missing", "extra")
    totals = {key: sum(row.get(key, 0) for row in summary.values()) for key in keys}
    passing = sum(1 for row in summary.values()
                  if not (row.get("differing") or row.get("missing") or row.get("extra")))
    terminalreporter.section("fixture sites vs Jekyll 4.3.1")
    terminalreporter.write_line(
        f"fixtures compared: {len(summary)} (identical trees: {passing}); "
        + ", ".join(f"{key}: {totals[key]}" for key in keys))
    for name, row in sorted(summary.items()):
        if row.get("differing") or row.get("missing") or row.get("extra"):
            terminalreporter.write_line(
                f"  {name}: " + ", ".join(f"{key} {row.get(key, 0)}" for key in keys))
