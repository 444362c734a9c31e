"""Reading order of the source tree, which decides ties in ``site.pages``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jekyll_py import reader as reader_module
from jekyll_py.configuration import Configuration
from jekyll_py.site import Site


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def read_site(src: Path) -> Site:
    config = Configuration.from_options(
        {"source": str(src), "destination": str(src / "_site"), "quiet": True})
    site = Site(config)
    site.reset()
    site.read()
    return site


@pytest.mark.parametrize("reverse", [False, True])
def test_pages_sharing_a_name_keep_the_readdir_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reverse: bool) -> None:
    """Jekyll lists folders unsorted (``Dir.entries``), reads sub-folders before
    the folder's own pages, then sorts pages by name with a stable sort."""
    src = tmp_path / "src"
    for rel in ("index.md", "a/index.md", "b/index.md", "b/c/index.md", "a/about.md"):
        write(src / rel, "---\n---\nx\n")
    real_listdir = os.listdir

    def listdir(path: str) -> list[str]:
        return sorted(real_listdir(path), reverse=reverse)

    monkeypatch.setattr(reader_module.os, "listdir", listdir)
    site = read_site(src)
    order = [p.relative_path for p in site.pages]
    if reverse:
        assert order == ["a/about.md", "b/c/index.md", "b/index.md", "a/index.md", "index.md"]
    else:
        assert order == ["a/about.md", "a/index.md", "b/c/index.md", "b/index.md", "index.md"]
