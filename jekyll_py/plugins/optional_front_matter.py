"""jekyll-optional-front-matter 0.3: Markdown files without front matter are pages.

Jekyll copies a ``.md`` file without front matter as a static file; GitHub
Pages renders it instead. Files named like repository boilerplate (README,
LICENSE, CONTRIBUTING, ...) stay static unless ``include:`` names them.
``optional_front_matter: {remove_originals: true}`` (or
``require_front_matter: true``) drops the static copies; ``enabled: false``
(or ``require_front_matter``) switches the plugin off.
"""

from __future__ import annotations

from typing import Any

from jekyll_py.entry_filter import EntryFilter
from jekyll_py.page import Page
from jekyll_py.plugin import Generator
from jekyll_py.plugins._markdown import is_markdown, option

GEM = "jekyll-optional-front-matter"
CONFIG_KEY = "optional_front_matter"
FILENAME_BLACKLIST = (
    "README", "LICENSE", "LICENCE", "COPYING", "CODE_OF_CONDUCT", "CONTRIBUTING",
    "ISSUE_TEMPLATE", "PULL_REQUEST_TEMPLATE",
)


class OptionalFrontMatter(Generator):
    gem = GEM
    safe = True
    priority = "normal"

    def generate(self, site: Any) -> None:
        if option(site, CONFIG_KEY, "enabled") is False or site.config.get("require_front_matter"):
            return
        markdown_files = [f for f in site.static_files if is_markdown(site, f.extname)]
        pages = [Page(site, f.base, f.dir, f.name) for f in markdown_files]
        wanted = [not self._blacklisted(site, page) for page in pages]
        site.pages.extend(page for page, keep in zip(pages, wanted, strict=True) if keep)
        if option(site, CONFIG_KEY, "remove_originals") is True or site.config.get("require_front_matter"):
            removed = {id(f) for f, keep in zip(markdown_files, wanted, strict=True) if keep}
            site.static_files[:] = [f for f in site.static_files if id(f) not in removed]

    @staticmethod
    def _blacklisted(site: Any, page: Any) -> bool:
        if isinstance(site.config.get("include"), list) and EntryFilter(site).included(page.relative_path):
            return False
        return page.basename.upper() in FILENAME_BLACKLIST
