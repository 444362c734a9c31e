"""The watcher's ignore list, its log lines, and the change listeners."""

from __future__ import annotations

import io
import os
import threading
import time
from pathlib import Path

import pytest

from jekyll_py.log import logger
from jekyll_py.server.builder import BuildResult, describe_error
from jekyll_py.server.fs_events import Change, InotifyListener, PollingListener
from jekyll_py.server.watcher import Watcher, ignore_rule


def test_ignore_rule_follows_jekyll_watch(tmp_path: Path) -> None:
    (tmp_path / "_site").mkdir()
    (tmp_path / "node_modules").mkdir()
    ignored = ignore_rule(
        {
            "source": str(tmp_path),
            "destination": str(tmp_path / "_site"),
            "exclude": ["node_modules", "README"],
        }
    )
    assert ignored("_config.yml", False)
    assert ignored("_site", True)
    assert ignored("_site/index.html", False)
    assert ignored("node_modules", True)
    assert ignored("README.md", False)  # jekyll-watch's prefix regex
    assert ignored(".jekyll-metadata", False)
    assert ignored(".git", True)
    assert ignored("_posts/.2024-01-01-a.md.swp", False)
    assert ignored("_posts/a.md~", False)
    assert not ignored("_posts/2024-01-01-a.md", False)
    assert not ignored("_config_dev.yml", False)
    assert not ignored("_sitemap.md", False)
    assert not ignored("_includes", True)


def test_destination_outside_source_is_not_a_prefix(tmp_path: Path) -> None:
    ignored = ignore_rule({"source": str(tmp_path / "src"), "destination": str(tmp_path / "out")})
    assert not ignored("out/index.html", False)


class _FakeBuilder:
    def __init__(self, results: list[BuildResult]) -> None:
        self.results = results
        self.calls: list[tuple[list[Change], bool]] = []
        self.config = {"source": "/site"}

    def rebuild(self, changes: list[Change], *, full: bool = False) -> BuildResult:
        self.calls.append((changes, full))
        return self.results.pop(0)


class _NullListener:
    overflowed = False

    def next_batch(self, timeout: float | None = None) -> None:
        time.sleep(timeout or 0)

    def close(self) -> None:
        pass


