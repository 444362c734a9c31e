#!/usr/bin/env python3
"""Generate a synthetic Jekyll blog for benchmarks.

Usage::

    python benchmarks/generate_blog.py N OUT [--seed 1]

Writes a site of N posts into OUT: each post has front matter (title, tags,
categories), headings, paragraphs with emphasis and links, ordered and
unordered lists, a fenced code block with a language, a table and a
blockquote, so that Markdown, highlighting and Liquid are all exercised.  The
site has a minimal layout, an index paginated with jekyll-paginate, and a tag
index.  The same N and seed always give the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

WORDS = (
    "river stone lantern orbit maple quiet signal harbor copper meadow velvet cipher "
    "glacier ember thistle compass nimbus falcon juniper marble pylon quartz saffron "
    "tundra umber willow zephyr basalt cobalt delta fjord garnet helix iris jasper kelp "
    "lumen mosaic nectar onyx prism quill raven sierra tidal vortex wren yarrow zinc"
).split()

TAGS = ["python", "jekyll", "notes", "travel", "music", "science", "design", "history",
        "food", "books", "tools", "web"]
CATEGORIES = ["essays", "updates", "howto", "reviews", "journal"]

CODE_SAMPLES = {
    "python": "def greet(name):\n    \"\"\"Say hello.\"\"\"\n    return f\"Hello, {name}!\"\n\nprint(greet(\"{w}\"))\n",
    "ruby": "class Box\n  def initialize(size)\n    @size = size\n  end\nend\nputs Box.new(3).inspect # {w}\n",
    "javascript": "const items = [1, 2, 3];\nconst doubled = items.map((x) => x * 2);\nconsole.log('{w}', doubled);\n",
    "yaml": "name: {w}\nlist:\n  - one\n  - two\nenabled: true\n",
    "shell": "for f in *.md; do\n  echo \"$f\" # {w}\ndone\n",
}

CONFIG = """title: Benchmark blog
description: A generated blog for benchmarking jekyll-py against Jekyll.
url: https://example.com
plugins:
  - jekyll-paginate
paginate: 10
paginate_path: "/page:num/"
permalink: /:categories/:year/:month/:day/:title:output_ext
defaults:
  - scope: {type: posts}
    values: {layout: post}
"""

DEFAULT_LAYOUT = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{% if page.title %}{{ page.title | escape }} | {% endif %}{{ site.title }}</title></head>
<body>
<header><a href="{{ "/" | relative_url }}">{{ site.title }}</a></header>
<main>
{{ content }}
</main>
<footer>{{ site.description }}</footer>
</body>
</html>
"""

POST_LAYOUT = """---
layout: default
---
<article>
<h1>{{ page.title }}</h1>
<p class="meta">{{ page.date | date: "%B %-d, %Y" }} in {{ page.categories | join: ", " }}
{% for tag in page.tags %}<a class="tag" href="{{ '/tags/' | relative_url }}#{{ tag | slugify }}">{{ tag }}</a> {% endfor %}</p>
{{ content }}
<nav>{% if page.previous %}<a href="{{ page.previous.url | relative_url }}">&larr; {{ page.previous.title }}</a>{% endif %}
{% if page.next %}<a href="{{ page.next.url | relative_url }}">{{ page.next.title }} &rarr;</a>{% endif %}</nav>
</article>
"""

INDEX = """---
layout: default
---
<ul class="posts">
{% for post in paginator.posts %}<li><a href="{{ post.url | relative_url }}">{{ post.title }}</a> <small>{{ post.date | date_to_string }}</small>
{{ post.excerpt }}</li>
{% endfor %}</ul>
<nav>{% if paginator.previous_page %}<a href="{{ paginator.previous_page_path | relative_url }}">Newer</a>{% endif %}
Page {{ paginator.page }} of {{ paginator.total_pages }}
{% if paginator.next_page %}<a href="{{ paginator.next_page_path | relative_url }}">Older</a>{% endif %}</nav>
"""

