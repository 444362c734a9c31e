"""Partial rebuilds inside one process: re-read what changed, re-render what it reaches.

Jekyll's ``Regenerator`` decides per output whether to *write* it again, but
every rebuild still reads and renders the whole site. Here the site stays in
memory between rebuilds and a change is mapped to the outputs it can affect:

=====================  ==============================================================
change                 what is redone
=====================  ==============================================================
post / document        that document (first, and written at once), its previous and
                       next documents, and every item whose templates list documents
                       (``site.posts``, ``site.<label>``, ``paginator``, ``site.tags``
                       ...) or that a plugin generates (feed, sitemap)
page                   that page; items listing pages (``site.pages``,
                       ``site.html_pages``) too when its front matter or URL changed
layout                 items whose layout chain uses it
include                items whose templates include it (or include dynamically)
Sass partial           the ``.scss``/``.sass`` pages
static file            copied again, plus pages that ``include_relative`` it
data file              ``_data`` re-read; items whose templates read ``site.data``
anything not read      nothing (the site never used it)
=====================  ==============================================================

Everything else - ````_plugins``, a theme, a file added or removed, a
config-like change, a page edit the site's generators could answer with other
pages (see :meth:`IncrementalRegenerator._generators_allow`) - returns ``None``
from :meth:`IncrementalRegenerator.plan`, and the builder does a full
``site.process``. A partial rebuild that fails (a Liquid error) writes nothing
of what it had not finished and hands its plan to the next rebuild.

Re-rendering needs each item's *unrendered* content (rendering overwrites
``content`` with the converted text), so the builder records it between
``generate`` and ``render`` (:meth:`IncrementalRegenerator.snapshot`). A
changed file is re-read *into the same object* (``__init__`` + ``read``), so
every list that holds it - ``site.posts``, a paginator's page of posts, the
tag index - sees the new version without being rebuilt.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from jekyll_py import hooks
from jekyll_py.server.dependencies import TemplateUsage, is_generated
from jekyll_py.server.fs_events import Change

_CODE_LANG = re.compile(r"^\s*(?:```|~~~)\s*([\w+#.-]+)|{%-?\s*highlight\s+([\w+#.-]+)", re.M)
#: Generators (by module and class) whose pages a body edit cannot change.
BODY_SAFE_GENERATORS = frozenset(
    {
        "jekyll_py.plugins.sitemap.JekyllSitemap",
        "jekyll_py.plugins.feed.JekyllFeed",
        "jekyll_py.plugins.paginate.Pagination",
        "jekyll_py.plugins.redirect_from.RedirectFromGenerator",
        "jekyll_py.plugins.optional_front_matter.OptionalFrontMatter",
    }
)
#: ... and those a front matter edit cannot change either (the sitemap reads
#: pages when it renders).
FRONT_MATTER_SAFE_GENERATORS = frozenset({"jekyll_py.plugins.sitemap.JekyllSitemap"})


@dataclass
class Plan:
    """What one rebuild will redo."""

    #: Items re-read from disk, rendered and written first.
    primary: list[Any] = field(default_factory=list)
    #: Items re-rendered afterwards (written only if their output changed).
    secondary: list[Any] = field(default_factory=list)
    static: list[Any] = field(default_factory=list)
    reread_layouts: bool = False
    reread_data: bool = False
    #: Items whose included files changed: their template scan is stale.
    rescan: list[Any] = field(default_factory=list)


class NeedsFullBuild(Exception):
    """A change turned out to be structural (a document unpublished, a URL clash ...)."""


class IncrementalRegenerator:
    """Plans and runs partial rebuilds of a site that was fully built once."""

    def __init__(self, site: Any) -> None:
        self.site = site
        #: id(item) -> the item's content before rendering.
        self.pristine: dict[int, str] = {}
        self.usage = TemplateUsage(site, self.pristine)
        self.snapshotted = False
        self._executing = False
        #: What a failed partial rebuild did not finish; the next one redoes it.
        self._pending: Plan | None = None
        #: A refreshed item moved in or out of a list the site caches.
        self._lists_stale = False
        self._by_path: dict[str, Any] | None = None
        #: Raw front matter of each page/document file, as it was last read.
        self._front_matter: dict[str, str | None] = {}

    @classmethod
    def attach(cls, site: Any) -> IncrementalRegenerator:
        """Attach a regenerator to ``site``; its next ``process`` fills in the snapshot."""
        _register_snapshot_hook()
        regen = cls(site)
        site._jekyll_py_incremental = regen
        return regen

    @classmethod
    def for_site(cls, site: Any) -> IncrementalRegenerator | None:
        """The attached regenerator, if the last build reached ``render`` with it."""
        regen = getattr(site, "_jekyll_py_incremental", None)
        return regen if isinstance(regen, cls) and regen.snapshotted else None

    # -- bookkeeping ---------------------------------------------------------------

    def renderables(self) -> list[Any]:
        """Documents first, then pages: the order ``Site.render`` uses."""
        site = self.site
        docs = [doc for coll in site.collections.values() for doc in coll.docs]
        return [*docs, *site.pages]

    def snapshot(self) -> None:
        """Record every item's unrendered content (called between generate and render)."""
        self.pristine.clear()
        self.pristine.update((id(item), item.content) for item in self.renderables())
        self.usage.forget()
        self.snapshotted = True
        self._by_path = None

    def prepare(self) -> None:
        """Index the site's files and record their front matter (right after a full build)."""
        self._by_path = None
        self._front_matter.clear()
        self._index()

    def warm_up(self) -> None:
        """Load, before the first edit, what the first partial render would load.

        A large site's full build renders in forked workers, so this process
        has not yet imported the converters' and highlighter's lazy parts
        (seconds of regex compilation for the first code block). Re-rendering
        one item of each kind and highlighting a line in every language the
        site's code blocks name does it now; outputs are unchanged.
        """
        site = self.site
        samples: dict[str, Any] = {}
        for item in self.renderables():
            if is_generated(item):
                continue
            kind = getattr(getattr(item, "collection", None), "label", "pages")
            samples.setdefault(f"{kind}{getattr(item, 'extname', '')}", item)
        payload = site.site_payload()
        for item in samples.values():
            before = item.output
            self._restore(item)
            site.render_one(item, payload)
            item.output = before if before is not None else item.output
        languages: set[str] = set()
        for text in self.pristine.values():
            if text and ("```" in text or "~~~" in text or "highlight" in text):
                languages.update((fence or tag).lower() for fence, tag in _CODE_LANG.findall(text))
        # The first edit's bookkeeping: the path index and who lists documents.
        self._index()
        for item in self.renderables():
            self.usage.lists_documents(item)
        try:
            from jekyll_py.highlight import highlight_tokens
        except ImportError:
            return
        for lang in sorted(languages)[:50]:
            highlight_tokens("x = 1\n", lang)

    def _restore(self, item: Any) -> None:
        if id(item) in self.pristine:
            item.content = self.pristine[id(item)]
        item.output = None
        if hasattr(item, "_renderer"):
            item._renderer = None
        if hasattr(item, "rendered"):
            item.rendered = False

    # -- planning ----------------------------------------------------------------

    def plan(self, changes: Iterable[Change]) -> Plan | None:
        site = self.site
        by_path = self._index()
        layouts = {os.path.abspath(layout.path) for layout in site.layouts.values()}
        include_dirs = [os.path.abspath(d) for d in site.includes_load_paths]
        sass_dirs = self._sass_dirs()
        plan = Plan()
        changed_layouts: list[str] = []
        changed_includes: list[str] = []
        #: Files outside the template folders: ``include_relative`` may read them.
        other_files: list[str] = []
        sass_changed = False
        for change in changes:
            path = os.path.abspath(change.path)
            if change.kind == "removed":
                return None
            rel = os.path.relpath(path, site.source).replace(os.sep, "/")
            if change.kind == "added" and not (
                path in by_path
                or path in layouts
                or any(_under(path, d) for d in (*include_dirs, *sass_dirs))
                or self._is_data(rel)
            ):
                # A new file (not an editor's save-by-rename of a known one).
                return None
            if self._structural(rel):
                return None
            if self._is_data(rel):
                if not self._generators_allow(None):
                    return None
                plan.reread_data = True
                continue
            item = by_path.get(path)
            if item is not None:
                if _is_static(item):
                    if _has_front_matter(path):  # a static file became a page
                        return None
                    plan.static.append(item)
                    other_files.append(path)
                else:
                    if not self._generators_allow(path):
                        return None
                    plan.primary.append(item)
            elif path in layouts:
                changed_layouts.append(path)
            elif any(_under(path, d) for d in include_dirs):
                changed_includes.append(path)
            elif any(_under(path, d) for d in sass_dirs):
                sass_changed = True
            else:
                # Not part of the site unless a page includes it by relative path.
                other_files.append(path)
        if changed_layouts:
            plan.reread_layouts = True
        if changed_includes:
            site.inclusions = {}
        secondary: dict[int, Any] = {}
        for item in self.renderables():
            if id(item) in {id(p) for p in plan.primary}:
                continue
            if changed_layouts and self.usage.uses_layout(item, changed_layouts):
                secondary[id(item)] = item
            elif changed_includes and self.usage.uses_include(item, changed_includes):
                secondary[id(item)] = item
                plan.rescan.append(item)
            elif sass_changed and getattr(item, "extname", "") in (".scss", ".sass"):
                secondary[id(item)] = item
            elif plan.reread_data and self.usage.reads_data(item):
                secondary[id(item)] = item
            elif other_files and any(self.usage.includes_file(item, f) for f in other_files):
                secondary[id(item)] = item
                plan.rescan.append(item)
        plan.secondary = list(secondary.values())
        if self._pending is not None:
            _merge_unfinished(plan, self._pending)
        return plan

    def _generators_allow(self, path: str | None) -> bool:
        """Whether the site's generators would make the same pages after this edit.

        Generators run between read and generate, so a re-read page has not
        been through them. Known plugins that only look at the site's lists
        allow a body edit; a front matter edit is only safe with the sitemap
        (tags make feeds, ``redirect_from`` makes pages, dates reorder
        pagination). Unknown generators (a site's own plugins) and the
        GitHub Pages ones that rewrite each page always need the full build.
        """
        names = {_generator_name(g) for g in getattr(self.site, "generators", [])}
        if not names <= BODY_SAFE_GENERATORS:
            return False
        if path is None:  # a data file: only templates read it
            return True
        before = self._front_matter.get(path)
        after = _front_matter_text(path)
        if before is None or after is None:
            return False
        if before != after and not names <= FRONT_MATTER_SAFE_GENERATORS:
            return False
        return True

    def _index(self) -> dict[str, Any]:
        """Source path -> item, built once per full build (re-reads keep paths).

        Paths are compared as ``abspath``s: the listener reports paths under
        the same absolute source the site was read from.
        """
        if self._by_path is None:
            self._by_path = self._build_index()
        return self._by_path

    def _build_index(self) -> dict[str, Any]:
        site = self.site
        index: dict[str, Any] = {}
        for item in [*site.static_files, *self.renderables()]:
            if is_generated(item):
                continue
            source = _source_path(site, item)
            if source:
                key = os.path.abspath(source)
                index.setdefault(key, item)
                if not _is_static(item):
                    self._front_matter[key] = _front_matter_text(key)
        return index

    def _structural(self, rel: str) -> bool:
        """Changes that need the whole pipeline (plugins, files outside the source)."""
        config = self.site.config
        plugins_dir = str(config.get("plugins_dir") or "_plugins").strip("/") + "/"
        return rel.startswith(plugins_dir) or rel.startswith("../")

    def _is_data(self, rel: str) -> bool:
        data_dir = str(self.site.config.get("data_dir") or "_data").strip("/") + "/"
        return rel.startswith(data_dir)

    def _sass_dirs(self) -> list[str]:
        site = self.site
        sass = site.config.get("sass") or {}
        dirs = [site.in_source_dir(str(sass.get("sass_dir") or "_sass"))]
        for extra in sass.get("load_paths") or []:
            dirs.append(site.in_source_dir(str(extra)))
        theme_sass = getattr(site.theme, "sass_path", None) if site.theme else None
        if theme_sass:
            dirs.append(theme_sass)
        return [os.path.abspath(d) for d in dirs]

    # -- running a plan -----------------------------------------------------------

    def execute(self, plan: Plan, on_primary_written: Any = None) -> list[Any]:
        """Run ``plan``; returns every item rendered or copied (for the change report).

        If it fails (a Liquid error in the edited post, say), the plan is kept
        and merged into the next one, so fixing the error - in that file or in
        a layout - finishes the job without a full rebuild.
        """
        try:
            items = self._execute(plan, on_primary_written)
        except NeedsFullBuild:
            raise
        except Exception:
            self._pending = plan
            raise
        self._pending = None
        return items

    def _execute(self, plan: Plan, on_primary_written: Any) -> list[Any]:
        site = self.site
        dest = site.dest
        if plan.reread_layouts:
            from jekyll_py.readers import LayoutReader

            layouts = LayoutReader(site).read()
            # Layouts a plugin added at generate time (jekyll-redirect-from's
            # "redirect") have no file to re-read: keep them. A deleted layout
            # file is a removal, which never gets here.
            for name, layout in site.layouts.items():
                layouts.setdefault(name, layout)
            site.layouts = layouts
        if plan.reread_data:
            from jekyll_py.readers import DataReader

            reader = DataReader(site)
            site.data = reader.read(str(site.config.get("data_dir") or "_data"))
            site.data_files = reader.files
            if hasattr(site, "_site_data"):
                site._site_data = None
        # The Liquid engine re-parses a layout or include whose text changed
        # (its cache is keyed by path *and* source); only our template scan is stale.
        if plan.reread_layouts:
            self.usage.forget()
        for item in plan.rescan:
            self.usage.forget(item)

        _refresh_site_time(site)
        secondary: dict[int, Any] = {id(item): item for item in plan.secondary}
        stale_outputs: list[str] = []
        #: Who lists each changed item is worked out after the first writes,
        #: so the edited page appears before the (first-time costly) scan.
        listed: list[tuple[Any, bool, bool]] = []
        for item in plan.primary:
            for extra in self._refresh(item, stale_outputs, listed):
                secondary.setdefault(id(extra), extra)
        if self._lists_stale or plan.reread_data:
            self._invalidate_site_caches()
            self._lists_stale = False

        payload = site.site_payload()
        # Site hooks fire as in a full build (plugins reset per-build caches there).
        self._executing = True
        try:
            hooks.trigger("site", "pre_render", site, payload, enabled=site.plugin_enabled)
        finally:
            self._executing = False
        known_pages = {id(p) for p in site.pages}
        for item in plan.primary:
            site.render_one(item, payload)
        for item in plan.primary:
            self._write(item)
        extra_pages = self._pages_added_while_rendering(known_pages)
        for path in stale_outputs:
            if not any(_dest(i, dest) == path for i in plan.primary) and os.path.isfile(path):
                os.remove(path)
        for item in plan.static:
            site.checked_destination(item)
            item.write(dest)
        if on_primary_written is not None and (plan.primary or plan.static):
            on_primary_written([*plan.primary, *extra_pages, *plan.static])

        for changed, is_doc, flag in listed:
            for consumer in self.renderables():
                if is_doc and self._lists_changed_doc(consumer, changed, flag):
                    secondary.setdefault(id(consumer), consumer)
                elif not is_doc and flag and self.usage.lists_pages(consumer):
                    secondary.setdefault(id(consumer), consumer)
        for item in plan.primary:
            secondary.pop(id(item), None)

        # Documents before pages, as Site.render orders them.
        order = {id(item): n for n, item in enumerate(self.renderables())}
        todo = sorted(secondary.values(), key=lambda i: order.get(id(i), len(order)))
        before = {id(item): item.output for item in todo}
        for item in todo:
            self._restore(item)
            site.render_one(item, payload)
        hooks.trigger("site", "post_render", site, payload, enabled=site.plugin_enabled)
        rewritten = self._pages_added_while_rendering(known_pages)
        for item in todo:
            if item.output != before[id(item)] or not os.path.exists(_dest(item, dest)):
                self._write(item)
                rewritten.append(item)
        hooks.trigger("site", "post_write", site, enabled=site.plugin_enabled)
        return [*plan.primary, *extra_pages, *plan.static, *rewritten]

    def _pages_added_while_rendering(self, known: set[int]) -> list[Any]:
        """Pages a converter added during rendering (a Sass page's ``.css.map``).

        They replace the page the previous render added for the same output,
        and ``known`` is updated so each is reported once.
        """
        site = self.site
        dest = site.dest
        added = [p for p in site.pages if id(p) not in known]
        if not added:
            return []
        targets = {_dest(p, dest) for p in added}
        site.pages[:] = [
            p for p in site.pages if id(p) not in known or _dest(p, dest) not in targets
        ]
        known.update(id(p) for p in added)
        for page in added:
            self._write(page)
        return added

    def _refresh(
        self, item: Any, stale_outputs: list[str], listed: list[tuple[Any, bool, bool]]
    ) -> list[Any]:
        """Re-read ``item`` from disk in place; returns its neighbours.

        Appends ``(item, is_document, flag)`` to ``listed`` for the listing
        pages to find later: ``flag`` is "the order changed" for a document and
        "what lists show changed" (URL, front matter) for a page.
        """
        from jekyll_py.document import Document

        site = self.site
        old_dest = _dest(item, site.dest)
        old_signature = _signature(item)
        reached: list[Any] = []
        if isinstance(item, Document):
            collection = item.collection
            reached += [d for d in (item.previous_doc(), item.next_doc()) if d is not None]
            old_key = item.sort_key()
            old_groups = _groups(item)
            Document.__init__(item, item.path, site, collection)
            item.read()
            if not (site.unpublished or item.published()):
                raise NeedsFullBuild(f"{item.relative_path} is no longer published")
            reordered = item.sort_key() != old_key
            # site.tags/categories and the drop's post lists hold this very
            # object: they only go stale if its place or its groups changed.
            if reordered or _groups(item) != old_groups:
                self._lists_stale = True
            if reordered:
                collection.sort_docs()
            reached += [d for d in (item.previous_doc(), item.next_doc()) if d is not None]
            listed.append((item, True, reordered))
        else:
            type(item).__init__(item, site, item.base, item._dir, item.name)
            if not site.publisher.publish(item):
                raise NeedsFullBuild(f"{item.relative_path} is no longer published")
            shown_differently = _signature(item) != old_signature
            self._lists_stale = self._lists_stale or shown_differently
            listed.append((item, False, shown_differently))
        self.pristine[id(item)] = item.content
        self.usage.forget(item)
        source = _source_path(site, item)
        if source:
            self._front_matter[os.path.abspath(source)] = _front_matter_text(source)
        if _dest(item, site.dest) != old_dest:
            stale_outputs.append(old_dest)
        return reached

    def _lists_changed_doc(self, consumer: Any, doc: Any, reordered: bool) -> bool:
        if consumer is doc:
            return False
        pager = getattr(consumer, "pager", None)
        if pager is not None and isinstance(getattr(pager, "posts", None), list):
            # A paginator page shows its own slice of posts (and totals that an
            # edit does not change): only the page holding the post, unless the
            # order moved posts between pages.
            if reordered or any(p is doc for p in pager.posts):
                return True
            if not self.usage.lists_without_paginator(consumer):
                return False
        if self.usage.lists_documents(consumer):
            return True
        # Without LSI, related_posts are the ten most recent other posts.
        text, _dynamic = self.usage.template_text(consumer)
        if "related_posts" in text and doc.collection.label == "posts":
            return any(p is doc for p in self.site.posts.docs[-11:])
        return False

    def _invalidate_site_caches(self) -> None:
        site = self.site
        if hasattr(site, "_post_attr_hash"):
            site._post_attr_hash = {}
        drop = getattr(site, "_site_drop", None)
        if drop is not None and hasattr(drop, "invalidate"):
            drop.invalidate()

    def _write(self, item: Any) -> None:
        site = self.site
        write_p = getattr(item, "write_p", None)
        if callable(write_p) and not write_p():
            return
        site.checked_destination(item)
        item.write(site.dest)


