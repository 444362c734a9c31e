"""A stand-in for GitHub's gist API on 127.0.0.1, for jekyll-gist's token path.

With ``$JEKYLL_GITHUB_TOKEN`` set, jekyll-gist asks Octokit for the gist and
Octokit sends the request to ``$OCTOKIT_API_ENDPOINT``. Pointing both engines
at this server lets ``tools/record_gist_api.py`` record what real Jekyll
writes and ``tests/plugins/test_gist_api.py`` check ours against it, with no
network. The server answers ``GET /gists/<id>`` from :data:`GISTS` (the last
path segment is the id, so ``/gists/user/<id>`` is found too) and 404s the
rest; it keeps each request's path and headers.
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

#: The gists the server knows, as GitHub's API lists their files.
GISTS: dict[str, dict[str, Any]] = {
    "aa11": {"files": {
        "first.rb": {"filename": "first.rb", "content": "puts '<hi>' & \"x\"\n"},
        "second.md": {"filename": "second.md", "content": "# Été — ü\n\n* one\n"},
        "empty.txt": {"filename": "empty.txt", "content": ""},
    }},
    "bb22": {"files": {}},
    "cc33": {"files": {"truncated.log": {"filename": "truncated.log", "content": None}}},
}


@contextmanager
def gist_api() -> Iterator[tuple[str, list[dict[str, str]]]]:
    """Serve :data:`GISTS`; yield ``(endpoint URL, requests seen)``."""
    seen: list[dict[str, str]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            seen.append({"path": self.path, "authorization": self.headers.get("Authorization", ""),
                         "accept": self.headers.get("Accept", "")})
            gist_id = self.path.rstrip("/").rsplit("/", 1)[-1]
            if self.path.startswith("/gists/") and gist_id in GISTS:
                status, body = 200, {"id": gist_id, **GISTS[gist_id]}
            else:
                status, body = 404, {"message": "Not Found"}
            data = json.dumps(body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", seen
    finally:
        server.shutdown()
        server.server_close()


def refused_endpoint() -> str:
    """A loopback URL whose port had a listener a moment ago and has none now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def endpoint_for(fixture_root: Path, server_url: str) -> str:
    """The API endpoint a fixture is built against (``api_endpoint: refused``
    in its ``fixture.yml`` asks for one nothing listens on)."""
    data = yaml.safe_load((fixture_root / "fixture.yml").read_text("utf-8")) or {}
    return refused_endpoint() if data.get("api_endpoint") == "refused" else server_url
