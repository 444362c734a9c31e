"""The preview HTTP server (Jekyll's WEBrick ``Servlet``), on tornado.

tornado is already here as the ``livereload`` package's server, so both the
site and the LiveReload port run on one tornado event loop in one background
thread; the watcher rebuilds in another thread and only talks to the loop
through thread-safe calls. Paths are resolved by :func:`servlet.resolve`;
this module only turns a :class:`~jekyll_py.server.servlet.Resolution` into
an HTTP response.
"""

from __future__ import annotations

import asyncio
import os
import socket
import threading
from collections.abc import Mapping
from email.utils import formatdate
from pathlib import Path
from typing import Any

from tornado import web
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop
from tornado.netutil import bind_sockets

from jekyll_py.server import body_processor, servlet
from jekyll_py.server.live_reload_reactor import LiveReloadReactor
from jekyll_py.server.mime import content_type

#: Jekyll's servlet sends these so browsers never show a stale page.
DEFAULT_HEADERS = {
    "Cache-Control": "private, max-age=0, proxy-revalidate, no-store, no-cache, must-revalidate",
}


class SiteHandler(web.RequestHandler):
    """Serves the destination folder by :mod:`jekyll_py.server.servlet`'s rules."""

    SUPPORTED_METHODS = ("GET", "HEAD")  # type: ignore[assignment]

    def initialize(self, server: PreviewServer) -> None:  # tornado's hook
        self.server = server

    def set_default_headers(self) -> None:
        self.clear_header("Server")

    def compute_etag(self) -> None:
        """No ETag: with ``no-store`` caching there is nothing to revalidate."""
        return None

    def get(self, *_args: Any) -> None:
        self._respond(include_body=True)

    def head(self, *_args: Any) -> None:
        self._respond(include_body=False)

    def _respond(self, include_body: bool) -> None:
        srv = self.server
        raw_path, _, query = self.request.uri.partition("?")
        res = servlet.resolve(
            srv.destination,
            raw_path,
            baseurl=srv.baseurl,
            show_dir_listing=srv.show_dir_listing,
            query=query,
        )
        for key, value in srv.headers.items():
            self.set_header(key, value)
        if res.status == 301 and res.location:
            self.set_status(301)
            self.set_header("Location", res.location)
            self._send(b"", "text/html; charset=utf-8", include_body)
        elif res.status == 200 and res.file is not None:
            try:
                data = res.file.read_bytes()
                mtime = res.file.stat().st_mtime
            except OSError:  # removed by a rebuild between resolving and reading
                self._error(404, include_body)
                return
            self.set_header("Last-Modified", formatdate(mtime, usegmt=True))
            ctype = content_type(res.file.name, srv.encoding)
            byte_range = self.request.headers.get("Range")
            if byte_range and not ctype.startswith("text/html"):
                self._send_range(data, ctype, byte_range, include_body)
            else:
                self._send(data, ctype, include_body)
        elif res.status == 200 and res.listing is not None:
            page = servlet.directory_listing(res.listing, raw_path).encode("utf-8")
            self._send(page, f"text/html; charset={srv.encoding}", include_body)
        else:
            self._error(res.status, include_body)

    def _send_range(self, data: bytes, ctype: str, header: str, include_body: bool) -> None:
        """One ``bytes=`` range (media elements seek with them; WEBrick answers them too)."""
        span = parse_range(header, len(data))
        self.set_header("Accept-Ranges", "bytes")
        if span is None:
            self._send(data, ctype, include_body)
            return
        if span == (0, -1):
            self.set_status(416)
            self.set_header("Content-Range", f"bytes */{len(data)}")
            self._send(b"", ctype, include_body)
            return
        start, end = span
        self.set_status(206)
        self.set_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        self._send(data[start : end + 1], ctype, include_body)

    def _error(self, status: int, include_body: bool) -> None:
        """404 uses the site's own ``404.html`` (as Jekyll and GitHub Pages do)."""
        self.set_status(status)
        page = Path(self.server.destination) / "404.html"
        if status == 404 and page.is_file():
            body = page.read_bytes()
        else:
            reason = {403: "Forbidden", 404: "Not Found"}.get(status, "Error")
            body = (
                f"<!DOCTYPE html>\n<html><head><title>{status} {reason}</title></head>\n"
                f"<body><h1>{status} {reason}</h1></body></html>\n"
            ).encode()
        self._send(body, f"text/html; charset={self.server.encoding}", include_body)

    def _send(self, data: bytes, ctype: str, include_body: bool) -> None:
        if ctype.startswith("text/html") and data:
            data, added = body_processor.process_html(
                data,
                livereload=self.server.livereload_options(),
                error=self.server.build_error,
            )
            if added:
                self.set_header("X-Rack-LiveReload", "1")
        self.set_header("Content-Type", ctype)
        self.set_header("Content-Length", str(len(data)))
        if include_body:
            self.write(data)
        self.finish()


