"""python-liquid's static analysis as the preview server's dependency tracker.

The analysis must be more precise than a substring scan (comments, raw blocks
and prose do not count) and never less conservative (aliases, include
arguments, plugin tags and unparsable templates still count).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jekyll_py.server.builder import SiteBuilder
from jekyll_py.server.dependencies import DOC_LIST_TOKENS, PAGE_LIST_TOKENS
from jekyll_py.server.fs_events import Change
from jekyll_py.server.template_analysis import IncludeRef, analyze_template

MINIMA_HOME = """<div class="home">
  {%- if page.title -%}<h1 class="page-heading">{{ page.title }}</h1>{%- endif -%}
  {{ content }}
  {%- if site.posts.size > 0 -%}
    <h2 class="post-list-heading">{{ page.list_title | default: "Posts" }}</h2>
    <ul class="post-list">
      {%- for post in site.posts -%}
      <li>
        {%- assign date_format = site.minima.date_format | default: "%b %-d, %Y" -%}
        <span class="post-meta">{{ post.date | date: date_format }}</span>
        <h3><a class="post-link" href="{{ post.url | relative_url }}">{{ post.title | escape }}</a></h3>
        {%- if site.show_excerpts -%}{{ post.excerpt }}{%- endif -%}
      </li>
      {%- endfor -%}
    </ul>
    <p class="rss-subscribe">subscribe <a href="{{ "/feed.xml" | relative_url }}">via RSS</a></p>
  {%- endif -%}
</div>
"""

PAGINATED = """{% for post in paginator.posts %}
  <h1><a href="{{ post.url | relative_url }}">{{ post.title }}</a></h1>
  {{ post.content }}
{% endfor %}
{% if paginator.total_pages > 1 %}<a href="{{ paginator.next_page_path | relative_url }}">Older</a>{% endif %}
"""

HEAD = """<head>
  <meta charset="utf-8">
  {%- seo -%}
  {%- feed_meta -%}
  {%- include custom-head.html -%}
  {% include_cached analytics.html id=site.google_analytics %}
