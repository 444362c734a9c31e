"""``Jekyll::PostReader``: ``_posts`` and ``_drafts`` folders anywhere in the source."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from jekyll_py.document import DATE_FILENAME_MATCHER, DATELESS_FILENAME_MATCHER, Document
from jekyll_py.liquid import rubystring
from jekyll_py.log import logger

if TYPE_CHECKING:
    import re

    from jekyll_py.site import Site


class PostReader:
    def __init__(self, site: Site) -> None:
        self.site = site

    def read_posts(self, dir: str) -> list[Document]:
        return self.read_publishable(dir, "_posts", DATE_FILENAME_MATCHER)

    def read_drafts(self, dir: str) -> list[Document]:
        return self.read_publishable(dir, "_drafts", DATELESS_FILENAME_MATCHER)

    def read_publishable(self, dir: str, magic_dir: str, matcher: re.Pattern[str]) -> list[Document]:
        docs = []
        for entry in self.site.reader.get_entries(dir, magic_dir):
            if not matcher.match(entry):
                continue
            path = self.site.in_source_dir(os.path.join(dir, magic_dir, entry))
            doc = Document(path, site=self.site, collection=self.site.posts)
            doc.read()
            if self.processable(doc):
                docs.append(doc)
        return docs

    def processable(self, doc: Document) -> bool:
        if doc.content is None:
            return False
        if not rubystring.valid_encoding(doc.content):
            logger.debug("Skipping:", f"{doc.relative_path} is not valid UTF-8")
            return False
        publish = self.site.publisher.publish(doc)
        if not publish and self.site.publisher.hidden_in_the_future(doc):
            logger.warn("Skipping:", f"{doc.relative_path} has a future date")
        return publish
