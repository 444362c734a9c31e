"""jekyll-py: build and serve Jekyll sites in pure Python.

The package mirrors Jekyll's own layout (``Site``, ``Reader``, ``Page``,
``Document``, ``Collection``, ``Renderer`` ...) so that a Jekyll user finds
each concept under the name Jekyll gives it.
"""

__version__ = "0.1.0"

#: The Jekyll version this engine emulates; templates see it as ``jekyll.version``.
JEKYLL_VERSION = "4.3.1"
