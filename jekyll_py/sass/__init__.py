"""Sass/SCSS compilation as jekyll-sass-converter 2.2 does it, on libsass.

Jekyll 4.3 on Debian uses jekyll-sass-converter 2.2 with SassC (libsass), so
libsass-python gives the same CSS: ``compact`` style by default, imports from
``sass_dir`` (default ``_sass``) and ``load_paths``, and a source map written
next to the CSS unless ``sourcemap: never``.
"""

from __future__ import annotations

import glob
import json
import os
import re
import tempfile
from typing import TYPE_CHECKING, Any

import sass as libsass

from jekyll_py.errors import ConversionError

if TYPE_CHECKING:
    from jekyll_py.page import Page
    from jekyll_py.site import Site

ALLOWED_STYLES = ("nested", "expanded", "compact", "compressed")
#: SassC (the Ruby binding Jekyll uses) compiles with 10 decimal digits; libsass
#: itself defaults to 5.
PRECISION = 10
#: Name of the scratch copy of a Sass page compiled with a source map.
SCRATCH_NAME = "__jekyll_py_sass_page__"
BYTE_ORDER_MARK = "\ufeff"


class SassSyntaxError(ConversionError):
    """libsass rejected the stylesheet; the message names file and line."""


def sass_config(config: dict[str, Any]) -> dict[str, Any]:
    options = dict(config.get("sass") or {})
    if options.get("style") is not None:
        options["style"] = str(options["style"]).lstrip(":")
    return options


def sass_style(config: dict[str, Any]) -> str:
    style = str(sass_config(config).get("style", "compact"))
    return style if style in ALLOWED_STYLES else "compact"


def load_paths(config: dict[str, Any], site: Site | None) -> list[str]:
    """``user load_paths + sass_dir`` resolved in the source, then the theme's ``_sass``."""
    options = sass_config(config)
    source = site.source if site is not None else os.path.abspath(str(config.get("source") or "."))
    sass_dir = str(options.get("sass_dir") or "_sass")
    user = options.get("load_paths") or []
    if isinstance(user, str):
        user = [user]
    paths: list[str] = []
    safe = bool(config.get("safe"))
    for path in [*map(str, user), sass_dir]:
        if safe or not os.path.isabs(path):
            from jekyll_py.utils import sanitized_path

            pattern = sanitized_path(source, path) if safe else os.path.join(source, path)
        else:
            pattern = path
        for match in sorted(glob.glob(pattern)) or [pattern]:
            full = os.path.abspath(match)
            if full not in paths:
                paths.append(full)
    theme_sass = getattr(getattr(site, "theme", None), "sass_path", None)
    if theme_sass:
        paths.append(theme_sass)
    return [p for p in paths if os.path.isdir(p)]


def sourcemap_required(config: dict[str, Any], page: Page | None) -> bool:
    if page is None:
        return False
    option = str(sass_config(config).get("sourcemap", "always")).lstrip(":")
    if option == "never":
        return False
    if option == "always":
        return True
    return not (option == "development" and os.environ.get("JEKYLL_ENV", "development") != "development")


def compile_scss(content: str, *, syntax: str = "scss", config: dict[str, Any] | None = None,
                 site: Site | None = None) -> str:
    """Compile a stylesheet string to CSS (``sassify``/``scssify`` and pages without maps)."""
    config = config if config is not None else (site.config if site is not None else {})
    try:
        css = libsass.compile(
            # Bytes that are not UTF-8 go to libsass as bytes, which reports them
            # ("Invalid UTF-8 sequence on line L:C") as SassC does under Jekyll.
            string=content.encode("utf-8", "surrogateescape"),
            output_style=sass_style(config),
            include_paths=load_paths(config, site),
            indented=syntax == "sass",
            precision=PRECISION,
        )
    except libsass.CompileError as exc:
        raise SassSyntaxError(str(exc)) from exc
    return _finish(css, config)


