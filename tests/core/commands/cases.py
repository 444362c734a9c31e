"""Sites for ``doctor`` and ``clean``: name -> {relative path: file text}.

Shared by ``tools/record_commands.py`` (real Jekyll) and the tests
``tests/core/test_doctor.py`` and ``tests/core/test_clean.py``. A path ending
in ``/`` is an empty folder.
"""

from __future__ import annotations

PAGE = "---\n---\nx\n"

DOCTOR_CASES: dict[str, dict[str, str]] = {
    "healthy": {"_config.yml": "url: https://example.com\n", "index.md": PAGE},
    "no-url": {"index.md": PAGE},
    "relative-url": {"_config.yml": "url: /site\n", "index.md": PAGE},
    "number-url": {"_config.yml": "url: 5\n", "index.md": PAGE},
    "bad-scheme-url": {"_config.yml": "url: 'h_t://example.com'\n", "index.md": PAGE},
    "conflicts": {
        "_config.yml": "url: https://example.com\ncollections: {notes: {output: true, permalink: /a/}}\n",
        "one.md": "---\npermalink: /a/\n---\nx\n",
        "two.md": "---\npermalink: /a/\n---\ny\n",
        "_notes/n.md": PAGE,
        "three.md": "---\npermalink: /B/\n---\ny\n",
        "four.md": "---\npermalink: /b/\n---\ny\n",
        "Static.txt": "s\n",
        "static.TXT": "s\n",
    },
    "posts-outside-collections-dir": {
        "_config.yml": "url: https://example.com\ncollections_dir: my\n",
        "_posts/2020-01-01-a.md": PAGE,
        "my/_posts/2020-01-02-b.md": PAGE,
    },
    "relative-permalinks": {"_config.yml": "url: https://example.com\nrelative_permalinks: true\n",
                            "index.md": PAGE},
}

#: name -> (files, extra arguments to ``clean``).
CLEAN_CASES: dict[str, tuple[dict[str, str], list[str]]] = {
    "everything": ({"index.md": PAGE, "_site/index.html": "x", ".jekyll-metadata": "m",
                    ".jekyll-cache/Jekyll/x": "c", ".sass-cache/x": "s"}, []),
    "nothing": ({"index.md": PAGE}, []),
    "custom-places": ({"_config.yml": "cache_dir: .my-cache\n", "index.md": PAGE, "out/a.html": "x",
                       ".my-cache/": "", ".jekyll-cache/": "", "_site/": ""}, ["-d", "out"]),
    "metadata-folder": ({"index.md": PAGE, ".jekyll-metadata/": ""}, []),
}


def write_site(root: object, files: dict[str, str]) -> None:
    """Create *files* under the folder *root* (a ``pathlib.Path``)."""
    from pathlib import Path

    base = Path(str(root))
    for relative, text in files.items():
        target = base / relative
        if relative.endswith("/"):
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
