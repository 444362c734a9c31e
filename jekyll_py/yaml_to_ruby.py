"""Psych's ``ToRuby`` visitor as ``Psych.safe_load(permitted_classes: [Date, Time],
aliases: true)`` runs it: libyaml's node graph to Ruby-like values (see
:mod:`jekyll_py.yaml_loader`)."""

from __future__ import annotations

import codecs
import datetime as _dt
import math
import re
from typing import Any

import yaml

from jekyll_py.yaml_scalars import (
    _PLAIN_TAG,
    _RubyArgumentError,
    tokenize,
)

# ---------------------------------------------------------------------------
# Nodes to objects: Psych::Visitors::ToRuby as Psych.safe_load runs it
#
# libyaml parses (and composes the node graph, in C); the objects are built
# by a port of Psych's ToRuby with the restricted class loader Jekyll's
# ``safe_load(permitted_classes: [Date, Time], aliases: true)`` sets up: tags
# are honoured where Psych honours them (``!!str``, ``!!float``, ``!!binary``,
# a sequence tagged ``!!omap``), refused as Psych refuses them ("Tried to load
# unspecified class: ..."), and otherwise ignored (``!!int "1"`` and
# ``!foo 1`` are typed like plain scalars); merge keys follow Psych's
# ``revive_hash`` (``<<`` merges in place, so a key after it wins and a key
# before it loses); keys may be sequences or mappings, as in a Ruby Hash.

_QUOTED_TAG = "tag:jekyll-py,2024:psych-quoted"
_STR_TAG = "tag:yaml.org,2002:str"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"


class _NeedEvents(Exception):
    """The libyaml-composed graph cannot give Psych's answer: compose from events."""


class _RubyError(Exception):
    """A Ruby exception other than Psych::SyntaxError, raised while building objects
    (Psych::DisallowedClass, Psych::BadAlias, TypeError, NoMethodError, ...)."""


def _disallowed(name: str) -> _RubyError:
    return _RubyError(f"Tried to load unspecified class: {name}")


def _resolve_class(name: str | None) -> None:
    """``ClassLoader::Restricted#load``: nothing for an empty name, else refused
    (Date and Time, the permitted classes, are never asked for by name here)."""
    if name:
        raise _disallowed(name)


_NIL_ALLOCATE = "undefined method `allocate' for nil:NilClass"


