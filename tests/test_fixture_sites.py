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

import re
import subprocess
from pathlib import Path

import pytest
from helpers.sites import (
    SUMMARY,
    Fixture,
    all_fixtures,
    clean_log,
    compare_trees,
    run_jekyll_py,
)

#: Fixture name -> why jekyll-py does not match Jekyll there yet.
#: Remove an entry as soon as the fixture passes (the xfail is strict).
#: (KNOWN_WARNING_FAILURES, below, is the same for the warnings Jekyll prints.)
KNOWN_FAILURES: dict[str, str] = {
}

#: Fixture name -> why jekyll-py does not print Jekyll's warnings for it yet.
KNOWN_WARNING_FAILURES: dict[str, str] = {
}


def _params() -> list:
    params = []
    for fixture in all_fixtures():
        marks = []
        if fixture.name in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[fixture.name]))
        params.append(pytest.param(fixture, id=fixture.name, marks=marks))
    return params


_BUILDS: dict[str, tuple[subprocess.CompletedProcess[str], Path]] = {}


def _build(fixture: Fixture, tmp_path_factory: pytest.TempPathFactory
           ) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Build *fixture* with jekyll-py once per session; return (process, workdir)."""
    if fixture.name not in _BUILDS:
        workdir = tmp_path_factory.mktemp(fixture.name)
        fixture.prepare(workdir)
        _BUILDS[fixture.name] = (run_jekyll_py(workdir, fixture.args, fixture.env), workdir)
    return _BUILDS[fixture.name]


def _messages(lines: list[str]) -> list[str]:
    """Jekyll's warning/error messages from a cleaned log, whitespace-collapsed,
    without the banner, separators and Ruby backtraces around a fatal error."""
    skip = ("Configuration file:", "/", "from ", "---", "Please append", "for any additional")
    out = []
    for line in lines:
        text = " ".join(line.split())
        # Ruby's report of the uncaught exception ("file:2: message (SassC::SyntaxError)")
        # is part of its backtrace, not a Jekyll message.
        if _RUBY_EXCEPTION_LINE.search(text):
            continue
        if text and not text.startswith(skip) and "Please append" not in text:
            out.append(text)
    return out


_RUBY_EXCEPTION_LINE = re.compile(r"\((?:[A-Z]\w*::)*[A-Z]\w*(?:Error|Exception)\)$")


@pytest.mark.parametrize("fixture", _params())
def test_fixture_site(fixture: Fixture, tmp_path_factory: pytest.TempPathFactory) -> None:
    recorded = fixture.recorded
    if not recorded:
        pytest.fail(f"{fixture.name} has no recording; run `python tools/record_jekyll.py {fixture.name}`")
    result, workdir = _build(fixture, tmp_path_factory)
    log = f"jekyll-py stdout:\n{result.stdout[-2000:]}\njekyll-py stderr:\n{result.stderr[-4000:]}"
    if recorded["exit_status"] != 0:
        assert result.returncode != 0, (
            f"Jekyll failed on this site (exit {recorded['exit_status']}: "
            f"{recorded['stderr'][:3]}) but jekyll-py succeeded")
        # Jekyll's reason ("Liquid syntax error (line 3): ... in broken.html") must be
        # what we print too; the topic ("Liquid Exception:", "Error:", "Fatal:") may differ.
        ours = "\n".join(_messages(clean_log(result.stdout + "\n" + result.stderr, workdir)))
        for text in _messages(recorded["stderr"]):
            for marker in ("Exception: ", "Error: ", "Fatal: "):
                if marker in text:
                    text = text.split(marker, 1)[1]
                    break
            assert text in ours, f"expected the error message {text!r}\n{log}"
        return
    assert result.returncode == 0, f"jekyll-py build failed (exit {result.returncode})\n{log}"
    comparison = compare_trees(fixture.expected, workdir / "_site", fixture.rules)
    SUMMARY[fixture.name] = {
        "files": len(comparison.expected_files),
        "byte-equal": comparison.count("byte-equal"),
        "dom-equal": comparison.count("dom-equal"),
        "differing": len(comparison.differing),
        "missing": len(comparison.missing),
        "extra": len(comparison.extra),
    }
    assert comparison.ok, f"{fixture.name}: {comparison.report()}"


def _warning_params() -> list:
    params = []
    for fixture in all_fixtures():
        if fixture.recorded.get("exit_status") == 0:
            marks = []
            if fixture.name in KNOWN_WARNING_FAILURES:
                marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_WARNING_FAILURES[fixture.name]))
            params.append(pytest.param(fixture, id=fixture.name, marks=marks))
    return params


#: The topics that make one of our log lines a warning Jekyll must have printed too.
_WARNING_TOPICS = ("Warning:", "Conflict:", "Deprecation:", "Error", "Exception", "Skipping:")


@pytest.mark.parametrize("fixture", _warning_params())
def test_fixture_warnings(fixture: Fixture, tmp_path_factory: pytest.TempPathFactory) -> None:
    """jekyll-py prints every warning Jekyll printed (missing layout, YAML errors,
    sort warnings, skipped future posts, conflicts), with the same text, and no
    warning Jekyll did not print."""
    result, workdir = _build(fixture, tmp_path_factory)
    ours = _messages(clean_log(result.stdout + "\n" + result.stderr, workdir))
    theirs = _messages(fixture.recorded["stdout"] + fixture.recorded["stderr"])
    missing = [m for m in dict.fromkeys(_messages(fixture.recorded["stderr"])) if m not in set(ours)]
    extra = [m for m in dict.fromkeys(ours)
             if any(topic in m for topic in _WARNING_TOPICS) and m not in set(theirs)]
    assert not missing and not extra, (
        "warnings Jekyll printed that jekyll-py did not:\n  " + "\n  ".join(missing)
        + "\nwarnings jekyll-py printed that Jekyll did not:\n  " + "\n  ".join(extra)
        + "\njekyll-py printed:\n  " + "\n  ".join(ours))


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
        # git keeps no empty folders: a build Jekyll failed has no expected/ in a clone.
        assert fixture.expected.is_dir() or fixture.recorded.get("exit_status") != 0, \
            f"{fixture.name}: no expected/"
        assert all(rule.reason.strip() for rule in fixture.rules)
