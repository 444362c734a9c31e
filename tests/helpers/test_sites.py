"""Unit tests of the tree comparison used by the fixture-site conformance tests."""

from __future__ import annotations

from pathlib import Path

from helpers.sites import (
    FIXED_MTIME,
    Fixture,
    Rule,
    compare_trees,
    copy_site,
    first_byte_difference,
)


def _tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")
    return root


def test_identical_trees_are_byte_equal(tmp_path: Path) -> None:
    files = {"index.html": "<p>x</p>\n", "a/b.bin": b"\x00\x01", ".htaccess": "x"}
    result = compare_trees(_tree(tmp_path / "e", files), _tree(tmp_path / "a", files))
    assert result.ok and result.count("byte-equal") == 3


def test_missing_extra_and_differing_files_are_reported(tmp_path: Path) -> None:
    expected = _tree(tmp_path / "e", {"index.html": "<p>one</p>\n", "gone.txt": "g"})
    actual = _tree(tmp_path / "a", {"index.html": "<p>two</p>\n", "new.txt": "n"})
    result = compare_trees(expected, actual)
    assert not result.ok
    assert result.missing == ["gone.txt"] and result.extra == ["new.txt"]
    assert [r.path for r in result.differing] == ["index.html"]
    report = result.report()
    assert "'<p>one</p>\\n'" in report and "'<p>two</p>\\n'" in report


def test_dom_equality_only_where_a_rule_allows_it(tmp_path: Path) -> None:
    expected = _tree(tmp_path / "e", {"a.html": "<p>x<br></p>", "b.html": "<p>x<br></p>"})
    actual = _tree(tmp_path / "a", {"a.html": "<p>x<br /></p>", "b.html": "<p>x<br /></p>"})
    rule = Rule(reason="void element syntax", files=("a.html",), dom=True)
    result = compare_trees(expected, actual, [rule])
    assert [(r.path, r.status) for r in result.results] == [("a.html", "dom-equal"), ("b.html", "differing")]
    assert "DOM-equal, but no declared normalisation allows it" in result.differing[0].detail
    assert compare_trees(expected, actual, dom_everywhere=True).ok


def test_regex_rule_normalises_both_sides(tmp_path: Path) -> None:
    expected = _tree(tmp_path / "e", {"feed.xml": "<updated>2020</updated><id>1</id>", "x.xml": "<updated>2020</updated>"})
    actual = _tree(tmp_path / "a", {"feed.xml": "<updated>2024</updated><id>1</id>", "x.xml": "<updated>2024</updated>"})
    rule = Rule(reason="build time", files=("feed.xml",), regex=r"<updated>\d+</updated>", replace="<updated/>")
    result = compare_trees(expected, actual, [rule])
    assert [(r.path, r.status) for r in result.results] == [("feed.xml", "byte-equal"), ("x.xml", "differing")]


def test_first_byte_difference_shows_whitespace() -> None:
    text = first_byte_difference(b"a\nb\nc\n", b"a\nb \nc\n")
    assert "- 'b\\n'" in text and "+ 'b \\n'" in text


def test_fixture_loading_requires_reasons_and_copy_fixes_mtimes(tmp_path: Path) -> None:
    root = _tree(tmp_path / "fx", {
        "fixture.yml": "args: [--drafts]\nnormalise:\n  - files: '*.xml'\n    dom: true\n    reason: r\n",
        "src/index.html": "x", "src/Gemfile": "g"})
    fixture = Fixture.load(root)
    assert fixture.args == ["--drafts"] and fixture.rules[0].files == ("*.xml",)
    src, _ = fixture.prepare(tmp_path / "w", drop_gemfile=True)
    assert not (src / "Gemfile").exists()
    assert (src / "index.html").stat().st_mtime == FIXED_MTIME
    (root / "fixture.yml").write_text("normalise:\n  - dom: true\n", "utf-8")
    try:
        Fixture.load(root)
    except ValueError as error:
        assert "reason" in str(error)
    else:
        raise AssertionError("a normalisation without a reason was accepted")
    copy_site(root / "src", tmp_path / "copy")
    assert (tmp_path / "copy" / "Gemfile").exists()
