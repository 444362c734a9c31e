"""Auto-regeneration: ``jekyll-py build --watch`` and the watcher behind ``serve``.

The ``jekyll-watch`` gem's behaviour, kept to the letter where users see it:

* what is *not* watched: the ``_config.*`` files (changing them needs a
  restart, as in Jekyll), the destination, the user's ``exclude`` entries
  (prefix match, as jekyll-watch's regexes do) and ``.jekyll-metadata``; we
  also skip ``.git``, jekyll-py's own cache and metadata files and editor
  swap/backup files, which only ever caused pointless rebuilds;
* the log: ``Regenerating: N file(s) changed at YYYY-MM-DD HH:MM:SS``, one
  line per changed path, then ``...done in S seconds.`` or, when the build
  fails, ``Error: <message>`` (the site keeps its last good output).

Unlike Jekyll, the :class:`~jekyll_py.server.builder.SiteBuilder` keeps the
site in memory between rebuilds and redoes only what a change touched.
"""

from __future__ import annotations

import fnmatch
import os
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from jekyll_py.log import logger
from jekyll_py.server.builder import BuildResult, SiteBuilder
from jekyll_py.server.fs_events import Change, ChangeListener, listener_for

#: Always skipped, on top of Jekyll's own list (see the module docstring).
EXTRA_IGNORES = (".git/", ".jekyll-py-cache/", ".jekyll-py-metadata", ".jekyll-metadata")
#: Editor droppings: Vim swap files and its write test, Emacs locks/backups.
EDITOR_TEMP_PATTERNS = ("*.swp", "*.swx", "*.swo", "*~", ".#*", "#*#", "4913")


def ignore_rule(config: Mapping[str, Any]) -> Callable[[str, bool], bool]:
    """``ignored(relative_path, is_dir)`` for the watched source (jekyll-watch's list)."""
    source = os.path.realpath(str(config["source"]))
    prefixes: list[str] = []
    candidates = [os.path.join(source, f"_config.{ext}") for ext in ("yml", "yaml", "toml")]
    candidates.append(str(config.get("destination") or os.path.join(source, "_site")))
    for entry in config.get("exclude") or []:
        candidates.append(os.path.join(source, str(entry).lstrip("/")))
    for candidate in candidates:
        absolute = os.path.realpath(candidate)
        rel = os.path.relpath(absolute, source).replace(os.sep, "/")
        if rel == "." or rel.startswith("../"):
            continue
        if os.path.isdir(absolute) or str(candidate).endswith("/"):
            rel = rel.rstrip("/") + "/"
        prefixes.append(rel)
    prefixes.extend(EXTRA_IGNORES)

    def ignored(rel: str, is_dir: bool) -> bool:
        probe = rel + "/" if is_dir else rel
        if any(probe.startswith(prefix) for prefix in prefixes):
            return True
        name = rel.rsplit("/", 1)[-1]
        return not is_dir and any(fnmatch.fnmatchcase(name, pat) for pat in EDITOR_TEMP_PATTERNS)

    return ignored


class Watcher:
    """Listens for changes under the source and hands them to a :class:`SiteBuilder`."""

    def __init__(
        self,
        builder: SiteBuilder,
        on_build: Callable[[BuildResult], None] | None = None,
        *,
        listener: ChangeListener | None = None,
    ) -> None:
        self.builder = builder
        self.on_build = on_build
        config = builder.config
        self.source = str(config["source"])
        self.listener = listener or listener_for(
            self.source, ignore_rule(config), force_polling=bool(config.get("force_polling"))
        )
        self._stop = threading.Event()
        #: Set once the watcher is warmed up and waiting for changes.
        self.ready = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Watch from a background thread (``serve``)."""
        logger.info("Auto-regeneration:", f"enabled for '{self.source}'")
        self._thread = threading.Thread(target=self.run, name="jekyll-py-watcher", daemon=True)
        self._thread.start()

    def run(self) -> None:
        """Rebuild after every batch of changes until :meth:`stop`."""
        warm_up = getattr(self.builder, "warm_up", None)
        if callable(warm_up):
            warm_up()
        self.ready.set()
        while not self._stop.is_set():
            batch = self.listener.next_batch(timeout=0.25)
            if batch is None or self._stop.is_set():
                continue
            overflowed = bool(getattr(self.listener, "overflowed", False))
            if overflowed:
                self.listener.overflowed = False  # type: ignore[attr-defined]
            try:
                self.regenerate(batch, full=overflowed)
            except Exception as exc:  # noqa: BLE001 - the watcher must outlive any bug
                logger.error("Error:", f"auto-regeneration failed: {type(exc).__name__}: {exc}")

    def regenerate(self, batch: list[Change], *, full: bool = False) -> BuildResult:
        """Log the batch like jekyll-watch, rebuild, log the outcome, notify."""
        started = time.time()
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(started))
        logger.info("Regenerating:", f"{len(batch)} file(s) changed at {stamp}")
        prefix = os.path.join(os.path.abspath(self.source), "")
        for change in batch:
            path = change.path
            logger.info("", path[len(prefix) :] if path.startswith(prefix) else path)
        result = self.builder.rebuild(batch, full=full)
        if result.ok:
            logger.info("", f"...done in {time.time() - started} seconds.")
        else:
            logger.warn("Error:", result.error)
            logger.warn("Error:", "Run jekyll-py build --trace for more information.")
        logger.info("")
        if self.on_build is not None:
            self.on_build(result)
        return result

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.listener.close()


def watch(
    site_options: Mapping[str, Any],
    on_build: Callable[[BuildResult], None] | None = None,
    *,
    builder: SiteBuilder | None = None,
    site: Any = None,
) -> None:
    """Watch the source and rebuild on change until Ctrl-C (``jekyll-py build --watch``).

    ``site_options`` is the merged configuration (or the command-line options,
    which are then merged with ``_config.yml``). Pass the ``builder`` that made
    the initial build (or, like Jekyll, the built ``site``) to reuse it;
    otherwise the first change triggers one full build. Later rebuilds are
    partial whenever the change allows.
    """
    if builder is None and site is not None:
        # Jekyll's ``Watcher.watch(options, site)``: reuse the built site
        # (see SiteBuilder.adopt for when the first change can be partial).
        builder = SiteBuilder(site.config)
        builder.adopt(site)
    builder = builder or SiteBuilder.from_options(site_options)
    watcher = Watcher(builder, on_build)
    logger.info("Auto-regeneration:", f"enabled for '{watcher.source}'")
    try:
        watcher.run()
    except KeyboardInterrupt:
        logger.info("", "Halting auto-regeneration.")
    finally:
        watcher.stop()
