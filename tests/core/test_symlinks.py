"""The engine never reads outside the site source, even through symlinks.

Jekyll follows symlinks that leave the source unless ``--safe`` is given;
jekyll-py skips them in every mode (with a warning naming each one outside
safe mode), wherever they sit: a page, a static file, a folder, a file inside
a linked folder, a data file, a layout, a collection document, an include.
Links that stay inside the source are followed as Jekyll follows them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jekyll_py.configuration import Configuration
from jekyll_py.errors import InvalidURLError, LiquidException
from jekyll_py.log import logger
from jekyll_py.site import Site

SECRET = "TOP-SECRET-OUTSIDE"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def build(src: Path, dest: Path, **options: object) -> Site:
    site = Site(Configuration.from_options({"source": str(src), "destination": str(dest), **options}))
    site.process()
    return site


@pytest.fixture
def linked_site(tmp_path: Path) -> tuple[Path, Path]:
    outside = tmp_path / "outside"
    write(outside / "secret.txt", SECRET)
    write(outside / "page.md", f"---\n---\n{SECRET}\n")
    write(outside / "dir" / "x.txt", SECRET)
    write(outside / "data.yml", f"k: {SECRET}\n")
    write(outside / "layout.html", f"{SECRET} {{{{ content }}}}")
    write(outside / "doc.md", f"---\n---\n{SECRET}\n")
    src = tmp_path / "src"
    write(src / "_config.yml", "collections: {notes: {output: true}}\n")
    write(src / "index.html", "---\n---\n[{{ site.data.secret.k }}] {% for n in site.notes %}{{ n.content }}{% endfor %}\n")
    write(src / "real.md", "---\nlayout: secret\n---\ninside\n")
    write(src / "sub" / "kept.txt", "kept\n")
    links = {
        "secret.txt": outside / "secret.txt",
        "page.md": outside / "page.md",
        "dir": outside / "dir",
        "_data/secret.yml": outside / "data.yml",
        "_layouts/secret.html": outside / "layout.html",
        "_notes/doc.md": outside / "doc.md",
        "alias.md": src / "real.md",
        "sub-alias": src / "sub",
    }
    for name, target in links.items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, src / name)
    return src, tmp_path / "_site"


def _all_output(dest: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in dest.rglob("*") if p.is_file())


@pytest.mark.parametrize("safe", [False, True])
def test_links_leaving_the_source_are_not_read(linked_site: tuple[Path, Path], safe: bool) -> None:
    src, dest = linked_site
    before = len(logger.messages)
    build(src, dest, safe=safe)
    assert SECRET not in _all_output(dest)
    files = sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())
    # links inside the source are followed as Jekyll follows them
    assert files == ["alias.html", "index.html", "real.html", "sub-alias/kept.txt", "sub/kept.txt"]
    warned = sum("leads outside the site source" in m for m in logger.messages[before:])
    assert warned == (0 if safe else 6)


def test_an_include_leading_outside_is_not_found(tmp_path: Path) -> None:
    write(tmp_path / "outside.html", SECRET)
    src = tmp_path / "src"
    write(src / "index.html", "---\n---\n{% include secret.html %}\n")
    (src / "_includes").mkdir()
    os.symlink(tmp_path / "outside.html", src / "_includes" / "secret.html")
    with pytest.raises(LiquidException) as info:
        build(src, tmp_path / "_site")
    assert "Could not locate the included file 'secret.html'" in str(info.value)
    assert not (tmp_path / "_site" / "index.html").exists()


def test_a_link_in_the_destination_is_not_written_through(tmp_path: Path) -> None:
    src, dest, outside = tmp_path / "src", tmp_path / "_site", tmp_path / "outside"
    write(src / "assets" / "x.css", "a {}\n")
    write(src / "index.html", "hi\n")
    outside.mkdir()
    dest.mkdir()
    os.symlink(outside, dest / "assets")
    build(src, dest)
    assert list(outside.iterdir()) == []
    assert not (dest / "assets").is_symlink() and (dest / "assets" / "x.css").read_text() == "a {}\n"


def test_a_link_appearing_before_write_stops_the_build(tmp_path: Path) -> None:
    """Between cleanup and write (a plugin, another process): checked before any file is written."""
    src, dest, outside = tmp_path / "src", tmp_path / "_site", tmp_path / "outside"
    write(src / "assets" / "x.css", "a {}\n")
    write(src / "index.html", "hi\n")
    outside.mkdir()
    site = Site(Configuration.from_options({"source": str(src), "destination": str(dest)}))
    site.reset()
    site.read()
    site.generate()
    site.render()
    site.cleanup()
    dest.mkdir(exist_ok=True)
    os.symlink(outside, dest / "assets")
    with pytest.raises(InvalidURLError, match="outside the destination"):
        site.write()
    assert list(outside.iterdir()) == [] and not (dest / "index.html").exists()
