"""Small helpers with Jekyll's exact semantics (``Jekyll::Utils``, ``PathManager``)."""

from __future__ import annotations

import os
import posixpath
import re
import time as _time
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from jekyll_py.errors import InvalidDateError
from jekyll_py.liquid.rubystring import ruby_split

# --------------------------------------------------------------------------
# Hash merging
# --------------------------------------------------------------------------


def mergable(value: object) -> bool:
    """Jekyll merges hashes (and drops) recursively, everything else by replacement."""
    return isinstance(value, Mapping)


def deep_merge_hashes(master: Mapping[str, Any], other: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``master`` deep-merged with ``other``; ``None`` in ``other`` keeps the old value."""
    target = dict(master)
    return deep_merge_hashes_in_place(target, other)


def deep_merge_hashes_in_place(target: dict[str, Any], other: Mapping[str, Any]) -> dict[str, Any]:
    for key, new_val in other.items():
        if key in target:
            old_val = target[key]
            if new_val is None:
                continue
            if mergable(old_val) and mergable(new_val):
                target[key] = deep_merge_hashes(old_val, new_val)
                continue
        target[key] = new_val
    return target


def pluralized_array_from_hash(data: Mapping[str, Any], singular: str, plural: str) -> list:
    """Jekyll's ``pluralized_array_from_hash``: singular key wins, strings are split."""
    value: Any = None
    if singular in data and data.get(singular) is not None:
        value = data[singular]
    elif plural in data:
        val = data[plural]
        if isinstance(val, str):
            value = ruby_split(val, " ")  # String#split: ASCII whitespace only
        elif isinstance(val, list):
            value = [v for v in val if v is not None]
    out: list = []
    _flatten_into(out, [value])
    return [v for v in out if v is not None]


def _flatten_into(out: list, items: Iterable) -> None:
    for item in items:
        if isinstance(item, list):
            _flatten_into(out, item)
        else:
            out.append(item)


def titleize_slug(slug: str) -> str:
    """``my-first-post`` -> ``My First Post`` (Ruby's ``capitalize`` lower-cases the rest)."""
    return " ".join(part[:1].upper() + part[1:].lower() for part in slug.split("-"))


# --------------------------------------------------------------------------
# File content probes
# --------------------------------------------------------------------------

_YAML_HEADER_RE = re.compile(rb"\A---\s*\r?\n")


def has_yaml_header(path: str) -> bool:
    """True when the file's first line is ``---`` (what makes a file a page)."""
    try:
        with open(path, "rb") as fh:
            first = fh.readline()
    except OSError:
        return False
    return bool(_YAML_HEADER_RE.match(first))


def has_liquid_construct(content: str | None) -> bool:
    return bool(content) and ("{%" in content or "{{" in content)


# --------------------------------------------------------------------------
# Paths
# --------------------------------------------------------------------------


def sanitized_path(base: str, questionable: str | None) -> str:
    """Join ``questionable`` under ``base`` so that the result never leaves ``base``.

    Mirrors ``Jekyll.sanitized_path``: the path is first resolved against ``/``
    (so ``..`` cannot climb above the root), then re-rooted at ``base``.
    """
    if questionable is None or questionable == base:
        return base
    clean = questionable
    if clean.startswith("~"):
        clean = "/" + clean
    clean = posixpath.normpath(posixpath.join("/", clean))
    if clean.startswith("//"):
        clean = "/" + clean.lstrip("/")
    if clean == base:
        return clean
    base_slash = base if base.endswith("/") else base + "/"
    if clean.startswith(base_slash):
        return clean
    clean = re.sub(r"\A\w:/", "/", clean)
    return path_join(base, clean)


def path_join(base: str, item: str) -> str:
    """``File.join`` semantics: one slash between parts."""
    if not base:
        return item
    if not item:
        return base
    return base.rstrip("/") + "/" + item.lstrip("/")


def is_within(path: str, root: str) -> bool:
    """True when ``path`` is ``root`` or below it (after resolving ``..``)."""
    path = os.path.normpath(path)
    root = os.path.normpath(root)
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


# --------------------------------------------------------------------------
# Permalinks
# --------------------------------------------------------------------------


def add_permalink_suffix(template: str, permalink_style: str) -> str:
    """Append ``/`` or ``:output_ext`` to ``template`` according to the permalink style."""
    style = str(permalink_style)
    if style == "pretty":
        return template + "/"
    if style in ("date", "ordinal", "none"):
        return template + ":output_ext"
    if style.endswith("/"):
        template += "/"
    if style.endswith(":output_ext"):
        template += ":output_ext"
    return template


# --------------------------------------------------------------------------
# Time
# --------------------------------------------------------------------------

_ORIGINAL_TZ = os.environ.get("TZ")


def set_timezone(name: str | None) -> None:
    """Apply the ``timezone`` setting the way Jekyll does: by setting ``TZ``.

    Without a setting, the zone the process started with is restored, so one
    build's ``timezone`` does not leak into the next build in the same process.
    """
    target = name if name else _ORIGINAL_TZ
    if target is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = target
    if hasattr(_time, "tzset"):
        _time.tzset()


def localtime(dt: datetime) -> datetime:
    """Ruby's ``Time#localtime``: the same instant in the local zone."""
    if dt.tzinfo is None:
        dt = dt.astimezone()
    return dt.astimezone()


def now() -> datetime:
    """``Time.now`` as an aware local datetime."""
    return datetime.now().astimezone()


def parse_date(value: Any, msg: str = "Input could not be parsed.") -> datetime:
    """Jekyll's ``Utils.parse_date``: ``Time.parse(value.to_s).localtime``."""
    if isinstance(value, datetime):
        # Jekyll parses `value.to_s`, and Ruby's Time#to_s has no fraction.
        return localtime(value.replace(microsecond=0))
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day).astimezone()
    text = str(value)
    try:
        # Ruby's Time.parse (Date._parse's scanners), shared with the date filters.
        from jekyll_py.liquid.rubydate import parse_time as ruby_time_parse

        return localtime(ruby_time_parse(text))
    except (ValueError, OverflowError) as exc:
        raise InvalidDateError(f"Invalid date '{text}': {msg}") from exc


