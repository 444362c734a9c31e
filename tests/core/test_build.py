"""Whole builds through the Site API: safety of the destination and error reporting."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_py.configuration import Configuration
from jekyll_py.errors import FatalException, LiquidException
from jekyll_py.site import Site


def build(src: Path, dest: Path, **options: object) -> Site:
    config = Configuration.from_options(
        {"source": str(src), "destination": str(dest), "quiet": True, **options})
    site = Site(config)
    site.process()
    return site


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_failed_rebuild_keeps_the_last_good_site(tmp_path: Path) -> None:
    src, dest = tmp_path / "src", tmp_path / "_site"
    write(src / "_layouts/default.html", "<main>{{ content }}</main>\n")
    write(src / "index.md", "---\nlayout: default\n---\n# Hello\n")
    write(src / "other.html", "---\n---\nother\n")
    build(src, dest)
    good = (dest / "index.html").read_text()
    assert good == '<main><h1 id="hello">Hello</h1>\n</main>\n'
    write(src / "_layouts/default.html", "<main>{% if x %}{{ content }}</main>\n")
    with pytest.raises(LiquidException) as info:
        build(src, dest)
    assert "'if' tag was never closed" in str(info.value)
    # Jekyll names a layout by its absolute path.
    assert info.value.path == str(src / "_layouts/default.html")
    # Rendering failed before cleanup and write: nothing was removed or truncated.
    assert (dest / "index.html").read_text() == good
    assert (dest / "other.html").read_text() == "other\n"
    assert not list(dest.rglob("*.jekyll-py-tmp"))


def test_permalink_cannot_escape_destination(tmp_path: Path) -> None:
    src, dest = tmp_path / "src", tmp_path / "out" / "_site"
    write(src / "evil.html", "---\npermalink: /../../../escaped.html\n---\nx\n")
    build(src, dest)
    assert (dest / "escaped.html").read_text() == "x\n"
    assert not (tmp_path / "escaped.html").exists()
    assert not (tmp_path / "out" / "escaped.html").exists()


def test_destination_containing_source_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "site"
    write(src / "index.html", "hi\n")
    with pytest.raises(FatalException, match="Destination directory cannot be or contain the Source"):
        build(src, tmp_path)


def test_stale_files_removed_but_keep_files_kept(tmp_path: Path) -> None:
    src, dest = tmp_path / "src", tmp_path / "_site"
    write(src / "_config.yml", "keep_files: [keepme, .git]\n")
    write(src / "a.html", "a\n")
    write(dest / "stale.html", "old\n")
    write(dest / "keepme" / "x.txt", "kept\n")
    write(dest / ".git" / "HEAD", "ref\n")
    build(src, dest)
    assert not (dest / "stale.html").exists()
    assert (dest / "keepme" / "x.txt").read_text() == "kept\n"
    assert (dest / ".git" / "HEAD").exists()
    assert (dest / "a.html").read_text() == "a\n"


def test_cli_exit_status_and_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from jekyll_py.cli import main

    src = tmp_path / "src"
    write(src / "broken.html", "---\n---\n{% frobnicate %}\n")
    status = main(["build", "-s", str(src), "-d", str(tmp_path / "_site")])
    err = capsys.readouterr().err
    assert status == 1
    assert "Liquid syntax error (line 1): Unknown tag 'frobnicate' in broken.html" in err
