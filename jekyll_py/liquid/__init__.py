"""Jekyll's Liquid: Ruby Liquid 5.4 semantics plus ``Jekyll::Filters`` and ``Jekyll::Tags``.

Entry point: ``LiquidEngine(site)`` with ``parse``/``render`` (the contract in
docs/ARCHITECTURE.md).  Module map, following Ruby Liquid and Jekyll:

* ``parser`` (tokenizer, block bodies, strict expression parser), ``expressions``
  (variables, lookups, ranges, conditions), ``context`` (scopes, filters),
  ``tags``/``loop_tags`` (standard tags), ``filters``/``math_filters``;
* ``jekyll_tags`` (include, include_relative, link, post_url, highlight),
  ``jekyll_filters``/``date_filters``/``url_filters``;
* Ruby value semantics: ``ruby`` (to_s/inspect/==/<=>), ``rubystring``,
  ``rubytime`` (strftime), ``rubydate`` (Time.parse), ``rjson`` (to_json),
  ``url`` (Addressable normalisation).

Plugins add tags and filters with ``register_tag``/``register_filter`` (or
``LiquidEngine.register_*``).  A tag subclasses ``Tag`` (or ``Block``): its
constructor receives ``(tag_name, markup, parse_context)`` and ``render(context,
out)`` appends strings to ``out``; raise ``errors.LiquidError`` subclasses for
Liquid errors (printed with their line) or ``errors.RubyError`` for bare
messages.  A filter is ``func(input, *args)``; decorate it with
``with_context`` to receive the render ``Context`` first.
"""

from .context import Context, with_context
from .engine import LiquidEngine, Template, register_filter, register_tag
from .parser import Block, Tag

__all__ = [
    "Block",
    "Context",
    "LiquidEngine",
    "Tag",
    "Template",
    "register_filter",
    "register_tag",
    "with_context",
]
