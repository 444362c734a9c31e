"""jekyll-readme-index 0.3: a README is its folder's index when there is none.

GitHub renders a folder's README; GitHub Pages does the same for a folder
without ``index.html``/``index.md``: the README becomes a page whose
permalink is the folder. Options under ``readme_index:``: ``enabled: false``,
``remove_originals: true`` (drop the static README), ``with_frontmatter:
true`` (READMEs with front matter get the folder's URL too).
"""

from __future__ import annotations

import posixpath
import re
from typing import Any

from jekyll_py.page import Page
from jekyll_py.plugin import Generator
from jekyll_py.plugins._markdown import leading_slash, markdown_converter, option

GEM = "jekyll-readme-index"
CONFIG_KEY = "readme_index"
INDEX_REGEX = r"(?:$|index\.(html?|xhtml|xml)$)"


def readme_regex(site: Any) -> re.Pattern[str]:
    exts = "|".join(re.escape(e) for e in markdown_converter(site).extname_list)
    return re.compile(rf"/readme({exts})$", re.I | re.M)


def dir_has_index(site: Any, directory: str) -> bool:
    if not directory.endswith("/"):
        directory += "/"
    pattern = re.compile("^" + re.escape(directory) + INDEX_REGEX, re.I | re.M)
    return any(pattern.search(item.url) for item in [*site.pages, *site.static_files])


def folder_permalink(url: str) -> str:
    """``File.dirname(url) + "/"`` (the root's README gives ``//``, which URL cleans)."""
    return posixpath.dirname(url) + "/"


class ReadmeIndex(Generator):
    gem = GEM
    safe = True
    priority = "low"

    def generate(self, site: Any) -> None:
        if option(site, CONFIG_KEY, "enabled") is False:
            return
        pattern = readme_regex(site)
        readmes = [f for f in site.static_files if pattern.search(leading_slash(f.relative_path))]
        for readme in readmes:
            if dir_has_index(site, posixpath.dirname(readme.url)):
                continue
            page = Page(site, readme.base, readme.dir, readme.name)
            page.data["permalink"] = folder_permalink(readme.url)
            page.url = None  # recomputed from the permalink
            site.pages.append(page)
            if option(site, CONFIG_KEY, "remove_originals") is True:
                site.static_files.remove(readme)
        if option(site, CONFIG_KEY, "with_frontmatter") is True:
            for page in [p for p in site.pages if pattern.search("/" + p.path)]:
                if dir_has_index(site, posixpath.dirname(page.url)):
                    continue
                page.data["permalink"] = folder_permalink(page.url)
                page.url = None
