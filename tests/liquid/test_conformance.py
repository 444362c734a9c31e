"""The Liquid conformance dataset (../shared/conformance/liquid) built with jekyll-py.

One build of the dataset's site must reproduce Jekyll 4.3.1's output byte for
byte (time-dependent pages are matched against the manifest's masks); the
pass rate is reported by area and must not drop under ``FLOOR``.  Every error
case is built in its own copy of the site infrastructure, as the dataset's
README describes, and must fail (or not) like Jekyll, naming the same file and
line with the same message.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

DATASET = Path(__file__).resolve().parents[2] / ".." / "shared" / "conformance" / "liquid"

#: Case pages that must be byte-exact (of 308): all of them.
FLOOR = 308

pytestmark = pytest.mark.skipif(
    not (DATASET / "expected" / "manifest.jsonl").is_file(),
    reason=f"Liquid conformance dataset not found at {DATASET} (expected ../shared next to the repo)",
)


def _load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _build(src: Path, dst: Path) -> tuple[Exception | None, list[str]]:
    """Build ``src`` into ``dst`` in-process; return the error (if any) and the log."""
    import io

    from jekyll_py.configuration import Configuration
    from jekyll_py.log import JekyllLogger
    from jekyll_py.site import Site

    buf = io.StringIO()
    logger = JekyllLogger(out=buf, err=buf)
    config = Configuration.from_options(
        {"source": str(src), "destination": str(dst), "disable_disk_cache": True, "quiet": True}
    )
    config["parallel"] = False
    try:
        Site(config, logger=logger).process()
    except Exception as exc:  # noqa: BLE001 - the error cases expect failures
        return exc, logger.messages
    return None, logger.messages


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("liquid-conformance")
    shutil.copytree(DATASET / "site", work / "site")
    error, _ = _build(work / "site", work / "out")
    assert error is None, f"the conformance site failed to build: {error}"
    return work / "out"


def test_case_pages_byte_exact(built_site: Path) -> None:
    manifest = _load_jsonl(DATASET / "expected" / "manifest.jsonl")
    by_area: dict[str, list[int]] = {}
    failures: list[str] = []
    for case in manifest:
        expected = (DATASET / "expected" / case["output"]).read_bytes()
        out = built_site / case["output"]
        got = out.read_bytes() if out.is_file() else None
        ok = got == expected
        if not ok and case.get("mask") and got is not None:
            ok = re.fullmatch(case["mask"], got.decode("utf-8")) is not None
        by_area.setdefault(case["area"], [0, 0])[0 if ok else 1] += 1
        if not ok:
            failures.append(f"{case['id']}: expected {expected[:120]!r}, got {(got or b'')[:120]!r}")
    passed = sum(ok for ok, _ in by_area.values())
    report = ", ".join(f"{area} {ok}/{ok + bad}" for area, (ok, bad) in sorted(by_area.items()))
    print(f"\nLiquid conformance: {passed}/{len(manifest)} byte-exact ({report})")
    for line in failures:
        print("  FAIL", line)
    assert passed >= FLOOR, f"{passed}/{len(manifest)} pages byte-exact, floor is {FLOOR}"


def _error_cases() -> Iterator[Any]:
    if not (DATASET / "expected" / "errors.jsonl").is_file():
        return
    for case in _load_jsonl(DATASET / "expected" / "errors.jsonl"):
        yield pytest.param(case, id=case["id"])


@pytest.fixture(scope="module")
def infrastructure(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dataset's site minus every case page (what each error case starts from)."""
    infra = tmp_path_factory.mktemp("liquid-errors") / "infra"
    shutil.copytree(DATASET / "site", infra)
    for case in _load_jsonl(DATASET / "expected" / "manifest.jsonl"):
        (infra / case["source"]).unlink(missing_ok=True)
    return infra


def _loose(message: str) -> str:
    """Drop Ruby 3.1's error_highlight snippet (`` code ^^^^``), which is environment-specific."""
    return re.sub(r"(undefined method `[^']*' for \S+) .*?\^+", r"\1", message)


@pytest.mark.parametrize("case", list(_error_cases()))
def test_error_case(case: dict[str, Any], infrastructure: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(infrastructure, site)
    page = site / case["page"]
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(
        "---\nlayout: none\n" + (case.get("front_matter") or "") + "---\n" + case["template"],
        encoding="utf-8",
        newline="",
    )
    if case.get("config_append"):
        with (site / "_config.yml").open("a", encoding="utf-8") as fh:
            fh.write(case["config_append"])
    error, messages = _build(site, tmp_path / "out")
    assert (error is not None) == case["build_fails"], f"build error: {error!r}"
    site_path = str(site.resolve())

    def normal(text: str) -> str:
        return re.sub(r"\s+", " ", text.replace(site_path, "<site>")).strip()

    if case["build_fails"]:
        got = f"Liquid Exception: {error} in {case['page']}"
        assert _loose(normal(got)) == _loose(case["message"])
    else:
        logged = [normal(m) for m in messages]
        wanted = [w for w in case["warnings"]]
        for warning in wanted:
            assert normal(warning) in logged, f"missing warning {warning!r} in {logged!r}"
        if not wanted:
            assert not [m for m in logged if "Liquid Warning:" in m], logged
        if case.get("output") is not None:
            got_output = (tmp_path / "out" / case["page"]).read_text(encoding="utf-8")
            assert got_output == case["output"]
