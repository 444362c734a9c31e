"""jekyll-remote-theme: ``remote_theme: owner/repo@ref`` from a GitHub archive.

The gem downloads ``https://codeload.github.com/OWNER/REPO/zip/REF`` on every
build. jekyll-py keeps the unpacked theme in a cache folder and reuses it for
``REMOTE_THEME_TTL`` seconds, so repeated builds (and ``serve``) are fast and a
site still builds offline from a stale copy (with a warning).

Settings (beyond the gem's): ``remote_theme_base_url`` in ``_config.yml`` or
``$JEKYLL_PY_REMOTE_THEME_URL`` replaces ``https://codeload.github.com`` (tests
point it at a local server; GitHub Enterprise users at their host), and
``$JEKYLL_PY_CACHE`` moves the cache (default ``$XDG_CACHE_HOME/jekyll-py``).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from jekyll_py.plugins.theme import Theme

DEFAULT_BASE_URL = "https://codeload.github.com"
#: Seconds a downloaded theme is reused before it is fetched again.
REMOTE_THEME_TTL = 24 * 3600
_THEME_RE = re.compile(
    r"\A(?P<owner>[a-z0-9-]+)/(?P<name>[a-z0-9._-]+)(?:@(?P<ref>[a-z0-9._-]+))?\Z", re.I
)
_URL_RE = re.compile(r"\Ahttps?://(?P<host>[^/]+)/(?P<rest>.+)\Z", re.I)


class RemoteThemeError(Exception):
    """The ``remote_theme`` value or its download is unusable."""


def parse_remote_theme(value: str) -> tuple[str, str, str]:
    """``owner/name@ref`` (or a github.com URL to it) -> ``(owner, name, ref)``."""
    text = value.strip()
    url = _URL_RE.match(text)
    if url:
        text = url.group("rest").rstrip("/")
    match = _THEME_RE.match(text)
    if not match:
        raise RemoteThemeError(f"{value} is not a valid remote theme")
    return match.group("owner"), match.group("name"), match.group("ref") or "HEAD"


def cache_root() -> Path:
    configured = os.environ.get("JEKYLL_PY_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base, "jekyll-py")


def archive_url(config: dict[str, Any], owner: str, name: str, ref: str) -> str:
    base = config.get("remote_theme_base_url") or os.environ.get("JEKYLL_PY_REMOTE_THEME_URL")
    return f"{str(base or DEFAULT_BASE_URL).rstrip('/')}/{owner}/{name}/zip/{ref}"


def extract_archive(data: bytes, target: Path) -> None:
    """Unpack a GitHub zip archive into *target*, dropping its top-level folder.

    Entries that would land outside *target* and symlinks are skipped: an
    archive is untrusted input.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if n and not n.endswith("/")]
        tops = {PurePosixPath(n).parts[0] for n in archive.namelist() if n}
        strip = 1 if len(tops) == 1 and all(len(PurePosixPath(n).parts) > 1 for n in names) else 0
        for info in archive.infolist():
            parts = PurePosixPath(info.filename).parts[strip:]
            if not parts or info.is_dir() or any(p in ("..", "") for p in parts):
                continue
            if PurePosixPath(info.filename).is_absolute():
                continue
            mode = (info.external_attr >> 16) & 0o170000
            if mode == 0o120000:  # a symlink
                continue
            dest = target.joinpath(*parts)
            dest.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as src, open(dest, "wb") as out:
                shutil.copyfileobj(src, out)


def fetch(url: str, timeout: float = 30.0) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "jekyll-py remote theme"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only
        return response.read()


def download_theme(site: Any, value: str, *, now: float | None = None) -> Theme | None:
    """Resolve ``remote_theme`` to a cached, unpacked ``Theme`` (downloading if needed)."""
    try:
        owner, name, ref = parse_remote_theme(value)
    except RemoteThemeError as exc:
        site.logger.error("Remote Theme:", str(exc))
        return None
    folder = cache_root() / "remote-themes" / owner / name / ref
    stamp = folder / ".downloaded"
    moment = time.time() if now is None else now
    fresh = stamp.exists() and moment - stamp.stat().st_mtime < REMOTE_THEME_TTL
    if not fresh:
        url = archive_url(site.config, owner, name, ref)
        site.logger.info("Remote Theme:", f"Using theme {owner}/{name}")
        try:
            data = fetch(url)
            staging = Path(tempfile.mkdtemp(prefix=".download-", dir=_ensure(folder.parent)))
            try:
                extract_archive(data, staging)
                (staging / ".downloaded").touch()
                if folder.exists():
                    shutil.rmtree(folder)
                staging.rename(folder)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
        except (OSError, urllib.error.URLError, zipfile.BadZipFile) as exc:
            if not stamp.exists():
                site.logger.error("Remote Theme:", f"could not download {url}: {exc}")
                return None
            site.logger.warn("Remote Theme:", f"could not refresh {url} ({exc}); using the cached copy")
    return Theme(name, folder)


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
