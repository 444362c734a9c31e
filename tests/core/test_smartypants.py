"""The SmartyPants converter behind ``smartify`` (expected values recorded from Jekyll 4.3.1)."""

from __future__ import annotations

import pytest

from jekyll_py.configuration import Configuration
from jekyll_py.converters.smartypants import SmartyPants

CASES = [
    ('Hello "world" -- it\'s... fine &amp; <b>bold "x"</b> \\*x',
     "Hello “world” – it’s… fine &amp; <b>bold “x”</b> \\*x"),
    ("Jekyll's \"blog\"", "Jekyll’s “blog”"),
    ("a & b < c", "a &amp; b &lt; c"),
    ("\"'80s\" and <<guillemets>> --- dash", "“‘80s” and «guillemets» — dash"),
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_smartypants_matches_jekyll(source: str, expected: str) -> None:
    converter = SmartyPants(Configuration.from_options({"quiet": True, "skip_config_files": True}))
    assert converter.convert(source) == expected