def _groups(doc: Any) -> tuple[str, str]:
    """A document's tags and categories, as the site's tag/category index sees them."""
    return (repr(doc.data.get("tags")), repr(doc.data.get("categories")))


def _refresh_site_time(site: Any) -> None:
    """``site.time`` is the time of the build, as ``Site#reset`` sets it for Jekyll's rebuilds."""
    from jekyll_py import utils

    configured = site.config.get("time")
    if configured:
        site.time = utils.parse_date(str(configured), "Invalid time in _config.yml.")
    else:
        site.time = utils.now()


def _merge_unfinished(plan: Plan, unfinished: Plan) -> None:
    """Add what a failed rebuild left undone to ``plan`` (re-reading its files again)."""
    primary = {id(i) for i in plan.primary}
    plan.primary += [i for i in unfinished.primary if id(i) not in primary]
    primary = {id(i) for i in plan.primary}
    secondary = {id(i) for i in plan.secondary}
    plan.secondary += [
        i for i in unfinished.secondary if id(i) not in secondary and id(i) not in primary
    ]
    plan.static += [i for i in unfinished.static if all(i is not s for s in plan.static)]
    plan.reread_layouts = plan.reread_layouts or unfinished.reread_layouts
    plan.rescan += unfinished.rescan


_HOOK_REGISTERED = False


