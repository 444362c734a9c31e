"""``jekyll-py serve``: the preview server, LiveReload and the watcher.

Jekyll's counterpart is ``Jekyll::Commands::Serve`` (WEBrick + EventMachine)
together with the ``jekyll-watch`` gem. The pieces:

* :mod:`.servlet` - which file a request path means (pure rules, no I/O framework);
* :mod:`.mime` - content types and charsets;
* :mod:`.body_processor` - LiveReload client and error overlay injection;
* :mod:`.http_server` - the tornado server that ties those together;
* :mod:`.live_reload_reactor` - the LiveReload protocol port;
* :mod:`.fs_events` - inotify / polling change detection;
* :mod:`.builder`, :mod:`.incremental` and :mod:`.dependencies` - the in-memory
  site, partial rebuilds, and what each output's templates read;
* :mod:`.watcher` - auto-regeneration (``build --watch`` and ``serve``);
* :mod:`.runner` - the ``serve`` command itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def serve(site_options: Mapping[str, Any]) -> int:
    """``jekyll-py serve``: build, watch, serve until Ctrl-C; returns the exit status."""
    from jekyll_py.server.runner import serve as _serve

    return _serve(site_options)


def watch(
    site_options: Mapping[str, Any],
    on_build: Callable[[Any], None] | None = None,
    **kwargs: Any,
) -> None:
    """``jekyll-py build --watch``: rebuild on every change until Ctrl-C."""
    from jekyll_py.server.watcher import watch as _watch

    _watch(site_options, on_build, **kwargs)


__all__ = ["serve", "watch"]
