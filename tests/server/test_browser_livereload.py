"""End to end in headless Chromium: ``jekyll-py serve --livereload`` as a user meets it.

Each test copies a small site into a temporary folder, starts the real
``serve`` command in a subprocess on free ports, opens the page in Chromium
(Debian's ``/usr/bin/chromium`` driven by playwright; never a downloaded
browser) and edits source files the way an editor would.
"""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PROJECT_ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed"),
]

LAYOUT = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>{{ page.title }}</title>
<link rel="stylesheet" href="{{ '/assets/style.css' | relative_url }}"></head>
<body>
{{ content }}
<footer>{{ site.title }}</footer>
</body>
</html>
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _write(path: Path, text: str) -> None:
    """Save like an editor: write a new file and rename it over the old one."""
    tmp = path.with_name(path.name + ".tmp-save")
    tmp.write_text(text)
    os.replace(tmp, path)


class Served:
    """A running ``serve`` subprocess and where to reach it."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.port = _free_port()
        self.lr_port = _free_port()
        options = {
            "source": str(source),
            "destination": str(source / "_site"),
            "host": "127.0.0.1",
            "port": self.port,
            "livereload": True,
            "livereload_port": self.lr_port,
        }
        code = f"import sys; from jekyll_py.server import serve; sys.exit(serve({options!r}))"
        env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=source,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.log: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()
        self.expect("Server running...", timeout=60)

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.log.append(line)
            self.lines.put(line)

    def expect(self, text: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            if text in line:
                return line
        raise AssertionError(f"server never printed {text!r}; output:\n{''.join(self.log)}")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    src = tmp_path / "site"
    (src / "_layouts").mkdir(parents=True)
    (src / "assets").mkdir()
    (src / "_config.yml").write_text("title: Live reload test\n")
    (src / "_layouts" / "default.html").write_text(LAYOUT)
    (src / "index.md").write_text(
        "---\nlayout: default\ntitle: Home\n---\n\nHello from *the first* version.\n"
    )
    (src / "about.md").write_text("---\nlayout: default\ntitle: About\n---\n\nAbout, first take.\n")
    (src / "assets" / "style.css").write_text("p { color: rgb(0, 0, 255); }\n")
    return src


@pytest.fixture()
def served(site: Path) -> Iterator[Served]:
    server = Served(site)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _open(browser: object, served: Served, path: str = "") -> object:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(served.url + path)
    # The LiveReload client has finished its handshake (protocol negotiated);
    # its page report ("info") follows in the same breath.
    page.wait_for_function(
        "() => window.LiveReload && window.LiveReload.connector"
        " && window.LiveReload.connector.protocol > 0",
        timeout=20000,
    )
    page.wait_for_timeout(100)
    return page


def test_edit_appears_without_manual_reload(browser: object, served: Served, site: Path) -> None:
    page = _open(browser, served)
    assert "Hello from the first version." in page.inner_text("body")
    _write(
        site / "index.md",
        "---\nlayout: default\ntitle: Home\n---\n\nGreetings from the *second* version.\n",
    )
    page.wait_for_function(
        "() => document.body.innerText.includes('Greetings from the second version.')",
        timeout=15000,
    )
    assert page.title() == "Home"
    page.close()


def test_css_change_swaps_stylesheet_without_page_reload(
    browser: object, served: Served, site: Path
) -> None:
    page = _open(browser, served)
    color = "() => getComputedStyle(document.querySelector('p')).color"
    assert page.evaluate(color) == "rgb(0, 0, 255)"
    page.evaluate("() => { window.__stillTheSamePage = true; }")
    _write(site / "assets" / "style.css", "p { color: rgb(255, 0, 0); }\n")
    page.wait_for_function(f"() => ({color})() === 'rgb(255, 0, 0)'", timeout=15000)
    # The document was not reloaded: the marker set before the change is still there.
    assert page.evaluate("() => window.__stillTheSamePage") is True
    page.close()


def test_broken_template_shows_error_then_recovers(
    browser: object, served: Served, site: Path
) -> None:
    page = _open(browser, served)
    layout = site / "_layouts" / "default.html"
    _write(layout, LAYOUT.replace("{{ content }}", "{% if page.title %}\n{{ content }}"))
    overlay = page.wait_for_selector("#jekyll-py-build-error", timeout=15000)
    message = overlay.inner_text()
    assert "_layouts/default.html" in message
    assert "line" in message
    # The last good page is still shown under the overlay.
    assert "Hello from the first version." in page.inner_text("body")
    served.expect("Error:")

    _write(layout, LAYOUT)
    _write(site / "index.md", "---\nlayout: default\ntitle: Home\n---\n\nFixed and *back*.\n")
    page.wait_for_function(
        "() => !document.getElementById('jekyll-py-build-error')"
        " && document.body.innerText.includes('Fixed and back.')",
        timeout=15000,
    )
    page.close()


def test_only_tabs_showing_the_edited_page_reload(
    browser: object, served: Served, site: Path
) -> None:
    home = _open(browser, served)
    about = _open(browser, served, "about.html")
    for tab in (home, about):
        tab.evaluate("() => { window.__stillTheSamePage = true; }")
    _write(site / "about.md", "---\nlayout: default\ntitle: About\n---\n\nAbout, second take.\n")
    about.wait_for_function(
        "() => document.body.innerText.includes('About, second take.')", timeout=15000
    )
    served.expect("...done in")
    home.wait_for_timeout(500)
    assert home.evaluate("() => window.__stillTheSamePage") is True
    home.close()
    about.close()
