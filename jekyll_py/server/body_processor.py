"""What the preview server adds to HTML pages as it serves them.

Two additions, both made at serving time so the files on disk stay exactly
what ``jekyll-py build`` writes:

* the LiveReload client (Jekyll's ``BodyProcessor``): a small script that
  loads ``livereload.js`` from the LiveReload port *on the host the page came
  from*, so ``localhost`` and ``127.0.0.1`` both work. It is inserted just
  before ``</body>`` (Jekyll 4.3 puts it right after ``<head>``; at the end of
  the body it never delays the first paint), falling back to after ``<head>``
  and then to the end of the document;
* an error overlay while the last rebuild failed, so the message is on the
  page the user is looking at and not only in the terminal.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)
# "<head>" or "<head ...>" but not "<header>".
_HEAD_TAG = re.compile(rb"<head(?:\s[^>]*)?>", re.IGNORECASE)

#: Id of the overlay element (tests and users' CSS can find it by this).
ERROR_OVERLAY_ID = "jekyll-py-build-error"


def livereload_args(options: Mapping[str, Any]) -> str:
    """Query string for ``livereload.js`` (Jekyll passes the delays verbatim)."""
    args = "snipver=1"
    if options.get("livereload_min_delay"):
        args += f"&mindelay={options['livereload_min_delay']}"
    if options.get("livereload_max_delay"):
        args += f"&maxdelay={options['livereload_max_delay']}"
    args += f"&port={int(options.get('livereload_port') or 35729)}"
    return args


def livereload_snippet(options: Mapping[str, Any]) -> bytes:
    """The ``<script>`` that loads the LiveReload client.

    ``livereload.js`` finds its server from its own ``src``, so the element is
    created with the page's hostname and the LiveReload port.
    """
    port = int(options.get("livereload_port") or 35729)
    query = livereload_args(options)
    script = (
        "<script>(function () {\n"
        '  var s = document.createElement("script");\n'
        f'  s.src = location.protocol + "//" + (location.hostname || "localhost") + ":{port}'
        f'/livereload.js?{query}";\n'
        "  (document.body || document.documentElement).appendChild(s);\n"
        "})();</script>\n"
    )
    return script.encode("utf-8")


def error_overlay(message: str) -> bytes:
    """A fixed banner showing the build error over the (last good) page."""
    text = html.escape(message)
    block = (
        f'<div id="{ERROR_OVERLAY_ID}" role="alert" style="position:fixed;z-index:2147483647;'
        "left:0;right:0;top:0;max-height:60vh;overflow:auto;margin:0;padding:1em 1.5em;"
        "background:#fff1f0;color:#a8071a;border-bottom:3px solid #a8071a;"
        'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left">'
        "<strong>jekyll-py: the last rebuild failed; this is the last good version of the "
        "page.</strong>"
        f'<pre style="white-space:pre-wrap;margin:.5em 0 0">{text}</pre></div>\n'
    )
    return block.encode("utf-8")


def inject(body: bytes, addition: bytes) -> tuple[bytes, bool]:
    """Insert ``addition`` before the last ``</body>`` (else after ``<head>``, else at the end).

    Returns the new body and whether a tag was found to anchor it.
    """
    ends = list(_BODY_END.finditer(body))
    if ends:
        at = ends[-1].start()
        return body[:at] + addition + body[at:], True
    head = _HEAD_TAG.search(body)
    if head:
        return body[: head.end()] + addition + body[head.end() :], True
    return body + addition, False


def process_html(
    body: bytes, *, livereload: Mapping[str, Any] | None, error: str | None
) -> tuple[bytes, bool]:
    """Everything added to one HTML response; returns ``(body, livereload_added)``."""
    added = False
    if error:
        body, _ = inject(body, error_overlay(error))
    if livereload is not None:
        body, added = inject(body, livereload_snippet(livereload))
    return body, added
