"""Exceptions raised by the engine, named after Jekyll's ``Jekyll::Errors``.

Every error that reaches the command line carries enough context (file and,
where known, line) for the user to find the cause without a backtrace.
"""

from __future__ import annotations


class JekyllError(Exception):
    """Base class of every error the engine raises on purpose."""


class FatalException(JekyllError):
    """The build cannot go on (Jekyll's ``Errors::FatalException``)."""


class InvalidConfigurationError(FatalException):
    """A configuration value has the wrong shape (``include`` not a list, ...)."""


class InvalidYAMLFrontMatterError(FatalException):
    """Front matter that parses to something other than a mapping."""


class InvalidPermalinkError(FatalException):
    """An empty ``permalink`` in front matter."""


class InvalidDateError(FatalException):
    """A date that Ruby's ``Time.parse`` would reject."""


class InvalidURLError(FatalException):
    """A generated URL that cannot be written."""


class PostURLError(FatalException):
    """``{% post_url %}`` could not find its post."""


class DropMutationException(JekyllError):
    """An attempt to set a read-only key of a drop."""


class YAMLError(JekyllError):
    """A YAML document (front matter, data file, config) failed to parse.

    ``path`` and ``line`` point at the offending spot so the CLI can name them.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line


class YAMLDisallowedClassError(YAMLError):
    """YAML asked for a Ruby class Jekyll's safe loader refuses (``:symbol``).

    Psych raises ``DisallowedClass`` rather than a syntax error, and Jekyll
    reports it as "Error reading file", not "YAML Exception reading".
    """


class InvalidEncodingError(JekyllError):
    """A source file's bytes are not valid UTF-8 (``strict_front_matter``, data, config)."""


class LiquidException(JekyllError):
    """A Liquid syntax or runtime error.

    ``str(exc)`` is the message Ruby Liquid would give (for example
    ``Liquid syntax error (line 2): 'if' tag was never closed``); the renderer
    appends `` in <path>`` when it reports it, exactly as Jekyll does.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line


class ConversionError(JekyllError):
    """A converter (Markdown, Sass) failed on a file."""
