"""YAML as Jekyll 4.3 loads it: ``Psych.safe_load(text, permitted_classes:
[Date, Time], aliases: true)`` on libyaml.

libyaml (through PyYAML's C binding) parses the text, as it does under Psych,
so syntax errors carry Psych's words and positions (see ``safe_load``). The
node graph of the first document is turned into objects by a port of Psych's
``ToRuby`` visitor (``_ToRuby``): plain scalars typed by a port of
``ScalarScanner#tokenize``, explicit tags honoured, ignored or refused as
Psych does, merge keys merged in place as ``revive_hash`` does, anchors
re-bound when defined again, sequences and mappings allowed as keys.
Timestamps without an offset are read as UTC and shown in local time, like
Ruby's ``Time``.

Keys ``1``, ``1.0`` and ``true`` stay apart as in a Ruby Hash (see
``_ruby_key``). Known differences: Times keep microseconds, not nanoseconds;
``!ruby/encoding`` gives the name, not an Encoding; a NoMethodError inside
Psych (a scalar item in a ``!!omap`` sequence) lacks Ruby 3.1's source excerpt.
``tools/yaml_differential.py`` compares this module with Psych.
"""

from __future__ import annotations

from typing import Any

import yaml

from jekyll_py.errors import YAMLDisallowedClassError, YAMLError
from jekyll_py.liquid.rubystring import INVALID_BYTE_SEQUENCE, invalid_position, valid_encoding
from jekyll_py.yaml_scalars import (
    _RubyArgumentError,
    _RubySymbol,
)
from jekyll_py.yaml_to_ruby import (
    _compose_from_events,
    _NeedEvents,
    _Resolver,
    _RubyError,
    _ToRuby,
)


def _compose(text: str, *, from_events: bool = False) -> tuple[Any, bool]:
    """The first document's node graph, parsed (and composed) by libyaml, and
    whether it was composed from events (aliases kept as names).

    ``Psych.parse`` stops at the end of the first document, so what follows
    it (a second document, or bad indentation that ends the first one early,
    as in jekyll-uno's ``js/main.js``) is never parsed.
    """
    if _CParser is None:
        return _compose_from_events(_PyEventParser(text)), True
    if not from_events:
        parser = _CParser(text)
        try:
            if not parser.check_node():
                return None, False
            return parser.get_node(), False
        except yaml.composer.ComposerError:
            # A re-defined anchor or an unknown alias: PyYAML's composers refuse
            # both, Psych rebinds the name or fails later, when building objects.
            pass
        finally:
            parser.dispose()
    events = _CParser(text)
    try:
        return _compose_from_events(events), True
    finally:
        events.dispose()


class _PyEventParser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
    """PyYAML's pure-Python parser, where libyaml is not available."""

    def __init__(self, text: str) -> None:
        yaml.reader.Reader.__init__(self, text)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)


#: libyaml's parser, the one Psych wraps: about ten times faster than PyYAML's
#: pure-Python parser (a theme's 3 MB icon list in front matter), and it words
#: errors as Psych does.
_CParser: Any = None
try:
    from yaml._yaml import CParser as _LibyamlParser
except ImportError:  # PyYAML built without libyaml
    _LibyamlParser = None
if _LibyamlParser is not None:
    class _CParser(_LibyamlParser, _Resolver):  # type: ignore[no-redef, misc]
        """libyaml's parser and composer, with Psych's view of tags."""


def _load(text: str) -> Any:
    node, from_events = _compose(text)
    if node is None:
        return None
    try:
        return _ToRuby(from_events).accept(node)
    except _NeedEvents:
        node, from_events = _compose(text, from_events=True)
        return _ToRuby(from_events).accept(node)


def safe_load(text: str, path: str | None = None, line_offset: int = 0) -> Any:
    """Load one YAML document; errors read like Psych's, with the file in ``path``.

    Jekyll hands Psych a string, so Psych's message names ``<unknown>``, and its
    position is libyaml's *context* mark: where the unfinished construct began
    for an error with a context, the problem's position for a scanner error
    without one, and the start of the text for other errors (libyaml leaves
    the mark unset).  Errors while building objects have no position.
    """
    try:
        return _load(text)
    except yaml.reader.ReaderError as exc:
        raise YAMLError(f"(<unknown>): {exc.reason} at line {1 + line_offset} column 1",
                        path, 1 + line_offset) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.context_mark
        if mark is None and isinstance(exc, yaml.scanner.ScannerError):
            mark = exc.problem_mark
        line = (mark.line if mark is not None else 0) + 1 + line_offset
        column = (mark.column if mark is not None else 0) + 1
        detail = " ".join(part for part in (exc.problem, exc.context) if part)
        raise YAMLError(f"(<unknown>): {detail} at line {line} column {column}", path, line) from exc
    except _RubyArgumentError as exc:
        # Jekyll retries an ArgumentError with Psych's old safe_load API, which fails
        # in turn: the message is that second failure's.
        raise YAMLDisallowedClassError(str(exc), path, None) from exc
    except _RubySymbol as exc:
        raise YAMLDisallowedClassError("Tried to load unspecified class: Symbol", path, None) from exc
    except _RubyError as exc:
        # Psych::DisallowedClass, BadAlias, TypeError...: not a syntax error, no position.
        raise YAMLDisallowedClassError(str(exc), path, None) from exc
    except RecursionError as exc:
        raise YAMLDisallowedClassError("stack level too deep", path, None) from exc
    except (ValueError, yaml.YAMLError) as exc:  # e.g. text that cannot be encoded
        raise YAMLError(f"(<unknown>): {exc}", path) from exc


def safe_load_file(path: str, display_path: str | None = None) -> Any:
    with open(path, encoding="utf-8-sig", errors="surrogateescape") as fh:
        text = fh.read()
    if not valid_encoding(text):
        line, column = invalid_position(text)
        raise YAMLError(f"(<unknown>): {INVALID_BYTE_SEQUENCE} at line {line} column {column}",
                        display_path or path, line)
    return safe_load(text, display_path or path)
