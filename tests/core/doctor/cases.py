"""Sites for ``doctor``: name -> {relative path: file text}. Shared by
``tools/record_doctor.py`` (real Jekyll) and ``tests/core/test_doctor.py``."""

from __future__ import annotations

PAGE = "---\n---\nx\n"

CASES: dict[str, dict[str, str]] = {
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
