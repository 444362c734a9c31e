"""How the preview server maps a request path to a file in the destination.

These are the rules of Jekyll's WEBrick servlet (and, where they agree, of
GitHub Pages), kept free of any HTTP library so they can be tested directly:

* the site is mounted under ``baseurl``; anything outside it is a 404, and the
  bare ``baseurl`` is redirected to ``baseurl/``;
* ``/dir`` that names a directory is redirected (301) to ``/dir/``, which
  serves the first of Jekyll's ``DIRECTORY_INDEX`` files it finds;
* ``/about`` finds ``about``, else ``about.html``, else ``about.xhtml``
  (the "pretty URL" lookup Jekyll added to match GitHub Pages);
* a folder without an index is a 404 as on GitHub Pages (with
  ``--show-dir-listing`` it is listed instead, as the flag asks);
* ``.ht*`` and ``~*`` names are never disclosed (WEBrick's ``NondisclosureName``);
* nothing outside the destination is reachable: ``..`` and ``.`` segments
  (raw or percent-encoded), encoded slashes or backslashes, raw backslashes and
  NUL bytes are refused with 403, and a file whose real path (after symlinks)
  leaves the destination is refused too.
"""

from __future__ import annotations

import fnmatch
import html
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

#: Jekyll's ``Serve::DIRECTORY_INDEX`` (minus ``index.cgi``: nothing runs CGI here).
DIRECTORY_INDEX = (
    "index.htm",
    "index.html",
    "index.rhtml",
    "index.xht",
    "index.xhtml",
    "index.xml",
    "index.json",
)

#: WEBrick's ``NondisclosureName`` as Jekyll configures it.
NONDISCLOSURE_NAMES = (".ht*", "~*")

#: Extensions tried after the exact name, in Jekyll's order.
PRETTY_EXTENSIONS = (".html", ".xhtml")

_ENCODED_SEPARATOR = re.compile(r"%(2f|5c|00)", re.IGNORECASE)


@dataclass(frozen=True)
class Resolution:
    """What to answer: a file (200), a redirect (301), a listing, or an error."""

    status: int
    file: Path | None = None
    location: str | None = None
    listing: Path | None = None


NOT_FOUND = Resolution(404)
FORBIDDEN = Resolution(403)


def normalize_baseurl(baseurl: str | None) -> str:
    """``""`` or ``/blog`` (leading slash, no trailing slash), whatever the user typed."""
    base = (baseurl or "").strip().strip("/")
    return f"/{base}" if base else ""


def resolve(
    root: Path | str,
    raw_path: str,
    *,
    baseurl: str = "",
    show_dir_listing: bool = False,
    query: str = "",
) -> Resolution:
    """Resolve the still percent-encoded request path ``raw_path`` under ``root``.

    ``query`` is kept on redirects so ``/dir?x=1`` lands on ``/dir/?x=1``.
    """
    root = Path(root)
    base = normalize_baseurl(baseurl)
    if "\\" in raw_path or "\x00" in raw_path or _ENCODED_SEPARATOR.search(raw_path):
        return FORBIDDEN
    if not raw_path.startswith("/"):
        return NOT_FOUND
    if base:
        if raw_path == base:
            return _redirect(base + "/", query)
        if not raw_path.startswith(base + "/"):
            return NOT_FOUND
        raw_path = raw_path[len(base) :]

    try:
        decoded = unquote(raw_path, errors="strict")
    except UnicodeDecodeError:
        return NOT_FOUND
    # Decoding cannot introduce separators (encoded ones were refused above),
    # but it can reveal "..": check segments after decoding.
    segments = decoded.split("/")[1:]
    if any(seg in (".", "..") for seg in segments):
        return FORBIDDEN
    if "\\" in decoded or "\x00" in decoded:
        return FORBIDDEN
    if any(_nondisclosed(seg) for seg in segments if seg):
        return NOT_FOUND

    # Every segment but the last must be a directory (empty ones, from "//",
    # are skipped as WEBrick does); the last decides what is served.
    current = root
    *dirs, last = segments
    for seg in dirs:
        if not seg:
            continue
        current = current / seg
        if not current.is_dir():
            return NOT_FOUND

    if last == "":
        return _directory(root, current, show_dir_listing)
    candidate = current / last
    if candidate.is_dir():
        return _redirect(base + raw_path + "/", query)
    for suffix in ("", *PRETTY_EXTENSIONS):
        target = current / (last + suffix)
        if target.is_file():
            return _contained(root, Resolution(200, file=target))
    return NOT_FOUND


def _nondisclosed(name: str) -> bool:
    return any(fnmatch.fnmatchcase(name.lower(), pat) for pat in NONDISCLOSURE_NAMES)


def _redirect(location: str, query: str) -> Resolution:
    return Resolution(301, location=location + (f"?{query}" if query else ""))


def _directory(root: Path, directory: Path, show_dir_listing: bool) -> Resolution:
    if not directory.is_dir():
        return NOT_FOUND
    if show_dir_listing:
        return _contained(root, Resolution(200, listing=directory))
    for name in DIRECTORY_INDEX:
        index = directory / name
        if index.is_file():
            return _contained(root, Resolution(200, file=index))
    return NOT_FOUND


def _contained(root: Path, res: Resolution) -> Resolution:
    """Refuse targets whose real path (symlinks followed) leaves ``root``."""
    target = res.file or res.listing
    assert target is not None
    real_root = os.path.realpath(root)
    real = os.path.realpath(target)
    if real != real_root and not real.startswith(real_root + os.sep):
        return FORBIDDEN
    return res


def directory_listing(directory: Path, url_path: str) -> str:
    """A plain HTML index of ``directory`` for ``--show-dir-listing``."""
    entries = []
    for entry in sorted(os.scandir(directory), key=lambda e: (not e.is_dir(), e.name)):
        if _nondisclosed(entry.name):
            continue
        name = entry.name + ("/" if entry.is_dir() else "")
        entries.append(
            f'<li><a href="{html.escape(name, quote=True)}">{html.escape(name)}</a></li>'
        )
    title = html.escape(f"Index of {url_path}")
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n'
        f"<body><h1>{title}</h1>\n<ul>\n"
        + ("" if url_path in ("", "/") else '<li><a href="../">../</a></li>\n')
        + "\n".join(entries)
        + "\n</ul></body></html>\n"
    )
