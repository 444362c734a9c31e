"""``jekyll-py doctor``: the checks of Jekyll's ``doctor`` command, in its words.

Like Jekyll, it reads and generates the site (no rendering), then runs every
check -- each prints its own warnings -- and exits 1 if any failed, with no
further message (Jekyll calls ``abort``), else prints "Everything looks fine".
"""

from __future__ import annotations

import os
from typing import Any

from jekyll_py.configuration import Configuration
from jekyll_py.liquid.errors import RubyError
from jekyll_py.liquid.url import addressable_absolute
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
    """Pages and written documents (not static files) whose destinations differ only by case."""
    found = False
    urls: dict[str, list[str]] = {}
    for item in [*site.pages, *site.docs_to_write()]:
        dest = item.destination(site.dest)
        urls.setdefault(dest.lower(), []).append(dest)
    for paths in urls.values():
        unique = list(dict.fromkeys(paths))
        if len(unique) > 1:
            found = True
            logger.warn("Warning:", "The following URLs only differ by case. On a case-insensitive "
                                    "file system one of the URLs will be overwritten by the other: "
                                    f"{', '.join(unique)}")
    return found


def deprecated_relative_permalinks(site: Site) -> bool:
    if site.config.get("relative_permalinks"):
        logger.warn("Deprecation:", "Your site still uses relative permalinks, which was removed in Jekyll v3.0.0.")
        return True
    return False


def proper_site_url(site: Site) -> bool:
    """``url`` set, parseable and absolute; each failing check warns (all three run)."""
    url = site.config.get("url")
    checks = []
    exists = not (url is None or url == "")
    if not exists:
        logger.warn("Warning:", "You didn't set an URL in the config file, you may encounter problems "
                                "with some plugins.")
    checks.append(exists)
    # Addressable::URI.parse: nil is fine, a non-string or a bad scheme raises.
    try:
        if url is not None and not isinstance(url, str):
            raise TypeError(url)
        absolute = isinstance(url, str) and addressable_absolute(url)
        checks.append(True)
    except (TypeError, RubyError):
        logger.warn("Warning:", "The site URL does not seem to be valid, check the value of `url` in "
                                "your config file.")
        checks.append(False)
        absolute = False
    if not absolute:
        logger.warn("Warning:", "Your site URL does not seem to be absolute, check the value of `url` "
                                "in your config file.")
    checks.append(bool(absolute))
    return all(checks)


def properly_gathered_posts(site: Site) -> bool:
    """With a ``collections_dir``, a ``_posts`` folder left at the root is reported."""
    collections_dir = str(site.config.get("collections_dir") or "")
    if not collections_dir:
        return True
    posts_at_root = site.in_source_dir("_posts")
    if not os.path.isdir(posts_at_root):
        return True
    logger.warn("Warning:", "Detected '_posts' directory outside custom `collections_dir`!")
    logger.warn("", f"Please move '{posts_at_root}' into the custom directory at "
                    f"'{site.in_source_dir(collections_dir)}'")
    return False


def healthy(site: Site) -> bool:
    """``Doctor.healthy?``: every check runs, in Jekyll's order."""
    results = [
        not deprecated_relative_permalinks(site),
        not conflicting_urls(site),
        not urls_only_differ_by_case(site),
        proper_site_url(site),
        properly_gathered_posts(site),
    ]
    return all(results)


def run(options: dict[str, Any]) -> int:
    config = Configuration.from_options(options)
    site = Site(config)
    site.read()
    site.generate()
    if healthy(site):
        logger.info("Your test results", "are in. Everything looks fine.")
        return 0
    return 1
