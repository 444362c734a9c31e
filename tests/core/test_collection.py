"""``Collection.position`` (behind ``page.next``/``page.previous``) follows ``docs``."""

from __future__ import annotations

from types import SimpleNamespace

from jekyll_py.collection import Collection


def test_position_follows_replaced_and_reordered_docs() -> None:
    collection = Collection(SimpleNamespace(config={"collections": {}}), "posts")  # type: ignore[arg-type]
    a, b, c = object(), object(), object()
    collection.docs = [a, b, c]  # type: ignore[list-item]
    assert collection.position(b) == 1  # type: ignore[arg-type]
    collection.docs = [c, b, a]  # type: ignore[list-item]  # same length, new order
    assert collection.position(a) == 2  # type: ignore[arg-type]
    assert collection.position(c) == 0  # type: ignore[arg-type]
    collection.docs.reverse()  # reordered in place
    assert collection.position(a) == 0  # type: ignore[arg-type]
    assert collection.position(object()) is None  # type: ignore[arg-type]
