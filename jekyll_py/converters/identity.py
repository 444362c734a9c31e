"""``Jekyll::Converters::Identity``: leaves content as it is (HTML and anything else)."""

from __future__ import annotations

from jekyll_py.plugin import Converter


class Identity(Converter):
    safe = True
    priority = "lowest"

    def matches(self, ext: str) -> bool:
        return True

    def output_ext(self, ext: str) -> str:
        return ext

    def convert(self, content: str) -> str:
        return content
