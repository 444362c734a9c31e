"""jekyll-gist's token path against real Jekyll, through a stand-in gist API.

``tests/plugins/api_fixtures/<name>/`` were recorded by
``tools/record_gist_api.py``: Jekyll 4.3.1 with Debian's jekyll-gist 1.5.0 and
Octokit 4.20, ``JEKYLL_GITHUB_TOKEN`` set and ``OCTOKIT_API_ENDPOINT`` on
``helpers.github_api``'s server. Here jekyll-py builds each against the same
server: same files, the same requests (path, token, media type) in the same
order, and, where Jekyll stopped, the same ``Liquid Exception``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers.github_api import endpoint_for, gist_api
from helpers.sites import Fixture, clean_log, compare_trees, run_jekyll_py

from jekyll_py.plugins.gist import MISSING_TIMEOUT_ERROR as MISSING

FIXTURES = Path(__file__).resolve().parent / "api_fixtures"


def _fixtures() -> list:
    return [pytest.param(Fixture.load(p), id=p.name)
            for p in sorted(FIXTURES.iterdir()) if (p / "fixture.yml").is_file()]


@pytest.mark.parametrize("fixture", _fixtures())
def test_gist_api_fixture(fixture: Fixture, tmp_path: Path) -> None:
    recorded = fixture.recorded
    assert recorded, f"run `python tools/record_gist_api.py {fixture.name}`"
    fixture.prepare(tmp_path)
    with gist_api() as (url, seen):
        env = {**fixture.env, "OCTOKIT_API_ENDPOINT": endpoint_for(fixture.root, url)}
        result = run_jekyll_py(tmp_path, fixture.args, env)
    log = f"stdout:\n{result.stdout[-2000:]}\nstderr:\n{result.stderr[-3000:]}"
    assert seen == recorded["api_requests"], log
    ours = [" ".join(line.split()) for line in clean_log(result.stdout + "\n" + result.stderr, tmp_path)]
    for line in recorded["warnings"]:
        if "Warning:" not in line:  # the Ruby backtrace of a failed build
            continue
        assert " ".join(line.split()) in ours, f"missing Jekyll's line {line!r}\n{log}"
    if recorded["exit_status"] != 0:
        assert result.returncode != 0, f"Jekyll failed here but jekyll-py succeeded\n{log}"
        exception = next(line for line in recorded["stdout"] + recorded["stderr"] if "Liquid Exception" in line)
        # Jekyll's line is the message, Ruby 3.1's error_highlight snippet
        # (source line and ^^^), then " in FILE"; the snippet is Ruby's alone.
        _, found, tail = exception.partition(MISSING)
        assert found, f"Jekyll failed differently: {exception!r}"
        expected = f"Liquid Exception: {MISSING} in {tail.rsplit(' in ', 1)[1]}"
        assert expected in ours, f"expected {expected!r}\n{log}"
        return
    assert result.returncode == 0, f"jekyll-py build failed\n{log}"
    comparison = compare_trees(fixture.expected, tmp_path / "_site", fixture.rules)
    assert comparison.ok, f"{fixture.name}: {comparison.report()}\n{log}"


def test_fixture_settings_are_known() -> None:
    for root in FIXTURES.iterdir():
        data = yaml.safe_load((root / "fixture.yml").read_text("utf-8"))
        assert data.get("api_endpoint") in (None, "refused"), root.name
        assert "JEKYLL_GITHUB_TOKEN" in data.get("env", {}), root.name
