"""``--profile``: Jekyll's two tables, per build phase and per Liquid template.

``Jekyll::Profiler`` times the six phases of ``Site#process``;
``Jekyll::LiquidRenderer`` keeps, for every template file it parses or
renders (pages, documents, layouts, includes), how often it was rendered, how
many bytes that produced and how long parsing and rendering took.
:class:`RenderStats` is that record; both tables are printed the way
terminal-table draws them for Jekyll (right-aligned, no top or bottom border,
the first column left-aligned), through ``Jekyll.logger.info``, which pads a
topic to 20 columns and adds a space.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jekyll_py.site import Site

PHASES = ("reset", "read", "generate", "render", "cleanup", "write")
_GEM_PATHS = (re.compile(r"(/gems/.*)*/gems/(?P<dirname>[^/]+)(?P<rest>.*)"),
              re.compile(r"(?P<dirname>[^/]+/lib)(?P<rest>.*)"))


class RenderStats:
    """``LiquidRenderer``'s ``@stats``: file name -> count, bytes, seconds."""

    def __init__(self, source: str, theme: Any = None,
                 clock: Callable[[], float] = time.perf_counter) -> None:
        self.source = source.rstrip("/")
        #: The site's theme (``root`` and ``name``), if any.
        self.theme = theme
        self.clock = clock
        self.files: dict[str, list[float]] = {}
        self._names: dict[str, str] = {}

    def normalize_path(self, filename: str) -> str:
        """``LiquidRenderer#normalize_path``: relative to the source, a gem or the theme."""
        name = self._names.get(filename)
        if name is not None:
            return name
        if filename.startswith(self.source + "/"):
            name = filename[len(self.source) + 1:]
        else:
            for pattern in _GEM_PATHS:
                match = pattern.search(filename)
                if match:
                    name = match.group("dirname") + match.group("rest")
                    break
            else:
                root = str(getattr(self.theme, "root", "") or "").rstrip("/")
                if root and filename.startswith(root + "/"):
                    # PathManager.join(theme.basename, rest): the root folder's name
                    name = f"{root.rsplit('/', 1)[-1]}/{filename[len(root) + 1:]}"
                else:
                    name = filename[1:] if filename.startswith("/") else filename
        self._names[filename] = name
        return name

    def _entry(self, filename: str) -> list[float]:
        return self.files.setdefault(self.normalize_path(filename), [0, 0, 0.0])

    @contextmanager
    def parsing(self, filename: str) -> Iterator[None]:
        """Time a parse (``File#parse``: time only)."""
        entry = self._entry(filename)
        start = self.clock()
        try:
            yield
        finally:
            entry[2] += self.clock() - start

    @contextmanager
    def rendering(self, filename: str) -> Iterator[list[str]]:
        """Time a render; the caller appends the output to the yielded list."""
        entry = self._entry(filename)
        entry[0] += 1
        produced: list[str] = []
        start = self.clock()
        try:
            yield produced
            entry[1] += sum(len(text.encode("utf-8", "surrogateescape")) for text in produced)
        finally:
            entry[2] += self.clock() - start

    def table_rows(self, limit: int = 50) -> list[list[str]]:
        """``LiquidRenderer::Table#data_for_table``: slowest first, then a total."""
        ranked = sorted(self.files.items(), key=lambda item: -item[1][2])[:limit]
        rows = [["Filename", "Count", "Bytes", "Time"]]
        totals = [0, 0, 0.0]
        for name, (count, size, seconds) in ranked:
            totals = [totals[0] + count, totals[1] + size, totals[2] + seconds]
            rows.append([name, str(int(count)), _kilobytes(size), f"{seconds:.3f}"])
        rows.append([f"TOTAL (for {len(ranked)} files)", str(int(totals[0])), _kilobytes(totals[1]),
                     f"{totals[2]:.3f}"])
        return rows


def _kilobytes(size: float) -> str:
    return f"{size / 1024.0:.2f}K"


def tabulate(rows: list[list[str]]) -> str:
    """``Profiler.tabulate``: a newline, then the table as terminal-table draws it."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        lines.append("| " + " | ".join(cells) + " |")
        if n == 0:
            lines.append("+" + "+".join("-" * (w + 2) for w in widths) + "+")
    return "\n" + "\n".join(lines) + "\n"


def phase_rows(site: Site) -> list[list[str]]:
    """``Profiler#profile_process``: each phase rounded to 4 places, then the sum."""
    rows = [["PHASE", "TIME"]]
    total = 0.0
    for phase in PHASES:
        value = round(site.timings.get(phase, 0.0), 4)
        total += value
        rows.append([phase.upper(), f"{value:.4f}"])
    rows.append(["TOTAL TIME", f"{total:.4f}"])
    return rows


def report(site: Site, logger: Any) -> None:
    """Log both tables as ``Profiler#profile_process`` does: ``logger.info(text)``,
    each text a topic (so it ends with a space, and ``--quiet`` hides it)."""
    stats: Any = getattr(site, "render_stats", None)
    rows = stats.table_rows() if stats is not None else RenderStats(site.source).table_rows()
    for text in ("\nBuild Process Summary:", tabulate(phase_rows(site)),
                 "\nSite Render Stats:", tabulate(rows)):
        logger.info(text)
