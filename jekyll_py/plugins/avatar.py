"""jekyll-avatar 0.8: ``{% avatar user [size=N] [lazy=true] %}``.

It prints an ``<img>`` of a GitHub avatar with a 1x-4x ``srcset``. The tag's
text is itself Liquid (``{% avatar {{ page.author }} %}``); ``user=var``
reads the user name from a variable. The avatar server (avatars0-3) is chosen
by the CRC32 of the 1x path, as GitHub's CDN does; ``$PAGES_AVATARS_URL``
replaces the host.
"""

from __future__ import annotations

import os
import re
import zlib
from typing import Any
from urllib.parse import urljoin

from jekyll_py.liquid.parser import Tag
from jekyll_py.liquid.ruby import to_s
from jekyll_py.plugin import register_tag

GEM = "jekyll-avatar"
SERVERS = 4
DEFAULT_SIZE = "40"
API_VERSION = "3"
SCALES = (1, 2, 3, 4)


@register_tag("avatar", gem=GEM)
class AvatarTag(Tag):
    def __init__(self, tag_name: str, markup: str, parse_context: Any) -> None:
        super().__init__(tag_name, markup, parse_context)
        self.text = markup.strip()
        size = re.search(r"\bsize=(\d+)\b", self.text, re.I)
        self.size = size.group(1) if size else DEFAULT_SIZE
        user = re.search(r"\buser=([\w.]+)\b", self.text)
        self.user_variable = user.group(1) if user else None

    def render(self, context: Any, out: list[str]) -> None:
        text = context.engine.render_string(self.text, context)
        out.append(avatar_html(self.username(context, text), self.size, "lazy=true" in text))

    def username(self, context: Any, text: str) -> str:
        if self.user_variable:
            value: Any = context
            for part in self.user_variable.split("."):
                value = _lookup(value, part)
            return to_s(value) if value is not None else self.user_variable
        name = text.split(" ")[0] if " " in text else text
        return name.replace("@", "", 1) if name.startswith("@") else name


def _lookup(container: Any, key: str) -> Any:
    if container is None:
        return None
    if hasattr(container, "find_variable"):
        return container.find_variable(key)
    try:
        return container[key]
    except (KeyError, TypeError, IndexError):
        return None


def avatar_path(username: str, size: str, scale: int = 1) -> str:
    return f"{username}?v={API_VERSION}&s={size if scale == 1 else int(size) * scale}"


def avatar_url(username: str, size: str, scale: int = 1) -> str:
    custom = os.environ.get("PAGES_AVATARS_URL", "")
    if custom:
        base = custom if custom.endswith("/") else custom + "/"
        return urljoin(base, avatar_path(username, size, scale))
    server = zlib.crc32(avatar_path(username, size).encode("utf-8")) % SERVERS
    return f"https://avatars{server}.githubusercontent.com/{avatar_path(username, size, scale)}"


def avatar_html(username: str, size: str, lazy: bool = False) -> str:
    srcset = ", ".join(f"{avatar_url(username, size, s)} {s}x" for s in SCALES)
    classes = "avatar avatar-small" if int(size) < 48 else "avatar"
    attrs = [("class", classes), ("alt", username), ("width", size), ("height", size),
             ("data-proofer-ignore", "true")]
    if lazy:
        attrs += [("src", ""), ("data-src", avatar_url(username, size)), ("data-srcset", srcset)]
    else:
        attrs += [("src", avatar_url(username, size)), ("srcset", srcset)]
    return "<img " + " ".join(f'{k}="{v}"' for k, v in attrs) + " />"
