"""``Jekyll::Layout``: a template that wraps rendered content."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from jekyll_py.convertible import read_front_matter

if TYPE_CHECKING:
    from jekyll_py.site import Site


class Layout:
    def __init__(self, site: Site, base: str, name: str, base_dir: str | None = None) -> None:
        self.site = site
        self.base = base
        self.name = name
        self.path = os.path.join(base, name)
        self.base_dir = base_dir or site.source
        #: ``/_layouts/default.html`` (relative to the source, leading slash), as Jekyll has it.
        self.relative_path = self.path.replace(self.base_dir, "", 1)
        self.ext = os.path.splitext(name)[1]
        data, content, consumed = read_front_matter(site, self.path, self.relative_path.lstrip("/"))
        self.data: dict[str, Any] = data
        self.content: str = content
        self.line_offset = consumed

    def __repr__(self) -> str:
        return f"<Layout {self.path!r}>"
