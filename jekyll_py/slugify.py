"""Jekyll's ``Utils.slugify`` with every mode (raw, default, pretty, ascii, latin).

Used by the ``slugify`` Liquid filter and by permalinks (``:title``, ``:slug``).
The character classes are Ruby's ``\\p{M}\\p{L}\\p{Nd}``, evaluated with
``unicodedata`` so no extra dependency is needed.
"""

from __future__ import annotations

import re
import unicodedata

SLUGIFY_MODES = ("raw", "default", "pretty", "ascii", "latin")
_PRETTY_EXTRA = set("._~!$&'()+,;=@")

# I18n's default Latin approximations that are not a plain "strip the accent".
_LATIN_SPECIAL = {
    "Æ": "AE",
    "æ": "ae",
    "Ð": "D",
    "ð": "d",
    "Ø": "O",
    "ø": "o",
    "Þ": "Th",
    "þ": "th",
    "ß": "ss",
    "Œ": "OE",
    "œ": "oe",
    "Đ": "D",
    "đ": "d",
    "Ħ": "H",
    "ħ": "h",
    "ı": "i",
    "Ĳ": "IJ",
    "ĳ": "ij",
    "ĸ": "k",
    "Ŀ": "L",
    "ŀ": "l",
    "Ł": "L",
    "ł": "l",
    "ŉ": "'n",
    "Ŋ": "NG",
    "ŋ": "ng",
    "Ŧ": "T",
    "ŧ": "t",
    "×": "x",
}


def _is_word_char(ch: str) -> bool:
    """``[\\p{M}\\p{L}\\p{Nd}]``."""
    cat = unicodedata.category(ch)
    return cat[0] in ("M", "L") or cat == "Nd"


def transliterate(text: str) -> str:
    """``I18n.transliterate`` with the default approximations: Latin → ASCII, else ``?``."""
    out = []
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            out.append(ch)
        elif ch in _LATIN_SPECIAL:
            out.append(_LATIN_SPECIAL[ch])
        elif 0xC0 <= code <= 0x17F:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if ord(c) < 0x80)
            out.append(base or "?")
        else:
            out.append("?")
    return "".join(out)


def replace_character_sequence_with_hyphen(text: str, mode: str = "default") -> str:
    """Replace runs of characters the mode does not keep with one ``-``."""
    if mode == "raw":
        return re.sub(r"[ \t\n\v\f\r]+", "-", text)  # Ruby's \s is ASCII-only
    if mode == "ascii":
        return re.sub(r"[^A-Za-z0-9]+", "-", text)
    if mode == "pretty":
        keep = lambda ch: _is_word_char(ch) or ch in _PRETTY_EXTRA  # noqa: E731
    else:
        keep = _is_word_char
    out: list[str] = []
    in_run = False
    for ch in text:
        if keep(ch):
            out.append(ch)
            in_run = False
        elif not in_run:
            out.append("-")
            in_run = True
    return "".join(out)


def slugify(string: str | None, mode: str | None = "default", cased: bool = False) -> str | None:
    """Jekyll's ``Utils.slugify(string, mode:, cased:)``.

    Unknown modes only downcase; ``None`` stays ``None``.  The caller logs
    Jekyll's "Empty `slug`" warning when the result is empty, if it wants to.
    """
    if string is None:
        return None
    mode = mode or "default"
    if mode not in SLUGIFY_MODES:
        return string if cased else string.lower()
    if mode == "latin":
        string = transliterate(string)
    slug = replace_character_sequence_with_hyphen(string, mode=mode)
    slug = re.sub(r"^-|-$", "", slug, flags=re.M)
    if not cased:
        slug = slug.lower()
    return slug
