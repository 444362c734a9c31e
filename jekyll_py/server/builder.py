"""Builds and rebuilds one site for the watcher, keeping it in memory.

Jekyll's watcher calls ``site.process`` (reset, read, generate, render,
cleanup, write) for every change. :class:`SiteBuilder` does the same for the
first build and whenever a change is structural (configuration-like files,
plugins, data, additions and removals it cannot place); for the common edit -
one post, one page, one stylesheet, one layout or include - it asks
:mod:`jekyll_py.server.incremental` to re-read and re-render only what the
change reaches, which keeps a save on a 2000-post blog well under 100 ms.

Every build renders everything it will write before writing anything (the
site's own order, and the incremental path's), so a build that fails leaves
the previous output untouched: the server keeps serving the last good site.

After each build the builder reports which URLs changed (compared by output
content, not by write time), so LiveReload refreshes only a stylesheet when
only CSS changed.
"""

from __future__ import annotations

import hashlib
import os
import time
import traceback
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from jekyll_py.log import logger
from jekyll_py.server.fs_events import Change
from jekyll_py.server.incremental import IncrementalRegenerator, NeedsFullBuild
from jekyll_py.server.live_reload_reactor import ChangedItem


@dataclass
class BuildResult:
    """The outcome of one (re)build."""

    ok: bool
    seconds: float = 0.0
    error: str | None = None
    #: Outputs whose content changed (what LiveReload should refresh).
    changed: list[ChangedItem] = field(default_factory=list)
    #: ``"full"`` or ``"incremental"``.
    mode: str = "full"
    #: Paths (relative to the destination) written by this build.
    written: list[str] = field(default_factory=list)


def describe_error(exc: BaseException) -> str:
    """One line naming the problem, the file and the line where known.

    The engine's errors carry ``path`` and ``line`` (Liquid and YAML errors
    already say ``(line N)`` and ``in <path>`` the way Jekyll prints them);
    anything else gets the innermost frame of the site's own files, if any.
    """
    message = str(exc).strip() or type(exc).__name__
    path = getattr(exc, "path", None)
    line = getattr(exc, "line", None)
    if path and str(path) not in message:
        message += f" in {path}"
    if line and f"line {line}" not in message:
        message += f" (line {line})"
    if not isinstance(exc, _engine_errors()):
        message = f"{type(exc).__name__}: {message}"
    return message


def _engine_errors() -> tuple[type[BaseException], ...]:
    from jekyll_py.errors import JekyllError

    return (JekyllError,)


