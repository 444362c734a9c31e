"""The preview server over real HTTP: status codes, headers, injection, LiveReload."""

from __future__ import annotations

import asyncio
import http.client
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tornado.websocket import websocket_connect

from jekyll_py.server.http_server import PreviewServer
from jekyll_py.server.live_reload_reactor import ChangedItem


def _site(root: Path) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "index.html").write_text(
        "<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi</p></body></html>\n"
    )
    (root / "about.html").write_text("<html><body>About</body></html>")
    (root / "docs" / "index.html").write_text("<html><body>Docs</body></html>")
    (root / "404.html").write_text("<html><body>Custom missing page</body></html>")
    (root / "style.css").write_text("body { color: red }")
    (root / "data.json").write_text('{"a": 1}')
    return root


def _request(server: PreviewServer, path: str, method: str = "GET") -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request(method, path)
    resp = conn.getresponse()
    resp.body = resp.read()  # type: ignore[attr-defined]
    conn.close()
    return resp


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[PreviewServer]:
    srv = PreviewServer(
        {"host": "127.0.0.1", "port": 0, "livereload": True, "livereload_port": 0},
        _site(tmp_path / "_site"),
    )
    srv.start()
    yield srv
    srv.stop()


def test_serves_pages_with_headers(server: PreviewServer) -> None:
    resp = _request(server, "/")
    assert resp.status == 200
    assert resp.getheader("Content-Type") == "text/html; charset=utf-8"
    assert "no-store" in resp.getheader("Cache-Control")
    assert resp.getheader("Content-Length") == str(len(resp.body))
    assert resp.getheader("Server") is None
    css = _request(server, "/style.css")
    assert css.getheader("Content-Type") == "text/css; charset=utf-8"
    assert css.body == b"body { color: red }"
    assert _request(server, "/data.json").getheader("Content-Type").startswith("application/json")


def test_livereload_script_injected_before_body_end(server: PreviewServer) -> None:
    resp = _request(server, "/")
    body = resp.body.decode()
    assert resp.getheader("X-Rack-LiveReload") == "1"
    script_at = body.index("livereload.js?snipver=1")
    assert script_at < body.index("</body>")
    assert f":{server.livereload_port}/livereload.js" in body
    # Non-HTML is never touched.
    assert b"livereload" not in _request(server, "/style.css").body


def test_pretty_urls_redirects_and_404(server: PreviewServer) -> None:
    assert b"About" in _request(server, "/about").body
    redirect = _request(server, "/docs")
    assert redirect.status == 301 and redirect.getheader("Location") == "/docs/"
    missing = _request(server, "/missing")
    assert missing.status == 404
    assert b"Custom missing page" in missing.body
    assert missing.getheader("Content-Type") == "text/html; charset=utf-8"


@pytest.mark.parametrize(
    "path", ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc", "/..\\x"]
)
def test_traversal_over_http(server: PreviewServer, path: str) -> None:
    resp = _request(server, path)
    assert resp.status in (403, 404)
    assert b"root:" not in resp.body


def test_head_and_unsupported_methods(server: PreviewServer) -> None:
    head = _request(server, "/", method="HEAD")
    assert head.status == 200 and head.body == b""
    assert int(head.getheader("Content-Length")) > 0
    assert _request(server, "/", method="POST").status == 405


def test_error_overlay_while_build_is_broken(server: PreviewServer) -> None:
    server.build_error = (
        "Liquid syntax error (line 3): 'if' tag was never closed in _layouts/default.html"
    )
    body = _request(server, "/").body.decode()
    assert 'id="jekyll-py-build-error"' in body
    assert "&#x27;if&#x27; tag was never closed in _layouts/default.html" in body
    server.build_error = None
    assert "jekyll-py-build-error" not in _request(server, "/").body.decode()


