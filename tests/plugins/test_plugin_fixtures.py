"""The plugin fixture sites, built by jekyll-py, against real Jekyll's recordings.

Each ``tests/plugins/fixtures/<name>/`` was built by Jekyll 4.3.1 with the
Debian plugin gems (``tools/record_plugins.py``); here jekyll-py builds the
same source the same way (``helpers.sites``: fixed mtimes, ``TZ=UTC``) and
every output file must be byte-equal after the fixture's declared
normalisations (build timestamps only). A fixture whose ``fixture.yml`` says
``requires_theme: NAME`` is skipped where that theme is not installed (the
recording used Debian's gem; jekyll-py finds installed gem themes itself), and
one saying ``requires_gem_files: ["GEM:PATH"]`` where that gem file is absent.

Where Jekyll failed (``exit_status`` not 0), jekyll-py must fail too and print
every line Jekyll printed to stderr before its "could not be built" banner
(warnings, then ``Liquid Exception: ... in <file>``) word for word.

Fixtures not passing yet are strict xfails listed with the reason in
``KNOWN_FAILURES``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers.sites import Fixture, clean_log, compare_trees, run_jekyll_py

from jekyll_py.plugins._pages import gem_file
from jekyll_py.plugins.theme import find_theme_root

FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: Fixture name -> why jekyll-py does not match Jekyll there yet (strict xfail).
KNOWN_FAILURES: dict[str, str] = {}


def _fixtures() -> list:
    params = []
    for root in sorted(FIXTURES.iterdir()):
        if not (root / "fixture.yml").is_file():
            continue
        marks = []
        if root.name in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[root.name]))
        params.append(pytest.param(Fixture.load(root), id=root.name, marks=marks))
    return params


@pytest.mark.parametrize("fixture", _fixtures())
def test_plugin_fixture(fixture: Fixture, tmp_path: Path) -> None:
    assert fixture.recorded, f"run `python tools/record_plugins.py {fixture.name}`"
    theme = (yaml.safe_load((fixture.root / "fixture.yml").read_text("utf-8")) or {}).get("requires_theme")
    if theme and find_theme_root(theme, str(fixture.src)) is None:
        pytest.skip(f"the {theme} theme is not installed here (Debian: jekyll-theme-{theme})")
    for needed in (yaml.safe_load((fixture.root / "fixture.yml").read_text("utf-8")) or {}).get(
            "requires_gem_files", []):
        gem, relative = needed.split(":", 1)
        if gem_file(gem, relative) is None:
            pytest.skip(f"{gem}'s {relative} is not installed here (Debian: ruby-{gem})")
    fixture.prepare(tmp_path)
    result = run_jekyll_py(tmp_path, fixture.args, fixture.env)
    log = f"stdout:\n{result.stdout[-2000:]}\nstderr:\n{result.stderr[-4000:]}"
    if fixture.recorded["exit_status"] != 0:
        assert result.returncode != 0, f"Jekyll failed here but jekyll-py succeeded\n{log}"
        ours = [" ".join(line.split()) for line in clean_log(result.stdout + "\n" + result.stderr, tmp_path)]
        if fixture.error_contains:
            # Jekyll died of a Ruby exception: its trace box and backtrace are
            # Ruby's; the message is what a user of either engine must see.
            assert any(fixture.error_contains in line for line in ours), \
                f"expected {fixture.error_contains!r} in the error\n{log}"
            return
        for line in fixture.recorded["stderr"]:
            if "YOUR SITE COULD NOT BE BUILT" in line:
                break
            reason = " ".join(line.split())
            assert reason in ours, f"expected Jekyll's line {reason!r}\n{log}"
        return
    assert result.returncode == 0, f"jekyll-py build failed\n{log}"
    comparison = compare_trees(fixture.expected, tmp_path / "_site", fixture.rules)
    assert comparison.ok, f"{fixture.name}: {comparison.report()}\n{log}"


def test_github_pages_flag_switches_on_the_pages_defaults(tmp_path: Path) -> None:
    """``--github-pages`` gives what listing GitHub Pages' default plugins gives."""
    fixture = Fixture.load(FIXTURES / "github-pages-set")
    src, _ = fixture.prepare(tmp_path)
    config = yaml.safe_load((src / "_config.yml").read_text("utf-8"))
    del config["plugins"]
    (src / "_config.yml").write_text(yaml.safe_dump(config), "utf-8")
    result = run_jekyll_py(tmp_path, ["--github-pages"])
    assert result.returncode == 0, result.stderr
    comparison = compare_trees(fixture.expected, tmp_path / "_site", fixture.rules)
    assert comparison.ok, comparison.report()
