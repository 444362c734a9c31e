"""Jekyll's built-in converters: ``Identity``, ``Markdown``, ``Scss``, ``Sass``."""

from jekyll_py.converters.identity import Identity
from jekyll_py.converters.markdown import Markdown
from jekyll_py.converters.scss import Sass, Scss
from jekyll_py.converters.smartypants import SmartyPants

__all__ = ["Identity", "Markdown", "Sass", "Scss", "SmartyPants"]
