"""``--profile``: time per build phase and per rendered file, as Jekyll prints it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jekyll_py.site import Site


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        lines.append(" | ".join(cells))
        if n == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def phase_table(site: Site) -> str:
    rows = [["PHASE", "TIME"]]
    total = 0.0
    for phase in ("reset", "read", "generate", "render", "cleanup", "write"):
        value = site.timings.get(phase, 0.0)
        total += value
        rows.append([phase.upper(), f"{value:.4f}"])
    rows.append(["TOTAL", f"{total:.4f}"])
    return _table(rows)


def template_table(site: Site, limit: int = 50) -> str:
    rows = [["Filename", "Count", "Time"]]
    items = sorted(site.template_timings.items(), key=lambda kv: -sum(kv[1]))[:limit]
    for name, times in items:
        rows.append([name, str(len(times)), f"{sum(times):.3f}"])
    return _table(rows)


def report(site: Site) -> str:
    return "\nBuild Process Summary:\n\n" + phase_table(site) + \
        "\n\nSite Render Stats:\n\n" + template_table(site) + "\n"