def _register_snapshot_hook() -> None:
    """Snapshot unrendered content at ``site:pre_render``, inside ``Site.process``.

    A hook (rather than running the phases ourselves) keeps ``process`` the
    single definition of the pipeline.
    """
    global _HOOK_REGISTERED
    if _HOOK_REGISTERED:
        return

    @hooks.register("site", "pre_render", priority="low")
    def _snapshot(site: Any, *_args: Any) -> None:
        regen = getattr(site, "_jekyll_py_incremental", None)
        if isinstance(regen, IncrementalRegenerator) and not regen._executing:
            regen.snapshot()

    _HOOK_REGISTERED = True


def _dest(item: Any, dest: str) -> str:
    return str(item.destination(dest))


def _signature(item: Any) -> str:
    """What other outputs can see of a page: its URL and front matter."""
    data = {k: v for k, v in (item.data or {}).items() if k != "excerpt"}
    return f"{item.url}\0{data!r}"


def _generator_name(generator: Any) -> str:
    cls = type(generator)
    return f"{cls.__module__}.{cls.__qualname__}"


def _front_matter_text(path: str) -> str | None:
    """The raw front matter block of ``path`` ("" when it has none; ``None`` if unreadable)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            first = fh.readline()
            if first.rstrip("\r\n") != "---":
                return ""
            lines = [first]
            for line in fh:
                lines.append(line)
                if line.rstrip("\r\n") in ("---", "..."):
                    break
            return "".join(lines)
    except OSError:
        return None


def _has_front_matter(path: str) -> bool:
    return bool(_front_matter_text(path))


def _is_static(item: Any) -> bool:
    return not hasattr(item, "content") and hasattr(item, "modified")


def _source_path(site: Any, item: Any) -> str | None:
    from jekyll_py.document import Document
    from jekyll_py.page import Page

    if isinstance(item, Document):
        return item.path
    if isinstance(item, Page):
        return getattr(item, "path_abs", None)
    return getattr(item, "path", None)


def _under(path: str, directory: str) -> bool:
    return path.startswith(directory.rstrip(os.sep) + os.sep)