def file_join(*parts: str) -> str:
    """Ruby's ``File.join``: ``File.join("", "a")`` is ``"/a"``; one slash at each seam."""
    out = ""
    for i, part in enumerate(parts):
        if i == 0:
            out = part
            continue
        out = out.rstrip("/") + "/" + part.lstrip("/")
    return out


def ruby_dirname(path: str) -> str:
    """Ruby's ``File.dirname``: trailing slashes are ignored (``/a/b/`` -> ``/a``)."""
    stripped = path.rstrip("/")
    if not stripped:
        return "/" if path.startswith("/") else "."
    head = stripped.rsplit("/", 1)
    if len(head) == 1:
        return "."
    return head[0] or "/"


def ruby_sort(items: list, cmp: Any) -> list:
    """Sort like Ruby's ``Array#sort`` on Linux: glibc's ``qsort_r`` merge sort.

    For a consistent comparison any stable sort agrees; but Jekyll's
    ``Document#<=>`` is not transitive when some documents have no date
    (those compare by path only), and then the order depends on the
    algorithm. This is glibc's top-down merge (halves ``n // 2`` and the rest;
    ties take the left run), which is what Ruby's sort runs there.
    """
    n = len(items)
    if n <= 1:
        return list(items)
    half = n // 2
    left = ruby_sort(items[:half], cmp)
    right = ruby_sort(items[half:], cmp)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if cmp(left[i], right[j]) <= 0:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def ruby_inspect_string(text: str) -> str:
    """Ruby's ``String#inspect`` for the characters config values hold."""
    escapes = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\"": '\\"', "\\": "\\\\",
               "\x1b": "\\e", "\f": "\\f", "\v": "\\v", "\a": "\\a", "\b": "\\b"}
    out = []
    for ch in text:
        if ch in escapes:
            out.append(escapes[ch])
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append(f"\\x{ord(ch):02X}")
        else:
            out.append(ch)
    return '"' + "".join(out).replace("#{", "\\#{") + '"'
