"""The readers that ``Reader`` delegates to, as in Jekyll's ``jekyll/readers``."""

from jekyll_py.readers.data_reader import DataReader
from jekyll_py.readers.layout_reader import LayoutReader
from jekyll_py.readers.post_reader import PostReader

__all__ = ["DataReader", "LayoutReader", "PostReader"]