</head>
"""


def doc_lists(source: str) -> bool:
    return analyze_template(source).mentions(DOC_LIST_TOKENS)


def page_lists(source: str) -> bool:
    return analyze_template(source).mentions(PAGE_LIST_TOKENS)


def test_minima_home_lists_posts_and_parses() -> None:
    reads = analyze_template(MINIMA_HOME)
    assert reads.parsed
    assert ("site", "posts") in reads.paths
    assert doc_lists(MINIMA_HOME)
    assert not page_lists(MINIMA_HOME)


def test_paginator_page_reads_the_paginator_only() -> None:
    reads = analyze_template(PAGINATED)
    assert reads.parsed
    assert reads.mentions(("paginator",))
    assert not reads.mentions(("site.posts",))


def test_jekyll_tags_parse_and_keep_their_includes() -> None:
    reads = analyze_template(HEAD)
    assert reads.parsed
    assert reads.includes == (
        IncludeRef("include", "custom-head.html"),
        IncludeRef("include_cached", "analytics.html"),
    )
    assert not doc_lists(HEAD)


def test_include_arguments_are_reads() -> None:
    source = '{% include post-list.html posts=site.posts title="Latest" %}'
    reads = analyze_template(source)
    assert reads.parsed
    assert reads.includes == (IncludeRef("include", "post-list.html"),)
    assert doc_lists(source)


def test_computed_include_names_are_dynamic() -> None:
    reads = analyze_template("{% include {{ page.widget }} %}{% include_relative parts/a.md %}")
    assert reads.includes == (IncludeRef("include", None), IncludeRef("include_relative", "parts/a.md"))


@pytest.mark.parametrize(
    "source",
    [
        "{% comment %}{% for post in site.posts %}{{ post.title }}{% endfor %}{% endcomment %}About.",
        "{% raw %}{% for post in site.posts %}{{ post.title }}{% endfor %}{% endraw %}",
        "Write site.posts and paginator in prose and <code>site[page.k]</code>.",
        '{% assign label = "site.posts" %}{{ label }}',
    ],
)
def test_text_that_is_not_read_is_not_a_listing(source: str) -> None:
    assert analyze_template(source).parsed
    assert not doc_lists(source)
    assert not page_lists(source)


def test_includes_in_comments_are_not_followed() -> None:
    reads = analyze_template("{% comment %}{% include old.html %}{% endcomment %}{% include new.html %}")
    assert reads.includes == (IncludeRef("include", "new.html"),)


@pytest.mark.parametrize(
    "source",
    [
        "{% assign ps = site.posts | where: 'lang', page.lang %}{% for p in ps %}{{ p.title }}{% endfor %}",
        "{% for c in site.collections %}{% for d in c.docs %}{{ d.url }}{% endfor %}{% endfor %}",
        "{% for tag in site.tags %}{{ tag[0] }}{% endfor %}",
        "{% assign key = page.coll %}{% for d in site[key] %}{{ d.url }}{% endfor %}",
        '{% for d in site["posts"] %}{{ d.url }}{% endfor %}',
        "{% assign s = site %}{% for p in s.posts %}{{ p.url }}{% endfor %}",
        "{% capture n %}{{ site.posts | size }}{% endcapture %}{{ n }}",
        "{% liquid\n  for p in site.documents\n    echo p.url\n  endfor\n%}",
        "{% highlight liquid %}{{ site.posts.first.title }}{% endhighlight %}",
        "{% sidebar_widget site.posts %}",
        "{% callout note %}{% for p in site.posts %}{{ p.url }}{% endfor %}{% endcallout %}",
    ],
)
def test_reads_through_aliases_blocks_and_plugin_tags_are_listings(source: str) -> None:
    assert analyze_template(source).parsed
    assert doc_lists(source)


def test_page_lists_through_analysis() -> None:
    source = "<nav>{% for p in site.html_pages %}<a href='{{ p.url }}'>{{ p.title }}</a>{% endfor %}</nav>"
    assert page_lists(source)
    assert not doc_lists(source)


@pytest.mark.parametrize(
    "source",
    [
        # Ruby's lax parser reads these; python-liquid's strict grammar does not.
        "{{ site.posts.size items }}{% comment %}site.pages{% endcomment %}",
        "{% if site.posts = empty %}none{% endif %}{% comment %}site.pages{% endcomment %}",
        "{% for p in site.posts %}{% endfor %}{% endif %}{% comment %}site.pages{% endcomment %}",
        "{% highlight ruby %}never closed {{ site.pages }}",
        "{% include nav.html %}{% for p in site.pages %}{% else if x %}{% endfor %}",
    ],
)
def test_unparsable_templates_fall_back_to_the_text_scan(source: str) -> None:
    reads = analyze_template(source)
    assert not reads.parsed
    assert reads.residual == source
    for tokens in (DOC_LIST_TOKENS, PAGE_LIST_TOKENS):  # the old answer, comments and all
        assert reads.mentions(tokens) == any(tok in source for tok in tokens)
    assert page_lists(source)


def test_fallback_keeps_the_regex_includes() -> None:
    reads = analyze_template("{% include nav.html %}{{ x y }}{% include {{ page.inc }} %}")
    assert not reads.parsed
    assert reads.includes == (IncludeRef("include", "nav.html"), IncludeRef("include", None))


# -- wired into the preview server --------------------------------------------------------


def _site(root: Path) -> Path:
    files = {
        "_config.yml": "title: T\nurl: https://example.org\n",
        "_layouts/default.html": "<main>{{ content }}</main>\n",
        "_includes/latest.html": "{% for p in include.posts limit:2 %}<i>{{ p.title }}</i>{% endfor %}\n",
        "about.html": "---\nlayout: default\n---\n"
        "{% comment %}TODO list {% for p in site.posts %}{{ p.title }}{% endfor %}{% endcomment %}About\n",
        "raw.md": "---\n---\n{% raw %}`{% for p in site.posts %}`{% endraw %}\n",
        "aliased.html": "---\n---\n{% assign ps = site.posts %}{% for p in ps %}{{ p.title }};{% endfor %}\n",
        "via-include.html": "---\n---\n{% include latest.html posts=site.posts %}\n",
        "lax.html": "---\n---\n{{ page.title x }}{% comment %}site.posts{% endcomment %}\n",
        "_posts/2024-01-01-one.md": "---\ntitle: One\n---\nBody one.\n",
        "_posts/2024-01-02-two.md": "---\ntitle: Two\n---\nBody two.\n",
    }
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_template_usage_answers_from_the_analysis(tmp_path: Path) -> None:
    source = _site(tmp_path / "src")
    dest = tmp_path / "out"
    builder = SiteBuilder.from_options({"source": str(source), "destination": str(dest), "quiet": True})
    assert builder.build().ok
    incremental = builder._incremental
    assert incremental is not None
    usage = incremental.usage
    pages = {page.name: page for page in builder.site.pages}
    assert not usage.lists_documents(pages["about.html"])
    assert not usage.lists_documents(pages["raw.md"])
    assert usage.lists_documents(pages["aliased.html"])
    assert usage.lists_documents(pages["via-include.html"])
    assert usage.lists_documents(pages["lax.html"])  # unparsable: the text scan, as before

    # A post title edit re-renders the listings and still matches a full build.
    post = source / "_posts/2024-01-02-two.md"
    post.write_text(post.read_text().replace("title: Two", "title: Second"))
    result = builder.rebuild([Change(str(post), "modified")])
    assert result.ok, result.error
    assert "Second;" in (dest / "aliased.html").read_text()
    assert "<i>Second</i>" in (dest / "via-include.html").read_text()
    fresh = tmp_path / "fresh"
    full = SiteBuilder.from_options({"source": str(source), "destination": str(fresh), "quiet": True})
    assert full.build().ok
    for rel in ("about.html", "raw.html", "aliased.html", "via-include.html", "lax.html"):
        assert (dest / rel).read_bytes() == (fresh / rel).read_bytes(), rel
