"""Liquid engine throughput: parse and render a theme-like template many times.

    python benchmarks/liquid_render.py [iterations]

Prints parses/s (cache disabled), renders/s of a parsed template, and the time
per render of a loop-heavy listing over 500 documents-like hashes.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jekyll_py.liquid import LiquidEngine  # noqa: E402

TEMPLATE = """<!DOCTYPE html>
<html lang="{{ site.lang | default: "en-US" }}">
<head><title>{% if page.title %}{{ page.title | escape }} | {% endif %}{{ site.title | escape }}</title></head>
<body>
{%- assign posts = site.posts | where_exp: "p", "p.tags contains 'x'" | sort: "date" | reverse -%}
<ul>
{%- for post in posts limit: 50 %}
  <li class="{% cycle 'odd', 'even' %}">
    <a href="{{ post.url | relative_url }}">{{ post.title | default: "Untitled" | truncate: 40 }}</a>
    <time datetime="{{ post.date | date_to_xmlschema }}">{{ post.date | date: "%b %-d, %Y" }}</time>
    {% if post.tags.size > 0 %}{{ post.tags | join: ", " | upcase }}{% endif %}
  </li>
{%- endfor %}
</ul>
{% capture footer %}{{ site.description | strip_html | normalize_whitespace }}{% endcapture %}
<footer>{{ footer | slugify }} {{ "now" | date: "%Y" | size }}</footer>
</body></html>
"""


class _Site:
    config = {"baseurl": "/blog", "url": "https://example.org", "liquid": {}}
    includes_load_paths: list[str] = []
    source = "."


def main() -> None:
    import datetime as dt

    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    engine = LiquidEngine(_Site())
    start = dt.datetime(2020, 1, 1).astimezone()
    posts = [
        {"title": f"Post number {i}", "url": f"/posts/{i}.html", "date": start + dt.timedelta(days=i),
         "tags": ["x", "y"] if i % 2 else ["z"]}
        for i in range(500)
    ]
    assigns = {"site": {"title": "Bench", "description": "<p>A  site</p>", "posts": posts},
               "page": {"title": "Home"}}

    t0 = time.perf_counter()
    for i in range(iterations):
        engine.parse_raw(TEMPLATE + f"{{% comment %}}{i}{{% endcomment %}}", None)
    parse_s = time.perf_counter() - t0

    template = engine.parse(TEMPLATE, path="bench.html")
    t0 = time.perf_counter()
    for _ in range(iterations):
        out = engine.render(template, assigns, path="bench.html")
    render_s = time.perf_counter() - t0

    print(f"parse:  {iterations / parse_s:8.1f} templates/s ({parse_s / iterations * 1000:.2f} ms each)")
    print(f"render: {iterations / render_s:8.1f} renders/s  ({render_s / iterations * 1000:.2f} ms each, "
          f"{len(out)} bytes, 500 posts filtered/sorted per render)")


if __name__ == "__main__":
    main()
