"""Parallel rendering keeps Jekyll's order between collections.

Jekyll renders one collection's documents after another's, in the order of
``collections``, so a session page showing a speaker's ``content`` gets the
speaker's rendered HTML. A parallel build must give the same tree as the
sequential one (which the fixture sites check against Jekyll).
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


def test_later_collection_sees_rendered_content_of_earlier_one(
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
              "| first %}{{ sp.content }}\n")
    write(src / "_posts/2020-01-01-p.md", "---\n---\npost\n")
    sequential = build(src, tmp_path / "seq", False)
    # Which documents each parallel batch held: workers may happen to share
    # state, so the tree alone cannot show a batch mixing collections.
    batches: list[list[str]] = []
    render = parallel.render_in_parallel

    def record(site: Site, items: list, payload: dict, workers: int) -> None:
        batches.append(sorted({item.collection.label for item in items}))
        render(site, items, payload, workers)

    monkeypatch.setattr(parallel, "render_in_parallel", record)
    in_parallel = build(src, tmp_path / "par", 2)
    assert "<strong>Bio</strong> of speaker 3." in sequential["sessions/t003.html"]
    assert in_parallel == sequential
    # posts (1) and speakers (11) render in order in this process, sessions (250) in workers.
    assert batches == [["sessions"]]
