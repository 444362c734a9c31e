"""Themes: ``theme:`` from a folder, an entry point or installed gem folders, and
``remote_theme:`` downloaded from a (local) GitHub-archive server and cached."""

from __future__ import annotations

import http.server
import io
import sys
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from jekyll_py.log import WARN, JekyllLogger
from jekyll_py.plugin_manager import PluginManager
from jekyll_py.plugins import remote_theme
from jekyll_py.plugins.remote_theme import extract_archive, parse_remote_theme
from jekyll_py.plugins.theme import Theme, find_theme_root


def make_site(tmp_path: Path, **config: Any) -> SimpleNamespace:
    source = tmp_path / "src"
    source.mkdir(exist_ok=True)
    return SimpleNamespace(config={"plugins": [], **config}, source=str(source), safe=False,
                           logger=JekyllLogger(level=WARN + 1))


def make_theme(root: Path) -> Path:
    for folder, name, text in (("_layouts", "default.html", "<main>{{ content }}</main>"),
                               ("_includes", "head.html", "<meta>"),
                               ("_sass", "theme.scss", "a{b:c}"),
                               ("assets", "main.css", "x")):
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / name).write_text(text)
    (root / "_config.yml").write_text("title: Theme title\nshow_excerpts: true\nsafe: true\n")
    return root


def test_theme_folder_relative_to_the_source(tmp_path: Path) -> None:
    site = make_site(tmp_path, theme="../my-theme")
    make_theme(tmp_path / "my-theme")
    manager = PluginManager(site)
    manager.conscientious_require()
    theme = manager.theme
    assert isinstance(theme, Theme)
    assert theme.name == "../my-theme"
    assert theme.layouts_path == str((tmp_path / "my-theme" / "_layouts").resolve())
    assert theme.includes_path and theme.sass_path and theme.assets_path
    assert theme.data_path is None


def test_theme_configuration_sits_under_the_site_configuration(tmp_path: Path) -> None:
    theme = Theme("t", make_theme(tmp_path / "t"))
    merged = theme.configuration({"title": "Mine"}, defaults={"safe": False})
    assert merged == {"title": "Mine", "show_excerpts": True}  # `safe` is a Jekyll default
    assert theme.configuration({"ignore_theme_config": True}, {}) == {"ignore_theme_config": True}


def test_theme_subfolder_escaping_the_root_is_refused(tmp_path: Path) -> None:
    root = make_theme(tmp_path / "t")
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "_data").symlink_to(outside)
    assert Theme("t", root).data_path is None


def test_installed_gem_theme_is_found_by_name_and_newest_version(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    gems = tmp_path / "gems"
    make_theme(gems / "fancy-theme-1.2.0")
    make_theme(gems / "fancy-theme-1.10.0")
    make_theme(gems / "fancy-theme-extras-9.0.0")
    monkeypatch.setenv("JEKYLL_PY_THEMES", str(gems))
    assert find_theme_root("fancy-theme", str(tmp_path)) == str(gems / "fancy-theme-1.10.0")


def test_missing_theme_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JEKYLL_PY_THEMES", str(tmp_path / "none"))
    site = make_site(tmp_path, theme="no-such-theme-anywhere")
    manager = PluginManager(site)
    manager.conscientious_require()
    assert manager.theme is None
    assert any("The no-such-theme-anywhere theme could not be found." in m for m in site.logger.messages)


def test_parse_remote_theme() -> None:
    assert parse_remote_theme("pages-themes/cayman@v0.2.0") == ("pages-themes", "cayman", "v0.2.0")
    assert parse_remote_theme("owner/name") == ("owner", "name", "HEAD")
    assert parse_remote_theme("https://github.com/owner/name@main") == ("owner", "name", "main")
    with pytest.raises(remote_theme.RemoteThemeError):
        parse_remote_theme("not a theme")


def _archive(files: dict[str, str], top: str = "cayman-0.2.0") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"{top}/", "")
        for name, text in files.items():
            archive.writestr(f"{top}/{name}" if not name.startswith("/") else name, text)
    return buffer.getvalue()


def test_extract_archive_strips_the_top_folder_and_refuses_escapes(tmp_path: Path) -> None:
    data = _archive({"_layouts/default.html": "L", "../evil.txt": "x"})
    extract_archive(data, tmp_path / "out")
    assert (tmp_path / "out" / "_layouts" / "default.html").read_text() == "L"
    assert not (tmp_path / "evil.txt").exists()
    assert not list((tmp_path / "out").glob("*evil*"))


@pytest.fixture
def archive_server() -> Iterator[tuple[str, list[str]]]:
    """A local stand-in for codeload.github.com serving one theme archive."""
    requests: list[str] = []
    body = _archive({"_layouts/default.html": "<body>{{ content }}</body>",
                     "_includes/footer.html": "footer", "assets/style.css": "css"})

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            requests.append(self.path)
            if self.path == "/pages-themes/cayman/zip/v0.2.0":
                self.send_response(200)
                self.send_header("Content-Type", "application/zip")
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_response(404)
                self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requests
    finally:
        server.shutdown()
        server.server_close()


