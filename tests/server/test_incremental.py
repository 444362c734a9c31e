"""Partial rebuilds must write exactly what a fresh full build writes.

Each case builds a small blog, changes one source file the way a user would,
lets the watcher's builder rebuild, and compares the whole destination, byte
for byte, with a from-scratch build of the same source.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from jekyll_py.server.builder import SiteBuilder
from jekyll_py.server.fs_events import Change

CONFIG = """title: Incremental test
time: 2024-06-01 12:00:00 +0000
url: https://example.org
exclude: [notes.txt]
"""

DEFAULT = """<!DOCTYPE html>
<html><head><title>{{ page.title }}</title>
<link rel="stylesheet" href="{{ '/assets/main.css' | relative_url }}"></head>
<body>{% include nav.html %}
{{ content }}
{% include footer.html year=2024 %}</body></html>
"""

POST = """---
layout: default
---
<article><h1>{{ page.title }}</h1>{{ content }}</article>
{% if page.previous %}<a class="prev" href="{{ page.previous.url }}">{{ page.previous.title }}</a>{% endif %}
{% if page.next %}<a class="next" href="{{ page.next.url }}">{{ page.next.title }}</a>{% endif %}
"""

INDEX = """---
layout: default
title: Home
---
<ul>{% for post in site.posts %}<li><a href="{{ post.url }}">{{ post.title }}</a>: {{ post.excerpt | strip_html | strip }}</li>{% endfor %}</ul>
"""


def make_site(root: Path) -> Path:
    files = {
        "_config.yml": CONFIG,
        "_layouts/default.html": DEFAULT,
        "_layouts/post.html": POST,
        "_includes/nav.html": '<nav>{% for p in site.html_pages %}<a href="{{ p.url }}">{{ p.title }}</a>{% endfor %}</nav>\n',
        "_includes/footer.html": "<footer>&copy; {{ include.year }} {{ site.title }}</footer>\n",
        "_sass/_vars.scss": "$accent: #336699;\n",
        "assets/main.scss": '---\n---\n@import "vars";\na { color: $accent; }\n',
        "assets/logo.txt": "static v1\n",
        "_data/people.yml": "- name: Ada\n",
        "index.html": INDEX,
        "about.md": "---\nlayout: default\ntitle: About\n---\nAbout {{ site.data.people[0].name }}.\n",
        "plain.md": "---\ntitle: Plain\n---\nNo layout here.\n",
        "notes.txt": "not part of the site\n",
        "tags.html": "---\ntitle: Tags\n---\n{% for tag in site.tags %}{{ tag[0] }}:"
        "{% for p in tag[1] %}{{ p.title }},{% endfor %};{% endfor %}\n",
        "guide/index.md": "---\nlayout: default\ntitle: Guide\n---\n{% include_relative parts/intro.txt %}\n",
        "guide/parts/intro.txt": "Intro text v1.\n",
    }
    for n in range(1, 6):
        files[f"_posts/2024-01-0{n}-post-{n}.md"] = (
            f"---\nlayout: post\ntitle: Post {n}\ntags: [t{n % 2}]\n---\n"
            f"First paragraph of post {n}.\n\nSecond paragraph.\n"
        )
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def tree(dest: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(dest)): p.read_bytes() for p in sorted(dest.rglob("*")) if p.is_file()
    }


def full_build(source: Path, dest: Path) -> dict[str, bytes]:
    builder = SiteBuilder.from_options(
        {"source": str(source), "destination": str(dest), "quiet": True}
    )
    result = builder.build()
    assert result.ok, result.error
    return tree(dest)


def edit(path: Path, transform: Callable[[str], str]) -> None:
    text = path.read_text()
    new = transform(text)
    assert new != text, "the edit must change the file"
    path.write_text(new)
    # Make sure mtime-based checks (static files) see a new time.
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


@pytest.fixture()
def built(tmp_path: Path) -> tuple[SiteBuilder, Path]:
    source = make_site(tmp_path / "src")
    builder = SiteBuilder.from_options(
        {"source": str(source), "destination": str(tmp_path / "out"), "quiet": True}
    )
    assert builder.build().ok
    return builder, source


CASES: dict[str, tuple[str, Callable[[str], str], str]] = {
    "post body": (
        "_posts/2024-01-03-post-3.md",
        lambda t: t.replace("Second", "Rewritten second"),
        "incremental",
    ),
    "post excerpt": (
        "_posts/2024-01-03-post-3.md",
        lambda t: t.replace("First paragraph", "New opening"),
        "incremental",
    ),
    "post title": (
        "_posts/2024-01-03-post-3.md",
        lambda t: t.replace("title: Post 3", "title: Third post"),
        "incremental",
    ),
    "post date reorders": (
        "_posts/2024-01-03-post-3.md",
        lambda t: t.replace("title: Post 3", "title: Post 3\ndate: 2024-02-01"),
        "incremental",
    ),
    "post permalink": (
        "_posts/2024-01-02-post-2.md",
        lambda t: t.replace("title: Post 2", "title: Post 2\npermalink: /moved/"),
        "incremental",
    ),
    "post tags": (
        "_posts/2024-01-03-post-3.md",
        lambda t: t.replace("tags: [t1]", "tags: [t1, fresh]"),
        "incremental",
    ),
    "page body": ("about.md", lambda t: t.replace("About {{", "All about {{"), "incremental"),
    "page title (nav everywhere)": (
        "about.md",
        lambda t: t.replace("title: About", "title: Who"),
        "incremental",
    ),
    "layout": (
        "_layouts/post.html",
        lambda t: t.replace("<article>", '<article class="post">'),
        "incremental",
    ),
    "include": ("_includes/footer.html", lambda t: t.replace("&copy;", "(c)"), "incremental"),
    "sass partial": ("_sass/_vars.scss", lambda t: t.replace("#336699", "#993366"), "incremental"),
    "scss page": ("assets/main.scss", lambda t: t.replace("a {", "a, b {"), "incremental"),
    "static file": ("assets/logo.txt", lambda t: t.replace("v1", "v2"), "incremental"),
    "include_relative target": (
        "guide/parts/intro.txt",
        lambda t: t.replace("v1", "v2"),
        "incremental",
    ),
    "data file": ("_data/people.yml", lambda t: t.replace("Ada", "Grace"), "incremental"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_partial_rebuild_matches_full_build(
    built: tuple[SiteBuilder, Path], tmp_path: Path, case: str
) -> None:
    builder, source = built
    rel, transform, mode = CASES[case]
    edit(source / rel, transform)
    result = builder.rebuild([Change(str(source / rel), "modified")])
    assert result.ok, result.error
    assert result.mode == mode
    assert result.changed, "a change that alters output must be reported for LiveReload"
    expected = full_build(source, tmp_path / "fresh")
    assert tree(Path(builder.destination)) == expected


def test_successive_edits_stay_consistent(built: tuple[SiteBuilder, Path], tmp_path: Path) -> None:
    builder, source = built
    for rel, transform, _mode in [
        CASES["post title"],
        CASES["layout"],
        CASES["post body"],
        CASES["page title (nav everywhere)"],
    ]:
        edit(source / rel, transform)
        assert builder.rebuild([Change(str(source / rel), "modified")]).ok
    assert tree(Path(builder.destination)) == full_build(source, tmp_path / "fresh")


def test_css_only_change_reports_only_the_stylesheet(built: tuple[SiteBuilder, Path]) -> None:
    builder, source = built
    edit(source / "_sass/_vars.scss", lambda t: t.replace("#336699", "#000000"))
    result = builder.rebuild([Change(str(source / "_sass/_vars.scss"), "modified")])
    assert sorted(c.url for c in result.changed) == ["/assets/main.css", "/assets/main.css.map"]


def test_untouched_outputs_are_not_rewritten(built: tuple[SiteBuilder, Path]) -> None:
    builder, source = built
    dest = Path(builder.destination)
    index = dest / "index.html"
    before = index.stat().st_mtime_ns
    edit(source / "_posts/2024-01-03-post-3.md", lambda t: t.replace("Second", "Other second"))
    result = builder.rebuild([Change(str(source / "_posts/2024-01-03-post-3.md"), "modified")])
    assert result.mode == "incremental"
    assert index.stat().st_mtime_ns == before  # the excerpt (first paragraph) did not change
    assert "/2024/01/03/post-3.html" in [c.url for c in result.changed]


def test_file_outside_the_site_changes_nothing(built: tuple[SiteBuilder, Path]) -> None:
    builder, source = built
    edit(source / "notes.txt", lambda t: t + "more\n")
    result = builder.rebuild([Change(str(source / "notes.txt"), "modified")])
    assert result.ok and result.mode == "incremental" and result.changed == []


def test_added_and_removed_files_rebuild_in_full(
    built: tuple[SiteBuilder, Path], tmp_path: Path
) -> None:
    builder, source = built
    new = source / "_posts" / "2024-01-09-post-9.md"
    new.write_text("---\nlayout: post\ntitle: Post 9\n---\nNine.\n")
    result = builder.rebuild([Change(str(new), "added")])
    assert result.ok and result.mode == "full"
    gone = source / "_posts" / "2024-01-01-post-1.md"
    gone.unlink()
    result = builder.rebuild([Change(str(gone), "removed")])
    assert result.ok and result.mode == "full"
    assert tree(Path(builder.destination)) == full_build(source, tmp_path / "fresh")


def test_broken_template_keeps_last_good_output_then_recovers(
    built: tuple[SiteBuilder, Path], tmp_path: Path
) -> None:
    builder, source = built
    dest = Path(builder.destination)
    good = tree(dest)
    layout = source / "_layouts" / "post.html"
    original = layout.read_text()
    layout.write_text(original.replace("{{ content }}", "{% if page.title %}{{ content }}"))
    result = builder.rebuild([Change(str(layout), "modified")])
    assert not result.ok
    assert "_layouts/post.html" in (result.error or "")
    assert tree(dest) == good
    layout.write_text(original.replace("<article>", '<article class="fixed">'))
    result = builder.rebuild([Change(str(layout), "modified")])
    assert result.ok, result.error
    assert result.mode == "incremental"
    assert tree(dest) == full_build(source, tmp_path / "fresh")
    shutil.rmtree(tmp_path / "fresh")


def _with_plugins(source: Path, plugins: list[str]) -> None:
    config = source / "_config.yml"
    config.write_text(config.read_text() + "plugins:\n" + "".join(f"  - {p}\n" for p in plugins))


def test_generator_sites_edit_bodies_partially_and_front_matter_in_full(tmp_path: Path) -> None:
    source = make_site(tmp_path / "src")
    _with_plugins(source, ["jekyll-redirect-from", "jekyll-sitemap"])
    builder = SiteBuilder.from_options(
        {"source": str(source), "destination": str(tmp_path / "out"), "quiet": True}
    )
    assert builder.build().ok
    about = source / "about.md"
    edit(about, lambda t: t.replace("About {{", "Plainly about {{"))
    result = builder.rebuild([Change(str(about), "modified")])
    assert result.ok and result.mode == "incremental"
    assert tree(tmp_path / "out") == full_build(source, tmp_path / "fresh1")
    # A new redirect_from needs the generator: the rebuild is a full one.
    edit(about, lambda t: t.replace("title: About", "title: About\nredirect_from: /old-about/"))
    result = builder.rebuild([Change(str(about), "modified")])
    assert result.ok and result.mode == "full"
    assert (tmp_path / "out" / "old-about" / "index.html").is_file()
    assert tree(tmp_path / "out") == full_build(source, tmp_path / "fresh2")


def test_page_rewriting_generators_force_full_rebuilds(tmp_path: Path) -> None:
    source = make_site(tmp_path / "src")
    _with_plugins(source, ["jekyll-titles-from-headings"])
    (source / "notes.md").write_text("---\n---\n# Heading title\n\nText.\n")
    builder = SiteBuilder.from_options(
        {"source": str(source), "destination": str(tmp_path / "out"), "quiet": True}
    )
    assert builder.build().ok
    edit(source / "notes.md", lambda t: t.replace("# Heading title", "# Another title"))
    result = builder.rebuild([Change(str(source / "notes.md"), "modified")])
    assert result.ok and result.mode == "full"
    assert tree(tmp_path / "out") == full_build(source, tmp_path / "fresh")


def test_save_by_rename_is_an_edit(built: tuple[SiteBuilder, Path], tmp_path: Path) -> None:
    """Editors that write a temporary file and rename it over the old one report "added"."""
    builder, source = built
    post = source / "_posts" / "2024-01-03-post-3.md"
    tmp = post.with_name(".post-3.md.tmp")
    tmp.write_text(post.read_text().replace("Second", "Renamed-in second"))
    os.replace(tmp, post)
    result = builder.rebuild([Change(str(post), "added")])
    assert result.ok and result.mode == "incremental"
    include = source / "_includes" / "footer.html"
    tmp = include.with_name("footer.html.tmp")
    tmp.write_text(include.read_text().replace("&copy;", "Copyright"))
    os.replace(tmp, include)
    result = builder.rebuild([Change(str(include), "added")])
    assert result.ok and result.mode == "incremental"
    assert tree(Path(builder.destination)) == full_build(source, tmp_path / "fresh")


def test_error_in_a_post_is_fixed_without_a_full_build(
    built: tuple[SiteBuilder, Path], tmp_path: Path
) -> None:
    builder, source = built
    dest = Path(builder.destination)
    good = tree(dest)
    post = source / "_posts" / "2024-01-02-post-2.md"
    original = post.read_text()
    post.write_text(original.replace("title: Post 2", "title: Renamed 2") + "{% for x in %}\n")
    result = builder.rebuild([Change(str(post), "modified")])
    assert not result.ok
    assert "2024-01-02-post-2.md" in (result.error or "")
    assert tree(dest) == good
    # An unrelated edit meanwhile keeps the unfinished work (the post is still broken)...
    other = source / "about.md"
    edit(other, lambda t: t.replace("About {{", "About us, {{"))
    assert not builder.rebuild([Change(str(other), "modified")]).ok
    # ... and the fix finishes both, partially.
    post.write_text(original.replace("title: Post 2", "title: Renamed 2"))
    result = builder.rebuild([Change(str(post), "modified")])
    assert result.ok and result.mode == "incremental", result.error
    assert tree(dest) == full_build(source, tmp_path / "fresh")


def test_new_data_file_and_data_used_in_a_layout(
    built: tuple[SiteBuilder, Path], tmp_path: Path
) -> None:
    builder, source = built
    layout = source / "_layouts" / "post.html"
    edit(layout, lambda t: t.replace("<article>", "<article>{{ site.data.extra.note }}"))
    assert builder.rebuild([Change(str(layout), "modified")]).mode == "incremental"
    extra = source / "_data" / "extra.yml"
    extra.write_text("note: Hello from data\n")
    result = builder.rebuild([Change(str(extra), "added")])
    assert result.ok and result.mode == "incremental"
    assert "Hello from data" in (Path(builder.destination) / "2024/01/01/post-1.html").read_text()
    assert tree(Path(builder.destination)) == full_build(source, tmp_path / "fresh")


def test_plugin_layouts_survive_layout_rereads(tmp_path: Path) -> None:
    """jekyll-redirect-from adds a "redirect" layout at generate time; re-reading layouts keeps it."""
    source = make_site(tmp_path / "src")
    _with_plugins(source, ["jekyll-redirect-from"])
    about = source / "about.md"
    about.write_text(
        about.read_text().replace("title: About", "title: About\nredirect_from: /old-about/")
    )
    builder = SiteBuilder.from_options(
        {"source": str(source), "destination": str(tmp_path / "out"), "quiet": True}
    )
    assert builder.build().ok
    for rel, transform in [
        ("_layouts/default.html", lambda t: t.replace("<body>", '<body class="x">')),
        ("_data/people.yml", lambda t: t.replace("Ada", "Grace")),
    ]:
        edit(source / rel, transform)
        result = builder.rebuild([Change(str(source / rel), "modified")])
        assert result.ok and result.mode == "incremental", result.error
    assert "Redirecting" in (tmp_path / "out" / "old-about" / "index.html").read_text()
    assert tree(tmp_path / "out") == full_build(source, tmp_path / "fresh")
