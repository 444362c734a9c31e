"""``--profile`` prints Jekyll's two tables.

``tests/fixtures/sites/profile`` was built by Jekyll 4.3.1 with ``--profile``
(``tools/record_jekyll.py``); its recorded log holds both tables. Times differ
from run to run, and rows of the render table are ordered by time, so the test
masks the times and compares the rows as a set: the same files (pages,
documents, their excerpts, layouts, includes, named as Jekyll names them), the
same counts and byte sizes, and the same layout of the tables.
"""

from __future__ import annotations

import re
from pathlib import Path

from helpers.sites import Fixture, clean_log, run_jekyll_py

from jekyll_py.profiler import RenderStats, tabulate

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "sites" / "profile"
_TIME = re.compile(r"\d+\.\d{3,4}(?= \|$)")


def _tables(lines: list[str]) -> tuple[list[str], set[str]]:
    """(phase table lines, render table rows) with times masked."""
    start = lines.index("Build Process Summary:")
    middle = lines.index("Site Render Stats:")
    end = next(i for i in range(middle, len(lines)) if lines[i].startswith(" ") or "done in" in lines[i])
    phase = [_TIME.sub("T", line) for line in lines[start + 1:middle]]
    render = {_TIME.sub("T", line) for line in lines[middle + 1:end]}
    return phase, render


def test_profile_tables_match_jekyll(tmp_path: Path) -> None:
    fixture = Fixture.load(FIXTURE)
    fixture.prepare(tmp_path)
    result = run_jekyll_py(tmp_path, fixture.args, fixture.env)
    assert result.returncode == 0, result.stderr
    ours = clean_log(result.stdout, tmp_path)
    theirs = fixture.recorded["stdout"]
    assert _tables(ours) == _tables(theirs)
    assert "| _posts/2020-01-01-p.md/#excerpt |     1 | 0.01K | T |" in _tables(ours)[1]


def test_stats_names_and_table_layout(tmp_path: Path) -> None:
    ticks = iter(range(100))
    stats = RenderStats(str(tmp_path), clock=lambda: float(next(ticks)))
    with stats.rendering(str(tmp_path / "_layouts" / "a.html")) as out:
        out.append("é" * 600)
    with stats.parsing("/usr/share/rubygems-integration/all/gems/minima-2.5.1/_includes/x.html"):
        pass
    with stats.rendering("/abs/elsewhere.html") as out:
        out.append("x")
    assert stats.files == {"_layouts/a.html": [1, 1200, 1.0], "minima-2.5.1/_includes/x.html": [0, 0, 1.0],
                           "abs/elsewhere.html": [1, 1, 1.0]}
    rows = stats.table_rows()
    assert rows[0] == ["Filename", "Count", "Bytes", "Time"]
    assert rows[-1] == ["TOTAL (for 3 files)", "2", "1.17K", "3.000"]
    assert tabulate([["A", "B"], ["long name", "1"]]) == (
        "\n| A         | B |\n+-----------+---+\n| long name | 1 |\n")
