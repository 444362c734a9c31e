"""jekyll-paginate 1.1: the classic ``paginate``/``paginate_path`` pagination.

The template is the ``index.html`` page (only that name, as in the gem) in the
folder of ``paginate_path`` or a parent of it, the deepest one winning. Page 1
is the template itself; pages 2.. are copies of it at ``paginate_path`` with
``:num`` replaced. Each gets a ``Pager`` that Liquid sees as ``paginator``.
Posts with ``hidden: true`` are left out, newest posts come first.
"""

from __future__ import annotations

import math
import os
from typing import Any

from jekyll_py.page import Page
from jekyll_py.plugin import Generator

GEM = "jekyll-paginate"


def _to_i(value: Any) -> int:
    """Ruby's ``to_i`` on the ``paginate`` setting (``"3"`` -> 3, junk -> 0)."""
    if isinstance(value, bool) or value is None:
        return 0
    if isinstance(value, (int, float)):
        return int(value)
    digits = ""
    for index, char in enumerate(str(value).strip()):
        if char.isdigit() or (index == 0 and char in "+-"):
            digits += char
        else:
            break
    try:
        return int(digits)
    except ValueError:
        return 0


def _ensure_leading_slash(path: str) -> str:
    return path if path.startswith("/") else "/" + path


def _remove_leading_slash(path: str) -> str:
    return _ensure_leading_slash(path)[1:]


def calculate_pages(all_posts: list[Any], per_page: int) -> int:
    if per_page == 0:
        raise ZeroDivisionError("paginate must be a positive number")
    return math.ceil(len(all_posts) / per_page)


def pagination_enabled(site: Any) -> bool:
    return site.config.get("paginate") is not None and len(site.pages) > 0


def _in_hierarchy(source: str, page_dir: str, paginate_dir: str) -> bool:
    if paginate_dir == os.path.dirname(paginate_dir):
        return False
    return page_dir == paginate_dir or _in_hierarchy(source, page_dir, os.path.dirname(paginate_dir))


def pagination_candidate(config: dict[str, Any], page: Any) -> bool:
    """An ``index.html`` in the folder of ``paginate_path`` or one of its parents."""
    source = str(config["source"])
    page_dir = os.path.dirname(os.path.normpath(os.path.join(source, _remove_leading_slash(page.path))))
    paginate = os.path.normpath(os.path.join(source, _remove_leading_slash(str(config["paginate_path"]))))
    return page.name == "index.html" and _in_hierarchy(source, page_dir, os.path.dirname(paginate))


def template_page(site: Any) -> Any:
    """The page the others are copies of: the candidate with the longest path."""
    candidates = [p for p in site.pages if pagination_candidate(site.config, p)]
    candidates.sort(key=lambda p: len(p.path), reverse=True)
    return candidates[0] if candidates else None


def paginate_path(site: Any, num_page: int | None) -> str | None:
    """The URL of page *num_page* (page 1 is the template's own URL)."""
    if num_page is None:
        return None
    if num_page <= 1:
        template = template_page(site)
        return template.url if template is not None else None
    return _ensure_leading_slash(str(site.config["paginate_path"]).replace(":num", str(num_page), 1))


class Pager:
    """One page's slice of the posts and its neighbours (``paginator`` in Liquid)."""

    def __init__(self, site: Any, page: int, all_posts: list[Any], num_pages: int | None = None) -> None:
        self.page = page
        self.per_page = _to_i(site.config.get("paginate"))
        self.total_pages = num_pages if num_pages is not None else calculate_pages(all_posts, self.per_page)
        if page > self.total_pages:
            raise RuntimeError(
                f"page number can't be greater than total pages: {page} > {self.total_pages}"
            )
        start = (page - 1) * self.per_page
        end = min(start + self.per_page, len(all_posts))
        self.total_posts = len(all_posts)
        self.posts = all_posts[start:end]
        self.previous_page = page - 1 if page != 1 else None
        self.previous_page_path = paginate_path(site, self.previous_page)
        self.next_page = page + 1 if page != self.total_pages else None
        self.next_page_path = paginate_path(site, self.next_page)

    def to_liquid(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "per_page": self.per_page,
            "posts": [post.to_liquid() for post in self.posts],
            "total_posts": self.total_posts,
            "total_pages": self.total_pages,
            "previous_page": self.previous_page,
            "previous_page_path": self.previous_page_path,
            "next_page": self.next_page,
            "next_page_path": self.next_page_path,
        }


class Pagination(Generator):
    """Splits the posts over the template page and its numbered copies."""

    gem = GEM
    safe = True
    priority = "lowest"

    def generate(self, site: Any) -> None:
        if not pagination_enabled(site):
            return
        template = template_page(site)
        if template is None:
            site.logger.warn(
                "Pagination:",
                "Pagination is enabled, but I couldn't find an index.html page to use as "
                "the pagination template. Skipping pagination.",
            )
            return
        self.paginate(site, template)

    @staticmethod
    def paginate(site: Any, template: Any) -> None:
        posts = sorted(site.posts.docs, key=lambda d: d.sort_key(), reverse=True)
        posts = [p for p in posts if not p.data.get("hidden")]
        pages = calculate_pages(posts, _to_i(site.config.get("paginate")))
        for num_page in range(1, pages + 1):
            pager = Pager(site, num_page, posts, pages)
            if num_page == 1:
                template.pager = pager
                continue
            page = Page(site, site.source, template._dir, template.name)
            page.pager = pager
            # Jekyll's ``newpage.dir = ...``: the copy lives at the pager's path.
            page._dir = paginate_path(site, num_page) or ""
            page._url = None
            site.pages.append(page)
