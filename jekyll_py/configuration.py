"""Jekyll 4.3's configuration: defaults, ``_config.*`` files and command-line overrides.

``Configuration.from_options(overrides)`` is ``Jekyll.configuration``: it reads the
config files named by ``overrides["config"]`` (or ``_config.yml``/``.yaml``/``.toml``
in the source), merges DEFAULTS < files < overrides and adds the default
collections and excludes.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping
from typing import Any

from jekyll_py import utils, yaml_loader
from jekyll_py.errors import InvalidConfigurationError, JekyllError, YAMLError
from jekyll_py.log import logger

DEFAULTS: dict[str, Any] = {
    "source": None,  # filled with the working directory at load time
    "destination": None,
    "collections_dir": "",
    "cache_dir": ".jekyll-cache",
    "plugins_dir": "_plugins",
    "layouts_dir": "_layouts",
    "data_dir": "_data",
    "includes_dir": "_includes",
    "collections": {},
    "safe": False,
    "include": [".htaccess"],
    "exclude": [],
    "keep_files": [".git", ".svn"],
    "encoding": "utf-8",
    "markdown_ext": "markdown,mkdown,mkdn,mkd,md",
    "strict_front_matter": False,
    "show_drafts": None,
    "limit_posts": 0,
    "future": False,
    "unpublished": False,
    "whitelist": [],
    "plugins": [],
    "markdown": "kramdown",
    "highlighter": "rouge",
    "lsi": False,
    "excerpt_separator": "\n\n",
    "incremental": False,
    "detach": False,
    "port": "4000",
    "host": "127.0.0.1",
    "baseurl": None,
    "show_dir_listing": False,
    "permalink": "date",
    "paginate_path": "/page:num",
    "timezone": None,
    "quiet": False,
    "verbose": False,
    "defaults": [],
    "liquid": {"error_mode": "warn", "strict_filters": False, "strict_variables": False},
    "kramdown": {
        "auto_ids": True,
        "toc_levels": [1, 2, 3, 4, 5, 6],
        "entity_output": "as_char",
        "smart_quotes": "lsquo,rsquo,ldquo,rdquo",
        "input": "GFM",
        "hard_wrap": False,
        "guess_lang": True,
        "footnote_nr": 1,
        "show_warnings": False,
    },
}

DEFAULT_EXCLUDES = [
    ".sass-cache",
    ".jekyll-cache",
    "gemfiles",
    "Gemfile",
    "Gemfile.lock",
    "node_modules",
    "vendor/bundle/",
    "vendor/cache/",
    "vendor/gems/",
    "vendor/ruby/",
]

STYLE_TO_PERMALINK = {
    "none": "/:categories/:title:output_ext",
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
}


def style_to_permalink(style: Any) -> str:
    return STYLE_TO_PERMALINK.get(str(style), str(style))


class Configuration(dict):
    """The merged site configuration (a ``dict`` with Jekyll's string keys)."""

    @classmethod
    def from_options(cls, overrides: Mapping[str, Any] | None = None) -> Configuration:
        """Build the configuration exactly as ``Jekyll.configuration(overrides)`` does."""
        override = {str(k): v for k, v in (overrides or {}).items()}
        logger.adjust_verbosity(quiet=bool(override.get("quiet")), verbose=bool(override.get("verbose")))
        config: dict[str, Any] = {}
        if not override.pop("skip_config_files", False):
            config = read_config_files(config_files(override))
        merged = utils.deep_merge_hashes(config, override)
        return cls.from_user_config(merged)

    @classmethod
    def from_user_config(cls, user_config: Mapping[str, Any]) -> Configuration:
        """``Configuration.from``: DEFAULTS deep-merged with ``user_config``."""
        defaults = copy.deepcopy(DEFAULTS)
        defaults["source"] = os.getcwd()
        defaults["destination"] = os.path.join(os.getcwd(), "_site")
        merged = utils.deep_merge_hashes(defaults, dict(user_config))
        if merged.get("source") is None:
            merged["source"] = defaults["source"]
        if merged.get("destination") is None:
            # Like Jekyll, the default destination is relative to the working
            # directory, not to the source.
            merged["destination"] = defaults["destination"]
        conf = cls(merged)
        conf._validate()
        conf._add_default_collections()
        conf._add_default_excludes()
        return conf

    def _validate(self) -> None:
        validate(self)
        # `gems:` (the pre-3.5 name of `plugins:`) is ignored by Jekyll 4.3, so it is here too.

    def _add_default_collections(self) -> None:
        collections = self.get("collections")
        if collections is None:
            return
        if isinstance(collections, list):
            collections = {name: {} for name in collections}
        collections = utils.deep_merge_hashes({"posts": {}}, collections)
        posts = dict(collections.get("posts") or {})
        posts["output"] = True
        if self.get("permalink") and not posts.get("permalink"):
            posts["permalink"] = style_to_permalink(self["permalink"])
        collections["posts"] = posts
        self["collections"] = collections

    def _add_default_excludes(self) -> None:
        if self.get("exclude") is None:
            return
        self["exclude"] = list(dict.fromkeys([*self["exclude"], *DEFAULT_EXCLUDES]))


def validate(config: Mapping[str, Any]) -> None:
    """Jekyll's ``Configuration#validate``: ``plugins``, ``include`` and ``exclude`` must be lists.

    Jekyll runs it on what the config files say, before they are merged over
    the defaults, so ``plugins:`` left empty (nil) is an error there even
    though merging would have kept the default ``[]``.
    """
    from jekyll_py.liquid.ruby import inspect as ruby_inspect  # Ruby's #inspect for the message

    if "plugins" in config and not isinstance(config["plugins"], list):
        shown = ruby_inspect(config["plugins"])
        logger.error(f"'plugins' should be set as an array of gem-names, but was: {shown}. "
                     "Use 'plugins_dir' instead to set the directory for your non-gemified "
                     "Ruby plugins.")
        raise InvalidConfigurationError(f"'plugins' should be set as an array, but was: {shown}.")
    for option in ("include", "exclude"):
        if option in config and not isinstance(config[option], list):
            raise InvalidConfigurationError(
                f"'{option}' should be set as an array, but was: {ruby_inspect(config[option])}."
            )


def config_files(override: Mapping[str, Any]) -> list[tuple[str, bool]]:
    """The files to read: ``--config`` values, or the first ``_config.{yml,yaml,toml}``."""
    files = override.get("config")
    if files:
        if isinstance(files, str):
            files = [f.strip() for f in files.split(",") if f.strip()]
        return [(str(f), False) for f in files]
    source = os.path.abspath(override.get("source") or os.getcwd())
    for ext in ("yml", "yaml", "toml"):
        candidate = os.path.join(source, f"_config.{ext}")
        if os.path.exists(candidate):
            return [(candidate, True)]
    return [(os.path.join(source, "_config.yml"), True)]


def safe_load_file(filename: str) -> Any:
    ext = os.path.splitext(filename)[1].lower()
    if ext == ".toml":
        try:
            import tomllib  # type: ignore[import-not-found]
        except ModuleNotFoundError:  # Python 3.10
            import tomli as tomllib  # type: ignore[no-redef]
        with open(filename, "rb") as fh:
            return tomllib.load(fh)
    if ext in (".yml", ".yaml"):
        try:
            return yaml_loader.safe_load_file(filename) or {}
        except YAMLError as exc:
            raise YAMLError(f"YAML Exception reading {filename}: {exc}", exc.path, exc.line) from exc
    raise JekyllError(f"No parser for '{filename}' is available. Use a .y(a)ml or .toml file instead.")


def read_config_files(files: list[tuple[str, bool]]) -> dict[str, Any]:
    configuration: dict[str, Any] = {}
    for filename, is_default in files:
        path = os.path.abspath(filename)
        if not os.path.exists(path):
            if is_default:
                logger.warn("Configuration file:", "none")
                continue
            logger.error("Fatal:", f"The configuration file '{path}' could not be found.")
            raise JekyllError(f"The Configuration file '{path}' could not be found.")
        data = safe_load_file(path)
        if not isinstance(data, dict):
            raise InvalidConfigurationError(f"Configuration file: (INVALID) {path}")
        logger.info("Configuration file:", path)
        configuration = utils.deep_merge_hashes(configuration, data)
    validate(configuration)
    return configuration