def test_baseurl_and_configured_headers(tmp_path: Path) -> None:
    srv = PreviewServer(
        {"port": 0, "baseurl": "/site", "webrick": {"headers": {"X-Test": "yes"}}},
        _site(tmp_path / "_site"),
    )
    srv.start()
    try:
        assert srv.address == f"http://127.0.0.1:{srv.port}/site/"
        ok = _request(srv, "/site/about")
        assert ok.status == 200 and ok.getheader("X-Test") == "yes"
        assert b"livereload" not in ok.body  # LiveReload is off
        assert _request(srv, "/about").status == 404
        assert _request(srv, "/site").getheader("Location") == "/site/"
    finally:
        srv.stop()


def test_port_in_use_raises(server: PreviewServer, tmp_path: Path) -> None:
    other = PreviewServer({"port": server.port}, tmp_path)
    with pytest.raises(OSError):
        other.start()


def test_livereload_port_serves_client_and_protocol(server: PreviewServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.livereload_port, timeout=5)
    conn.request("GET", "/livereload.js?snipver=1")
    resp = conn.getresponse()
    assert resp.status == 200 and b"LiveReload" in resp.read()
    conn.request("GET", "/other")
    other = conn.getresponse()
    assert other.status == 400 and b"only serves livereload.js" in other.read()
    conn.close()

    async def talk() -> list[dict]:
        ws = await websocket_connect(f"ws://127.0.0.1:{server.livereload_port}/livereload")
        ws.write_message(
            json.dumps(
                {"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}
            )
        )
        hello = json.loads(await ws.read_message())
        for _ in range(100):
            if server.reactor.clients:
                break
            await asyncio.sleep(0.02)
        server.reactor.reload(
            [ChangedItem("/assets/main.css", "assets/main.scss"), ChangedItem("/", "index.md")]
        )
        first = json.loads(await ws.read_message())
        second = json.loads(await ws.read_message())
        ws.close()
        return [hello, first, second]

    hello, first, second = asyncio.run(talk())
    assert hello["command"] == "hello"
    assert "http://livereload.com/protocols/official-7" in hello["protocols"]
    assert first == {"command": "reload", "path": "/assets/main.css", "liveCSS": True}
    assert second == {"command": "reload", "path": "/", "liveCSS": True}


def test_ssl_when_cert_and_key_given(tmp_path: Path) -> None:
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-keyout",
            str(tmp_path / "key.pem"),
            "-out",
            str(tmp_path / "cert.pem"),
        ],
        check=True,
        capture_output=True,
    )
    srv = PreviewServer(
        {"port": 0, "source": str(tmp_path), "ssl_cert": "cert.pem", "ssl_key": "key.pem"},
        _site(tmp_path / "_site"),
    )
    srv.start()
    try:
        assert srv.address.startswith("https://127.0.0.1:")
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        conn = http.client.HTTPSConnection("127.0.0.1", srv.port, timeout=5, context=context)
        conn.request("GET", "/about")
        assert conn.getresponse().status == 200
        conn.close()
    finally:
        srv.stop()


def test_ssl_needs_both_files(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Both are required"):
        PreviewServer({"port": 0, "ssl_cert": "cert.pem"}, tmp_path)


def test_parse_range() -> None:
    from jekyll_py.server.http_server import parse_range

    assert parse_range("bytes=0-3", 10) == (0, 3)
    assert parse_range("bytes=5-", 10) == (5, 9)
    assert parse_range("bytes=-4", 10) == (6, 9)
    assert parse_range("bytes=8-100", 10) == (8, 9)
    assert parse_range("bytes=10-", 10) == (0, -1)
    assert parse_range("bytes=0-1,4-5", 10) is None
    assert parse_range("items=0-1", 10) is None


def test_range_requests_for_media(server: PreviewServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request("GET", "/style.css", headers={"Range": "bytes=5-9"})
    resp = conn.getresponse()
    assert resp.status == 206
    assert resp.getheader("Content-Range") == "bytes 5-9/19"
    assert resp.read() == b"{ col"
    conn.request("GET", "/style.css", headers={"Range": "bytes=50-"})
    resp = conn.getresponse()
    resp.read()
    assert resp.status == 416
    conn.close()