class PreviewServer:
    """The site server plus, with ``livereload``, the LiveReload server.

    ``options`` is the Jekyll-style configuration (``host``, ``port``,
    ``baseurl``, ``livereload``, ``livereload_port``, ``show_dir_listing``,
    ``encoding``, ``webrick: {headers: ...}``). Port ``0`` binds a free port
    (tests); :attr:`port` and :attr:`livereload_port` hold the real ones.
    """

    def __init__(self, options: Mapping[str, Any], destination: Path | str) -> None:
        self.options = dict(options)
        self.destination = Path(destination)
        self.host = str(self.options.get("host") or "127.0.0.1")
        self.port = int(self.options.get("port") if self.options.get("port") is not None else 4000)
        self.baseurl = servlet.normalize_baseurl(self.options.get("baseurl"))
        self.show_dir_listing = bool(self.options.get("show_dir_listing"))
        self.encoding = str(self.options.get("encoding") or "utf-8")
        self.livereload = bool(self.options.get("livereload"))
        lr_port = self.options.get("livereload_port")
        self.livereload_port = int(lr_port) if lr_port is not None else 35729
        configured = (self.options.get("webrick") or {}).get("headers") or {}
        self.headers = {**DEFAULT_HEADERS, **{str(k): str(v) for k, v in configured.items()}}
        self.reactor = LiveReloadReactor(self.options.get("livereload_ignore"), self.page_file)
        self.ssl_context = ssl_context(self.options)
        #: URLs whose reload was sent before the current rebuild finished.
        self.reloaded_early: set[str] = set()
        #: Message of the last failed build, shown over every page until a good one.
        self.build_error: str | None = None
        self.loop: IOLoop | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._startup_error: BaseException | None = None
        self._servers: list[HTTPServer] = []

    # -- addresses ---------------------------------------------------------

    @property
    def address(self) -> str:
        """``http://host:port/baseurl/`` as Jekyll prints it."""
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://{self.host}:{self.port}{self.baseurl}/"

    @property
    def livereload_address(self) -> str:
        return f"http://{self.host}:{self.livereload_port}"

    def livereload_options(self) -> dict[str, Any] | None:
        if not self.livereload:
            return None
        return {
            "livereload_port": self.livereload_port,
            "livereload_min_delay": self.options.get("livereload_min_delay"),
            "livereload_max_delay": self.options.get("livereload_max_delay"),
        }

    def page_file(self, page_url: str) -> str | None:
        """The destination file a browser at ``page_url`` is showing (``None`` if none)."""
        from urllib.parse import urlsplit

        parts = urlsplit(page_url)
        res = servlet.resolve(
            self.destination,
            parts.path or "/",
            baseurl=self.baseurl,
            show_dir_listing=self.show_dir_listing,
        )
        return str(os.path.abspath(res.file)) if res.status == 200 and res.file else None

    # -- life cycle --------------------------------------------------------

    def start(self, timeout: float = 10.0) -> None:
        """Bind the ports and serve from a background thread; raises if binding fails."""
        self._thread = threading.Thread(target=self._run, name="jekyll-py-server", daemon=True)
        self._thread.start()
        if not self._started.wait(timeout):
            raise TimeoutError("the preview server did not start")
        if self._startup_error is not None:
            raise self._startup_error

    def _run(self) -> None:
        asyncio.set_event_loop(asyncio.new_event_loop())
        loop = IOLoop.current()
        try:
            self.port = self._listen(self._site_app(), self.port, self.ssl_context)
            if self.livereload:
                self.livereload_port = self._listen(
                    self.reactor.application(), self.livereload_port
                )
                self.reactor.loop = loop
        except OSError as exc:
            self._startup_error = exc
            self._close_servers()
            self._started.set()
            loop.close(all_fds=True)
            return
        self.loop = loop
        self._started.set()
        loop.start()
        self._close_servers()
        loop.close(all_fds=True)

    def _site_app(self) -> web.Application:
        return web.Application(
            [(r".*", SiteHandler, {"server": self})],
            log_function=lambda _handler: None,
        )

    def _listen(self, app: web.Application, port: int, ssl: Any = None) -> int:
        sockets = bind_sockets(port, self.host, family=_family(self.host))
        server = HTTPServer(app, ssl_options=ssl)
        server.add_sockets(sockets)
        self._servers.append(server)
        return int(sockets[0].getsockname()[1])

    def _close_servers(self) -> None:
        for server in self._servers:
            server.stop()
        self._servers.clear()

    def stop(self) -> None:
        """Stop serving and wait for the server thread to finish."""
        loop = self.loop
        if loop is not None:
            loop.add_callback(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.loop = None

    def wait(self) -> None:
        """Block until :meth:`stop` (Ctrl-C still reaches the main thread)."""
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(timeout=0.5)


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """``(first, last)`` byte of a single ``Range``; ``(0, -1)`` if unsatisfiable; ``None`` to ignore.

    Multiple ranges are answered with the whole file (allowed by RFC 9110).
    """
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None
    first, sep, last = spec.strip().partition("-")
    if not sep:
        return None
    try:
        if first == "":
            length = int(last)
            if length <= 0:
                return (0, -1)
            return (max(size - length, 0), size - 1)
        start = int(first)
        end = int(last) if last else size - 1
    except ValueError:
        return None
    if start >= size or end < start:
        return (0, -1)
    return (start, min(end, size - 1))


def ssl_context(options: Mapping[str, Any]) -> Any:
    """``--ssl-cert``/``--ssl-key`` (paths relative to the source), as Jekyll's ``enable_ssl``."""
    cert, key = options.get("ssl_cert"), options.get("ssl_key")
    if not cert and not key:
        return None
    if not (cert and key):
        raise ValueError("Missing --ssl_cert or --ssl_key. Both are required.")
    import ssl

    from jekyll_py import utils

    source = str(options.get("source") or ".")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(
        utils.sanitized_path(source, str(cert)), utils.sanitized_path(source, str(key))
    )
    return context


def _family(host: str) -> socket.AddressFamily:
    """Bind exactly the family of ``host`` (``localhost`` would otherwise take both)."""
    return socket.AF_INET6 if ":" in host else socket.AF_INET
