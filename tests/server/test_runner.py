"""``jekyll-py serve``: option rules, site URL, console output, and the real command."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from jekyll_py.server.builder import BuildResult
from jekyll_py.server.http_server import PreviewServer
from jekyll_py.server.live_reload_reactor import ChangedItem
from jekyll_py.server.runner import ServeAborted, after_rebuild, default_url, prepare_config, serve

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _source(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "_config.yml").write_text("title: Runner test\nurl: https://example.org\n")
    (src / "index.md").write_text(
        "---\ntitle: Home\n---\n{{ site.url }} and {{ 'x' | absolute_url }}\n"
    )
    return src


def test_livereload_flags_need_livereload(tmp_path: Path) -> None:
    src = _source(tmp_path)
    for flag in (
        {"livereload_port": 1234},
        {"livereload_ignore": ["*.css"]},
        {"livereload_min_delay": 2},
    ):
        with pytest.raises(ServeAborted, match="require the --livereload option"):
            prepare_config({"source": str(src), **flag})
    assert serve({"source": str(src), "livereload_port": 1234}) == 1


def test_livereload_implies_watch_and_default_port(tmp_path: Path) -> None:
    config = prepare_config({"source": str(_source(tmp_path)), "livereload": True, "watch": False})
    assert config["watch"] is True
    assert config["livereload_port"] == 35729
    assert config["serving"] is True


def test_site_url_is_the_local_server_in_development(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = _source(tmp_path)
    monkeypatch.delenv("JEKYLL_ENV", raising=False)
    assert prepare_config({"source": str(src)})["url"] == "http://localhost:4000"
    assert (
        prepare_config({"source": str(src), "port": "4001", "host": "0.0.0.0"})["url"]
        == "http://0.0.0.0:4001"
    )
    monkeypatch.setenv("JEKYLL_ENV", "production")
    assert prepare_config({"source": str(src)})["url"] == "https://example.org"
    assert default_url({"host": "127.0.0.1", "port": 4000}) == "http://localhost:4000"


def test_after_rebuild_shows_and_clears_errors(tmp_path: Path) -> None:
    server = PreviewServer({"port": 0}, tmp_path)
    sent: list = []
    server.reactor._send = sent.extend  # type: ignore[method-assign]
    server.reactor._send_per_client = sent.extend  # type: ignore[method-assign]
    after_rebuild(
        server, BuildResult(False, error="Liquid syntax error (line 1): boom in index.md")
    )
    assert server.build_error == "Liquid syntax error (line 1): boom in index.md"
    assert sent == [{"command": "reload", "path": "/", "liveCSS": True}]
    sent.clear()
    after_rebuild(server, BuildResult(True, changed=[ChangedItem("/assets/main.css")]))
    assert server.build_error is None
    assert sent == [
        {"command": "reload", "path": "/", "liveCSS": True}
    ]  # every page had the overlay
    sent.clear()
    after_rebuild(server, BuildResult(True, changed=[ChangedItem("/assets/main.css")]))
    assert sent == [ChangedItem("/assets/main.css")]


def test_edited_page_is_reloaded_once(tmp_path: Path) -> None:
    from jekyll_py.server.runner import early_reload

    server = PreviewServer({"port": 0}, tmp_path)
    sent: list = []
    server.reactor._send_per_client = sent.extend  # type: ignore[method-assign]
    post = ChangedItem("/2024/01/01/a.html", "_posts/2024-01-01-a.md", str(tmp_path / "a.html"))
    early_reload(server, [post])
    assert sent == [post]
    after_rebuild(server, BuildResult(True, changed=[post, ChangedItem("/", "index.md")]))
    assert sent == [post, ChangedItem("/", "index.md")]
    assert server.reloaded_early == set()


def test_serve_command_end_to_end(tmp_path: Path) -> None:
    """``python -m jekyll_py serve`` builds, prints Jekyll's lines, serves, and rebuilds on change."""
    src = _source(tmp_path)
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "PYTHONUNBUFFERED": "1"}
    env.pop("JEKYLL_ENV", None)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jekyll_py",
            "serve",
            "-s",
            str(src),
            "-d",
            str(tmp_path / "out"),
            "-P",
            str(port),
            "-b",
            "/base",
        ],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if "Server running..." in line:
                break
        out = "".join(lines)
        assert "Auto-regeneration: enabled for" in out
        assert f"    Server address: http://127.0.0.1:{port}/base/\n" in out
        assert "  Server running... press ctrl-c to stop.\n" in out

        def get(path: str) -> tuple[int, str]:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", path)
            resp = conn.getresponse()
            body = resp.read().decode()
            conn.close()
            return resp.status, body

        status, body = get("/base/")
        assert status == 200
        assert f"http://localhost:{port}/base/x" in body
        assert get("/")[0] == 404
        (src / "index.md").write_text("---\ntitle: Home\n---\nChanged text\n")
        for line in proc.stdout:
            lines.append(line)
            if "...done in" in line:
                break
        assert "Changed text" in get("/base/")[1]
        assert "      Regenerating: 1 file(s) changed at " in "".join(lines)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
