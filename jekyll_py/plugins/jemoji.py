"""jemoji 0.13: ``:emoji_name:`` becomes GitHub's emoji image.

After rendering, every ``:name:`` that is one of gemoji's aliases, in the text
of an HTML page or written document (outside ``pre``, ``code`` and ``tt``;
only inside ``<body>`` when there is one), is replaced by::

    <img class="emoji" title=":name:" alt=":name:" src="ROOT/emoji/unicode/HEX.png" height="20" width="20">

``ROOT`` is ``emoji: {src: URL}`` from the configuration, else
``$ASSET_HOST_URL/images/icons/``, else GitHub's asset host.

The gem runs html-pipeline's ``EmojiFilter`` on Nokogiri, and these details of
it are reproduced because they show in the bytes:

* the test for "anything to do" looks at the whole output, head included,
  but only the body is filtered: an emoji in ``<title>`` alone still gets the
  body re-serialised (see ``_html_fragment``) without any image;
* a text node's *unescaped* text is filtered and the result parsed as HTML,
  so ``&lt;b&gt; :smile:`` turns into a real ``<b>`` element;
* text in ``<script>``/``<style>`` is not skipped.

The emoji table is gemoji's (4.1.0, the newest gemoji jemoji 0.13 accepts; pymdown-extensions
10.7 and later carry it),
taken from pymdown-extensions' generated copy of it rather than shipped here;
the image file name is gemoji's ``image_filename``: the code points in hex,
without U+FE0F and U+200D.
"""

from __future__ import annotations

import os
import re
from functools import cache
from typing import Any

from jekyll_py import hooks
from jekyll_py.liquid import ruby
from jekyll_py.page import Page
from jekyll_py.plugins import _html_fragment as fragment
from jekyll_py.utils import file_join

GEM = "jemoji"
GITHUB_DOT_COM_ASSET_HOST_URL = "https://github.githubassets.com"
ASSET_PATH = "/images/icons/"
BODY_START_TAG = "<body"
IGNORED_ANCESTOR_TAGS = frozenset({"pre", "code", "tt"})


class InvalidEmojiConfig(TypeError):
    """``emoji:`` in the configuration is not a mapping (the gem fails on ``key?``)."""


@cache
def image_filenames() -> dict[str, str]:
    """gemoji's alias -> ``image_filename`` table (``unicode/1f44d.png``)."""
    from pymdownx import gemoji_db  # a dependency; imported late as the table is large

    names: dict[str, str] = {}
    for shortcode, info in gemoji_db.emoji.items():
        names[shortcode.strip(":")] = f"unicode/{info['unicode']}.png"
    for alias, target in gemoji_db.aliases.items():
        names[alias.strip(":")] = names[target.strip(":")]
    return names


@cache
def emoji_pattern() -> re.Pattern[str]:
    """html-pipeline's ``/:(name|name|...):/`` over every alias, sorted."""
    names = sorted(image_filenames())
    return re.compile(":(" + "|".join(re.escape(name) for name in names) + "):")


def default_asset_root() -> str:
    host = os.environ.get("ASSET_HOST_URL", "")
    if host:
        return host.removesuffix("/") + ASSET_PATH
    return GITHUB_DOT_COM_ASSET_HOST_URL + ASSET_PATH


def emoji_src(config: dict[str, Any]) -> str:
    """``emoji.src`` from the configuration, else the default asset root."""
    if "emoji" in config:
        setting = config["emoji"]
        if not isinstance(setting, dict):
            raise InvalidEmojiConfig(
                f"undefined method `key?' for {ruby.inspect(setting)}:{ruby.class_name(setting)}")
        if "src" in setting:
            return "" if setting["src"] is None else str(setting["src"])
    return default_asset_root()


def emoji_image_tag(name: str, asset_root: str) -> str:
    """The ``<img>`` html-pipeline writes (jemoji drops its ``align``)."""
    src = file_join(asset_root, file_join("emoji", image_filenames()[name]))
    return (f'<img class="emoji" title=":{name}:" alt=":{name}:" src="{src}" '
            'height="20" width="20">')


def filter_html(html: str, asset_root: str) -> str:
    """``EmojiFilter`` on a fragment: *html* parsed, emojified and written by libxml2's rules."""
    pattern = emoji_pattern()

    def emojify_text(content: str) -> str | None:
        # The unescaped text is filtered, so the result is parsed as HTML.
        replaced = pattern.sub(lambda m: emoji_image_tag(m.group(1), asset_root), content)
        return replaced if replaced != content else None

    return fragment.filter_text(html, ":", IGNORED_ANCESTOR_TAGS, emojify_text)


def emojify(doc: Any) -> None:
    content = doc.output
    if not content or not emoji_pattern().search(content):
        return
    src = emoji_src(doc.site.config)
    if BODY_START_TAG not in content:
        doc.output = filter_html(content, src)
        return
    parts = fragment.split_body(content)
    if parts is None:
        return
    before, body, after = parts
    doc.output = before + filter_html(body, src) + after


def emojiable(doc: Any) -> bool:
    """Pages and written documents with HTML output, or any with a ``/``-ending permalink."""
    permalink = doc.permalink
    if isinstance(permalink, str) and permalink.endswith("/"):
        return True
    return (isinstance(doc, Page) or doc.write_p()) and doc.output_ext == ".html"


@hooks.register(["pages", "documents"], "post_render", gem=GEM)
def _jemoji_hook(doc: Any, *args: Any) -> None:
    if emojiable(doc):
        emojify(doc)