def test_remote_theme_is_downloaded_once_and_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    archive_server: tuple[str, list[str]]) -> None:
    base_url, requests = archive_server
    monkeypatch.setenv("JEKYLL_PY_CACHE", str(tmp_path / "cache"))
    config = {"remote_theme": "pages-themes/cayman@v0.2.0", "plugins": ["jekyll-remote-theme"],
              "remote_theme_base_url": base_url}
    site = make_site(tmp_path, **config)
    manager = PluginManager(site)
    manager.conscientious_require()
    theme = manager.theme
    assert theme is not None and theme.name == "cayman"
    assert Path(theme.layouts_path or "", "default.html").read_text() == "<body>{{ content }}</body>"
    assert Path(theme.includes_path or "", "footer.html").read_text() == "footer"
    assert requests == ["/pages-themes/cayman/zip/v0.2.0"]
    again = PluginManager(make_site(tmp_path, **config))
    again.conscientious_require()
    assert again.theme is not None and again.theme.root == theme.root
    assert len(requests) == 1  # served from the cache


def test_remote_theme_needs_the_plugin_and_reports_download_errors(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, archive_server: tuple[str, list[str]]) -> None:
    base_url, requests = archive_server
    monkeypatch.setenv("JEKYLL_PY_CACHE", str(tmp_path / "cache"))
    unlisted = make_site(tmp_path, remote_theme="pages-themes/cayman@v0.2.0", remote_theme_base_url=base_url)
    manager = PluginManager(unlisted)
    manager.conscientious_require()
    assert manager.theme is None and requests == []
    missing = make_site(tmp_path, remote_theme="pages-themes/nope", plugins=["jekyll-remote-theme"],
                        remote_theme_base_url=base_url)
    manager = PluginManager(missing)
    manager.conscientious_require()
    assert manager.theme is None
    assert any("could not download" in m for m in missing.logger.messages)


def test_stale_cache_is_used_when_the_refresh_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    archive_server: tuple[str, list[str]]) -> None:
    base_url, requests = archive_server
    monkeypatch.setenv("JEKYLL_PY_CACHE", str(tmp_path / "cache"))
    site = make_site(tmp_path, remote_theme_base_url=base_url)
    first = remote_theme.download_theme(site, "pages-themes/cayman@v0.2.0")
    assert first is not None
    site.config["remote_theme_base_url"] = "http://127.0.0.1:9"  # nothing listens there
    later = remote_theme.download_theme(site, "pages-themes/cayman@v0.2.0",
                                        now=10 * remote_theme.REMOTE_THEME_TTL + 1e12)
    assert later is not None and later.root == first.root
    assert any("using the cached copy" in m for m in site.logger.messages)


def test_site_builds_with_a_remote_theme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         archive_server: tuple[str, list[str]]) -> None:
    """End to end: the downloaded theme's layout, include and assets are used."""
    from jekyll_py.configuration import Configuration
    from jekyll_py.site import Site

    base_url, _ = archive_server
    monkeypatch.setenv("JEKYLL_PY_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "site"
    source.mkdir()
    (source / "_config.yml").write_text(
        f"remote_theme: pages-themes/cayman@v0.2.0\nplugins: [jekyll-remote-theme]\n"
        f"remote_theme_base_url: {base_url}\n")
    (source / "index.md").write_text("---\nlayout: default\n---\nHello {% include footer.html %}\n")
    site = Site(Configuration.from_options({"source": str(source), "destination": str(tmp_path / "out"),
                                            "quiet": True}), logger=JekyllLogger(level=WARN + 1))
    site.process()
    assert (tmp_path / "out" / "index.html").read_text() == "<body><p>Hello footer</p>\n</body>"
    assert (tmp_path / "out" / "assets" / "style.css").read_text() == "css"


def test_theme_from_a_python_package_brings_its_dependencies(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    dist = tmp_path / "dist"
    package = dist / "pkg_theme"
    make_theme(package)
    (package / "__init__.py").write_text('JEKYLL_DEPENDENCIES = ("jekyll-seo-tag",)\n')
    info = dist / "pkg_theme-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: pkg-theme\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[jekyll_py.themes]\npkg-theme = pkg_theme\n")
    monkeypatch.syspath_prepend(str(dist))
    site = make_site(tmp_path, theme="pkg-theme")
    manager = PluginManager(site)
    manager.conscientious_require()
    assert manager.theme is not None and manager.theme.root == str(package.resolve())
    assert "jekyll-seo-tag" in manager.enabled_gems
    assert "seo" in manager.liquid_tags()
    sys.modules.pop("pkg_theme", None)
