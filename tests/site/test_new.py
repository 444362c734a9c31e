"""``jekyll-py new``: a homepage from the root site's theme, with placeholders only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jekyll_py.commands import new

ROOT = Path(__file__).resolve().parents[2]

#: Words from the root site's personal content; none may reach a new site.
PERSONAL = ("zeping", "zepingyu", "ananiadou", "manchester", "shanghai", "foxmail")


def tree(path: Path) -> dict[str, bytes]:
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in path.rglob("*") if p.is_file()}


def test_new_site_has_theme_and_placeholder_content(tmp_path: Path) -> None:
    target = tmp_path / "site"
    assert new.run(str(target)) == 0
    files = tree(target)
    for required in ("_config.yml", "_pages/about.md", "_data/navigation.yml",
                     "_data/profile_links.yml", "_layouts/default.html", "_includes/sidebar.html",
                     "_includes/masthead.html", "assets/css/main.scss", "assets/js/main.js",
                     "images/avatar.svg", ".gitignore"):
        assert required in files, f"{required} missing from the new site"
    assert "gitignore" not in files
    # the theme is the root's, byte for byte
    for name in ("_layouts/default.html", "_sass/_paper-box.scss", "_includes/seo.html"):
        assert files[name] == (ROOT / name).read_bytes()
    # the personal parts are not
    assert files["_pages/about.md"] != (ROOT / "_pages/about.md").read_bytes()


def test_new_site_contains_no_personal_data(tmp_path: Path) -> None:
    assert new.run(str(tmp_path / "site")) == 0
    for name, data in tree(tmp_path / "site").items():
        text = data.decode("utf-8", "replace").lower()
        found = [word for word in PERSONAL if word in text]
        assert not found, f"{name} contains {found}"


def test_new_refuses_a_non_empty_directory_without_force(tmp_path: Path, capsys) -> None:
    target = tmp_path / "site"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    assert new.run(str(target)) == 1
    assert "exists and is not empty" in capsys.readouterr().err
    assert sorted(p.name for p in target.iterdir()) == ["notes.txt"]
    assert new.run(str(target), force=True) == 0
    assert (target / "notes.txt").read_text() == "mine"
    assert (target / "_config.yml").is_file()


def test_dot_files_do_not_make_a_directory_non_empty(tmp_path: Path) -> None:
    """Jekyll's ``Dir["path/**/*"]`` skips dot files, so a fresh git clone counts as empty."""
    (tmp_path / ".git").mkdir()
    assert new.run(str(tmp_path)) == 0


def test_blank_site_is_jekylls_scaffold(tmp_path: Path) -> None:
    assert new.run(str(tmp_path / "blank"), blank=True) == 0
    blank = tmp_path / "blank"
    for directory in ("_data", "_drafts", "_includes", "_posts", "_layouts", "_sass"):
        assert (blank / directory).is_dir()
    assert sorted(tree(blank)) == ["_config.yml", "_layouts/default.html", "_sass/main.scss",
                                   "assets/css/main.scss", "index.md"]


def test_wheel_layout_needs_no_repository_root(tmp_path: Path, monkeypatch) -> None:
    """In a wheel the theme sits in site_template/ (force-include) and there is no root."""
    template = tmp_path / "site_template"
    shutil.copytree(new.SITE_TEMPLATE, template)
    for part in new.THEME_PATHS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, template / part)
        else:
            (template / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, template / part)
    monkeypatch.setattr(new, "SITE_TEMPLATE", template)
    monkeypatch.setattr(new, "REPOSITORY_ROOT", tmp_path / "no-root")
    assert new.run(str(tmp_path / "from_wheel")) == 0
    monkeypatch.undo()
    assert new.run(str(tmp_path / "from_checkout")) == 0
    assert tree(tmp_path / "from_wheel") == tree(tmp_path / "from_checkout")


def test_missing_theme_is_reported(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(new, "REPOSITORY_ROOT", tmp_path / "no-root")
    with pytest.raises(new.TemplateNotFoundError, match="_layouts"):
        new.run(str(tmp_path / "site"))


def test_pyproject_ships_every_theme_path() -> None:
    """The wheel's force-include and THEME_PATHS must name the same files."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    force = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force == {part: f"jekyll_py/site_template/{part}" for part in new.THEME_PATHS}


def test_new_site_builds_with_jekyll_py(tmp_path: Path, assert_anchors_exist) -> None:
    try:
        from jekyll_py.configuration import Configuration
        from jekyll_py.site import Site
    except ImportError as error:
        pytest.skip(f"the jekyll-py engine cannot be imported: {error}")
    source = tmp_path / "site"
    assert new.run(str(source)) == 0
    destination = tmp_path / "_site"
    Site(Configuration.from_options({"source": str(source), "destination": str(destination),
                                     "disable_disk_cache": True})).process()
    assert (destination / "assets/css/main.css").is_file()
    assert_anchors_exist(destination / "index.html", source / "_data" / "navigation.yml")


def test_blank_site_builds_with_jekyll_py(tmp_path: Path) -> None:
    try:
        from jekyll_py.configuration import Configuration
        from jekyll_py.site import Site
    except ImportError as error:
        pytest.skip(f"the jekyll-py engine cannot be imported: {error}")
    source = tmp_path / "blank"
    assert new.run(str(source), blank=True) == 0
    destination = tmp_path / "_site"
    Site(Configuration.from_options({"source": str(source), "destination": str(destination),
                                     "disable_disk_cache": True})).process()
    assert (destination / "index.html").is_file()
    assert (destination / "assets/css/main.css").is_file()
