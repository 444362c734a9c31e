"""Jekyll's front matter: its exact pattern, on python-frontmatter's handler API.

python-frontmatter's own ``loads`` strips the whole text and splits on any
``---`` line; Jekyll instead matches ``YAML_FRONT_MATTER_REGEXP`` at the very
start and also swallows blank lines after the closing fence. So we plug
Jekyll's pattern into a ``YAMLHandler`` and call its ``split``/``load``.
"""

from __future__ import annotations

import re
from typing import Any

from frontmatter.default_handlers import YAMLHandler

from jekyll_py import yaml_loader

#: ``Document::YAML_FRONT_MATTER_REGEXP``; Ruby's ``m`` flag is Python's DOTALL.
YAML_FRONT_MATTER_RE = re.compile(r"\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)", re.S | re.M)


class JekyllYAMLHandler(YAMLHandler):
    """A python-frontmatter handler that behaves like Jekyll's reader."""

    FM_BOUNDARY = YAML_FRONT_MATTER_RE

    def detect(self, text: str) -> bool:
        return bool(YAML_FRONT_MATTER_RE.match(text))

    def split(self, text: str) -> tuple[str, str]:
        match = YAML_FRONT_MATTER_RE.match(text)
        if match is None:
            raise ValueError("no front matter")
        return match.group(1), text[match.end() :]

    def load(self, fm: str, **kwargs: object) -> Any:
        return yaml_loader.safe_load(fm, kwargs.get("path"))  # type: ignore[arg-type]


_HANDLER = JekyllYAMLHandler()


def read_file_text(path: str) -> str:
    """Read a source file as Jekyll does (``bom|utf-8``): a BOM is dropped.

    Ruby reads any bytes into a UTF-8 string and only complains when the
    string is used; bytes that are not UTF-8 are kept here as lone surrogates
    (``surrogateescape``) so the same happens later, and so they are written
    back out unchanged (see ``convertible.write_output``).
    """
    with open(path, encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
        return fh.read()


def split(text: str, path: str | None = None) -> tuple[dict[str, Any] | None, str, int]:
    """Split ``text`` into (front matter data, content, lines consumed).

    ``data`` is ``None`` when the text has no front matter. ``lines consumed``
    lets Liquid error messages count lines from the top of the file like Jekyll.
    """
    if not _HANDLER.detect(text):
        return None, text, 0
    fm, content = _HANDLER.split(text)
    data = _HANDLER.load(fm, path=path)
    consumed = text[: len(text) - len(content)].count("\n")
    return data, content, consumed
