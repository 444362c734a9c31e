"""``Jekyll::Drops::Drop``: a lazily computed, read-mostly mapping for Liquid.

python-liquid reads any ``Mapping`` like a Ruby hash, so drops are Mappings.
Each drop lists its *content methods* in ``CONTENT_METHODS`` in the order Ruby
enumerates them (that order shows up in ``jsonify``); a method ``m_<name>``
computes each one, and unknown keys fall back to ``fallback_data()``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from jekyll_py.errors import DropMutationException


class Drop(Mapping):
    CONTENT_METHODS: ClassVar[tuple[str, ...]] = ()
    MUTABLE: ClassVar[bool] = False

    def __init__(self, obj: Any) -> None:
        self._obj = obj
        self._mutations: dict[str, Any] = {}

    # -- what subclasses provide -------------------------------------------------
    def fallback_data(self) -> Mapping[str, Any]:
        return {}

    # -- Mapping protocol ------------------------------------------------------------
    def __getitem__(self, key: Any) -> Any:
        if not isinstance(key, str):
            raise KeyError(key)
        if self.MUTABLE and key in self._mutations:
            return self._mutations[key]
        if key in self.CONTENT_METHODS:
            return getattr(self, "m_" + key)()
        data = self.fallback_data()
        if key in data:
            return data[key]
        raise KeyError(key)

    def get(self, key: Any, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        return (self.MUTABLE and key in self._mutations) or key in self.CONTENT_METHODS \
            or key in self.fallback_data()

    def keys(self) -> list[str]:  # type: ignore[override]
        seen = dict.fromkeys(self.CONTENT_METHODS)
        for key in self._mutations:
            seen.setdefault(key)
        for key in self.fallback_data():
            seen.setdefault(key)
        return list(seen)

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        if key in self.CONTENT_METHODS:
            if self.MUTABLE:
                self._mutations[key] = value
                return
            raise DropMutationException(f"Key {key} cannot be set in the drop.")
        data = self.fallback_data()
        if isinstance(data, dict):
            data[key] = value
        else:
            self._mutations[key] = value

    def to_h(self) -> dict[str, Any]:
        return {key: self[key] for key in self.keys()}

    def hash_for_json(self, depth: int = 0) -> dict[str, Any]:
        """The hash ``jsonify`` prints; ``depth`` is the JSON nesting level."""
        return self.to_h()

    def to_liquid(self) -> Drop:
        return self

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Drop) and other._obj is self._obj and type(other) is type(self)

    def __hash__(self) -> int:
        return hash((type(self), id(self._obj)))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._obj!r}>"
