"""File-system change detection for ``--watch`` (what the ``listen`` gem does for Jekyll).

Two back ends with one interface, :meth:`ChangeListener.next_batch`:

* :class:`InotifyListener` (Linux) asks the kernel through ``inotify`` via
  ``ctypes``. It costs nothing while idle and reports a save within a
  millisecond, which is what makes a sub-100 ms save-to-page loop possible on a
  2000-post site (a polling scan of such a tree takes longer than that);
* :class:`PollingListener` elsewhere (or with ``force_polling``): compares
  ``(mtime, size)`` snapshots of the tree.

A batch is closed once no event arrived for ``latency`` seconds, so an editor's
write-rename-chmod dance becomes one rebuild.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import select
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: ``ignored(relative_path, is_dir) -> bool``; relative to the watched root, "/"-separated.
IgnoreFn = Callable[[str, bool], bool]


@dataclass(frozen=True)
class Change:
    """One path that changed: ``kind`` is ``"modified"``, ``"added"`` or ``"removed"``."""

    path: str
    kind: str


class ChangeListener:
    """Common part: the root, the ignore rule and how batches are closed."""

    def __init__(self, root: Path | str, ignored: IgnoreFn, latency: float = 0.03) -> None:
        self.root = os.path.abspath(root)
        self.ignored = ignored
        self.latency = latency

    def relative(self, path: str) -> str:
        return os.path.relpath(path, self.root).replace(os.sep, "/")

    def next_batch(self, timeout: float | None = None) -> list[Change] | None:
        """Block until something changed; ``None`` after ``timeout`` seconds of quiet."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the kernel or polling resources."""


def _walk_dirs(root: str, ignored: IgnoreFn) -> list[str]:
    """Every directory under ``root`` (itself included) that is not ignored."""
    out = [root]
    stack = [root]
    while stack:
        current = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                rel = os.path.relpath(entry.path, root).replace(os.sep, "/")
                if not ignored(rel, True):
                    out.append(entry.path)
                    stack.append(entry.path)
    return out


def _settle(seen: dict[str, str]) -> list[Change]:
    """Turn the events of a batch into one change per path, judged by its final state."""
    changes = []
    for path, first in sorted(seen.items()):
        if os.path.lexists(path):
            kind = "added" if first == "added" else "modified"
        else:
            if first == "added":  # created and deleted within the batch
                continue
            kind = "removed"
        changes.append(Change(path, kind))
    return changes


# --------------------------------------------------------------------------
# inotify
# --------------------------------------------------------------------------

IN_MODIFY = 0x00000002
IN_ATTRIB = 0x00000004
IN_CLOSE_WRITE = 0x00000008
IN_MOVED_FROM = 0x00000040
IN_MOVED_TO = 0x00000080
IN_CREATE = 0x00000100
IN_DELETE = 0x00000200
IN_DELETE_SELF = 0x00000400
IN_MOVE_SELF = 0x00000800
IN_Q_OVERFLOW = 0x00004000
IN_IGNORED = 0x00008000
IN_ISDIR = 0x40000000
IN_NONBLOCK = 0o4000
IN_CLOEXEC = 0o2000000

_MASK = (
    IN_MODIFY
    | IN_ATTRIB
    | IN_CLOSE_WRITE
    | IN_MOVED_FROM
    | IN_MOVED_TO
    | IN_CREATE
    | IN_DELETE
    | IN_DELETE_SELF
    | IN_MOVE_SELF
)
_EVENT = struct.Struct("iIII")
#: Longest wait for a writer to close a file before rebuilding anyway.
WRITE_GRACE = 1.0


