"""Python equivalents of the Ruby gems Jekyll sites use (GitHub Pages' set).

One module per gem (``feed`` is jekyll-feed, ``sitemap`` is jekyll-sitemap,
...). Each registers its generators, hooks and Liquid tags through the plugin
API (``jekyll_py.plugin``, ``jekyll_py.hooks``) tagged with its gem name, so it
only acts on sites that list that gem in ``plugins:``; importing a module is
what ``require`` is in Ruby. ``jekyll_py.plugin_manager.BUILTIN_PLUGINS`` maps
gem names to these modules. They produce the gems' output byte for byte; the
shared helpers in ``_support`` carry the Jekyll filter semantics that the
gems' Liquid templates relied on.
"""
