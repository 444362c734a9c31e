"""KramdownConverter against Jekyll's recorded output for generated documents.

``data/kramdown_recorded.json`` was written by ``record_kramdown.py`` (Jekyll
4.3.1, kramdown 2.4, Ruby) for the documents ``corpus.py`` generates, under
several ``kramdown:`` option sets.  Every case must match byte for byte
(cases recorded as null, where kramdown itself raises, are left out).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from jekyll_py.markdown import KramdownConverter

DATA = Path(__file__).resolve().parent / "data" / "kramdown_recorded.json"


def _option_sets() -> list[dict[str, Any]]:
    return json.loads(DATA.read_text(encoding="utf-8"))


@pytest.mark.parametrize("option_set", _option_sets(), ids=lambda s: s["name"])
def test_recorded_corpus(option_set: dict[str, Any]) -> None:
    conv = KramdownConverter({"markdown": "kramdown", "highlighter": "rouge",
                              "kramdown": dict(option_set["kramdown"])})
    # A case recorded as null made kramdown raise (Jekyll stops the build there).
    failures = [i for i, case in enumerate(option_set["cases"])
                if case["html"] is not None and conv.convert(case["markdown"]) != case["html"]]
    assert not failures, f"{len(failures)} of {len(option_set['cases'])} differ, e.g. case {failures[:5]}"
