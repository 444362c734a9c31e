"""jekyll-github-metadata's online path against real Jekyll, through a stand-in GitHub API.

``tests/plugins/metadata_api_fixtures/<name>/`` were recorded by
``tools/record_github_metadata_api.py``: Jekyll 4.3.1 with Debian's
jekyll-github-metadata 2.15.0 and Octokit 4.20, made to believe api.github.com
resolves, with ``PAGES_API_URL`` on ``helpers.github_metadata_api``'s server.
jekyll-py needs no such help: an API URL on a loopback address counts as
connected. Here it builds each fixture against the same server: the same
requests (method, path and query, credentials, media type) in the same order,
the same warnings, the same files, and, where Jekyll stopped, the same
``Liquid Exception``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.github_metadata_api import api_url_for, github_metadata_api, normalise_port
from helpers.sites import Fixture, clean_log, compare_trees, run_jekyll_py

FIXTURES = Path(__file__).resolve().parent / "metadata_api_fixtures"


def _fixtures() -> list:
    return [pytest.param(Fixture.load(p), id=p.name)
            for p in sorted(FIXTURES.iterdir()) if (p / "fixture.yml").is_file()]


def _jekyll_exception(line: str) -> str:
    """Jekyll's ``Liquid Exception`` line without Ruby 3.1's error_highlight
    snippet (source line, ``^^^``, "Did you mean?"), which is Ruby's alone."""
    head, _, tail = line.rpartition(" in ")
    for marker in (" c.", " ^"):
        if marker in head:
            head = head[:head.index(marker)]
    return f"{head} in {tail}"


@pytest.mark.parametrize("fixture", _fixtures())
def test_github_metadata_api_fixture(fixture: Fixture, tmp_path: Path) -> None:
    recorded = fixture.recorded
    assert recorded, f"run `python tools/record_github_metadata_api.py {fixture.name}`"
    fixture.prepare(tmp_path)
    with github_metadata_api() as (url, seen):
        api_url = api_url_for(fixture.root, url)
        result = run_jekyll_py(tmp_path, fixture.args, {**fixture.env, "PAGES_API_URL": api_url})
    log = f"stdout:\n{result.stdout[-2000:]}\nstderr:\n{result.stderr[-3000:]}"
    assert seen == recorded["api_requests"], log
    ours = [" ".join(normalise_port(line, api_url).split())
            for line in clean_log(result.stdout + "\n" + result.stderr, tmp_path)]
    theirs = [" ".join(line.split()) for line in recorded["stdout"] + recorded["stderr"]]
    expected_metadata = [line for line in theirs if line.startswith("GitHub Metadata:")]
    assert [line for line in ours if line.startswith("GitHub Metadata:")] == expected_metadata, log
    if recorded["exit_status"] != 0:
        assert result.returncode != 0, f"Jekyll failed here but jekyll-py succeeded\n{log}"
        exception = next(line for line in theirs if line.startswith("Liquid Exception:"))
        assert _jekyll_exception(exception) in ours, f"expected {exception!r}\n{log}"
        return
    assert result.returncode == 0, f"jekyll-py build failed\n{log}"
    comparison = compare_trees(fixture.expected, tmp_path / "_site", fixture.rules)
    assert comparison.ok, f"{fixture.name}: {comparison.report()}\n{log}"