def test_regenerate_logs_like_jekyll_watch(monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(logger, "_out", out)
    monkeypatch.setattr(logger, "_err", err)
    monkeypatch.setattr(logger, "level", 1)  # info; other tests' `quiet` builds lower it
    builder = _FakeBuilder(
        [
            BuildResult(True),
            BuildResult(False, error="Liquid syntax error (line 2): bad in index.html"),
        ]
    )
    seen: list[BuildResult] = []
    watcher = Watcher(builder, seen.append, listener=_NullListener())  # type: ignore[arg-type]
    batch = [Change("/site/_posts/2024-01-01-a.md", "modified")]
    assert watcher.regenerate(batch).ok
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("      Regenerating: 1 file(s) changed at ")
    assert lines[1] == " " * 20 + "_posts/2024-01-01-a.md"
    assert lines[2].startswith(" " * 20 + "...done in ") and lines[2].endswith(" seconds.")
    assert not watcher.regenerate(batch).ok
    assert "Error: Liquid syntax error (line 2): bad in index.html" in err.getvalue()
    assert [r.ok for r in seen] == [True, False]


def test_describe_error_names_file_and_line() -> None:
    from jekyll_py.errors import LiquidException, YAMLError

    exc = LiquidException(
        "Liquid syntax error (line 2): 'if' tag was never closed", path="_layouts/post.html", line=2
    )
    assert (
        describe_error(exc)
        == "Liquid syntax error (line 2): 'if' tag was never closed in _layouts/post.html"
    )
    assert describe_error(
        YAMLError("mapping values are not allowed", path="_data/a.yml", line=4)
    ) == ("mapping values are not allowed in _data/a.yml (line 4)")
    assert describe_error(ValueError("boom")) == "ValueError: boom"


@pytest.mark.parametrize("cls", [InotifyListener, PollingListener])
def test_listeners_report_added_modified_removed(tmp_path: Path, cls: type) -> None:
    if cls is InotifyListener and not os.path.exists("/proc/sys/fs/inotify"):
        pytest.skip("no inotify here")
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_site").mkdir()
    (tmp_path / "_posts" / "old.md").write_text("old")
    listener = cls(tmp_path, lambda rel, is_dir: rel.startswith("_site"), latency=0.05)
    try:

        def edit() -> None:
            time.sleep(0.1)
            (tmp_path / "_posts" / "new.md").write_text("new")
            (tmp_path / "_posts" / "old.md").write_text("changed!")
            (tmp_path / "_site" / "index.html").write_text("ignored")
            (tmp_path / "assets" / "css").mkdir(parents=True)
            (tmp_path / "assets" / "css" / "main.scss").write_text("a{}")

        threading.Thread(target=edit).start()
        got: dict[str, str] = {}
        deadline = time.monotonic() + 5
        while len(got) < 3 and time.monotonic() < deadline:
            for change in listener.next_batch(timeout=1) or []:
                got[os.path.relpath(change.path, tmp_path)] = change.kind
        assert got == {
            "_posts/new.md": "added",
            "_posts/old.md": "modified",
            "assets/css/main.scss": "added",
        }
        (tmp_path / "_posts" / "new.md").unlink()
        batch = listener.next_batch(timeout=2)
        assert batch == [Change(str(tmp_path / "_posts" / "new.md"), "removed")]
        assert listener.next_batch(timeout=0.3) is None
    finally:
        listener.close()


def test_adopting_a_site_built_by_the_build_command(tmp_path: Path) -> None:
    from jekyll_py.configuration import Configuration
    from jekyll_py.server.builder import SiteBuilder
    from jekyll_py.server.incremental import IncrementalRegenerator
    from jekyll_py.site import Site

    src = tmp_path / "src"
    src.mkdir()
    (src / "index.md").write_text("---\ntitle: Home\n---\nVersion one.\n")
    config = Configuration.from_options(
        {"source": str(src), "destination": str(tmp_path / "out"), "quiet": True}
    )
    site = Site(config)
    IncrementalRegenerator.attach(site)  # what `build --watch` does before its build
    site.process()
    builder = SiteBuilder(config)
    builder.adopt(site)
    (src / "index.md").write_text("---\ntitle: Home\n---\nVersion two.\n")
    result = builder.rebuild([Change(str(src / "index.md"), "modified")])
    assert result.ok and result.mode == "incremental"
    assert [c.url for c in result.changed] == ["/"]
    assert "Version two." in (tmp_path / "out" / "index.html").read_text()
    plain = Site(config)
    plain.process()
    other = SiteBuilder(config)
    other.adopt(plain)  # not attached: the first change is a full build
    assert other.rebuild([Change(str(src / "index.md"), "modified")]).mode == "full"


def test_inotify_waits_for_the_writer_to_close(tmp_path: Path) -> None:
    if not os.path.exists("/proc/sys/fs/inotify"):
        pytest.skip("no inotify here")
    target = tmp_path / "post.md"
    target.write_text("old")
    listener = InotifyListener(tmp_path, lambda rel, is_dir: False, latency=0.02)
    seen_content: list[str] = []

    def slow_writer() -> None:
        time.sleep(0.1)
        with open(target, "w") as fh:  # truncate, then write in two parts with a pause
            fh.write("first half, ")
            fh.flush()
            time.sleep(0.15)
            fh.write("second half")

    try:
        threading.Thread(target=slow_writer).start()
        batch = listener.next_batch(timeout=3)
        seen_content.append(target.read_text())
        assert batch == [Change(str(target), "modified")]
        assert seen_content == ["first half, second half"]
    finally:
        listener.close()
