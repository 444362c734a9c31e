"""``Jekyll::Convertible``: what pages and layouts share (reading front matter, writing)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from jekyll_py import frontmatter
from jekyll_py.errors import (
    InvalidEncodingError,
    InvalidPermalinkError,
    InvalidYAMLFrontMatterError,
    YAMLDisallowedClassError,
    YAMLError,
)
from jekyll_py.liquid import rubystring
from jekyll_py.log import logger

if TYPE_CHECKING:
    from jekyll_py.site import Site


def read_front_matter(site: Site, path: str, relative_path: str) -> tuple[dict[str, Any], str, int]:
    """Read ``path`` and split it into (data, content, front matter lines).

    YAML errors are warnings unless ``strict_front_matter`` is set, like
    Jekyll's ``Convertible#read_yaml``; the message names file and line.
    """
    text = frontmatter.read_file_text(path)
    if not rubystring.valid_encoding(text):
        # `content =~ YAML_FRONT_MATTER_REGEXP` raises: no front matter is
        # read and the whole file, fences included, stays the content.
        logger.warn(f"Error reading file {path}: {rubystring.INVALID_BYTE_SEQUENCE}")
        if site.config.get("strict_front_matter"):
            raise InvalidEncodingError(f"Error reading file {path}: {rubystring.INVALID_BYTE_SEQUENCE}")
        return {}, text, 0
    try:
        data, content, consumed = frontmatter.split(text, relative_path)
    except YAMLError as exc:
        # Psych's DisallowedClass is not a syntax error: Jekyll words it differently.
        if isinstance(exc, YAMLDisallowedClassError):
            logger.warn(f"Error reading file {path}: {exc}")
        else:
            logger.warn(f"YAML Exception reading {path}: {exc}")
        if site.config.get("strict_front_matter"):
            raise
        # Jekyll has already taken the body when the YAML fails to load.
        match = frontmatter.YAML_FRONT_MATTER_RE.match(text)
        body = text[match.end():] if match else text
        return {}, body, 0
    if data is None or data is False:  # `self.data ||= {}`
        return {}, content, consumed
    if not isinstance(data, dict):
        raise InvalidYAMLFrontMatterError(f"Invalid YAML front matter in {path}")
    if data.get("permalink") == "":
        raise InvalidPermalinkError(f"Invalid permalink in {path}")
    return data, content, consumed


def write_output(dest_path: str, output: str | None) -> None:
    """Write a rendered file; never leaves a half-written file behind."""
    os.makedirs(os.path.dirname(dest_path), exist_ok=True)
    tmp = f"{dest_path}.jekyll-py-tmp"
    with open(tmp, "wb") as fh:
        # Bytes that were not UTF-8 in the source go out as they came in.
        fh.write((output or "").encode("utf-8", "surrogateescape"))
    os.replace(tmp, dest_path)
