"""``jekyll-py build``: read the site, render it, write it to the destination."""

from __future__ import annotations

import time
from typing import Any

from jekyll_py import profiler
from jekyll_py.configuration import Configuration
from jekyll_py.errors import FatalException, JekyllError
from jekyll_py.log import logger
from jekyll_py.site import Site


def build(site: Site, options: dict[str, Any]) -> None:
    """Run one build with Jekyll's console messages."""
    start = time.perf_counter()
    logger.info("Source:", site.source)
    logger.info("Destination:", site.dest)
    incremental = options.get("incremental")
    logger.info("Incremental build:", "enabled" if incremental else "disabled. Enable with --incremental")
    logger.info("Generating...")
    process_site(site)
    if site.config.get("profile"):
        profiler.report(site, logger)
    logger.info("", f"done in {round(time.perf_counter() - start, 3)} seconds.")


class SiteNotBuilt(JekyllError):
    """The build stopped on a fatal error, already reported the way Jekyll does."""


def process_site(site: Site) -> None:
    """``Command.process_site``: a fatal error gets Jekyll's "COULD NOT BE BUILT" block."""
    try:
        site.process()
    except FatalException as exc:
        logger.error("ERROR:", "YOUR SITE COULD NOT BE BUILT:")
        logger.error("", "------------------------------------")
        logger.error("", str(exc))
        raise SiteNotBuilt(str(exc)) from exc


def run(options: dict[str, Any]) -> int:
    config = Configuration.from_options(options)
    site = Site(config)
    watching = bool(options.get("watch")) and not options.get("detach")
    if watching:
        # Keep what the first build learns, so the first save is a partial rebuild.
        from jekyll_py.server.incremental import IncrementalRegenerator

        IncrementalRegenerator.attach(site)
    if options.get("skip_initial_build"):
        logger.warn("Build Warning:", "Skipping the initial build. This may result in an out-of-date site.")
    else:
        build(site, config)
    if options.get("detach"):
        logger.info("Auto-regeneration:", "disabled when running server detached.")
    elif options.get("watch"):
        from jekyll_py.server.watcher import watch

        watch(dict(config), site=site)
    else:
        logger.info("Auto-regeneration:", "disabled. Use --watch to enable.")
    return 0

