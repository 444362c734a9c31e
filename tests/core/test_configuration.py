"""Configuration: Jekyll 4.3's defaults and merge order."""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_py.configuration import DEFAULT_EXCLUDES, Configuration
from jekyll_py.errors import InvalidConfigurationError


def test_defaults_match_jekyll(tmp_path: Path) -> None:
    config = Configuration.from_options({"source": str(tmp_path)})
    assert config["markdown_ext"] == "markdown,mkdown,mkdn,mkd,md"
    assert config["permalink"] == "date"
    assert config["liquid"] == {"error_mode": "warn", "strict_filters": False, "strict_variables": False}
    assert config["kramdown"]["input"] == "GFM"
    assert config["include"] == [".htaccess"]
    assert config["keep_files"] == [".git", ".svn"]
    # Jekyll appends its default excludes and adds the posts collection.
    assert config["exclude"] == DEFAULT_EXCLUDES
    assert config["collections"]["posts"] == {
        "output": True, "permalink": "/:categories/:year/:month/:day/:title:output_ext"}


def test_config_file_then_overrides(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: From file\nkramdown:\n  hard_wrap: true\npermalink: pretty\n")
    config = Configuration.from_options({"source": str(tmp_path), "title": "From flag"})
    assert config["title"] == "From flag"
    # deep merge keeps Jekyll's other kramdown defaults
    assert config["kramdown"]["hard_wrap"] is True
    assert config["kramdown"]["auto_ids"] is True
    assert config["collections"]["posts"]["permalink"] == "/:categories/:year/:month/:day/:title/"


def test_multiple_config_files_later_wins(tmp_path: Path) -> None:
    a = tmp_path / "a.yml"
    b = tmp_path / "b.toml"
    a.write_text("title: A\nauthor: x\n")
    b.write_text('title = "B"\n')
    config = Configuration.from_options({"source": str(tmp_path), "config": f"{a},{b}"})
    assert config["title"] == "B"
    assert config["author"] == "x"


def test_yaml_preferred_over_toml(tmp_path: Path) -> None:
    (tmp_path / "_config.toml").write_text('title = "toml"\n')
    (tmp_path / "_config.yaml").write_text("title: yaml\n")
    assert Configuration.from_options({"source": str(tmp_path)})["title"] == "yaml"


def test_exclude_must_be_a_list(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("exclude: vendor\n")
    with pytest.raises(InvalidConfigurationError, match="'exclude' should be set as an array"):
        Configuration.from_options({"source": str(tmp_path)})


def test_collections_as_array(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections: [recipes]\n")
    config = Configuration.from_options({"source": str(tmp_path)})
    assert config["collections"]["recipes"] == {}
    assert config["collections"]["posts"]["output"] is True


@pytest.mark.parametrize("option", ["plugins", "include", "exclude"])
def test_empty_list_options_in_the_file_are_errors(tmp_path: Path, option: str) -> None:
    """Jekyll validates the config files before merging the defaults in, so
    ``exclude:`` left empty is ``nil`` there, not the default list."""
    (tmp_path / "_config.yml").write_text(f"title: x\n{option}:\n")
    with pytest.raises(InvalidConfigurationError, match=f"'{option}' should be set as an array, but was: nil."):
        Configuration.from_options({"source": str(tmp_path)})
