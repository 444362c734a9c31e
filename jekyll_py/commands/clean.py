"""``jekyll-py clean``: remove the destination, metadata and caches."""

from __future__ import annotations

import os
import shutil
from typing import Any

from jekyll_py.configuration import Configuration
from jekyll_py.log import logger
from jekyll_py.regenerator import METADATA_FILE


def remove(path: str, checker_func: Any = os.path.exists) -> None:
    name = os.path.relpath(path)
    if checker_func(path):
        logger.info("Cleaner:", f"Removing {name}...")
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            os.remove(path)
    else:
        logger.info("Cleaner:", f"Nothing to do for {name}.")


def run(options: dict[str, Any]) -> int:
    config = Configuration.from_options(options)
    source = os.path.abspath(str(config["source"]))
    dest = os.path.abspath(str(config["destination"]))
    if os.path.normpath(dest) == os.path.normpath(source) or source.startswith(dest + os.sep):
        logger.error("Cleaner:", "Refusing to remove the destination: it contains the source.")
        return 1
    remove(dest, os.path.isdir)
    remove(os.path.join(source, METADATA_FILE), os.path.isfile)
    remove(os.path.join(source, str(config.get("cache_dir") or ".jekyll-cache")), os.path.isdir)
    remove(os.path.join(source, ".sass-cache"), os.path.isdir)
    return 0