class InotifyListener(ChangeListener):
    """Linux ``inotify``: one watch per (non-ignored) directory."""

    def __init__(self, root: Path | str, ignored: IgnoreFn, latency: float = 0.03) -> None:
        super().__init__(root, ignored, latency)
        libc_name = ctypes.util.find_library("c") or "libc.so.6"
        self._libc = ctypes.CDLL(libc_name, use_errno=True)
        self._libc.inotify_add_watch.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32]
        fd = self._libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
        if fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        self._fd = fd
        self._dirs: dict[int, str] = {}
        #: Files modified but not yet closed by their writer.
        self._writing: set[str] = set()
        #: Set when the kernel queue overflowed: the caller should rebuild everything.
        self.overflowed = False
        for directory in _walk_dirs(self.root, ignored):
            self._add_watch(directory)

    def _add_watch(self, directory: str) -> None:
        wd = self._libc.inotify_add_watch(self._fd, os.fsencode(directory), _MASK)
        if wd < 0:
            err = ctypes.get_errno()
            if err in (errno.ENOENT, errno.ENOTDIR, errno.EACCES):
                return
            raise OSError(err, f"inotify_add_watch failed for {directory}")
        self._dirs[wd] = directory

    def _read(self, seen: dict[str, str]) -> None:
        try:
            data = os.read(self._fd, 64 * 1024)
        except BlockingIOError:
            return
        offset = 0
        while offset + _EVENT.size <= len(data):
            wd, mask, _cookie, length = _EVENT.unpack_from(data, offset)
            raw_name = data[offset + _EVENT.size : offset + _EVENT.size + length]
            offset += _EVENT.size + length
            if mask & IN_Q_OVERFLOW:
                self.overflowed = True
                continue
            directory = self._dirs.get(wd)
            if directory is None:
                continue
            if mask & IN_IGNORED:
                self._dirs.pop(wd, None)
                continue
            name = os.fsdecode(raw_name.rstrip(b"\0"))
            if not name:
                continue
            path = os.path.join(directory, name)
            is_dir = bool(mask & IN_ISDIR)
            if self.ignored(self.relative(path), is_dir):
                continue
            kind = "added" if mask & (IN_CREATE | IN_MOVED_TO) else "modified"
            if mask & (IN_DELETE | IN_MOVED_FROM):
                kind = "removed"
            seen.setdefault(path, kind)
            if mask & IN_MODIFY:
                self._writing.add(path)
            if mask & (IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM):
                self._writing.discard(path)
            if is_dir and kind == "added":
                # A new folder (or one moved in): watch it and report what it holds.
                prefix = self.relative(path) + "/"

                def ignored_below(rel: str, d: bool, prefix: str = prefix) -> bool:
                    return self.ignored(prefix + rel, d)

                for sub in _walk_dirs(path, ignored_below):
                    self._add_watch(sub)
                    for entry in os.scandir(sub):
                        if entry.is_file():
                            seen.setdefault(entry.path, "added")

    def next_batch(self, timeout: float | None = None) -> list[Change] | None:
        seen: dict[str, str] = {}
        poller = select.poll()
        poller.register(self._fd, select.POLLIN)
        wait_ms = None if timeout is None else int(timeout * 1000)
        while True:
            if not poller.poll(wait_ms):
                return None
            self._read(seen)
            # Close the batch after `latency` seconds without events - but not
            # while a file is still open for writing (an editor that truncates,
            # then writes in several calls), for at most WRITE_GRACE seconds.
            started = time.monotonic()
            while True:
                if poller.poll(int(self.latency * 1000)):
                    self._read(seen)
                elif not self._writing or time.monotonic() - started > WRITE_GRACE:
                    break
            self._writing.clear()
            changes = [c for c in _settle(seen) if not os.path.isdir(c.path)]
            if changes or self.overflowed:
                return changes
            seen.clear()

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


# --------------------------------------------------------------------------
# polling
# --------------------------------------------------------------------------


class PollingListener(ChangeListener):
    """Compares ``(mtime_ns, size)`` of every file at ``interval`` seconds."""

    overflowed = False

    def __init__(
        self, root: Path | str, ignored: IgnoreFn, latency: float = 0.03, interval: float = 0.25
    ) -> None:
        super().__init__(root, ignored, latency)
        self.interval = interval
        self._snapshot = self._scan()

    def _scan(self) -> dict[str, tuple[int, int]]:
        snap: dict[str, tuple[int, int]] = {}
        for directory in _walk_dirs(self.root, self.ignored):
            try:
                entries = list(os.scandir(directory))
            except OSError:
                continue
            for entry in entries:
                try:
                    if not entry.is_file():
                        continue
                    if self.ignored(self.relative(entry.path), False):
                        continue
                    st = entry.stat()
                except OSError:
                    continue
                snap[entry.path] = (st.st_mtime_ns, st.st_size)
        return snap

    def next_batch(self, timeout: float | None = None) -> list[Change] | None:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            time.sleep(self.interval)
            new = self._scan()
            old = self._snapshot
            self._snapshot = new
            changes = [Change(p, "added") for p in new.keys() - old.keys()]
            changes += [Change(p, "removed") for p in old.keys() - new.keys()]
            changes += [Change(p, "modified") for p in new.keys() & old.keys() if new[p] != old[p]]
            if changes:
                return sorted(changes, key=lambda c: c.path)
            if deadline is not None and time.monotonic() >= deadline:
                return None


def listener_for(
    root: Path | str, ignored: IgnoreFn, *, force_polling: bool = False, latency: float = 0.03
) -> ChangeListener:
    """The best listener available here (Jekyll's ``force_polling`` forces polling)."""
    if not force_polling and sys.platform.startswith("linux"):
        try:
            return InotifyListener(root, ignored, latency)
        except (OSError, AttributeError):
            pass
    return PollingListener(root, ignored, latency)
