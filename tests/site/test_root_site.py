"""The project's own site at the repository root, against real Jekyll 4.3.1.

``tools/record_root_site.py`` builds a copy of the root with Jekyll into
``tests/site/expected_root/`` (committed). Here jekyll-py builds the root
itself through the engine API and must produce the same set of files, HTML
that is DOM-equal to Jekyll's, and every other file byte-equal, except for the
one declared normalisation: the build time that jekyll-feed writes into
``feed.xml`` (``<updated>``), which differs between any two builds.

The navigation checks also run on Jekyll's recorded output, so a broken link
in ``_data/navigation.yml`` is caught even before the engine can build.

The build reads the live repository root: a new top-level file that is not
part of the site shows up as "extra in ours"; add it to ``exclude`` in
``_config.yml`` (or re-record with ``tools/record_root_site.py`` when the site
itself changed).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.sites import Rule, compare_trees, list_files

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = ROOT / "tests" / "site" / "expected_root"

#: Differences that are not the engine's: the time of the build.
RULES = [
    Rule(reason="jekyll-feed writes site.time, the moment of the build, as <updated>",
         files=("feed.xml",), regex=r"<updated>[^<]*</updated>", replace="<updated>BUILD_TIME</updated>"),
    Rule(reason="pages are compared as documents: same tree, insignificant whitespace ignored",
         files=("*.html",), dom=True),
]


def test_recorded_jekyll_output_has_every_navigation_anchor(assert_anchors_exist) -> None:
    if not (EXPECTED / "index.html").is_file():
        pytest.fail("no recording of the root site; run `python tools/record_root_site.py`")
    assert_anchors_exist(EXPECTED / "index.html", ROOT / "_data" / "navigation.yml")


def test_recording_is_the_homepage() -> None:
    """Guards the recording itself: the engine's own folders stayed out of the site."""
    files = list_files(EXPECTED)
    assert {"index.html", "about/index.html", "about.html", "assets/css/main.css",
            "feed.xml", "sitemap.xml", "redirects.json"} <= files
    leaked = sorted(f for f in files if f.split("/")[0] in {
        "jekyll_py", "tests", "tools", "benchmarks", "docs"} or f.endswith((".py", ".toml", ".md")))
    assert not leaked, f"engine files ended up in the site: {leaked}"


@pytest.fixture(scope="module")
def built_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The root built by jekyll-py (once for this module)."""
    try:
        from jekyll_py.configuration import Configuration
        from jekyll_py.site import Site
    except ImportError as error:  # the engine is not there yet
        pytest.skip(f"the jekyll-py engine cannot be imported: {error}")
    destination = tmp_path_factory.mktemp("root_site") / "_site"
    config = Configuration.from_options({"source": str(ROOT), "destination": str(destination),
                                         "disable_disk_cache": True})
    Site(config).process()
    return destination


def test_jekyll_py_build_has_every_navigation_anchor(built_root: Path, assert_anchors_exist) -> None:
    assert_anchors_exist(built_root / "index.html", ROOT / "_data" / "navigation.yml")


def test_jekyll_py_build_matches_jekyll(built_root: Path) -> None:
    comparison = compare_trees(EXPECTED, built_root, RULES)
    assert comparison.ok, comparison.report()
