"""Rouge-shaped lexers for languages where Pygments' tokens differ from Rouge's.

Each entry registers, under a Rouge tag, a factory taking the lexer options
and returning a function from code to raw ``(pygments token type, text)``
pairs; ``lexing.raw_tokens`` prefers these to the plain Pygments lexer.
"""

from __future__ import annotations
