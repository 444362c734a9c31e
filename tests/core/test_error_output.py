"""What the CLI prints when a build fails, line by line as Jekyll 4.3.1 does."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_py.cli import main


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def failing_build(src: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["build", "-s", str(src), "-d", str(src.parent / "_site")]) == 1
    return [" ".join(line.split()) for line in capsys.readouterr().err.splitlines() if line.strip()]


def test_fatal_error_block_is_followed_by_the_trace_hint(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``process_site`` exits after the ERROR block and ``process_with_graceful_fail``
    still prints its hint (recorded in the invalid-post-date fixture)."""
    write(tmp_path / "src/_posts/2020-13-45-bad-date.md", "---\n---\nx\n")
    lines = failing_build(tmp_path / "src", capsys)
    start = lines.index("ERROR: YOUR SITE COULD NOT BE BUILT:")
    assert lines[start + 1] == "------------------------------------"
    assert lines[start + 2].startswith("Invalid date '2020-13-45'")
    assert lines[start + 3] == "------------------------------------------------"
    assert "Please append `--trace` to the `build` command" in lines[start + 4]
    assert len(lines) == start + 7


def test_any_error_while_rendering_liquid_is_a_liquid_exception(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Jekyll's ``render_liquid`` rescues every exception, not only Liquid's."""
    write(tmp_path / "src/_plugins/boom.py", (
        "from jekyll_py.plugin import register_filter\n\n"
        "@register_filter('boom')\n"
        "def boom(value):\n"
        "    raise ValueError('the filter failed')\n"))
    write(tmp_path / "src/index.html", "---\n---\n{{ 'x' | boom }}\n")
    lines = failing_build(tmp_path / "src", capsys)
    # (how the Liquid layer words a Python error is its own business)
    assert any(line.startswith("Liquid Exception:") and line.endswith("the filter failed in index.html")
               for line in lines)


def test_relative_permalinks_abort_without_the_error_block(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Jekyll's ``abort_with`` is an exit, not a FatalException: the sentence on its
    own, then the --trace hint (recorded in the relative-permalinks fixture)."""
    write(tmp_path / "src/_config.yml", "relative_permalinks: true\n")
    write(tmp_path / "src/index.html", "---\n---\nx\n")
    lines = failing_build(tmp_path / "src", capsys)
    assert lines[0].startswith("Since v3.0, permalinks for pages in subfolders")
    assert lines[1] == "------------------------------------------------"
    assert not any("COULD NOT BE BUILT" in line for line in lines)
