"""Conformance against real Jekyll 4.3.1: build every fixture site with
jekyll-py and compare the output tree with the one Jekyll recorded.

Each fixture (``tests/fixtures/sites/<name>/``, see ``helpers/sites.py``) is
built from a copy of its ``src/`` with ``python -m jekyll_py build -s src -d
_site --disable-disk-cache <args>`` in a temporary directory, exactly as
``tools/record_jekyll.py`` ran Jekyll.  The file sets must be equal and each
file byte-equal after the fixture's declared regex normalisations; DOM
equality is accepted only where the fixture declares a ``dom`` rule.  When
Jekyll's build failed (non-zero exit status recorded), ours must fail too.

Fixtures the engine does not pass yet are listed in :data:`KNOWN_FAILURES`
with the reason; they are strict xfails, so a fix turns them into failures
until the entry is removed.
"""

from __future__ import annotations

import pytest
from helpers.sites import SUMMARY, Fixture, all_fixtures, compare_trees, run_jekyll_py

#: Fixture name -> why jekyll-py does not match Jekyll there yet.
#: Remove an entry as soon as the fixture passes (the xfail is strict).
KNOWN_FAILURES: dict[str, str] = {
    "markdown-ext": "kramdown `hard_wrap: true` from _config.yml is not applied (no <br /> at line ends)",
}


def _params() -> list:
    params = []
    for fixture in all_fixtures():
        marks = []
        if fixture.name in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[fixture.name]))
        params.append(pytest.param(fixture, id=fixture.name, marks=marks))
    return params


@pytest.mark.parametrize("fixture", _params())
def test_fixture_site(fixture: Fixture, tmp_path) -> None:
    recorded = fixture.recorded
    if not recorded:
        pytest.fail(f"{fixture.name} has no recording; run `python tools/record_jekyll.py {fixture.name}`")
    fixture.prepare(tmp_path)
    result = run_jekyll_py(tmp_path, fixture.args, fixture.env)
    log = f"jekyll-py stdout:\n{result.stdout[-2000:]}\njekyll-py stderr:\n{result.stderr[-4000:]}"
    if recorded["exit_status"] != 0:
        assert result.returncode != 0, (
            f"Jekyll failed on this site (exit {recorded['exit_status']}: "
            f"{recorded['stderr'][:3]}) but jekyll-py succeeded")
        # Jekyll's one-line reason ("Liquid syntax error (line 3): ... in broken.html")
        # must be what we print too.
        reasons = [line.split("Exception: ", 1)[1] for line in recorded["stderr"]
                   if "Exception: " in line and not line.lstrip().startswith("/")]
        for reason in reasons:
            assert reason in result.stdout + result.stderr, f"expected error {reason!r}\n{log}"
        return
    assert result.returncode == 0, f"jekyll-py build failed (exit {result.returncode})\n{log}"
    comparison = compare_trees(fixture.expected, tmp_path / "_site", fixture.rules)
    SUMMARY[fixture.name] = {
        "files": len(comparison.expected_files),
        "byte-equal": comparison.count("byte-equal"),
        "dom-equal": comparison.count("dom-equal"),
        "differing": len(comparison.differing),
        "missing": len(comparison.missing),
        "extra": len(comparison.extra),
    }
    assert comparison.ok, f"{fixture.name}: {comparison.report()}"


def test_fixtures_are_recorded_and_declared() -> None:
    """Every fixture has a source, a recording from real Jekyll, a reason for each
    normalisation, and KNOWN_FAILURES names only existing fixtures."""
    fixtures = all_fixtures()
    if not fixtures:
        pytest.skip("no fixture sites found")
    names = {f.name for f in fixtures}
    assert not set(KNOWN_FAILURES) - names, "KNOWN_FAILURES names unknown fixtures"
    for fixture in fixtures:
        assert fixture.src.is_dir(), f"{fixture.name}: no src/"
        assert fixture.recorded.get("jekyll_version") == "4.3.1", f"{fixture.name}: not recorded with Jekyll 4.3.1"
        assert fixture.expected.is_dir(), f"{fixture.name}: no expected/"
        assert all(rule.reason.strip() for rule in fixture.rules)
