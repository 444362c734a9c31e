"""The plugin loading API: ``plugins:``/``gems:``, safe mode and ``whitelist``,
``_plugins/*.py``, entry points, Ruby plugins we cannot run, GitHub Pages'
defaults."""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from jekyll_py import hooks, plugin
from jekyll_py.log import WARN, JekyllLogger
from jekyll_py.plugin import Generator
from jekyll_py.plugin_manager import GITHUB_PAGES_DEFAULTS, PluginManager


def make_site(tmp_path: Path, name: str = "src", **config: Any) -> SimpleNamespace:
    """The parts of a Site the plugin manager reads (source ``tmp_path/name``)."""
    source = tmp_path / name
    source.mkdir(parents=True, exist_ok=True)
    settings = {"plugins_dir": "_plugins", "plugins": [], "whitelist": [], **config}
    logger = JekyllLogger(level=WARN + 1)  # keep the test output quiet; messages are kept
    return SimpleNamespace(config=settings, source=str(source), safe=bool(settings.get("safe")),
                           logger=logger)


def warnings_of(site: SimpleNamespace) -> list[str]:
    return [" ".join(m.split()) for m in site.logger.messages]


def test_builtin_plugins_load_by_gem_name(tmp_path: Path) -> None:
    site = make_site(tmp_path, plugins=["jekyll-sitemap", "jekyll-feed"])
    manager = PluginManager(site)
    manager.conscientious_require()
    assert {"jekyll-sitemap", "jekyll-feed"} <= manager.enabled_gems
    names = [type(g).__name__ for g in manager.instantiate_subclasses(Generator)]
    assert "JekyllSitemap" in names and "JekyllFeed" in names
    assert "RedirectFromGenerator" not in names or "jekyll-redirect-from" in manager.enabled_gems
    assert warnings_of(site) == []


def test_unprovided_ruby_plugin_gets_one_warning_and_the_build_goes_on(tmp_path: Path) -> None:
    site = make_site(tmp_path, plugins=["jekyll-sitemap", "jekyll-octopress-ext", "jekyll-octopress-ext"])
    manager = PluginManager(site)
    manager.conscientious_require()
    warnings = [w for w in warnings_of(site) if "jekyll-octopress-ext" in w]
    assert len(warnings) == 1
    assert "Ruby plugin" in warnings[0]
    assert manager.missing == ["jekyll-octopress-ext"]
    assert "jekyll-sitemap" in manager.enabled_gems


def test_safe_mode_loads_only_whitelisted_plugins(tmp_path: Path) -> None:
    site = make_site(tmp_path, safe=True, plugins=["jekyll-sitemap", "jekyll-feed", "unknown-gem"],
                     whitelist=["jekyll-sitemap"])
    plugins_dir = Path(site.source, "_plugins")
    plugins_dir.mkdir()
    (plugins_dir / "boom.py").write_text("raise RuntimeError('must not run in safe mode')\n")
    manager = PluginManager(site)
    manager.conscientious_require()
    assert "jekyll-sitemap" in manager.enabled_gems
    assert "jekyll-feed" not in manager.enabled_gems
    # Not whitelisted: skipped silently, as Jekyll does.
    assert warnings_of(site) == []


def test_gems_only_enabled_where_listed(tmp_path: Path) -> None:
    with_feed = PluginManager(make_site(tmp_path, plugins=["jekyll-feed"]))
    with_feed.conscientious_require()
    without = PluginManager(make_site(tmp_path, "other"))
    without.conscientious_require()
    assert with_feed.liquid_tags().get("feed_meta") is not None
    assert "feed_meta" not in without.liquid_tags()
    assert not any(type(g).__name__ == "JekyllFeed" for g in without.instantiate_subclasses(Generator))


def test_site_plugin_files_are_scoped_to_their_site(tmp_path: Path) -> None:
    site_a = make_site(tmp_path, "a")
    plugins_dir = Path(site_a.source, "_plugins")
    plugins_dir.mkdir()
    code = textwrap.dedent(
        """
        from jekyll_py import hooks
        from jekyll_py.plugin import Generator, register_filter

        class ShoutGenerator(Generator):
            priority = "high"
            def generate(self, site):
                site.config["shouted"] = True

        @register_filter("shout")
        def shout(value):
            return str(value).upper() + "!"

        @hooks.register("site", "post_write")
        def done(site):
            site.config["post_write_ran"] = True
        """
    )
    plugin_file = plugins_dir / "shout.py"
    plugin_file.write_text(code)
    (plugins_dir / "legacy.rb").write_text("# Ruby\n")
    manager_a = PluginManager(site_a)
    manager_a.conscientious_require()
    generators = manager_a.instantiate_subclasses(Generator)
    assert type(generators[0]).__name__ == "ShoutGenerator"  # priority high sorts first
    assert manager_a.liquid_filters()["shout"]("hi") == "HI!"
    assert any("_plugins/legacy.rb is a Ruby plugin" in w for w in warnings_of(site_a))

    site_b = make_site(tmp_path, "b")
    manager_b = PluginManager(site_b)
    manager_b.conscientious_require()
    assert not any(type(g).__name__ == "ShoutGenerator" for g in manager_b.instantiate_subclasses(Generator))
    assert "shout" not in manager_b.liquid_filters()
    hooks.trigger("site", "post_write", site_b, enabled=manager_b.enabled)
    assert "post_write_ran" not in site_b.config
    hooks.trigger("site", "post_write", site_a, enabled=manager_a.enabled)
    assert site_a.config["post_write_ran"] is True

    # Loading the same unchanged file again (a rebuild) does not duplicate it.
    again = PluginManager(site_a)
    again.conscientious_require()
    shout = [g for g in again.instantiate_subclasses(Generator) if type(g).__name__ == "ShoutGenerator"]
    assert len(shout) == 1
    # An edited file replaces the old registrations.
    plugin_file.write_text(code.replace('"high"', '"low"'))
    os.utime(plugin_file, (1, 1))
    edited = PluginManager(site_a)
    edited.conscientious_require()
    shout = [g for g in edited.instantiate_subclasses(Generator) if type(g).__name__ == "ShoutGenerator"]
    assert len(shout) == 1 and type(shout[0]).priority == "low"


