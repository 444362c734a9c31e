"""Rendering pages and documents in parallel worker processes.

Every document renders on its own (Liquid, converter, layouts), so after
``read`` and ``generate`` the site is forked and each worker renders a slice of
the queue; the parent takes back each item's ``content`` and ``output``.
Each collection's documents go first, one collection at a time, and are
applied before the next collection and then the pages are rendered, because
later items (speaker bios shown on session pages, an index listing posts, a
feed) read what earlier ones rendered — the same order Jekyll uses.

Only a plain build uses it: with ``incremental`` the regenerator must see every
dependency, ``serve``/``--watch`` run threads that make forking unsafe, and
small sites finish before workers would start. Items whose templates read
another item's rendered ``content`` or ``output`` (Chirpy's related posts show
other posts' content) are rendered in order too, as only Jekyll's sequence
decides which of them are already rendered; the check follows layouts and
the includes they name (every include when one is named by a variable). Liquid's
``increment``/``decrement`` counters (which Jekyll carries from page to page)
only carry on within one worker; set ``parallel: false`` for such a site.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jekyll_py.site import Site

#: Below this many items, forking costs more than it saves.
MIN_ITEMS = 200

_SITE: Site | None = None
_ITEMS: list[Any] = []


def workers_for(site: Site, count: int) -> int:
    """How many worker processes to use for ``count`` items (0 means sequential)."""
    setting = site.config.get("parallel", True)
    # --profile measures one process, as Jekyll's is one.
    if setting is False or site.incremental() or count < MIN_ITEMS or site.profiler_enabled:
        return 0
    # A plugin whose state must be shared across the build (jekyll-github-metadata
    # online: one API client and its cache, so each request goes out once) asks for one process.
    if getattr(site, "render_sequentially", False):
        return 0
    # `serve` and `--watch` run threads (HTTP, LiveReload, the watcher); forking a
    # threaded process can deadlock on a lock another thread held.
    if site.config.get("serving") or site.config.get("watch"):
        return 0
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    cpus = os.cpu_count() or 1
    wanted = cpus if setting is True or not isinstance(setting, int) else int(setting)
    return wanted if wanted > 1 else 0


#: ``post.content`` / ``doc.output``: a template reading some other item's
#: rendered text (``page.content`` and ``layout.content`` are the item's own).
_OTHER_RENDERED = re.compile(r"\b(?!(?:page|layout|include)\.)[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.(?:content|output)\b")
#: A statically named include.
_INCLUDE = re.compile(r"\{%-?\s*include(?:_cached)?\s+([\w./-]+)")
#: An include named by a variable (``{% include {{ name }}.html %}``).
_DYNAMIC_INCLUDE = re.compile(r"\{%-?\s*include(?:_cached)?\s+[^\s%]*\{\{")


def reads_other_rendered(site: Site, items: list[Any]) -> bool:
    """Whether the items' own text, their layouts or the includes these name
    read another item's ``content``/``output``.

    Jekyll renders one item after another, so such a template sees the
    rendered text of the items before it and the raw text of those after;
    workers cannot reproduce that, so these items are rendered in order.
    """
    texts: list[str] = []
    layout_names: set[str] = set()
    for item in items:
        texts.append(getattr(item, "content", "") or "")
        name = getattr(item, "data", {}).get("layout")
        if isinstance(name, str):
            layout_names.add(name)
    seen_layouts: set[str] = set()
    while layout_names:
        name = layout_names.pop()
        layout = site.layouts.get(name)
        if name in seen_layouts or layout is None:
            continue
        seen_layouts.add(name)
        texts.append(layout.content or "")
        parent = layout.data.get("layout")
        if isinstance(parent, str):
            layout_names.add(parent)
    seen_includes: set[str] = set()
    all_includes = False
    while texts:
        text = texts.pop()
        if _OTHER_RENDERED.search(text):
            return True
        if not all_includes and _DYNAMIC_INCLUDE.search(text):
            # Any include may be the one named: look at them all.
            all_includes = True
            for folder in site.includes_load_paths:
                for root, _dirs, files in os.walk(folder):
                    for file in files:
                        try:
                            with open(os.path.join(root, file), encoding="utf-8",
                                      errors="replace") as handle:
                                texts.append(handle.read())
                        except OSError:
                            pass
        for name in _INCLUDE.findall(text):
            if name in seen_includes:
                continue
            seen_includes.add(name)
            for folder in site.includes_load_paths:
                path = os.path.join(folder, name.lstrip("/"))
                if os.path.isfile(path):
                    try:
                        with open(path, encoding="utf-8", errors="replace") as handle:
                            texts.append(handle.read())
                    except OSError:
                        pass
                    break
    return False


def _render_slice(indexes: list[int]) -> list[tuple[int, Any, Any]]:
    site = _SITE
    assert site is not None
    results = []
    for index in indexes:
        item = _ITEMS[index]
        site.render_one(item, _PAYLOAD)
        results.append((index, item.content, item.output))
    return results


_PAYLOAD: dict[str, Any] = {}


def render_in_parallel(site: Site, items: list[Any], payload: dict[str, Any], workers: int) -> None:
    """Render ``items`` across ``workers`` forked processes and apply the results."""
    global _SITE, _ITEMS, _PAYLOAD
    _SITE, _ITEMS, _PAYLOAD = site, items, payload
    try:
        slices = [list(range(i, len(items), workers * 4)) for i in range(workers * 4)]
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for results in pool.map(_render_slice, [s for s in slices if s]):
                for index, content, output in results:
                    item = items[index]
                    item.content = content
                    item.output = output
                    item.rendered = True
    finally:
        _SITE, _ITEMS, _PAYLOAD = None, [], {}
