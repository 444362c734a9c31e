"""``jekyll-py serve`` (aliases ``server``, ``s``): Jekyll's ``Commands::Serve``.

The CLI parses Jekyll's flags into a Jekyll-style options dict (``host``,
``port``, ``baseurl``, ``livereload``, ``livereload_port``, ``open_url``,
``watch``, ``skip_initial_build``, ``show_dir_listing``, ``livereload_ignore``,
``livereload_min_delay``, ``livereload_max_delay``, ``incremental`` plus the
build options) and calls :func:`run`; the work is in :mod:`jekyll_py.server`.
"""

from __future__ import annotations

from typing import Any


def run(options: dict[str, Any]) -> int:
    """Build, watch and serve until Ctrl-C; returns the process exit status."""
    from jekyll_py.server import serve

    return serve(options)