def test_entry_point_plugins_load_when_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dist = tmp_path / "dist"
    (dist / "my_jekyll_plugin").mkdir(parents=True)
    (dist / "my_jekyll_plugin" / "__init__.py").write_text(textwrap.dedent(
        """
        from jekyll_py.plugin import register_filter

        @register_filter("reverse_words")
        def reverse_words(value):
            return " ".join(reversed(str(value).split()))
        """
    ))
    info = dist / "my_jekyll_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: my-jekyll-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[jekyll_py.plugins]\njekyll-reverse = my_jekyll_plugin\n")
    monkeypatch.syspath_prepend(str(dist))
    site = make_site(tmp_path, plugins=["jekyll-reverse"])
    manager = PluginManager(site)
    manager.conscientious_require()
    assert manager.liquid_filters()["reverse_words"]("a b c") == "c b a"
    assert warnings_of(site) == []
    other = PluginManager(make_site(tmp_path))
    other.conscientious_require()
    assert "reverse_words" not in other.liquid_filters()
    sys.modules.pop("my_jekyll_plugin", None)


def test_github_pages_mode_switches_on_the_pages_defaults(tmp_path: Path) -> None:
    manager = PluginManager(make_site(tmp_path, github_pages=True))
    manager.conscientious_require()
    assert set(GITHUB_PAGES_DEFAULTS) <= manager.enabled_gems
    listed = PluginManager(make_site(tmp_path, plugins=["github-pages"]))
    listed.conscientious_require()
    assert set(GITHUB_PAGES_DEFAULTS) <= listed.enabled_gems
    plain = PluginManager(make_site(tmp_path))
    plain.conscientious_require()
    assert not set(GITHUB_PAGES_DEFAULTS) & plain.enabled_gems


def test_pagination_without_the_plugin_is_a_deprecation_warning(tmp_path: Path) -> None:
    site = make_site(tmp_path, paginate=5)
    PluginManager(site).conscientious_require()
    assert any(w.startswith("Deprecation: You appear to have pagination turned on") for w in warnings_of(site))


def test_plugins_dir_setting_and_missing_folder(tmp_path: Path) -> None:
    site = make_site(tmp_path, plugins_dir=[str(tmp_path / "elsewhere")])
    manager = PluginManager(site)
    assert manager.plugins_path() == [tmp_path / "elsewhere"]
    manager.conscientious_require()  # a missing folder is not an error
    assert warnings_of(site) == []


def test_hooks_registered_by_builtins_carry_their_gem() -> None:
    import jekyll_py.plugins.include_cache  # noqa: F401 - registers its hook

    gems = {entry[3] for entry in hooks._registry[("site", "pre_render")]}
    assert "jekyll-include-cache" in gems
    assert plugin.LIQUID_TAGS["include_cached"][1] == "jekyll-include-cache"


def test_a_site_with_python_plugins_builds_end_to_end(tmp_path: Path) -> None:
    """A ``_plugins/*.py`` generator, converter, tag, filter and hook all take part."""
    from jekyll_py.configuration import Configuration
    from jekyll_py.site import Site

    source = tmp_path / "site"
    (source / "_plugins").mkdir(parents=True)
    (source / "_plugins" / "everything.py").write_text(textwrap.dedent(
        '''
        from jekyll_py import hooks
        from jekyll_py.liquid.parser import Tag
        from jekyll_py.page import PageWithoutAFile
        from jekyll_py.plugin import Converter, Generator, register_filter, register_tag

        class ShoutConverter(Converter):
            def matches(self, ext):
                return ext == ".shout"
            def output_ext(self, ext):
                return ".html"
            def convert(self, content):
                return content.upper()

        class ListGenerator(Generator):
            def generate(self, site):
                page = PageWithoutAFile(site, site.source, "", "list.txt")
                page.content = "{{ site.pages | size }} pages"
                page.data["layout"] = None
                site.pages.append(page)

        @register_tag("hello")
        class HelloTag(Tag):
            def render(self, context, out):
                out.append("Hello, " + self.markup.strip() + "!")

        @register_filter("exclaim")
        def exclaim(value):
            return str(value) + "!"

        @hooks.register("pages", "post_render")
        def sign(page, *args):
            if page.name == "index.html":
                page.output += "<!-- signed -->"
        '''
    ))
    (source / "index.html").write_text("---\n---\n{% hello world %} {{ 'wow' | exclaim }}")
    (source / "loud.shout").write_text("---\n---\nquiet words")
    site = Site(Configuration.from_options({"source": str(source), "destination": str(tmp_path / "out"),
                                            "quiet": True}), logger=JekyllLogger(level=WARN + 1))
    site.process()
    out = tmp_path / "out"
    assert (out / "index.html").read_text() == "Hello, world! wow!<!-- signed -->"
    assert (out / "loud.html").read_text() == "QUIET WORDS"
    assert (out / "list.txt").read_text() == "3 pages"
