"""The ``jekyll-py`` command line: Jekyll's commands and flags, parsed with argparse.

Options are collected into a dict keyed like Jekyll's (``show_drafts``,
``limit_posts``, ``livereload_port`` ...), so they merge into the configuration
exactly as Jekyll's command-line overrides do.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from typing import Any

from jekyll_py import JEKYLL_VERSION, __version__
from jekyll_py.errors import JekyllError
from jekyll_py.log import logger


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _add_global(p: argparse.ArgumentParser) -> None:
    p.add_argument("-s", "--source", dest="source", help="Custom source directory")
    p.add_argument("-d", "--destination", dest="destination",
                   help="The current folder will be generated into DESTINATION")
    p.add_argument("--safe", dest="safe", action="store_true", default=None,
                   help="Safe mode (defaults to false)")
    p.add_argument("-p", "--plugins", dest="plugins_dir", type=_csv,
                   help="Plugins directory (defaults to ./_plugins)")
    p.add_argument("--layouts", dest="layouts_dir", help="Layouts directory (defaults to ./_layouts)")
    p.add_argument("--profile", dest="profile", action="store_true", default=None,
                   help="Generate a Liquid rendering profile")
    p.add_argument("-t", "--trace", dest="trace", action="store_true", default=None,
                   help="Show the full backtrace when an error occurs")


def _add_build_options(p: argparse.ArgumentParser, serving: bool = False) -> None:
    _add_global(p)
    p.add_argument("--config", dest="config", type=_csv, help="Custom configuration file(s), comma separated")
    p.add_argument("--future", dest="future", action="store_true", default=None,
                   help="Publishes posts with a future date")
    p.add_argument("--limit_posts", "--limit-posts", dest="limit_posts", type=int,
                   help="Limits the number of posts to parse and publish")
    if serving:
        p.add_argument("-w", "--watch", dest="watch", action="store_true", default=True,
                       help="Watch for changes and rebuild (default for serve)")
        p.add_argument("--no-watch", dest="watch", action="store_false")
    else:
        p.add_argument("-w", "--watch", dest="watch", action="store_true", default=None,
                       help="Watch for changes and rebuild")
        p.add_argument("--no-watch", dest="watch", action="store_false")
    p.add_argument("-b", "--baseurl", dest="baseurl", help="Serve the website from the given base URL")
    p.add_argument("--force_polling", "--force-polling", dest="force_polling", action="store_true",
                   default=None, help="Force watch to use polling")
    p.add_argument("--lsi", dest="lsi", action="store_true", default=None,
                   help="Use LSI for improved related posts")
    p.add_argument("-D", "--drafts", dest="show_drafts", action="store_true", default=None,
                   help="Render posts in the _drafts folder")
    p.add_argument("--unpublished", dest="unpublished", action="store_true", default=None,
                   help="Render posts that were marked as unpublished")
    p.add_argument("--disable-disk-cache", dest="disable_disk_cache", action="store_true", default=None,
                   help="Disable caching to disk in non-safe mode")
    p.add_argument("-q", "--quiet", dest="quiet", action="store_true", default=None, help="Silence output.")
    p.add_argument("-V", "--verbose", dest="verbose", action="store_true", default=None,
                   help="Print verbose output.")
    p.add_argument("-I", "--incremental", dest="incremental", action="store_true", default=None,
                   help="Enable incremental rebuild.")
    p.add_argument("--strict_front_matter", "--strict-front-matter", dest="strict_front_matter",
                   action="store_true", default=None, help="Fail if errors are present in front matter")
    p.add_argument("--github-pages", dest="github_pages", action="store_true", default=None,
                   help="Also run the plugins GitHub Pages always enables")


def _add_serve_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-H", "--host", dest="host", help="Host to bind to")
    p.add_argument("-P", "--port", dest="port", help="Port to listen on")
    p.add_argument("-o", "--open-url", dest="open_url", action="store_true", default=None,
                   help="Launch your site in a browser")
    p.add_argument("-B", "--detach", dest="detach", action="store_true", default=None,
                   help="Run the server in the background")
    p.add_argument("--show-dir-listing", dest="show_dir_listing", action="store_true", default=None,
                   help="Show a directory listing instead of loading your index file.")
    p.add_argument("--skip-initial-build", dest="skip_initial_build", action="store_true", default=None,
                   help="Skips the initial site build which occurs before the server is started.")
    p.add_argument("-l", "--livereload", dest="livereload", action="store_true", default=None,
                   help="Use LiveReload to automatically refresh browsers")
    p.add_argument("--livereload-ignore", dest="livereload_ignore", type=_csv,
                   help="Files for LiveReload to ignore. Remember to quote the values so your shell won't expand them")
    p.add_argument("--livereload-min-delay", dest="livereload_min_delay", type=int,
                   help="Minimum reload delay")
    p.add_argument("--livereload-max-delay", dest="livereload_max_delay", type=int,
                   help="Maximum reload delay")
    p.add_argument("--livereload-port", dest="livereload_port", type=int,
                   help="Port for LiveReload to listen on")
    p.add_argument("--ssl-cert", dest="ssl_cert", help="X.509 (SSL) certificate.")
    p.add_argument("--ssl-key", dest="ssl_key", help="X.509 (SSL) Private Key.")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jekyll-py",
        description="Build and serve Jekyll sites in Python (Jekyll "
                    f"{JEKYLL_VERSION} compatible).",
    )
    parser.add_argument("-v", "--version", action="version",
                        version=f"jekyll-py {__version__} (jekyll {JEKYLL_VERSION})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_build = sub.add_parser("build", aliases=["b"], help="Build your site")
    _add_build_options(p_build)

    p_serve = sub.add_parser("serve", aliases=["s", "server"], help="Serve your site locally")
    _add_build_options(p_serve, serving=True)
    _add_serve_options(p_serve)

    p_clean = sub.add_parser("clean", help="Clean the site (removes site output and metadata file) without building.")
    _add_build_options(p_clean)

    p_doctor = sub.add_parser("doctor", aliases=["hyde"], help="Search site and print specific deprecation warnings")
    _add_build_options(p_doctor)

    p_new = sub.add_parser("new", help="Creates a new Jekyll site scaffold in PATH")
    p_new.add_argument("path", metavar="PATH")
    p_new.add_argument("--force", action="store_true", help="Force creation even if PATH already exists")
    p_new.add_argument("--blank", action="store_true", help="Creates scaffolding but with empty files")
    p_new.add_argument("--skip-bundle", action="store_true", help="Accepted for compatibility; nothing to install")
    p_new.add_argument("-t", "--trace", dest="trace", action="store_true", default=None)
    return parser


_COMMAND_ALIASES = {"b": "build", "s": "serve", "server": "serve", "hyde": "doctor"}
_NON_CONFIG_KEYS = {"command", "trace", "path", "force", "blank", "skip_bundle"}


def options_from_args(args: argparse.Namespace) -> dict[str, Any]:
    """Only flags the user gave become overrides (``None`` means "not given")."""
    return {k: v for k, v in vars(args).items() if v is not None and k not in _NON_CONFIG_KEYS}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = _COMMAND_ALIASES.get(args.command, args.command)
    if command is None:
        parser.print_help()
        return 0
    try:
        if command == "new":
            from jekyll_py.commands import new

            return new.run(args.path, force=args.force, blank=args.blank)
        options = options_from_args(args)
        if command == "build":
            from jekyll_py.commands import build

            options["serving"] = False
            return build.run(options)
        if command == "serve":
            from jekyll_py.commands import serve

            options["serving"] = True
            return serve.run(options)
        if command == "clean":
            from jekyll_py.commands import clean

            return clean.run(options)
        if command == "doctor":
            from jekyll_py.commands import doctor

            return doctor.run(options)
    except KeyboardInterrupt:
        return 130
    except (JekyllError, OSError, ValueError) as exc:
        if args.trace:
            raise
        # (a SiteNotBuilt error has already been logged: only the --trace hint follows,
        # as Jekyll's process_with_graceful_fail prints it after exit(1))
        _report_failure(command, exc)
        return 1
    except Exception as exc:  # noqa: BLE001 - the CLI reports every failure the same way
        if args.trace:
            raise
        _report_failure(command, exc, unexpected=True)
        return 1
    parser.error(f"unknown command {command}")
    return 2


def _report_failure(command: str, exc: BaseException, unexpected: bool = False) -> None:
    message = str(exc) or type(exc).__name__
    if unexpected:
        logger.error("Error:", f"{type(exc).__name__}: {message}")
        logger.debug("", "".join(traceback.format_exception(exc)))
    # An error Jekyll has already logged (a converter's) is not repeated; the
    # logger collapses whitespace, so the collapsed text is what to look for.
    elif not any(" ".join(message.split()) in m for m in logger.messages[-3:]):
        logger.error("Error:", message)
    hint = f" Please append `--trace` to the `{command}` command "
    dashes = "-" * len(hint)
    logger.error("", dashes)
    logger.error(f"jekyll-py {__version__} ", hint)
    logger.error("", " for any additional information or backtrace. ")
    logger.error("", dashes)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