class SiteBuilder:
    """Owns the :class:`~jekyll_py.site.Site` between rebuilds."""

    def __init__(self, config: Mapping[str, Any], *, partial_rebuilds: bool = True) -> None:
        self.config = config
        #: ``False`` makes every rebuild a full ``site.process`` (as Jekyll does).
        self.partial_rebuilds = partial_rebuilds
        self.site: Any = None
        #: Output fingerprint per destination path, from the last good build.
        self._fingerprints: dict[str, tuple[str, str, str]] = {}
        #: The incremental planner; ``None`` until a full build succeeded.
        self._incremental: Any = None
        self.last_error: str | None = None
        #: Called with the :class:`ChangedItem` s of a partial rebuild's first pass
        #: as soon as they are written (before the pages that merely list them).
        self.on_primary_written: Any = None

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> SiteBuilder:
        """Accept either a merged configuration or raw command-line options."""
        from jekyll_py.configuration import DEFAULTS, Configuration

        if isinstance(options, Configuration):
            return cls(options)
        if set(DEFAULTS) <= set(options):
            # Already merged (``dict(config)``): reading ``_config.yml`` again
            # would only repeat its log line.
            return cls(Configuration(options))
        return cls(Configuration.from_options(options))

    def adopt(self, site: Any) -> None:
        """Take over a site built elsewhere (``jekyll-py build --watch``'s first build).

        Partial rebuilds start at once if the site was processed with an
        :meth:`IncrementalRegenerator.attach`-ed regenerator; otherwise the
        first change rebuilds in full, as Jekyll always does.
        """
        self.site = site
        self._diff_outputs(self._site_files())
        self._incremental = self._make_incremental()

    @property
    def destination(self) -> str:
        return str(self.config["destination"])

    # -- building ---------------------------------------------------------------

    def build(self) -> BuildResult:
        """A full build: ``site.process()`` on a (re)used site."""
        started = time.perf_counter()
        try:
            if self.site is None:
                from jekyll_py.site import Site

                self.site = Site(self.config)
            IncrementalRegenerator.attach(self.site)
            self.site.process()
        except Exception as exc:  # noqa: BLE001 - any failure must keep the server alive
            return self._failed(exc, started, "full")
        changed, written = self._diff_outputs(self._site_files())
        self._incremental = self._make_incremental()
        return self._succeeded(started, changed, written, "full")

    def rebuild(self, changes: list[Change], *, full: bool = False) -> BuildResult:
        """Rebuild after ``changes``: incrementally when possible, else in full."""
        if full or self.site is None or self._incremental is None:
            return self.build()
        started = time.perf_counter()
        try:
            plan = self._incremental.plan(changes)
        except Exception as exc:  # noqa: BLE001
            return self._failed(exc, started, "incremental")
        if plan is None:
            return self.build()
        try:
            items = self._incremental.execute(plan, on_primary_written=self._primary_written)
        except NeedsFullBuild:
            return self.build()
        except Exception as exc:  # noqa: BLE001
            # The regenerator remembers what it could not finish and redoes it
            # with the next change (usually the fix), still without a full build.
            return self._failed(exc, started, "incremental", keep_incremental=True)
        changed, written = self._diff_outputs(items, prune=False)
        return self._succeeded(started, changed, written, "incremental")

    def _primary_written(self, items: list[Any]) -> None:
        if self.on_primary_written is None:
            return
        dest = self.destination
        changed = []
        for item in items:
            fingerprint = _fingerprint(item, dest)
            if fingerprint is not None:
                path, _digest, url = fingerprint
                changed.append(ChangedItem(url, str(getattr(item, "relative_path", "")), path))
        self.on_primary_written(changed)

    def warm_up(self) -> None:
        """Prepare the first partial rebuild while nothing is happening (never raises)."""
        if self._incremental is None:
            return
        try:
            self._incremental.warm_up()
        except Exception as exc:  # noqa: BLE001 - only an optimisation
            logger.debug("Warm-up:", describe_error(exc))

    def _make_incremental(self) -> IncrementalRegenerator | None:
        if not self.partial_rebuilds:
            return None
        regen = IncrementalRegenerator.for_site(self.site)
        if regen is not None:
            # Record what the files look like *now*, before the next edit.
            regen.prepare()
        return regen

    def _succeeded(
        self, started: float, changed: list[ChangedItem], written: list[str], mode: str
    ) -> BuildResult:
        self.last_error = None
        return BuildResult(True, time.perf_counter() - started, None, changed, mode, written)

    def _failed(
        self, exc: BaseException, started: float, mode: str, *, keep_incremental: bool = False
    ) -> BuildResult:
        self.last_error = describe_error(exc)
        if not keep_incremental:
            self._incremental = None  # the next change rebuilds from scratch
        logger.debug("Trace:", "".join(traceback.format_exception(exc)))
        return BuildResult(False, time.perf_counter() - started, self.last_error, [], mode)

    # -- what changed -----------------------------------------------------------

    def _site_files(self) -> Iterator[Any]:
        site = self.site
        each = getattr(site, "each_site_file", None)
        if callable(each):
            items: list[Any] = []
            result = each(items.append) if _takes_callback(each) else each()
            yield from (result if result is not None and not items else items)
            return
        yield from getattr(site, "pages", [])
        yield from getattr(site, "static_files", [])
        yield from getattr(site, "documents", [])

    def _diff_outputs(
        self, items: Iterable[Any], *, prune: bool = True
    ) -> tuple[list[ChangedItem], list[str]]:
        """Compare each item's output with the last build's; returns (changed, written)."""
        dest = self.destination
        seen: dict[str, tuple[str, str, str]] = {}
        changed: list[ChangedItem] = []
        for item in items:
            fingerprint = _fingerprint(item, dest)
            if fingerprint is None:
                continue
            path, digest, url = fingerprint
            seen[path] = (digest, url, str(getattr(item, "relative_path", "")))
            if self._fingerprints.get(path, ("",))[0] != digest:
                changed.append(ChangedItem(url, str(getattr(item, "relative_path", "")), path))
        if prune:
            for gone in self._fingerprints.keys() - seen.keys():
                _digest, url, rel = self._fingerprints[gone]
                changed.append(ChangedItem(url, rel, gone))
            self._fingerprints = seen
        else:
            self._fingerprints.update(seen)
        written = sorted(os.path.relpath(p, dest) for p in seen)
        return changed, written


def _takes_callback(func: Any) -> bool:
    import inspect

    try:
        return bool(inspect.signature(func).parameters)
    except (TypeError, ValueError):
        return False


def _fingerprint(item: Any, dest: str) -> tuple[str, str, str] | None:
    """``(destination path, content digest, url)`` of one site file, if it is written."""
    write_p = getattr(item, "write_p", None)
    if callable(write_p) and not write_p():
        return None
    try:
        path = item.destination(dest)
    except Exception:  # noqa: BLE001 - an item without a destination is not written
        return None
    url = str(getattr(item, "url", ""))
    output = getattr(item, "output", None)
    if isinstance(output, str):
        digest = hashlib.blake2b(output.encode("utf-8"), digest_size=16).hexdigest()
    else:  # a static file: its source's modification time and size stand for its content
        try:
            st = os.stat(item.path)
        except OSError:
            return None
        digest = f"{st.st_mtime_ns}:{st.st_size}"
    return path, digest, url
