"""``LiquidEngine``: the Site → Liquid contract (see docs/ARCHITECTURE.md).

One engine per build.  It owns the registered tags and filters, the
``liquid:`` configuration (error mode, strict filters/variables), and the
template cache that makes every layout and include parse once per build, as
Jekyll's ``LiquidRenderer`` cache does.  Errors leave as
``jekyll_py.errors.LiquidException`` whose text is Ruby Liquid's message.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from jekyll_py.errors import LiquidException

from .context import Context, FilterSpec
from .errors import LiquidError, RubyError
from .parser import Document, ParseContext, Tokenizer

#: Tags and filters registered by plugins before an engine exists
#: (``jekyll_py.plugin`` decorators call ``register_tag``/``register_filter``).
_EXTRA_TAGS: dict[str, type] = {}
_EXTRA_FILTERS: dict[str, FilterSpec] = {}


def register_tag(name: str, tag_class: type) -> None:
    """Register a Liquid tag class (a ``jekyll_py.liquid.parser.Tag`` subclass)."""
    _EXTRA_TAGS[name] = tag_class


def register_filter(name: str, func: Callable[..., Any], with_context: bool = False) -> None:
    """Register a filter ``func(input, *args)`` (or ``func(context, input, *args)``)."""
    _EXTRA_FILTERS[name] = FilterSpec(func, with_context=with_context)


class Template:
    """A parsed template: its root, its parse warnings and where it came from."""

    def __init__(self, root: Document, path: str | None, warnings: list[Exception]) -> None:
        self.root = root
        self.path = path
        self.warnings = warnings


class LiquidEngine:
    """Parses and renders Liquid for one build of ``site``."""

    def __init__(self, site: Any) -> None:
        from .filters import STANDARD_FILTERS
        from .jekyll_filters import JEKYLL_FILTERS
        from .jekyll_tags import JEKYLL_TAGS
        from .tags import STANDARD_TAGS

        self.site = site
        config = getattr(site, "config", None) or {}
        liquid_cfg = config.get("liquid") or {}
        if not isinstance(liquid_cfg, Mapping):
            liquid_cfg = {}
        self.error_mode = str(liquid_cfg.get("error_mode") or "warn")
        if self.error_mode not in ("warn", "strict", "lax"):
            self.error_mode = "warn"
        self.strict_filters = bool(liquid_cfg.get("strict_filters"))
        self.strict_variables = bool(liquid_cfg.get("strict_variables"))
        self.tags: dict[str, type] = {**STANDARD_TAGS, **JEKYLL_TAGS, **_EXTRA_TAGS}
        self.filters: dict[str, FilterSpec] = {
            name: FilterSpec(func) for name, func in {**STANDARD_FILTERS, **JEKYLL_FILTERS}.items()
        }
        self.filters.update(_EXTRA_FILTERS)
        self._cache: dict[tuple[str | None, str], Template] = {}
        self.filter_cache: dict[str, Any] = {}
        #: ``increment``/``decrement`` counters: Jekyll's payload is shared by
        #: every page of a build, and Liquid stores the counters in it.
        self.counters: dict[str, Any] = {}
        #: ``--profile``'s per-file figures (``jekyll_py.profiler.RenderStats``), or None.
        self.stats: Any = None

    # ------------------------------------------------------------------ registration

    def register_tag(self, name: str, tag_class: type) -> None:
        self.tags[name] = tag_class

    def register_filter(
        self, name: str, func: Callable[..., Any], with_context: bool = False
    ) -> None:
        self.filters[name] = FilterSpec(func, with_context=with_context)

    # ------------------------------------------------------------------ parse / render

    def parse(self, source: str, path: str | None = None, line_offset: int = 0) -> Template:
        """Parse (memoised per ``(path, source)``); log warnings like Jekyll's renderer."""
        template = self.parse_raw(source, path, error_mode=self.error_mode)
        logger = getattr(self.site, "logger", None)
        for warning in template.warnings:
            if logger is not None:
                logger.warn("Liquid Warning:", f"{warning} in {path}")
        return template

    def parse_raw(self, source: str, path: str | None, error_mode: str | None = None) -> Template:
        """Parse without logging; errors are raised as ``LiquidException``."""
        key = (path, source)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        try:
            template = self._parse_uncached(source, path, error_mode or self.error_mode)
        except (LiquidError, RubyError) as err:
            raise LiquidException(str(err), path=path) from err
        self._cache[key] = template
        return template

    def _parse_uncached(self, source: str, path: str | None, error_mode: str) -> Template:
        pc = ParseContext(self, error_mode=error_mode)
        root = Document(Tokenizer(source, line_number=1), pc)
        return Template(root, path, pc.warnings)

    def new_context(
        self, assigns: Mapping[str, Any] | None, registers: dict[str, Any] | None
    ) -> Context:
        return Context(
            assigns,
            registers,
            self.filters,
            strict_variables=self.strict_variables,
            strict_filters=self.strict_filters,
            engine=self,
            counters=self.counters,
        )

    def render(
        self,
        tpl: Template,
        assigns: Mapping[str, Any] | None,
        path: str | None = None,
        registers: dict[str, Any] | None = None,
    ) -> str:
        """Render with ``render!`` semantics: any error fails the render."""
        regs = registers if registers is not None else {}
        regs.setdefault("site", self.site)
        context = self.new_context(assigns, regs)
        out: list[str] = []
        try:
            tpl.root.render(context, out)
        except (LiquidError, RubyError) as err:
            raise LiquidException(str(err), path=path) from err
        except LiquidException:
            raise
        except RecursionError as err:
            # Ruby's SystemStackError, e.g. an include that includes itself
            raise LiquidException("stack level too deep", path=path) from err
        except Exception as err:  # noqa: BLE001 - a plugin's bug still fails like a Ruby error
            raise LiquidException(f"{type(err).__name__}: {err}", path=path) from err
        return "".join(out)

    def render_string(self, source: str, context: Context) -> str:
        """``Liquid::Template.parse(markup).render(context)`` inside a tag."""
        template = self.parse_raw(source, None)
        out: list[str] = []
        template.root.render(context, out)
        return "".join(out)

    # ------------------------------------------------------------------ partials

    def load_partial(self, path: str) -> Template:
        """Parse an include file once per build (Jekyll's ``LiquidRenderer#file``)."""
        opts = getattr(self.site, "file_read_opts", None) or {}
        encoding = opts.get("encoding", "utf-8") if isinstance(opts, Mapping) else "utf-8"
        encoding = str(encoding).replace("bom|", "") or "utf-8"
        if encoding.lower() in ("utf-8", "utf8"):
            encoding = "utf-8-sig"
        with open(path, encoding=encoding, errors="surrogateescape", newline="") as fh:
            source = fh.read()
        key = (path, source)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        pc = ParseContext(self, error_mode=self.error_mode)
        pc.partial = True
        template = Template(Document(Tokenizer(source, line_number=1), pc), path, pc.warnings)
        self._cache[key] = template
        return template

    def load_render_partial(self, name: str, context: Context) -> Document:
        """``{% render %}``: Jekyll gives Liquid no file system, so every render fails.

        (``Liquid::BlankFileSystem`` raises this ``FileSystemError``.)  Plugins
        that want ``render`` can override this method.
        """
        raise LiquidError("This liquid context does not allow includes.")
