"""``Jekyll::Publisher``: drafts, future and unpublished content."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jekyll_py.site import Site


class Publisher:
    def __init__(self, site: Site) -> None:
        self.site = site

    def publish(self, thing: Any) -> bool:
        return self.can_be_published(thing) and not self.hidden_in_the_future(thing)

    def can_be_published(self, thing: Any) -> bool:
        # Ruby: `data.fetch("published", true) || site.unpublished`; nil is false.
        value = thing.data.get("published", True)
        return (value is not None and value is not False) or bool(self.site.unpublished)

    def hidden_in_the_future(self, thing: Any) -> bool:
        date = getattr(thing, "date", None)
        if date is None or self.site.future:
            return False
        return int(date.timestamp()) > int(self.site.time.timestamp())
