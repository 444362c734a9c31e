"""Front matter: Jekyll's pattern and Psych's YAML 1.1 typing."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from jekyll_py import frontmatter, yaml_loader
from jekyll_py.errors import YAMLError


def test_blank_lines_after_closing_fence_are_swallowed() -> None:
    data, content, consumed = frontmatter.split("---\ntitle: x\n---\n\n\nBody\n")
    assert data == {"title": "x"}
    assert content == "Body\n"
    assert consumed == 5


def test_dots_close_front_matter_and_empty_front_matter() -> None:
    assert frontmatter.split("---\na: 1\n...\nrest")[:2] == ({"a": 1}, "rest")
    data, content, _ = frontmatter.split("---\n---\nhello")
    assert data is None and content == "hello"


def test_no_front_matter() -> None:
    assert frontmatter.split("plain --- text\n") == (None, "plain --- text\n", 0)


def test_yaml_11_typing() -> None:
    data = yaml_loader.safe_load("a: yes\nb: no\nc: 017\nd: 1e-7\ne: 1.5\nf: ~\ng: 2021-02-03\n")
    assert data["a"] is True and data["b"] is False
    assert data["c"] == 15
    assert data["d"] == "1e-7"  # Psych needs a dot for a float
    assert data["e"] == 1.5
    assert data["f"] is None
    assert data["g"] == date(2021, 2, 3)


def test_timestamps_are_aware() -> None:
    value = yaml_loader.safe_load("t: 2021-02-03 04:05:06 +08:00\n")["t"]
    assert isinstance(value, datetime) and value.utcoffset().total_seconds() == 8 * 3600


def test_bom_is_dropped(tmp_path) -> None:
    path = tmp_path / "p.md"
    path.write_bytes("\ufeff---\nx: 1\n---\nhi".encode())
    text = frontmatter.read_file_text(str(path))
    assert frontmatter.split(text)[:2] == ({"x": 1}, "hi")


def test_yaml_error_names_file_and_line() -> None:
    with pytest.raises(YAMLError) as info:
        yaml_loader.safe_load("a: 1\nb: [unclosed\n", "page.md")
    assert info.value.path == "page.md"
    assert info.value.line == 2
    # Psych's wording (libyaml's problem and context, the context mark's position);
    # Jekyll parses a string, so Psych names no file.
    assert str(info.value) == ("(<unknown>): did not find expected ',' or ']' "
                               "while parsing a flow sequence at line 2 column 4")


def test_anchor_defined_twice_takes_the_newest_value() -> None:
    data = yaml_loader.safe_load("a: &X 1\nb: *X\nc: &X 2\nd: *X\nt: 2021-02-03\n")
    assert data == {"a": 1, "b": 1, "c": 2, "d": 2, "t": date(2021, 2, 3)}
