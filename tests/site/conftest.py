"""Helpers shared by the root-site and ``new`` tests."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml


class _IdCollector(HTMLParser):
    """Every ``id`` attribute value in a document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids.update(value for name, value in attrs if name == "id" and value)


def element_ids(html: str) -> set[str]:
    collector = _IdCollector()
    collector.feed(html)
    return collector.ids


def navigation_anchors(data_file: Path) -> list[str]:
    """The fragment of every `main` link in a navigation.yml, all of which point at `/`."""
    links = yaml.safe_load(data_file.read_text("utf-8"))["main"]
    anchors = []
    for link in links:
        path, _, fragment = link["url"].partition("#")
        assert path == "/", f"navigation link {link} does not point at the homepage"
        assert fragment, f"navigation link {link} has no #fragment"
        anchors.append(fragment)
    return anchors


@pytest.fixture
def assert_anchors_exist() -> Callable[[Path, Path], None]:
    """``check(index_html, navigation_yml)``: every navigation link's anchor is in the page."""

    def check(index_html: Path, data_file: Path) -> None:
        ids = element_ids(index_html.read_text("utf-8"))
        missing = [a for a in navigation_anchors(data_file) if a not in ids]
        assert not missing, f"navigation links to missing anchors {missing}; ids present: {sorted(ids)}"

    return check
