"""jekyll-gist 1.5: ``{% gist [user/]id [file] %}``.

The tag prints GitHub's embed ``<script>`` and, unless ``gist: {noscript:
false}``, a ``<noscript><pre>`` with the gist's raw code fetched at build
time (3-second timeouts; on failure a warning and no ``<noscript>``, as in
the gem). The gem's ``gist_noscript_tag`` then returns what its last
``Jekyll.logger.warn`` returned -- ``true``, or ``false`` when ``--quiet``
keeps warnings back -- and that value is interpolated before the script, so
an offline build prints ``true<script ...>``. With ``$JEKYLL_GITHUB_TOKEN``
the code comes from the GitHub API (``$OCTOKIT_API_ENDPOINT`` as for Octokit);
failures other than a name lookup or a time-out stop the build, as the gem's
rescue clause does on Ruby 3. Either argument may name a Liquid variable (``{% gist page.gist_id %}``).
"""

from __future__ import annotations

import json
import os
import re
import socket
import urllib.error
import urllib.request
from typing import Any

from jekyll_py.liquid.errors import RubyError
from jekyll_py.liquid.parser import Tag
from jekyll_py.liquid.ruby import to_s
from jekyll_py.log import WARN
from jekyll_py.plugin import register_tag
from jekyll_py.plugins._support import escape_html

GEM = "jekyll-gist"
#: Where raw gist code and the API live (tests point these at a local server).
RAW_BASE_URL = "https://gist.githubusercontent.com"
API_BASE_URL = "https://api.github.com"
TIMEOUT = 3.0
_ARGUMENTS = re.compile(r"\A(\S+|.*(?=/).+)\s?(\S*)\Z", re.S)


def determine_arguments(markup: str) -> tuple[str, str] | None:
    match = _ARGUMENTS.match(markup)
    if not match:
        return None
    return match.group(1).strip(), match.group(2).strip()


def gist_script_tag(gist_id: str, filename: str = "") -> str:
    url = f"https://gist.github.com/{gist_id}.js"
    if filename:
        url += f"?file={filename}"
    return f'<script src="{url}"> </script>'


#: What the gem's ``rescue SocketError, Net::HTTPError, Net::OpenTimeout,
#: Net::ReadTimeout, TimeoutError`` turns any other failure into on Ruby 3,
#: where ``TimeoutError`` no longer exists: Ruby tries the classes in order and
#: fails on the missing constant, so the build stops with this message.
MISSING_TIMEOUT_ERROR = "uninitialized constant Jekyll::Gist::GistTag::TimeoutError"


def api_base_url() -> str:
    """Octokit's endpoint: ``$OCTOKIT_API_ENDPOINT``, else GitHub's API."""
    return (os.environ.get("OCTOKIT_API_ENDPOINT") or API_BASE_URL).rstrip("/")


def fetch_raw_code(gist_id: str, filename: str = "") -> str | None:
    """The gist's code, or ``None`` when it cannot be fetched.

    As in the gem: a name-resolution failure or a time-out gives ``None`` (the
    warning, no ``<noscript>``); an error page's body is the code; any other
    failure (refused connection, TLS, the API's errors) raises the ``NameError``
    the gem's rescue clause raises on Ruby 3.
    """
    try:
        if os.environ.get("JEKYLL_GITHUB_TOKEN"):
            return _code_from_api(gist_id, filename, os.environ["JEKYLL_GITHUB_TOKEN"])
        url = f"{RAW_BASE_URL}/{gist_id}/raw"
        if filename:
            url += f"/{filename}"
        try:
            with urllib.request.urlopen(url, timeout=TIMEOUT) as response:  # noqa: S310
                return response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            # Net::HTTP hands back the body of an error response as well.
            return error.read().decode("utf-8", "replace")
    except (socket.gaierror, TimeoutError):  # SocketError, Net::OpenTimeout/ReadTimeout
        return None
    except urllib.error.URLError as error:
        if isinstance(error.reason, (socket.gaierror, TimeoutError)):
            return None
        raise RubyError(MISSING_TIMEOUT_ERROR, "NameError") from error
    except (OSError, ValueError, KeyError, TypeError, StopIteration) as error:
        raise RubyError(MISSING_TIMEOUT_ERROR, "NameError") from error


def _code_from_api(gist_id: str, filename: str, token: str) -> str | None:
    """Octokit's ``client.gist(id)``: the first file, or the one named *filename*.

    The whole id goes into the path (``user/1234`` asks for
    ``/gists/user/1234``); any HTTP error status raises, as Octokit does.
    """
    request = urllib.request.Request(
        f"{api_base_url()}/gists/{gist_id}",
        headers={"Authorization": f"token {token}", "Accept": "application/vnd.github.v3+json"},
    )
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310
        files = json.loads(response.read().decode("utf-8"))["files"]
    if not filename:
        found = next(iter(files.values()))  # `gist.files.first[1]`: no files is an error
    else:
        found = files.get(filename)
        if found is None:
            return None
    content = found["content"]
    return None if content is None else str(content)


@register_tag("gist", gem=GEM)
class GistTag(Tag):
    """Renders the embed script (and the ``<noscript>`` fallback)."""

    def render(self, context: Any, out: list[str]) -> None:
        site = context.registers["site"]
        settings = site.config.get("gist")
        arguments = determine_arguments(self.markup.strip())
        if arguments is None:
            raise RubyError(
                "  Syntax error in tag 'gist' while parsing the following markup:\n\n"
                f"    {self.markup}\n\n  Valid syntax:\n    {{% gist user/1234567 %}}\n"
                "    {% gist user/1234567 foo.js %}\n    {% gist 28949e1d5ee2273f9fd3 %}\n"
                "    {% gist 28949e1d5ee2273f9fd3 best.md %}\n",
                "ArgumentError",
            )
        gist_id, filename = (self._resolve(context, arg) for arg in arguments)
        noscript = ""
        if not (isinstance(settings, dict) and settings.get("noscript") is False):
            code = fetch_raw_code(gist_id, filename)
            if code is not None:
                noscript = f"<noscript><pre>{escape_html(code)}</pre></noscript>"
            else:
                site.logger.warn("Warning:", f"The <noscript> tag for your gist {gist_id} ")
                site.logger.warn("", "could not be generated. This will affect users who do ")
                site.logger.warn("", "not have JavaScript enabled in their browsers.")
                noscript = "true" if getattr(site.logger, "level", WARN) <= WARN else "false"
        out.append(noscript + gist_script_tag(gist_id, filename))

    @staticmethod
    def _resolve(context: Any, argument: str) -> str:
        """A variable's value when *argument* names one that is set, else the text."""
        if not argument:
            return argument
        try:
            value = context[argument]
        except Exception:  # noqa: BLE001 - not a variable expression: keep the text
            value = None
        return argument if value is None else to_s(value)