class _Resolver:
    """Tags as Psych sees them: an untagged plain scalar (or one tagged ``!``)
    is tokenized, an untagged quoted or block scalar is a string."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            return _QUOTED_TAG if implicit[1] and not implicit[0] else _PLAIN_TAG
        return _SEQ_TAG if kind is yaml.SequenceNode else _MAP_TAG

    def descend_resolver(self, parent: Any, index: Any) -> None:
        """No path-dependent resolvers."""

    def ascend_resolver(self) -> None:
        """No path-dependent resolvers."""


class _Alias:
    """An alias in a graph composed from events (anchors looked up by name)."""

    __slots__ = ("anchor",)

    def __init__(self, anchor: str) -> None:
        self.anchor = anchor


class _AnchoredScalar(yaml.ScalarNode):
    anchor: str | None = None


class _AnchoredSequence(yaml.SequenceNode):
    anchor: str | None = None


class _AnchoredMapping(yaml.MappingNode):
    anchor: str | None = None


def _compose_from_events(parser: Any) -> Any:
    """The first document's node graph, composed from parser events, keeping
    aliases as names: Psych binds an anchor again when it is redefined and
    complains about an unknown alias only while building objects, where both
    composers of PyYAML refuse the document."""
    parser.get_event()  # StreamStart
    if parser.check_event(yaml.StreamEndEvent):
        return None
    parser.get_event()  # DocumentStart
    node = _compose_event_node(parser)
    parser.get_event()  # DocumentEnd
    return node


def _compose_event_node(parser: Any) -> Any:
    event = parser.get_event()
    if isinstance(event, yaml.AliasEvent):
        return _Alias(event.anchor)
    tag = event.tag
    node: Any
    if isinstance(event, yaml.ScalarEvent):
        if tag is None or tag == "!":
            tag = _QUOTED_TAG if event.implicit[1] and not event.implicit[0] else _PLAIN_TAG
        node = _AnchoredScalar(tag, event.value, event.start_mark, event.end_mark, event.style)
    elif isinstance(event, yaml.SequenceStartEvent):
        node = _AnchoredSequence(_SEQ_TAG if tag in (None, "!") else tag, [], event.start_mark, None)
        while not parser.check_event(yaml.SequenceEndEvent):
            node.value.append(_compose_event_node(parser))
        parser.get_event()
    else:
        node = _AnchoredMapping(_MAP_TAG if tag in (None, "!") else tag, [], event.start_mark, None)
        while not parser.check_event(yaml.MappingEndEvent):
            key = _compose_event_node(parser)
            node.value.append((key, _compose_event_node(parser)))
        parser.get_event()
    node.anchor = event.anchor
    return node


def _hash_key(value: Any) -> Any:
    """A key Python can hash: Ruby lets any object be a Hash key."""
    if isinstance(value, dict) and not isinstance(value, _KeyDict):
        return _KeyDict(value)
    if isinstance(value, list) and not isinstance(value, _KeyList):
        return _KeyList(value)
    return value


def _deep_hash(value: Any) -> int:
    if isinstance(value, dict):
        return hash(tuple((_deep_hash(k), _deep_hash(v)) for k, v in value.items()))
    if isinstance(value, list):
        return hash(tuple(_deep_hash(v) for v in value))
    try:
        return hash(value)
    except TypeError:
        return 0


class _KeyList(list):
    """A sequence used as a mapping key."""

    __hash__ = _deep_hash  # type: ignore[assignment]


class _KeyDict(dict):
    """A mapping used as a mapping key."""

    __hash__ = _deep_hash  # type: ignore[assignment]


class _RubyInt(int):
    """An Integer key kept apart from ``true`` or an equal Float key, as in a Ruby
    Hash (Python's ``1 == 1.0 == True`` would make them one key)."""

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__ and int(self) == int(other)  # type: ignore[call-overload]

    def __hash__(self) -> int:
        return hash((_RubyInt, int(self)))


class _RubyFloat(float):
    """A Float key kept apart from an equal Integer key or ``true``."""

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__ and float(self) == float(other)  # type: ignore[arg-type]

    def __hash__(self) -> int:
        return hash((_RubyFloat, float(self)))


_KEY_KIND: dict[type, type] = {bool: bool, int: int, _RubyInt: int, float: float, _RubyFloat: float}


def _plain_number(key: Any) -> Any:
    cls = key.__class__
    return int(key) if cls is _RubyInt else float(key) if cls is _RubyFloat else key


def _may_collide(result: dict[Any, Any], key: Any) -> bool:
    """Whether a numeric or boolean *key* equals a key of *result* in Python."""
    value = _plain_number(key)
    if value in result:
        return True
    try:
        return (float(value).is_integer() and _RubyInt(int(value)) in result) or _RubyFloat(value) in result
    except (OverflowError, ValueError):
        return False


def _ruby_key(result: dict[Any, Any], key: Any) -> Any:
    """The key to store *key* under in *result*, as a Ruby Hash tells keys apart:
    ``1``, ``1.0`` and ``true`` are three keys (one in Python, where
    ``True == 1 == 1.0``). An equal key of the same kind is the same key (its
    value is replaced in place); one of another kind makes the numeric key a
    distinct :class:`_RubyInt`/:class:`_RubyFloat` (``true`` cannot be wrapped,
    so a numeric key already there is, in place)."""
    kind = _KEY_KIND[key.__class__]
    value = _plain_number(key)
    clashes = []
    for existing in result:
        existing_kind = _KEY_KIND.get(existing.__class__)
        if existing_kind is not None and _plain_number(existing) == value:
            if existing_kind is kind:
                return existing
            clashes.append(existing)
    if not clashes:
        return value
    if kind is not bool:
        return _RubyInt(value) if kind is int else _RubyFloat(value)
    renamed = {k: (_RubyInt(k) if _KEY_KIND[k.__class__] is int else _RubyFloat(k))
               for k in clashes if k.__class__ in (int, float)}
    if renamed:
        items = [(renamed.get(k, k) if k.__class__ in (int, float) else k, v) for k, v in result.items()]
        result.clear()
        result.update(items)
    return value


def _store(result: dict[Any, Any], key: Any, value: Any) -> None:
    """``hash[key] = value`` with Ruby's notion of equal keys."""
    if key.__class__ in _KEY_KIND and _may_collide(result, key):
        key = _ruby_key(result, key)
    try:
        result[key] = value
    except TypeError:  # a sequence or mapping as the key
        result[_hash_key(key)] = value


def _merge(result: dict[Any, Any], other: dict[Any, Any]) -> None:
    """``Hash#merge!``."""
    for key, value in other.items():
        _store(result, key, value)


_RE_STR_TAG = re.compile(r"^!(?:str|ruby/string)(?::(.*))?$", re.M)
_RE_SYM_TAG = re.compile(r"^!ruby/sym(bol)?:?(.*)?$", re.M)
_RE_SEQ_CLASS_TAG = re.compile(r"^!(?:seq|ruby/array):(.*)$", re.M)
_RE_STRUCT_TAG = re.compile(r"^!ruby/struct:?(.*)?$", re.M)
_RE_OBJECT_TAG = re.compile(r"^!ruby/object:?(.*)?$", re.M)
_RE_ARRAY_CLASS_TAG = re.compile(r"^!ruby/array:(.*)$", re.M)
_RE_EXCEPTION_TAG = re.compile(r"^!ruby/exception:?(.*)?$", re.M)
_RE_HASH_IVARS_TAG = re.compile(r"^!ruby/hash-with-ivars(?::(.*))?$", re.M)
_RE_HASH_CLASS_TAG = re.compile(r"^!(?:map|ruby/hash):(.*)$", re.M)
_RE_MARSHALABLE_TAG = re.compile(r"^!ruby/marshalable:(.*)$", re.M)
_RUBY_FLOAT_STRING = re.compile(
    r"\s*[-+]?(?:\d+(?:_\d+)*(?:\.\d+(?:_\d+)*)?(?:[eE][-+]?\d+(?:_\d+)*)?"
    r"|0[xX][0-9a-fA-F]+(?:_[0-9a-fA-F]+)*(?:\.[0-9a-fA-F]*)?(?:[pP][-+]?\d+)?)\s*")
_BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _ruby_float(value: Any) -> float:
    """``Kernel#Float`` on what ``tokenize`` gave."""
    if isinstance(value, bool) or value is None:
        raise _RubyError(f"can't convert {'nil' if value is None else str(value).lower()} into Float")
    if isinstance(value, float):
        return value
    if isinstance(value, int):
        try:
            return float(value)
        except OverflowError:
            return math.copysign(math.inf, value)
    if isinstance(value, _dt.datetime):
        return value.timestamp()
    if isinstance(value, _dt.date):
        raise _RubyError("can't convert Date into Float")
    text = str(value)
    if _RUBY_FLOAT_STRING.fullmatch(text):
        body = text.strip().replace("_", "")
        try:
            return float.fromhex(body) if "x" in body.lower() else float(body)
        except ValueError:
            pass
    raise _RubyArgumentError(_RubyArgumentError.MESSAGE)


def _unpack_base64(text: str) -> str:
    """``String#unpack('m')``: base64 that skips other characters; the bytes
    come back as text that writes out the same bytes."""
    bits = 0
    count = 0
    out = bytearray()
    for char in text:
        if char == "=":
            break
        digit = _BASE64.find(char)
        if digit < 0:
            continue
        bits = (bits << 6) | digit
        count += 6
        if count >= 8:
            count -= 8
            out.append((bits >> count) & 0xFF)
    return out.decode("utf-8", "surrogateescape")


class _ToRuby:
    """``Psych::Visitors::ToRuby`` with ``ClassLoader::Restricted([Date, Time])``."""

    def __init__(self, from_events: bool) -> None:
        self.anchors: dict[str, Any] = {}  # Psych's @st, for graphs composed from events
        self.built: dict[int, Any] = {}    # collections built, by node: aliases in a libyaml graph
        self.from_events = from_events

    def skipping(self) -> None:
        """Psych leaves some nodes unvisited; an anchor in one of them stays unknown,
        which only a graph that keeps aliases as names can tell."""
        if not self.from_events:
            raise _NeedEvents

    def accept(self, node: Any) -> Any:
        cls = node.__class__
        if cls is yaml.ScalarNode or cls is _AnchoredScalar:
            tag = node.tag
            value = tokenize(node.value) if tag is _PLAIN_TAG else (
                node.value if tag is _QUOTED_TAG else self.scalar(node))
            if cls is _AnchoredScalar and node.anchor is not None:
                self.anchors[node.anchor] = value
            return value
        if cls is _Alias:
            try:
                return self.anchors[node.anchor]
            except KeyError:
                raise _RubyError(f"Unknown alias: {node.anchor}") from None
        done = self.built.get(id(node), self)
        if done is not self:
            return done
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node)
        return self.sequence(node)

    def register(self, node: Any, value: Any) -> Any:
        self.built[id(node)] = value
        anchor = getattr(node, "anchor", None)
        if anchor is not None:
            self.anchors[anchor] = value
        return value

    def is_alias(self, node: Any) -> bool:
        return node.__class__ is _Alias or id(node) in self.built

    # -- scalars with an explicit tag: ToRuby#deserialize ------------------------
    def scalar(self, node: Any) -> Any:
        tag, value = node.tag, node.value
        if tag in ("!binary", "tag:yaml.org,2002:binary"):
            return _unpack_base64(value)
        match = _RE_STR_TAG.search(tag)
        if match or tag == _STR_TAG:
            _resolve_class(match.group(1) if match else None)
            return value
        if tag in ("!ruby/object:BigDecimal", "!ruby/object:DateTime", "!ruby/object:Complex",
                   "!ruby/object:Rational"):
            raise _disallowed(tag.rsplit(":", 1)[1])
        if tag == "!ruby/encoding":
            # Encoding.find: an unknown name is an ArgumentError; a known one gives an
            # Encoding, which has no counterpart here, so its name is kept.
            try:
                codecs.lookup(value)
            except LookupError:
                raise _RubyArgumentError(_RubyArgumentError.MESSAGE) from None
            return value
        if tag in ("!ruby/class", "!ruby/module"):
            _resolve_class(value)
            return None
        if tag in ("tag:yaml.org,2002:float", "!float"):
            return _ruby_float(tokenize(value))
        if tag == "!ruby/regexp":
            raise _disallowed("Regexp")
        if tag == "!ruby/range":
            raise _disallowed("Range")
        if _RE_SYM_TAG.search(tag):
            raise _disallowed("Symbol")
        return tokenize(value)

    # -- sequences -------------------------------------------------------------
    def sequence(self, node: Any) -> Any:
        tag = node.tag
        if tag in ("!omap", "tag:yaml.org,2002:omap"):
            omap = self.register(node, {})  # Psych::Omap, a Hash (not checked by the class loader)
            for pair in node.value:
                children = self.children(pair)
                if not children:
                    raise _RubyError("undefined method `first' for nil:NilClass")
                if len(children) > 2:
                    self.skipping()  # only the first and the last child are visited
                key = self.accept(children[0])
                _store(omap, key, self.accept(children[-1]))
            return omap
        match = _RE_SEQ_CLASS_TAG.search(tag)
        if match:
            if not match.group(1):
                raise _RubyError(_NIL_ALLOCATE)
            raise _disallowed(match.group(1))
        items = self.register(node, [])
        accept = self.accept
        for child in node.value:
            items.append(accept(child))
        return items

    @staticmethod
    def children(node: Any) -> list[Any] | None:
        if isinstance(node, yaml.MappingNode):
            return [part for pair in node.value for part in pair]
        if isinstance(node, yaml.SequenceNode):
            return node.value
        return None

    # -- mappings ----------------------------------------------------------------
    def mapping(self, node: Any) -> Any:
        tag = node.tag
        if tag == _MAP_TAG:
            return self.revive_hash(self.register(node, {}), node)
        match = _RE_STRUCT_TAG.search(tag)
        if match:
            _resolve_class(match.group(1))
            self.accept_children(node)
            raise _disallowed("Struct")
        match = _RE_OBJECT_TAG.search(tag)
        if match:
            name = match.group(1) or ""
            if name in ("Complex", "Rational"):
                raise _disallowed(name)
            if name == "Hash":
                return self.revive_hash(self.register(node, {}), node)
            _resolve_class(name)
            raise _disallowed("Object")
        match = _RE_STR_TAG.search(tag)
        if match or tag == _STR_TAG:
            _resolve_class(match.group(1) if match else None)
            string, members = None, False
            for key_node, value_node in node.value:
                key, value = self.accept(key_node), self.accept(value_node)
                if key == "str":
                    string = self.register(node, value)
                else:
                    members = True
            if string is None and members:
                raise _RubyError("can't modify frozen NilClass: nil")
            return string
        match = _RE_ARRAY_CLASS_TAG.search(tag)
        if match:
            if not match.group(1):
                raise _RubyError(_NIL_ALLOCATE)
            raise _disallowed(match.group(1))
        if tag == "!ruby/range":
            raise _disallowed("Range")
        match = _RE_EXCEPTION_TAG.search(tag)
        if match:
            self.accept_children(node)
            raise _disallowed(match.group(1) or "Exception")
        if tag in ("!set", "tag:yaml.org,2002:set"):
            raise _disallowed("Psych::Set")
        match = _RE_HASH_IVARS_TAG.search(tag)
        if match:
            _resolve_class(match.group(1))
            self.skipping()
            result = self.register(node, {})
            for key_node, value_node in node.value:
                if getattr(key_node, "value", None) == "elements" and isinstance(value_node, yaml.MappingNode):
                    self.revive_hash(result, value_node)
            return result
        for pattern in (_RE_HASH_CLASS_TAG, _RE_MARSHALABLE_TAG):
            match = pattern.search(tag)
            if match:
                if not match.group(1):
                    raise _RubyError(_NIL_ALLOCATE)
                raise _disallowed(match.group(1))
        if tag in ("!omap", "tag:yaml.org,2002:omap"):
            raise _disallowed("Psych::Omap")
        return self.revive_hash(self.register(node, {}), node)

    def accept_children(self, node: Any) -> None:
        for key_node, value_node in node.value:
            self.accept(key_node)
            self.accept(value_node)

    def revive_hash(self, result: dict[Any, Any], node: Any) -> dict[Any, Any]:
        """``ToRuby#revive_hash``: ``<<`` (unless tagged ``!!str``) merges into the
        hash built so far, a mapping or an alias at once, a sequence of mappings
        with the first one winning; anything else is kept under the key ``<<``."""
        accept = self.accept
        for key_node, value_node in node.value:
            key = accept(key_node)
            if key == "<<" and getattr(key_node, "tag", None) != _STR_TAG:
                alias = self.is_alias(value_node)
                value = accept(value_node)
                if alias or isinstance(value_node, yaml.MappingNode):
                    if isinstance(value, dict):
                        _merge(result, value)
                        continue
                elif isinstance(value_node, yaml.SequenceNode):
                    if all(isinstance(item, dict) for item in value):
                        merged: dict[Any, Any] = {}
                        for item in reversed(value):
                            _merge(merged, item)
                        _merge(result, merged)
                        continue
                result["<<"] = value
                continue
            _store(result, key, accept(value_node))
        return result
