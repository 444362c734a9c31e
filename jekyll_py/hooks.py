"""``Jekyll::Hooks``: code that runs at fixed points of the build.

Owners are ``site``, ``pages``, ``documents``, ``posts`` (and any collection
label), ``clean``; events are Jekyll's (after_init, after_reset, post_read,
pre_render, post_convert, post_render, post_write, post_init, on_obsolete).
Higher priority runs first; equal priorities run in registration order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

PRIORITY_MAP = {"low": 10, "normal": 20, "high": 30}
DEFAULT_PRIORITY = 20

EVENTS = {
    "site": {"after_init", "after_reset", "post_read", "pre_render", "post_render", "post_write"},
    "pages": {"post_init", "pre_render", "post_convert", "post_render", "post_write"},
    "documents": {"post_init", "pre_render", "post_convert", "post_render", "post_write"},
    "posts": {"post_init", "pre_render", "post_convert", "post_render", "post_write"},
    "clean": {"on_obsolete"},
}

Hook = Callable[..., Any]
_registry: dict[tuple[str, str], list[tuple[int, int, Hook, str | None]]] = defaultdict(list)
_counter = 0


class UninitializedHookError(ValueError):
    """A hook for an event Jekyll does not have."""


def register(owners: str | Iterable[str], event: str, priority: int | str = DEFAULT_PRIORITY,
             *, gem: str | None = None) -> Callable[[Hook], Hook]:
    """Decorator: ``@hooks.register("posts", "post_render")``.

    ``gem`` ties the hook to a built-in plugin, so it only runs for sites that
    enable that plugin (see ``trigger``'s ``enabled``).
    """
    owner_list = [owners] if isinstance(owners, str) else list(owners)
    prio = PRIORITY_MAP.get(priority, DEFAULT_PRIORITY) if isinstance(priority, str) else int(priority)

    def decorator(func: Hook) -> Hook:
        global _counter
        for owner in owner_list:
            if owner in EVENTS and event not in EVENTS[owner]:
                raise UninitializedHookError(
                    f"Invalid hook. {owner} supports only the following hooks "
                    f"{sorted(EVENTS[owner])}"
                )
            _counter += 1
            _registry[(owner, event)].append((-prio, _counter, func, gem))
        return func

    return decorator


def trigger(owner: str, event: str, *args: Any, enabled: Callable[[str], bool] | None = None) -> None:
    """Run the hooks for ``owner``/``event`` with ``args``.

    ``enabled(gem)`` filters hooks registered by built-in plugins; the site
    passes its plugin manager's test so a plugin's hooks run only where it is on.
    """
    hooks = _registry.get((owner, event))
    if not hooks:
        return
    for _, _, func, gem in sorted(hooks, key=lambda h: (h[0], h[1])):
        if gem is not None and enabled is not None and not enabled(gem):
            continue
        func(*args)


def unregister(func: Hook) -> None:
    """Remove a hook everywhere (used by tests and by plugins loaded from a site)."""
    for key, hooks in list(_registry.items()):
        _registry[key] = [h for h in hooks if h[2] is not func]
