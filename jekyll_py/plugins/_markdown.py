"""Shared bits of the GitHub Pages plugins that treat Markdown files specially."""

from __future__ import annotations

from typing import Any

from jekyll_py.converters.markdown import Markdown


def markdown_converter(site: Any) -> Any:
    """The site's Markdown converter (``site.find_converter_instance(Markdown)``)."""
    return site.find_converter_instance(Markdown)


def is_markdown(site: Any, extname: str) -> bool:
    return bool(markdown_converter(site).matches(extname))


def option(site: Any, config_key: str, key: str) -> Any:
    """``site.config[config_key][key]``, ``None`` when the section is absent."""
    section = site.config.get(config_key)
    return section.get(key) if isinstance(section, dict) else None


def leading_slash(path: str) -> str:
    """Jekyll 4.3 gives static files a relative path starting with ``/``."""
    return "/" + path.lstrip("/")
