"""``jekyll-py serve``: build, watch and serve (``Jekyll::Commands::Serve#process``).

The console output follows Jekyll's, line for line where Jekyll has a line::

    Configuration file: /site/_config.yml
                Source: /site
           Destination: /site/_site
     Incremental build: disabled. Enable with --incremental
          Generating...
                        done in 0.412 seconds.
     Auto-regeneration: enabled for '/site'
    LiveReload address: http://127.0.0.1:35729
        Server address: http://127.0.0.1:4000/
      Server running... press ctrl-c to stop.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from typing import Any

from jekyll_py.log import logger
from jekyll_py.server.builder import BuildResult, SiteBuilder
from jekyll_py.server.http_server import PreviewServer
from jekyll_py.server.live_reload_reactor import ChangedItem

LIVERELOAD_PORT = 35729
_LIVERELOAD_ONLY = ("livereload_min_delay", "livereload_max_delay", "livereload_ignore")


class ServeAborted(Exception):
    """Invalid flag combination (Jekyll's ``abort_with``)."""


def validate_options(opts: dict[str, Any], explicit_livereload_port: bool) -> None:
    """Jekyll's ``validate_options``: LiveReload flags need ``--livereload``."""
    if opts.get("livereload"):
        if opts.get("detach"):
            logger.warn(
                "Warning:",
                "--detach and --livereload are mutually exclusive. Choosing --livereload",
            )
            opts["detach"] = False
        if opts.get("ssl_cert") or opts.get("ssl_key"):
            raise ServeAborted("LiveReload does not support SSL")
        opts["watch"] = True
    elif any(opts.get(o) for o in _LIVERELOAD_ONLY) or explicit_livereload_port:
        raise ServeAborted(
            "--livereload-min-delay, --livereload-max-delay, --livereload-ignore, "
            "and --livereload-port require the --livereload option."
        )


def default_url(config: Mapping[str, Any]) -> str:
    """``site.url`` while serving in development: ``http://localhost:4000``."""
    host = str(config.get("host") or "127.0.0.1")
    host = "localhost" if host == "127.0.0.1" else host
    scheme = "https" if config.get("ssl_cert") and config.get("ssl_key") else "http"
    return f"{scheme}://{host}:{int(config.get('port') or 4000)}"


def prepare_config(options: Mapping[str, Any]) -> Any:
    """Command-line options -> the merged configuration ``serve`` builds with."""
    from jekyll_py.configuration import Configuration

    opts = dict(options)
    explicit_lr_port = opts.get("livereload_port") is not None
    if not explicit_lr_port:
        opts["livereload_port"] = LIVERELOAD_PORT
    opts["serving"] = True
    if opts.get("watch") is None:
        opts["watch"] = True
    validate_options(opts, explicit_lr_port)
    config = Configuration.from_options({k: v for k, v in opts.items() if v is not None})
    if os.environ.get("JEKYLL_ENV", "development") == "development":
        config["url"] = default_url(config)
    return config


def initial_build(builder: SiteBuilder, config: Mapping[str, Any]) -> BuildResult | None:
    """``Build#build``'s log lines around the first full build."""
    if config.get("skip_initial_build"):
        logger.warn(
            "Build Warning:", "Skipping the initial build. This may result in an out-of-date site."
        )
        return None
    logger.info("Source:", os.path.abspath(str(config["source"])))
    logger.info("Destination:", os.path.abspath(str(config["destination"])))
    incremental = "enabled" if config.get("incremental") else "disabled. Enable with --incremental"
    logger.info("Incremental build:", incremental)
    logger.info("Generating...")
    started = time.time()
    result = builder.build()
    if result.ok:
        logger.info("", f"done in {round(time.time() - started, 3)} seconds.")
    return result


def serve(site_options: Mapping[str, Any]) -> int:
    """Run ``jekyll-py serve`` until Ctrl-C; returns the exit status."""
    from jekyll_py.server.watcher import Watcher

    try:
        config = prepare_config(site_options)
    except ServeAborted as exc:
        logger.error("Error:", str(exc))
        return 1
    builder = SiteBuilder(config)
    result = initial_build(builder, config)
    if result is not None and not result.ok:
        logger.error("Error:", result.error)
        return 1

    if config.get("detach"):
        logger.warn(
            "Warning:", "--detach is not supported by jekyll-py; serving in the foreground."
        )
    os.makedirs(str(config["destination"]), exist_ok=True)
    try:
        server = PreviewServer(config, str(config["destination"]))
        server.start()
    except (OSError, ValueError) as exc:
        logger.error(
            "Error:", f"could not start the server on {config.get('host')}: {exc.strerror or exc}"
        )
        return 1

    watcher = None
    if config.get("watch"):
        builder.on_primary_written = lambda items: early_reload(server, items)
        watcher = Watcher(builder, on_build=lambda r: after_rebuild(server, r))
        watcher.start()
    else:
        logger.info("Auto-regeneration:", "disabled. Use --watch to enable.")
    if server.livereload:
        logger.info("LiveReload address:", server.livereload_address)
    logger.info("Server address:", server.address)
    logger.info("Server running...", "press ctrl-c to stop.")
    if config.get("open_url"):
        launch_browser(server.address)
    try:
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        if watcher is not None:
            watcher.stop()
        server.stop()
    return 0


def early_reload(server: PreviewServer, items: list[ChangedItem]) -> None:
    """The edited page is written before the pages that list it: reload it now."""
    if server.build_error is not None:
        return  # every tab shows the overlay; the end of the rebuild reloads them all
    server.reactor.reload(items)
    server.reloaded_early.update(item.url for item in items)


def launch_browser(address: str) -> None:
    """Jekyll's ``launch_browser``: the desktop's opener, never a terminal browser."""
    import shutil
    import subprocess
    import sys

    opener = {"darwin": "open", "win32": "start"}.get(sys.platform, "xdg-open")
    if sys.platform == "win32":
        os.startfile(address)  # type: ignore[attr-defined]  # noqa: S606
        return
    if shutil.which(opener) is None:
        logger.error("Refusing to launch browser. Platform launcher unknown.")
        return
    subprocess.Popen(
        [opener, address],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def after_rebuild(server: PreviewServer, result: BuildResult) -> None:
    """Tell browsers: reload what changed, or show the error over the last good pages."""
    already = server.reloaded_early
    if result.ok:
        recovered = server.build_error is not None
        server.build_error = None
        if recovered:
            # Every open page shows the overlay: reload them all.
            server.reactor.reload_all()
        else:
            server.reactor.reload([c for c in result.changed if c.url not in already])
    else:
        server.build_error = result.error
        server.reactor.reload_all()
    already.clear()