TAG_INDEX = """---
layout: default
title: Tags
---
{% assign tags = site.tags | sort %}{% for tag in tags %}<h2 id="{{ tag[0] | slugify }}">{{ tag[0] }} ({{ tag[1].size }})</h2>
<ul>{% for post in tag[1] limit: 20 %}<li><a href="{{ post.url | relative_url }}">{{ post.title }}</a></li>{% endfor %}</ul>
{% endfor %}
"""


def sentence(rng: random.Random, low: int = 6, high: int = 16) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    if rng.random() < 0.4:
        i = rng.randrange(len(words))
        words[i] = f"*{words[i]}*"
    if rng.random() < 0.3:
        i = rng.randrange(len(words))
        words[i] = f"[{words[i]}](https://example.com/{words[i].strip('*')})"
    if rng.random() < 0.2:
        i = rng.randrange(len(words))
        words[i] = f"`{words[i].strip('*')}`"
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))


def post_body(rng: random.Random) -> str:
    parts = [paragraph(rng), ""]
    for section in range(rng.randint(2, 4)):
        heading = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 4))).capitalize()
        parts += [f"## {heading} {section + 1}", "", paragraph(rng), ""]
        kind = rng.choice(["ul", "ol", "code", "table", "quote"])
        if kind == "ul":
            parts += [f"* {sentence(rng, 3, 7)}" for _ in range(rng.randint(3, 6))] + [""]
        elif kind == "ol":
            parts += [f"{n + 1}. {sentence(rng, 3, 7)}" for n in range(rng.randint(3, 6))] + [""]
        elif kind == "code":
            lang = rng.choice(sorted(CODE_SAMPLES))
            code = CODE_SAMPLES[lang].replace("{w}", rng.choice(WORDS))
            parts += [f"```{lang}", code.rstrip("\n"), "```", ""]
        elif kind == "table":
            parts += ["| Name | Value | Note |", "|:-----|------:|------|"]
            parts += [f"| {rng.choice(WORDS)} | {rng.randint(1, 999)} | {sentence(rng, 2, 4)} |"
                      for _ in range(rng.randint(2, 5))] + [""]
        else:
            parts += [f"> {sentence(rng)}", ""]
        parts += [paragraph(rng), ""]
    return "\n".join(parts)


def generate(count: int, out: Path, seed: int = 1) -> None:
    """Write a blog of *count* posts into *out* (created if needed)."""
    rng = random.Random(seed)
    (out / "_layouts").mkdir(parents=True, exist_ok=True)
    (out / "_posts").mkdir(exist_ok=True)
    (out / "tags").mkdir(exist_ok=True)
    (out / "_config.yml").write_text(CONFIG, "utf-8")
    (out / "_layouts" / "default.html").write_text(DEFAULT_LAYOUT, "utf-8")
    (out / "_layouts" / "post.html").write_text(POST_LAYOUT, "utf-8")
    (out / "index.html").write_text(INDEX, "utf-8")
    (out / "tags" / "index.html").write_text(TAG_INDEX, "utf-8")
    start = dt.datetime(2015, 1, 1, 8, 0, 0)
    for number in range(count):
        date = start + dt.timedelta(hours=7 * number + rng.randint(0, 6))
        words = [rng.choice(WORDS) for _ in range(rng.randint(2, 6))]
        title = " ".join(words).capitalize()
        slug = "-".join(words[:5])
        tags = sorted(rng.sample(TAGS, rng.randint(1, 3)))
        category = rng.choice(CATEGORIES)
        front = (f"---\ntitle: \"{title}\"\ndate: {date:%Y-%m-%d %H:%M:%S} +0000\n"
                 f"categories: [{category}]\ntags: [{', '.join(tags)}]\n---\n")
        name = f"{date:%Y-%m-%d}-{slug}-{number}.md"
        (out / "_posts" / name).write_text(front + post_body(rng), "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of posts")
    parser.add_argument("out", type=Path, help="folder to write the site into")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args(argv)
    generate(options.count, options.out, options.seed)
    print(f"wrote {options.count} posts to {options.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
