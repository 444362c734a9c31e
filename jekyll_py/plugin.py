"""The plugin API: ``Plugin``, ``Generator``, ``Converter`` and Liquid registrations.

As in Jekyll, defining a subclass registers it. A class that belongs to a
built-in equivalent of a Ruby gem names it in ``gem`` (for example
``gem = "jekyll-sitemap"``); the site uses it only when that gem is listed in
``plugins:`` (or is always on, as GitHub Pages' defaults are with
``github_pages: true``). Classes without ``gem`` are always used, which is what
a third-party plugin loaded from an entry point or ``_plugins/`` expects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from jekyll_py.site import Site

PRIORITIES = {"lowest": -100, "low": -10, "normal": 0, "high": 10, "highest": 100}


class Plugin:
    """Base of every plugin class; subclasses are collected per base class."""

    priority: ClassVar[str] = "normal"
    safe: ClassVar[bool] = False
    gem: ClassVar[str | None] = None
    _descendants: ClassVar[list[type[Plugin]]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._descendants = []
        for base in cls.__mro__[1:]:
            if issubclass(base, Plugin) and "_descendants" in base.__dict__:
                base._descendants.append(cls)

    @classmethod
    def descendants(cls) -> list[type[Plugin]]:
        out: list[type[Plugin]] = []
        for sub in cls.__dict__.get("_descendants", []):
            out.append(sub)
        return out

    @classmethod
    def priority_value(cls) -> int:
        return PRIORITIES.get(cls.priority, 0)

    def __init__(self, config: dict[str, Any] | None = None) -> None:
        self.config = config or {}


Plugin._descendants = []


class Generator(Plugin):
    """Runs after reading, before rendering: may add pages, documents, data."""

    def generate(self, site: Site) -> None:  # pragma: no cover - interface
        raise NotImplementedError


class Converter(Plugin):
    """Turns one markup into another, chosen by file extension."""

    highlighter_prefix: ClassVar[str | None] = None
    highlighter_suffix: ClassVar[str | None] = None

    def matches(self, ext: str) -> bool:  # pragma: no cover - interface
        raise NotImplementedError

    def output_ext(self, ext: str) -> str:  # pragma: no cover - interface
        raise NotImplementedError

    def convert(self, content: str) -> str:  # pragma: no cover - interface
        raise NotImplementedError


#: Liquid filters and tags registered by plugins: name -> (object, gem or None).
LIQUID_FILTERS: dict[str, tuple[Callable[..., Any], str | None]] = {}
LIQUID_TAGS: dict[str, tuple[Any, str | None]] = {}


def register_filter(name: str, *, gem: str | None = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator registering a Liquid filter (Jekyll's ``Liquid::Template.register_filter``)."""

    def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
        LIQUID_FILTERS[name] = (func, gem)
        return func

    return decorator


def register_tag(name: str, *, gem: str | None = None) -> Callable[[Any], Any]:
    """Decorator registering a Liquid tag class (``Liquid::Template.register_tag``)."""

    def decorator(tag: Any) -> Any:
        LIQUID_TAGS[name] = (tag, gem)
        return tag

    return decorator
