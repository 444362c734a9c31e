"""The LiveReload side of ``jekyll-py serve --livereload``.

Jekyll runs a second server on ``livereload_port`` (35729) that serves
``livereload.js`` over plain HTTP and speaks the LiveReload protocol (version 7)
over a WebSocket at ``/livereload``. We build it from the ``livereload``
package: its ``LiveReloadJSHandler`` serves the ``livereload.js`` client it
ships, and its ``LiveReloadHandler`` WebSocket is subclassed so that the set of
connected browsers belongs to one reactor (the package keeps it in a class
attribute, which would mix up several servers in one process, as in tests).

After a rebuild the watcher calls :meth:`LiveReloadReactor.reload` with the
URLs that changed. Like Jekyll we send one ``reload`` message per URL with
``liveCSS: true``: the client swaps a stylesheet in place when the path ends in
``.css`` and reloads the page for anything else.
"""

from __future__ import annotations

import fnmatch
import json
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
from tornado import web
from tornado.ioloop import IOLoop

from jekyll_py.log import logger

#: The protocol Jekyll (and the livereload.js client) speak.
PROTOCOL = "http://livereload.com/protocols/official-7"
SERVER_NAME = "jekyll-py"


@dataclass(frozen=True)
class ChangedItem:
    """One output that a rebuild wrote: its URL and its source's relative path."""

    url: str
    relative_path: str = ""
    #: The file written in the destination (absolute), when known.
    output: str = ""

    @property
    def is_page(self) -> bool:
        """An HTML page: reloading it means reloading the browser tab."""
        target = self.output or self.url
        return target.endswith(("/", ".html", ".htm", ".xhtml"))


class _ReloadSocket(LiveReloadHandler):
    """A LiveReload WebSocket bound to one :class:`LiveReloadReactor`."""

    def initialize(self, reactor: LiveReloadReactor) -> None:  # tornado's hook
        self.reactor = reactor
        self.page_url: str | None = None

    def on_message(self, message: str | bytes) -> None:
        try:
            msg = json.loads(message)
        except ValueError:
            return
        command = msg.get("command") if isinstance(msg, dict) else None
        if command == "hello":
            self.send_message(
                {"command": "hello", "protocols": [PROTOCOL], "serverName": SERVER_NAME}
            )
            self.reactor.connect(self)
        elif command == "info" and isinstance(msg.get("url"), str):
            # The page this browser shows: only its changes need a reload.
            self.page_url = msg["url"]
        elif command == "url":
            logger.info("LiveReload:", f"Browser URL: {msg.get('url')}")

    def on_close(self) -> None:
        self.reactor.disconnect(self)


class _PlainHTTPRefusal(web.RequestHandler):
    """Anything else on the LiveReload port (Jekyll answers 400 the same way)."""

    def get(self, *args: Any) -> None:
        self.set_status(400)
        self.set_header("Content-Type", "text/plain")
        self.finish("This port only serves livereload.js over HTTP.\n")


class LiveReloadReactor:
    """Keeps the connected browsers and tells them what to reload."""

    def __init__(
        self,
        ignore: Sequence[str] | None = None,
        page_file: Callable[[str], str | None] | None = None,
    ) -> None:
        self.ignore = list(ignore or [])
        #: Maps a browser's page URL to the destination file it shows.
        self.page_file = page_file
        self._sockets: set[_ReloadSocket] = set()
        self._lock = threading.Lock()
        self._connections_count = 0
        self.loop: IOLoop | None = None
        #: Every message sent, newest last (for tests and debugging).
        self.sent: list[dict[str, Any]] = []

    def application(self) -> web.Application:
        """The tornado application to listen with on the LiveReload port."""
        return web.Application(
            [
                (r"/livereload\.js", LiveReloadJSHandler),
                (r"/livereload", _ReloadSocket, {"reactor": self}),
                (r".*", _PlainHTTPRefusal),
            ],
            log_function=lambda _handler: None,
        )

    @property
    def clients(self) -> int:
        with self._lock:
            return len(self._sockets)

    def connect(self, socket: _ReloadSocket) -> None:
        with self._lock:
            self._sockets.add(socket)
            self._connections_count += 1
            first = self._connections_count == 1
        if first:
            logger.info("LiveReload:", "Browser connected")

    def disconnect(self, socket: _ReloadSocket) -> None:
        with self._lock:
            self._sockets.discard(socket)

    def filtered(self, items: Iterable[ChangedItem]) -> list[ChangedItem]:
        """Drop the items matching ``--livereload-ignore`` globs (matched on relative paths)."""
        kept = []
        for item in items:
            rel = item.relative_path.lstrip("/")
            if any(fnmatch.fnmatchcase(rel, pat) for pat in self.ignore):
                logger.debug("LiveReload:", f"Ignoring {rel}")
                continue
            kept.append(item)
        return kept

    def reload(self, items: Iterable[ChangedItem]) -> None:
        """Tell the browsers about changed outputs (thread-safe).

        Jekyll sends every changed URL to every browser, and livereload.js
        reloads the tab for any path that is not a stylesheet or image, so
        every open tab reloads for every change. Browsers report the page they
        show (the protocol's ``info`` message), so a tab here reloads only
        when *its* page changed; stylesheets, scripts, images and the like go
        to every tab, and a tab whose page is unknown gets everything.
        """
        kept: list[ChangedItem] = []
        seen: set[str] = set()
        for item in self.filtered(items):
            # A source map is not something a page shows, and livereload.js
            # would answer its path with a full page reload.
            if item.url in seen or item.url.endswith(".map"):
                continue
            seen.add(item.url)
            kept.append(item)
        if kept:
            self._send_per_client(kept)

    def messages_for(self, page_url: str | None, items: list[ChangedItem]) -> list[dict[str, Any]]:
        """The ``reload`` messages one browser showing ``page_url`` should get."""
        target = None
        if page_url is not None and self.page_file is not None:
            target = self.page_file(page_url)
        pages = [i for i in items if i.is_page]
        assets = [i for i in items if not i.is_page]
        # Stylesheets first: they swap in place; a page reload would make them moot.
        assets.sort(key=lambda i: not i.url.endswith(".css"))
        chosen = [*assets]
        if target is None:
            chosen += pages[:1]
        else:
            chosen += [p for p in pages if os.path.abspath(p.output) == target][:1]
        return [{"command": "reload", "path": i.url, "liveCSS": True} for i in chosen]

    def reload_all(self) -> None:
        """Reload every open page (a failed build, or the first good one after it)."""
        self._send([{"command": "reload", "path": "/", "liveCSS": True}])

    def _send_per_client(self, items: list[ChangedItem]) -> None:
        loop = self.loop
        if loop is None:
            return

        def deliver() -> None:
            with self._lock:
                sockets = list(self._sockets)
            for socket in sockets:
                for msg in self.messages_for(socket.page_url, items):
                    self.sent.append(msg)
                    logger.debug("LiveReload:", f"Reloading URL {msg['path']!r}")
                    socket.send_message(msg)

        loop.add_callback(deliver)

    def _send(self, messages: list[dict[str, Any]]) -> None:
        loop = self.loop
        if loop is None:
            return

        def deliver() -> None:
            with self._lock:
                sockets = list(self._sockets)
            for msg in messages:
                self.sent.append(msg)
                logger.debug("LiveReload:", f"Reloading URL {msg['path']!r}")
                for socket in sockets:
                    socket.send_message(msg)

        loop.add_callback(deliver)
