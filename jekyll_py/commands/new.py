"""``jekyll-py new PATH``: create a new site, like Jekyll's ``Commands::New``.

Jekyll's ``new`` copies its bundled ``site_template`` (the minima blog). Ours
creates an academic homepage with the theme of the project's own site: the
layouts, includes, Sass, scripts and generic images are the very files at the
repository root, and only the personal parts (``_config.yml``,
``_pages/about.md``, ``_data/navigation.yml``) are replaced by placeholders
kept in ``jekyll_py/site_template/``.

The theme files live once in git, at the root. A wheel does not contain the
repository root, so pyproject.toml force-includes them into
``jekyll_py/site_template/`` when the wheel is built; at run time each theme
part is looked up there first and, for a source checkout or an editable
install, at the repository root.

``--blank`` creates Jekyll's blank scaffold (empty ``_data``, ``_drafts``,
``_includes``, ``_posts``; a bare layout, stylesheet and index page) instead.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from jekyll_py.log import logger

#: Placeholder content shipped in the package (personal parts of the site).
SITE_TEMPLATE = Path(__file__).resolve().parents[1] / "site_template"

#: The repository root, where the theme is when running from a checkout.
REPOSITORY_ROOT = Path(__file__).resolve().parents[2]

#: Theme parts taken from the root site (directories or single files).
#: pyproject.toml's wheel ``force-include`` must list the same paths.
THEME_PATHS = (
    "_layouts",
    "_includes",
    "_sass",
    "assets",
    "_data/profile_links.yml",
    "images/avatar.svg",
    "images/favicon.svg",
)

#: Files of the template stored under another name: a file called
#: ``.gitignore`` inside the package would act as ignore rules for git and for
#: the wheel builder instead of being shipped.
RENAMED = {"gitignore": ".gitignore"}

#: The blank scaffold: the directories Jekyll's ``--blank`` makes, and a
#: minimal layout, stylesheet and index page (written for this project).
BLANK_DIRECTORIES = ("_data", "_drafts", "_includes", "_layouts", "_posts", "_sass", "assets/css")
BLANK_FILES = {
    "_config.yml": (
        "# Site settings; see https://jekyllrb.com/docs/configuration/\n"
        'title: ""    # shown in the page title\n'
        'url: ""      # scheme and host the site is served from, e.g. https://example.org\n'
        'baseurl: ""  # path below `url`, e.g. /docs; empty at the root of the host\n'
    ),
    "index.md": (
        "---\n"
        "layout: default\n"
        "title: Home\n"
        "---\n"
        "\n"
        "## It works\n"
        "\n"
        "Edit `index.md`, add pages, and build with `jekyll-py build`.\n"
    ),
    "_layouts/default.html": (
        "<!DOCTYPE html>\n"
        '<html lang="{{ site.lang | default: "en" }}">\n'
        "<head>\n"
        '  <meta charset="utf-8">\n'
        '  <meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "  <title>{% if page.title %}{{ page.title }} | {% endif %}{{ site.title }}</title>\n"
        '  <link rel="stylesheet" href="{{ \'/assets/css/main.css\' | relative_url }}">\n'
        "</head>\n"
        "<body>\n"
        "{{ content }}\n"
        "</body>\n"
        "</html>\n"
    ),
    "_sass/main.scss": "// Site styles; assets/css/main.scss compiles this file.\n",
    "assets/css/main.scss": '---\n# front matter: Jekyll compiles this file to main.css\n---\n\n@import "main";\n',
}


class TemplateNotFoundError(FileNotFoundError):
    """A theme part is neither in the installed package nor at a repository root."""


def theme_source(relative: str) -> Path:
    """Where the theme part ``relative`` is: in the package (wheel) or at the root (checkout)."""
    for base in (SITE_TEMPLATE, REPOSITORY_ROOT):
        candidate = base / relative
        if candidate.exists():
            return candidate
    raise TemplateNotFoundError(
        f"theme file {relative} is missing from {SITE_TEMPLATE} and {REPOSITORY_ROOT}"
    )


def _copy(source: Path, target: Path) -> None:
    """Copy a file or a directory tree, overwriting what is there (``cp -r``)."""
    if source.is_dir():
        shutil.copytree(source, target, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__", ".DS_Store"))
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    _make_user_writable(target)


def _make_user_writable(path: Path) -> None:
    """Like Jekyll's ``chmod_R "u+w"``: files from a read-only install stay editable."""
    paths = [path, *path.rglob("*")] if path.is_dir() else [path]
    for item in paths:
        mode = item.stat().st_mode
        if not mode & 0o200:
            item.chmod(mode | 0o200)


def _is_empty(path: Path) -> bool:
    """Jekyll's test is ``Dir["#{path}/**/*"].empty?``, which does not see dot files."""
    return not any(not p.name.startswith(".") for p in path.iterdir())


def create_site(path: Path) -> None:
    """Write the homepage: the root's theme, then the placeholder content over it."""
    for relative in THEME_PATHS:
        _copy(theme_source(relative), path / relative)
    for source in sorted(SITE_TEMPLATE.rglob("*")):
        if source.is_dir() or "__pycache__" in source.parts:
            continue
        relative = source.relative_to(SITE_TEMPLATE).as_posix()
        if _is_theme_path(relative):
            continue  # force-included into the wheel; already copied above
        _copy(source, path / RENAMED.get(relative, relative))


def _is_theme_path(relative: str) -> bool:
    """Whether ``relative`` (POSIX, inside the template) is one of THEME_PATHS or under one."""
    return any(relative == part or relative.startswith(part + "/") for part in THEME_PATHS)


def create_blank_site(path: Path) -> None:
    """Jekyll's ``--blank`` scaffold."""
    for directory in BLANK_DIRECTORIES:
        (path / directory).mkdir(parents=True, exist_ok=True)
    for name, text in BLANK_FILES.items():
        (path / name).write_text(text, encoding="utf-8")


def run(path: str, *, force: bool = False, blank: bool = False) -> int:
    """Create a site at ``path``; 0 on success, 1 on a conflict (Jekyll aborts there too)."""
    if not path:
        logger.error("Error:", "You must specify a path.")
        return 1
    target = Path(os.path.abspath(os.path.expanduser(path)))
    target.mkdir(parents=True, exist_ok=True)
    if not force and not _is_empty(target):
        logger.error("Conflict:", f"{target} exists and is not empty.")
        logger.error("", f"Ensure {target} is empty or else try again with `--force` "
                         "to proceed and overwrite any files.")
        return 1
    if blank:
        create_blank_site(target)
    else:
        create_site(target)
    logger.info(f"New jekyll site installed in {target}.")
    return 0
