"""``jekyll-py clean``: remove the destination, metadata and caches, as ``jekyll clean`` does.

Jekyll removes the destination, ``<source>/.jekyll-metadata``,
``<source>/<cache_dir>`` and ``./.sass-cache`` (relative to the working
directory), printing each path as it has it: absolute, except the last.
jekyll-py's own incremental record, ``.jekyll-py-metadata``, goes too; it
gets a line only when there is one to remove.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from typing import Any

from jekyll_py.configuration import Configuration
from jekyll_py.log import logger
from jekyll_py.regenerator import METADATA_FILE
from jekyll_py.utils import file_join

#: Jekyll's own incremental record (a Ruby Marshal dump), removed like ours.
JEKYLL_METADATA_FILE = ".jekyll-metadata"


def remove(path: str, checker_func: Callable[[str], bool] = os.path.exists, *, quiet_if_absent: bool = False) -> None:
    if checker_func(path):
        logger.info("Cleaner:", f"Removing {path}...")
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            os.remove(path)
    elif not quiet_if_absent:
        logger.info("Cleaner:", f"Nothing to do for {path}.")


def run(options: dict[str, Any]) -> int:
    config = Configuration.from_options(options)
    # Paths as Jekyll composes (and prints) them: the configured values as given.
    source, dest = str(config["source"]), str(config["destination"])
    if os.path.normpath(os.path.abspath(dest)) == os.path.normpath(os.path.abspath(source)) or \
            os.path.abspath(source).startswith(os.path.abspath(dest) + os.sep):
        logger.error("Cleaner:", "Refusing to remove the destination: it contains the source.")
        return 1
    remove(dest, os.path.isdir)
    remove(file_join(source, JEKYLL_METADATA_FILE), os.path.isfile)
    remove(file_join(source, METADATA_FILE), os.path.isfile, quiet_if_absent=True)
    remove(file_join(source, str(config.get("cache_dir") or ".jekyll-cache")), os.path.isdir)
    remove(".sass-cache", os.path.isdir)
    return 0