def _finish(css: str, config: dict[str, Any]) -> str:
    replacement = '@charset "UTF-8";' if sass_config(config).get("add_charset") else ""
    if css.startswith(BYTE_ORDER_MARK):
        css = replacement + css[len(BYTE_ORDER_MARK):]
    return css


def compile_for_page(content: str, *, syntax: str, config: dict[str, Any], site: Site | None,
                     page: Page | None) -> str:
    """Compile a Sass page; with source maps on, add a ``.css.map`` page beside it."""
    if site is None or page is None or not sourcemap_required(config, page):
        try:
            return compile_scss(content, syntax=syntax, config=config, site=site)
        except SassSyntaxError as exc:
            if site is None or page is None:
                raise
            # Compiled from a string, libsass calls the page "stdin".
            raise SassSyntaxError(_name_page(str(exc), ["stdin"], site, page)) from exc
    basename = page.basename
    # libsass only writes maps for files, so compile a scratch copy; its name must
    # not shadow an `@import` (a page main.scss importing _sass/main.scss). Jekyll
    # hands sassc the page as if it sat in the source root, so relative imports
    # resolve from there first: the source goes first in the load paths.
    with tempfile.TemporaryDirectory(prefix="jekyll-py-sass-") as tmp:
        src = os.path.join(tmp, SCRATCH_NAME + os.path.splitext(page.name)[1])
        with open(src, "w", encoding="utf-8", errors="surrogateescape") as fh:
            fh.write(content)
        try:
            css, source_map = libsass.compile(
                filename=src,
                output_style=sass_style(config),
                include_paths=[site.source, *load_paths(config, site)],
                source_map_filename=os.path.join(tmp, basename + ".css.map"),
                output_filename_hint=os.path.join(tmp, basename + ".css"),
                source_map_contents=True,
                precision=PRECISION,
            )
        except libsass.CompileError as exc:
            scratch = [os.path.relpath(src), src]
            raise SassSyntaxError(_name_page(str(exc), scratch, site, page)) from exc
    source_map = _rewrite_map(source_map, tmp, site, page)
    _add_map_page(site, page, source_map)
    return _finish(css, config)


def _name_page(message: str, names: list[str], site: Site, page: Page) -> str:
    """Name the page in a libsass error as SassC names it under Jekyll.

    jekyll-sass-converter gives SassC the file name ``<source>/<page name>``
    (the source relative to the working directory) and libsass prints it
    relative to the working directory, e.g. ``on line 2:12 of src/main.scss``.
    """
    shown = os.path.relpath(os.path.join(site.source, page.name))
    for name in names:
        message = re.sub(rf" of {re.escape(name)}(?=[\s,]|$)", lambda _m: f" of {shown}", message)
    return message


def _rewrite_map(source_map: str, tmp: str, site: Site, page: Page) -> str:
    """Point the map's ``sources`` where Jekyll's do: relative to the site source.

    jekyll-sass-converter hands sassc the page as ``<source>/<name>`` with the map
    beside it, so sources come out relative to the source folder. The rest of
    libsass's text (tab indentation, key order) is kept byte for byte.
    """
    data = json.loads(source_map)
    text = source_map
    for src in data.get("sources", []):
        absolute = os.path.normpath(os.path.join(tmp, src))
        if os.path.basename(absolute).startswith(SCRATCH_NAME):
            new = page.name
        else:
            new = os.path.relpath(absolute, site.source)
        text = text.replace(json.dumps(src), json.dumps(new), 1)
    return text


def _add_map_page(site: Site, page: Page, source_map: str) -> None:
    from jekyll_py.page import PageWithoutAFile

    map_page = PageWithoutAFile(site, site.source, page._dir, page.basename + ".css.map")
    # jekyll-sass-converter's SourceMapPage shares the CSS page's data hash, so
    # a site's own `site.pages` loops see the same front matter on both.
    map_page.data = page.data
    map_page.content = source_map
    map_page.render_with_liquid = lambda: False  # type: ignore[method-assign]
    map_page.output = source_map
    map_page.rendered = True  # type: ignore[attr-defined]
    site.pages.append(map_page)
