"""How a failing converter is reported: Jekyll's class names and SassC's file names.

The expected lines are what Jekyll 4.3.1 (jekyll-sass-converter 2.2, SassC)
printed for these inputs, with the source at ``src`` below the working
directory.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_py.cli import main


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def build_errors(workdir: Path, monkeypatch: pytest.MonkeyPatch,
                 capsys: pytest.CaptureFixture[str]) -> list[str]:
    monkeypatch.chdir(workdir)
    assert main(["build", "-s", "src", "-d", "_site"]) == 1
    lines = [" ".join(line.split()) for line in capsys.readouterr().err.splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("Conversion error:"))
    return lines[start:]


@pytest.mark.parametrize("sourcemap", ["always", "never"])
def test_sass_error_in_a_partial_names_the_page_as_sassc_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        sourcemap: str) -> None:
    write(tmp_path / "src/_config.yml", f"sass:\n  sourcemap: {sourcemap}\n")
    write(tmp_path / "src/css/two.scss", '---\n---\n@import "bad";\n')
    write(tmp_path / "src/_sass/_bad.scss", "b { width: 1rem + 1%; }\n")
    lines = build_errors(tmp_path, monkeypatch, capsys)
    assert lines[:2] == [
        "Conversion error: Jekyll::Converters::Scss encountered an error while converting "
        "'css/two.scss':",
        "Error: Incompatible units: '%' and 'rem'. on line 1:12 of src/_sass/_bad.scss "
        "from line 1:9 of src/two.scss >> b { width: 1rem + 1%; } -----------^",
    ]
    # Jekyll re-raises the converter's error: no third line repeats it.
    assert lines[2].startswith("-----")


def test_sass_error_in_the_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "src/css/main.scss", '---\n---\n@import "part";\na { width: 1rem + 1%; }\n')
    write(tmp_path / "src/_sass/_part.scss", "b { c: d; }\n")
    lines = build_errors(tmp_path, monkeypatch, capsys)
    assert lines[:2] == [
        "Conversion error: Jekyll::Converters::Scss encountered an error while converting "
        "'css/main.scss':",
        "Error: Incompatible units: '%' and 'rem'. on line 2:12 of src/main.scss "
        ">> a { width: 1rem + 1%; } -----------^",
    ]


def test_sass_error_inside_a_function_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """libsass follows the page's name with a comma here (``of src/fn.scss, in function``)."""
    write(tmp_path / "src/css/fn.scss", "---\n---\na {\n  width: max(1em, calc(1% - 1rem));\n}\n")
    lines = build_errors(tmp_path, monkeypatch, capsys)
    assert lines[1] == (
        "Error: \"calc(1% - 1rem)\" is not a number for `max' on line 2:10 of src/fn.scss, "
        "in function `max` from line 2:10 of src/fn.scss >> width: max(1em, calc(1% - 1rem)); "
        "---------^")
