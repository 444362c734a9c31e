"""_html_fragment against Nokogiri 1.13 / libxml2 2.9.14, as recorded by
tools/record_nokogiri_fragments.py (no Ruby needed here).

Each case is ``DocumentFragment.parse(input).to_html``; "replace" cases first
replace the text nodes holding ``marker`` the way html-pipeline's EmojiFilter
(``escaped`` false) or MentionFilter (``escaped`` true) does.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from jekyll_py.plugins import _html_fragment as fragment

DATA = json.loads((Path(__file__).parent / "nokogiri_fragments.json").read_text(encoding="utf-8"))
CASES = DATA["cases"]


def run_case(case: dict) -> str:
    root = fragment.parse(case["input"])
    marker = case.get("marker")
    if marker:
        for node in list(fragment.text_nodes(root)):
            text = node.text or ""
            content = fragment.escape_text(text) if case["escaped"] and node.kind == "text" else text
            if marker not in content:
                continue
            html = content.replace(marker, case["replacement"])
            if html != content:
                fragment.replace_with_html(node, html)
    return fragment.serialize(root)


def _case_id(index: int, case: dict) -> str:
    return f"{case['group']}-{index}" + ("-replace" if case.get("marker") else "")


@pytest.mark.parametrize("case", CASES, ids=[_case_id(i, c) for i, c in enumerate(CASES)])
def test_matches_nokogiri(case: dict) -> None:
    expected = case["expected"]
    if expected.startswith("ERROR: "):
        with pytest.raises(fragment.FragmentParseError, match=re.escape(expected.removeprefix("ERROR: "))):
            run_case(case)
    else:
        assert run_case(case) == expected


def test_corpus_covers_pages_broken_markup_and_replacements() -> None:
    groups = {case["group"] for case in CASES}
    assert groups == {"page", "broken", "deep", "random", "chars", "replace"}
    assert sum(1 for case in CASES if case.get("marker")) >= 50


def test_replace_keeps_first_node_children_only() -> None:
    root = fragment.parse("<p>a X b</p>")
    (node,) = [n for n in fragment.text_nodes(root) if "X" in (n.text or "")]
    fragment.replace_with_html(node, "a </div> gone")
    assert fragment.serialize(root) == "<p>a </p>"


def test_replace_at_top_level_parses_a_whole_fragment() -> None:
    # the fragment's own document has no root, so Nokogiri parses the string
    # as a new fragment: a stray end tag is dropped, nothing is cut off
    root = fragment.parse("x MARK <b>y</b>")
    fragment.replace_with_html(next(fragment.text_nodes(root)), "a </div> gone")
    assert fragment.serialize(root) == "a  gone<b>y</b>"
