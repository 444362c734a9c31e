"""jekyll-include-cache 0.2: ``{% include_cached %}``.

It renders like ``{% include %}`` but remembers the result per include file
and parameter values for the rest of the build (the cache empties before each
render phase), so an include rendered once is not rendered again, even if it
reads page variables: that is the gem's documented trade-off, and sites rely
on the speed. As in the gem, the key is built from the parameter *values* in
key order (names are not part of it) and a drop counts by identity.
"""

from __future__ import annotations

from typing import Any

from jekyll_py import hooks
from jekyll_py.drops.drop import Drop
from jekyll_py.liquid.jekyll_tags import IncludeTag
from jekyll_py.liquid.ruby import inspect
from jekyll_py.plugin import register_tag

GEM = "jekyll-include-cache"
#: (include path, parameter identity) -> rendered output, for the current build.
CACHE: dict[tuple[str, tuple[Any, ...] | None], str] = {}


def _identity(value: Any) -> Any:
    """What the gem hashes for one parameter value."""
    if isinstance(value, Drop) or hasattr(value, "to_liquid"):
        return ("object", id(value))
    try:
        hash(value)
    except TypeError:
        return ("value", inspect(value))
    return ("value", type(value).__name__, value)


@register_tag("include_cached", gem=GEM)
class IncludeCachedTag(IncludeTag):
    """``{% include_cached file.html param=value %}``."""

    def render(self, context: Any, out: list[str]) -> None:
        file = self.render_variable(context)
        if file is None:
            file = self.file
        path = self.locate_include_file(context, file)
        params = None
        if self.params is not None:
            parsed = self.parse_params(context)
            params = tuple(_identity(parsed[k]) for k in sorted(parsed))
        key = (path, params)
        cached = CACHE.get(key)
        if cached is None:
            fresh: list[str] = []
            super().render(context, fresh)
            cached = CACHE[key] = "".join(fresh)
        out.append(cached)


@hooks.register("site", "pre_render", gem=GEM)
def _reset_cache(site: Any, *args: Any) -> None:
    CACHE.clear()
