"""``jekyll-py doctor``: report problems Jekyll's doctor reports (URL conflicts, ...)."""

from __future__ import annotations

import os
from typing import Any

from jekyll_py.configuration import Configuration
from jekyll_py.log import logger
from jekyll_py.site import Site


def destination_map(site: Site) -> dict[str, list[str]]:
    """Destination path -> the ``path`` of every item written there."""
    result: dict[str, list[str]] = {}
    for item in site.each_site_file():
        # jekyll-redirect-from's pages may reuse a permalink on purpose.
        if type(item).__name__ == "RedirectPage":
            continue
        result.setdefault(item.destination(site.dest), []).append(str(item.path))
    return result


def conflicting_urls(site: Site) -> bool:
    """Jekyll's wording: one block per destination shared by several files."""
    found = False
    for dest, paths in destination_map(site).items():
        if len(paths) < 2:
            continue
        found = True
        logger.warn("Conflict:", "The following destination is shared by multiple files.")
        logger.warn("", "The written file may end up with unexpected contents.")
        logger.warn("", dest)
        for path in paths:
            logger.warn("", f" - {path}")
        logger.warn("")
    return found


def urls_only_differ_by_case(site: Site) -> bool:
    found = False
    urls: dict[str, list[str]] = {}
    for item in site.each_site_file():
        dest = item.destination(site.dest)
        urls.setdefault(dest.lower(), []).append(dest)
    for paths in urls.values():
        if len(set(paths)) > 1:
            found = True
            logger.warn("Warning:", "The following URLs only differ by case. On a case-insensitive "
                                    f"file system one of the URLs will be overwritten by the other: "
                                    f"{', '.join(sorted(set(paths)))}")
    return found


def run(options: dict[str, Any]) -> int:
    config = Configuration.from_options(options)
    site = Site(config)
    site.read()
    site.generate()
    problems = [
        conflicting_urls(site),
        urls_only_differ_by_case(site),
        bool(site.config.get("relative_permalinks")),
    ]
    if site.config.get("relative_permalinks"):
        logger.warn("Deprecation:", "Your site still uses relative permalinks, which was removed in Jekyll v3.0.0.")
    if not os.path.isdir(site.source):
        problems.append(True)
    if any(problems):
        logger.error("Doctor:", "Found problems with your site.")
        return 1
    logger.info("Your test results", "are in. Everything looks fine.")
    return 0
