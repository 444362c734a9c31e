"""kramdown's options as Jekyll hands them over, and inline ``{::options}`` values.

Jekyll deep-merges the site's ``kramdown:`` block over its defaults, adds the
syntax highlighter settings (``KramdownParser#setup``) and kramdown then
validates every value by the option's type (``Kramdown::Options.parse``).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from jekyll_py.configuration import DEFAULTS as CONFIG_DEFAULTS

#: kramdown's own defaults (Kramdown::Options) for the options that matter to HTML output.
KRAMDOWN_DEFAULTS: dict[str, Any] = {
    "auto_ids": True,
    "auto_id_prefix": "",
    "auto_id_stripping": False,
    "transliterated_header_ids": False,
    "parse_block_html": False,
    "parse_span_html": True,
    "html_to_native": False,
    "footnote_nr": 1,
    "entity_output": "as_char",
    "toc_levels": [1, 2, 3, 4, 5, 6],
    "smart_quotes": ["lsquo", "rsquo", "ldquo", "rdquo"],
    "typographic_symbols": {},
    "header_offset": 0,
    "syntax_highlighter": "rouge",
    "syntax_highlighter_opts": {},
    "math_engine": "mathjax",
    "footnote_backlink": "&#8617;",
    "footnote_backlink_inline": False,
    "footnote_prefix": "",
    "hard_wrap": False,
    "remove_line_breaks_for_cjk": False,
    "gfm_quirks": ["paragraph_end"],
    "input": "GFM",
    "guess_lang": True,
    "show_warnings": False,
}

#: What Jekyll 4.3's default configuration puts under ``kramdown:``.
JEKYLL_KRAMDOWN_DEFAULTS: dict[str, Any] = dict(CONFIG_DEFAULTS["kramdown"])

_BOOL_OPTIONS = {"remove_line_breaks_for_cjk", "auto_ids", "auto_id_stripping", "transliterated_header_ids", "parse_block_html",
                 "parse_span_html", "html_to_native", "footnote_backlink_inline", "hard_wrap",
                 "guess_lang", "show_warnings"}


def _to_bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    s = "" if v is None else str(v)
    return s.strip().lower() != "false" and s != ""


def _toc_levels(v: Any) -> list[int]:
    if isinstance(v, str):
        m = re.fullmatch(r"(\d)\.\.(\d)", v.strip())
        if m:
            return list(range(int(m.group(1)), int(m.group(2)) + 1))
        if re.fullmatch(r"\d(?:,\d)*", v.strip()):
            return [int(x) for x in v.split(",")]
        return [1, 2, 3, 4, 5, 6]
    if isinstance(v, (list, tuple, range)):
        return [int(x) for x in v]
    return [1, 2, 3, 4, 5, 6]


def kramdown_options(site_config: dict[str, Any] | None, smartypants: bool = False) -> dict[str, Any]:
    """The option hash kramdown ends up with for a Jekyll site configuration.

    With ``smartypants``, the hash of Jekyll's ``SmartyPants`` converter (the
    ``smartify`` filter): a copy of ``kramdown:`` taken before the Markdown
    converter's setup adds the highlighter settings, with the SmartyPants input.
    """
    config = site_config or {}
    user = config.get("kramdown") or {}
    merged: dict[str, Any] = dict(JEKYLL_KRAMDOWN_DEFAULTS)
    if isinstance(user, dict):
        merged.update(user)
    if smartypants:
        merged["input"] = "SmartyPants"
    else:
        # Jekyll's KramdownParser#setup
        highlighter = config.get("highlighter") or "rouge"
        if not merged.get("syntax_highlighter"):
            merged["syntax_highlighter"] = "coderay" if merged.get("enable_coderay") else highlighter
        sh_opts = dict(merged.get("syntax_highlighter_opts") or {})
        sh_opts.setdefault("default_lang", "plaintext")
        sh_opts["guess_lang"] = merged.get("guess_lang")
        merged["syntax_highlighter_opts"] = sh_opts

    opts = dict(KRAMDOWN_DEFAULTS)
    for k, v in merged.items():
        opts[k] = v
    for k in _BOOL_OPTIONS:
        opts[k] = _to_bool(opts[k])
    opts["toc_levels"] = _toc_levels(opts["toc_levels"])
    sq = opts["smart_quotes"]
    if isinstance(sq, str):
        sq = [s.strip() for s in sq.split(",")]
    opts["smart_quotes"] = list(sq) if sq and len(sq) == 4 else ["lsquo", "rsquo", "ldquo", "rdquo"]
    try:
        opts["footnote_nr"] = int(opts["footnote_nr"])
    except (TypeError, ValueError):
        opts["footnote_nr"] = 1
    opts["entity_output"] = str(opts["entity_output"] or "as_char").lstrip(":")
    opts["math_engine"] = str(opts["math_engine"]) if opts["math_engine"] else None
    opts["syntax_highlighter"] = (str(opts["syntax_highlighter"]).lstrip(":")
                                  if opts["syntax_highlighter"] else None)
    opts["auto_id_prefix"] = str(opts["auto_id_prefix"] or "")
    opts["footnote_prefix"] = str(opts["footnote_prefix"] or "")
    opts["footnote_backlink"] = "" if opts["footnote_backlink"] is None else str(opts["footnote_backlink"])
    ts = opts.get("typographic_symbols") or {}
    opts["typographic_symbols"] = {str(k).lstrip(":"): str(v) for k, v in ts.items()} if isinstance(ts, dict) else {}
    try:
        opts["header_offset"] = int(opts["header_offset"])
    except (TypeError, ValueError):
        opts["header_offset"] = 0
    quirks = opts.get("gfm_quirks")
    if isinstance(quirks, str):
        quirks = [q.strip() for q in quirks.split(",")]
    opts["gfm_quirks"] = [str(q).lstrip(":") for q in (quirks or [])]
    opts["input"] = str(opts.get("input") or "GFM")
    if opts["input"].lower() not in ("kramdown", "smartypants"):
        opts["auto_id_stripping"] = True  # kramdown-parser-gfm forces this on
    return opts


_INT_OPTIONS = {"footnote_nr", "header_offset", "line_width", "list_indent"}
_FORBIDDEN_INLINE = {"template", "forbidden_inline_options"}


def parse_inline_option(name: str, value: Any) -> tuple[bool, Any]:
    """Validate a ``{::options key="value" /}`` setting; (False, None) when not applicable."""
    if name in _FORBIDDEN_INLINE or name not in KRAMDOWN_DEFAULTS and name not in _INT_OPTIONS:
        return False, None
    try:
        if name in _BOOL_OPTIONS:
            return True, _to_bool(value)
        if name in _INT_OPTIONS:
            return True, int(str(value))
        if name == "toc_levels":
            return True, _toc_levels(value)
        if name == "smart_quotes":
            parts = [s.strip() for s in str(value).split(",")]
            return (len(parts) == 4), parts
        if name in ("syntax_highlighter_opts", "typographic_symbols", "math_engine_opts"):
            data = yaml.safe_load(value) if isinstance(value, str) else value
            if data is None:
                data = {}
            if not isinstance(data, dict):
                return False, None
            return True, {str(k).lstrip(":"): v for k, v in data.items()}
        if name in ("entity_output", "syntax_highlighter", "math_engine"):
            s = str(value).lstrip(":")
            return True, (None if s in ("", "nil") else s)
        return True, str(value)
    except (ValueError, yaml.YAMLError):
        return False, None
