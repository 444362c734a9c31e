"""Parallel rendering keeps Jekyll's order where templates can see it.

Jekyll renders one collection's documents after another's, in the order of
``collections``, and within a collection one document after another, so a
template showing another item's ``content`` sees it rendered or raw depending
on that order. A parallel build must give the same tree as the sequential one
(which the fixture sites check against Jekyll).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_py import parallel
from jekyll_py.configuration import Configuration
from jekyll_py.site import Site


def build(src: Path, dest: Path, parallel: object) -> dict[str, str]:
    config = Configuration.from_options(
        {"source": str(src), "destination": str(dest), "quiet": True, "parallel": parallel})
    Site(config).process()
    return {str(p.relative_to(dest)): p.read_text() for p in sorted(dest.rglob("*")) if p.is_file()}


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def record_batches(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The collections each parallel batch held: workers may happen to share
    state, so the tree alone cannot show a batch that mixes collections."""
    batches: list[list[str]] = []
    render = parallel.render_in_parallel

    def record(site: Site, items: list, payload: dict, workers: int) -> None:
        batches.append(sorted({item.collection.label for item in items}))
        render(site, items, payload, workers)

    monkeypatch.setattr(parallel, "render_in_parallel", record)
    return batches


def test_collections_render_in_separate_batches(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "src"
    write(src / "_config.yml",
          "collections:\n  speakers:\n    output: true\n  sessions:\n    output: true\n")
    for i in range(11):
        write(src / f"_speakers/s{i}.md", f"---\nname: S{i}\n---\n**Bio** of speaker {i}.\n")
    for i in range(250):
        write(src / f"_sessions/t{i:03}.md",
              f"---\nspeaker: s{i % 11}\n---\nTalk {i}.\n\n"
              "{% assign sp = site.speakers | where_exp: 's', 's.path contains page.speaker' "
              "| first %}{{ sp.name }}\n")
    write(src / "_posts/2020-01-01-p.md", "---\n---\npost\n")
    sequential = build(src, tmp_path / "seq", False)
    batches = record_batches(monkeypatch)
    in_parallel = build(src, tmp_path / "par", 2)
    assert in_parallel == sequential
    # posts (1) and speakers (11) render in order in this process, sessions (250) in workers.
    assert batches == [["sessions"]]


@pytest.mark.parametrize("include", [
    "{% include prev.html %}",
    "{% assign name = 'prev' %}{% include {{ name }}.html %}",  # Chirpy's tail_includes
])
def test_templates_reading_other_items_content_render_in_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, include: str) -> None:
    """A post showing the previous post's content gets it rendered, as in Jekyll's
    sequence; workers could not promise that, so such items stay in this process."""
    src = tmp_path / "src"
    write(src / "_config.yml", "defaults:\n  - scope: {path: ''}\n    values: {layout: post}\n")
    write(src / "_layouts/post.html", "{{ content }}" + include + "\n")
    write(src / "_includes/prev.html", "[{{ page.previous.content | strip }}]")
    for i in range(1, 251):
        write(src / f"_posts/2020-01-01-p{i:03}.md",
              f"---\ndate: 2020-01-01 00:{i // 60:02}:{i % 60:02}\n---\n*Post* {i}.\n")
    sequential = build(src, tmp_path / "seq", False)
    batches = record_batches(monkeypatch)
    in_parallel = build(src, tmp_path / "par", 2)
    assert "[<p><em>Post</em> 199.</p>]" in sequential["2020/01/01/p200.html"]
    assert in_parallel == sequential
    assert batches == []
