"""Rouge's token hierarchy and the translation of Pygments token types into it.

Rouge's CSS classes are the Pygments short names, but the two hierarchies are
not identical: Rouge has a few types Pygments lacks (``Keyword.Variable`` →
``kv``, ``Punctuation.Indicator`` → ``pi``, ``Generic.Lineno`` → ``gl``) and
Pygments has some Rouge lacks (``Generic.EmphStrong``, ``Punctuation.Marker``,
and any ad-hoc subtype a lexer invents such as ``Name.Tag.Foo``).  A type Rouge
does not know is therefore translated to its nearest ancestor that Rouge does
know, which is what a Rouge lexer would have emitted for the same concept.

The result of the translation is the Rouge *short name* itself (``""`` for
plain ``Text``), because that is all the HTML formatter needs and because
merging of adjacent tokens in Rouge happens on the token type, which maps
one-to-one onto the short name.
"""

from __future__ import annotations

from functools import lru_cache

from pygments.token import _TokenType

#: Rouge 3.30's token types (qualified name without the leading ``Token.``)
#: and their CSS short names.  ``Text`` has no class: the formatter writes it
#: without a ``<span>``.
ROUGE_SHORTNAMES: dict[str, str] = {
    "Text": "",
    "Text.Whitespace": "w",
    "Escape": "esc",
    "Error": "err",
    "Other": "x",
    "Keyword": "k",
    "Keyword.Constant": "kc",
    "Keyword.Declaration": "kd",
    "Keyword.Namespace": "kn",
    "Keyword.Pseudo": "kp",
    "Keyword.Reserved": "kr",
    "Keyword.Type": "kt",
    "Keyword.Variable": "kv",
    "Name": "n",
    "Name.Attribute": "na",
    "Name.Builtin": "nb",
    "Name.Builtin.Pseudo": "bp",
    "Name.Class": "nc",
    "Name.Constant": "no",
    "Name.Decorator": "nd",
    "Name.Entity": "ni",
    "Name.Exception": "ne",
    "Name.Function": "nf",
    "Name.Function.Magic": "fm",
    "Name.Property": "py",
    "Name.Label": "nl",
    "Name.Namespace": "nn",
    "Name.Other": "nx",
    "Name.Tag": "nt",
    "Name.Variable": "nv",
    "Name.Variable.Class": "vc",
    "Name.Variable.Global": "vg",
    "Name.Variable.Instance": "vi",
    "Name.Variable.Magic": "vm",
    "Literal": "l",
    "Literal.Date": "ld",
    "Literal.String": "s",
    "Literal.String.Affix": "sa",
    "Literal.String.Backtick": "sb",
    "Literal.String.Char": "sc",
    "Literal.String.Delimiter": "dl",
    "Literal.String.Doc": "sd",
    "Literal.String.Double": "s2",
    "Literal.String.Escape": "se",
    "Literal.String.Heredoc": "sh",
    "Literal.String.Interpol": "si",
    "Literal.String.Other": "sx",
    "Literal.String.Regex": "sr",
    "Literal.String.Single": "s1",
    "Literal.String.Symbol": "ss",
    "Literal.Number": "m",
    "Literal.Number.Bin": "mb",
    "Literal.Number.Float": "mf",
    "Literal.Number.Hex": "mh",
    "Literal.Number.Integer": "mi",
    "Literal.Number.Integer.Long": "il",
    "Literal.Number.Oct": "mo",
    "Literal.Number.Other": "mx",
    "Operator": "o",
    "Operator.Word": "ow",
    "Punctuation": "p",
    "Punctuation.Indicator": "pi",
    "Comment": "c",
    "Comment.Hashbang": "ch",
    "Comment.Doc": "cd",
    "Comment.Multiline": "cm",
    "Comment.Preproc": "cp",
    "Comment.PreprocFile": "cpf",
    "Comment.Single": "c1",
    "Comment.Special": "cs",
    "Generic": "g",
    "Generic.Deleted": "gd",
    "Generic.Emph": "ge",
    "Generic.Error": "gr",
    "Generic.Heading": "gh",
    "Generic.Inserted": "gi",
    "Generic.Output": "go",
    "Generic.Prompt": "gp",
    "Generic.Strong": "gs",
    "Generic.Subheading": "gu",
    "Generic.Traceback": "gt",
    "Generic.Lineno": "gl",
}


@lru_cache(maxsize=512)
def rouge_shortname(ttype: _TokenType) -> str:
    """Return Rouge's CSS class for a Pygments token type.

    Walks up the Pygments hierarchy until a type Rouge knows is found; the
    root ``Token`` (which Pygments uses for "no type") counts as ``Text``.
    """
    current = ttype
    while current.parent is not None:
        name = ".".join(current)
        if name in ROUGE_SHORTNAMES:
            return ROUGE_SHORTNAMES[name]
        current = current.parent
    return ""
