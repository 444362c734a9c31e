"""jekyll-github-metadata's online path against real Jekyll, through a stand-in GitHub API.

``tests/plugins/metadata_api_fixtures/<name>/`` were recorded by
``tools/record_github_metadata_api.py``: Jekyll 4.3.1 with Debian's
jekyll-github-metadata 2.15.0 and Octokit 4.20, made to believe api.github.com
resolves, with ``PAGES_API_URL`` on ``helpers.github_metadata_api``'s server.
jekyll-py needs no such help: an API URL on a loopback address counts as
connected. Here it builds each fixture against the same server: the same
requests (method, path and query, credentials, media type) in the same order,
the same "GitHub Metadata:" log lines, the same files, and, where Jekyll
stopped, the same ``Liquid Exception``. (``api: offline`` fixtures use no
server: the offline path, which warns once where the gem warns per call.)
The unit checks below cover what the fixtures do not reach (Sawyer's time
fields, Octokit's messages and transport rules, the connected rule, dotenv).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.github_metadata_api import (
    api_url_for,
    github_metadata_api,
    normalise_port,
    write_dotenv,
)
from helpers.sites import Fixture, clean_log, compare_trees, run_jekyll_py

FIXTURES = Path(__file__).resolve().parent / "metadata_api_fixtures"


def _fixtures() -> list:
    return [pytest.param(Fixture.load(p), id=p.name)
            for p in sorted(FIXTURES.iterdir()) if (p / "fixture.yml").is_file()]


def _jekyll_exception(line: str) -> str:
    """Jekyll's ``Liquid Exception`` line without Ruby 3.1's error_highlight
    snippet (source line, ``^^^``, "Did you mean?"), which is Ruby's alone."""
    head, _, tail = line.rpartition(" in ")
    for marker in (" c.", " ^"):
        if marker in head:
            head = head[:head.index(marker)]
    return f"{head} in {tail}"


@pytest.mark.parametrize("fixture", _fixtures())
def test_github_metadata_api_fixture(fixture: Fixture, tmp_path: Path) -> None:
    recorded = fixture.recorded
    assert recorded, f"run `python tools/record_github_metadata_api.py {fixture.name}`"
    fixture.prepare(tmp_path)
    write_dotenv(fixture.root, tmp_path)
    with github_metadata_api() as (url, seen):
        api_url = api_url_for(fixture.root, url)
        env = dict(fixture.env) if api_url is None else {**fixture.env, "PAGES_API_URL": api_url}
        result = run_jekyll_py(tmp_path, fixture.args, env)
    log = f"stdout:\n{result.stdout[-2000:]}\nstderr:\n{result.stderr[-3000:]}"
    assert seen == recorded["api_requests"], log
    ours = [" ".join(normalise_port(line, api_url).split())
            for line in clean_log(result.stdout + "\n" + result.stderr, tmp_path)]
    theirs = [" ".join(line.split()) for line in recorded["stdout"] + recorded["stderr"]]
    expected_metadata = [line for line in theirs if line.startswith("GitHub Metadata:")]
    our_metadata = [line for line in ours if line.startswith("GitHub Metadata:")]
    if api_url is None:
        # Known difference of the offline path: the gem warns "No internet connection" at
        # every API call, jekyll-py once; the distinct lines and their order must agree.
        expected_metadata = list(dict.fromkeys(expected_metadata))
    assert our_metadata == expected_metadata, log
    if recorded["exit_status"] != 0:
        assert result.returncode != 0, f"Jekyll failed here but jekyll-py succeeded\n{log}"
        exception = next(line for line in theirs if line.startswith("Liquid Exception:"))
        assert _jekyll_exception(exception) in ours, f"expected {exception!r}\n{log}"
        return
    assert result.returncode == 0, f"jekyll-py build failed\n{log}"
    comparison = compare_trees(fixture.expected, tmp_path / "_site", fixture.rules)
    assert comparison.ok, f"{fixture.name}: {comparison.report()}\n{log}"


def test_sawyer_time_fields() -> None:
    """Sawyer's decoding, as Sawyer 0.8.2 prints it under TZ=UTC: ``*_at``/``*_on``/``date``
    strings become Times (UTC-flagged with ``Z``), numbers Times from the epoch; arrays and
    hashes under such keys, and text ``Time.parse`` rejects, stay as they are."""
    from jekyll_py.liquid.ruby import time_to_s
    from jekyll_py.plugins._octokit import decode

    data = decode({"created_at": "2015-03-04T05:06:07Z", "closed_on": 0, "date": "2015-03-04",
                   "update_date": ["2015-03-04T05:06:07Z"], "x_at": {"a_at": "2015-03-04T05:06:07Z"},
                   "flag_at": True, "n": {"pushed_at": None, "due_on": "bad"},
                   "t": [{"merged_at": "2015-03-04T05:06:07.5-05:30"}], "local_at": "2015-03-04 05:06:07 +0100"})
    assert time_to_s(data["created_at"]) == "2015-03-04 05:06:07 UTC"
    assert time_to_s(data["t"][0]["merged_at"]) == "2015-03-04 05:06:07 -0530"
    assert time_to_s(data["local_at"]) == "2015-03-04 05:06:07 +0100"
    assert data["update_date"] == ["2015-03-04T05:06:07Z"] and data["x_at"] == {"a_at": "2015-03-04T05:06:07Z"}
    assert data["flag_at"] is True and data["n"] == {"pushed_at": None, "due_on": "bad"}
    assert data["closed_on"].timestamp() == 0 and data["date"].hour == 0


def test_connected_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """A loopback API URL counts as connected; anything else needs api.github.com to resolve."""
    from jekyll_py.plugins import _octokit as online

    monkeypatch.setattr(online, "_resolved", {"api.github.com": False})
    assert online.internet_connected("http://127.0.0.1:9") and online.internet_connected("http://[::1]:9/api")
    assert online.internet_connected("http://localhost:4000")
    assert not online.internet_connected("https://api.github.com")
    assert not online.internet_connected("https://ghe.example/api/v3")
    monkeypatch.setattr(online, "_resolved", {"api.github.com": True})
    assert online.internet_connected("https://ghe.example/api/v3")


def test_offline_when_api_github_com_does_not_resolve(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The default API URL with no DNS answer: the offline path, no request, no state."""
    from types import SimpleNamespace

    from jekyll_py.plugins import _octokit, github_metadata

    monkeypatch.setattr(_octokit, "_resolved", {"api.github.com": False})
    for var in ("PAGES_API_URL", "API_URL", "JEKYLL_ENV", "PAGE_BUILD_ID", "PAGES_ENV"):
        monkeypatch.delenv(var, raising=False)
    site = SimpleNamespace(config={"repository": "octo/project"}, source=str(tmp_path),
                           logger=SimpleNamespace(warn=lambda *a: None))
    github_metadata.munge(site)
    assert site.github_metadata_online is None and site.config["title"] == "project"
    assert "description" not in site.config


def test_octokit_error_messages() -> None:
    """``Octokit::Error#build_error_message`` and the class ``from_response`` picks."""
    from jekyll_py.plugins._octokit import _error_class, _error_message

    body = '{"message":"Validation Failed","errors":[{"resource":"Issue","code":"missing"},"odd"],' \
           '"documentation_url":"https://docs.github.com/x"}'
    assert _error_message("http://h/x", 422, body, "application/json") == (
        "GET http://h/x: 422 - Validation Failed\nError summary:\n  resource: Issue\n  code: missing\n"
        "  odd // See: https://docs.github.com/x")
    assert _error_message("http://h/x", 502, "<html>bad</html>", "text/html") == "GET http://h/x: 502 - <html>bad</html>"
    assert _error_class(403, '{"message":"API rate limit exceeded for x"}', {}) == "Octokit::TooManyRequests"
    assert _error_class(403, '{"message":"nope"}', {}) == "Octokit::Forbidden"
    assert _error_class(418, "", {}) == "Octokit::ClientError" and _error_class(599, "", {}) == "Octokit::ServerError"


def test_dotenv_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """``Dotenv::Parser.call(text, true)`` as dotenv 2.4 prints it for the same text."""
    from jekyll_py.plugins._dotenv import DotenvFormatError, parse

    monkeypatch.delenv("UNSET_THING", raising=False)
    text = ("# comment\nexport PAGES_REPO_NWO=octo-org/project\nJEKYLL_GITHUB_TOKEN='dotenv-token' # the token\n"
            "PAGES_ENV: dotcom\nGREETING=\"hello\\nworld ${PAGES_ENV} \\$HOME \\\"q\\\"\"\n"
            "SINGLE='no $PAGES_ENV here'\nJEKYLL_BUILD_REVISION=rev-$(echo abc)-\\$(echo no)\n"
            "PAGES_HELP_URL=https://help.example/$UNSET_THING/x\nEMPTY=\nexport GREETING\n")
    assert parse(text) == {
        "PAGES_REPO_NWO": "octo-org/project", "JEKYLL_GITHUB_TOKEN": "dotenv-token", "PAGES_ENV": "dotcom",
        "GREETING": 'hello\nworld dotcom $HOME "q"', "SINGLE": "no $PAGES_ENV here",
        "JEKYLL_BUILD_REVISION": "rev-abc-$(echo no)", "PAGES_HELP_URL": "https://help.example//x", "EMPTY": ""}
    with pytest.raises(DotenvFormatError, match="has an unset variable"):
        parse("export NOPE\n")


def test_client_retries_pagination_and_bad_json(monkeypatch: pytest.MonkeyPatch) -> None:
    """Octokit's transport rules the fixtures do not reach: a 5xx is asked twice more
    (Faraday::Request::Retry), pagination stops when X-RateLimit-Remaining is 0, and a
    body that is not JSON ends the build as Sawyer's JSON::ParserError."""
    import http.server
    import threading

    from jekyll_py.liquid.errors import RubyError
    from jekyll_py.plugins._octokit import Client

    seen: list[str] = []
    failures = {"/flaky": 2}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            seen.append(self.path)
            path = self.path.split("?")[0]
            status, body, headers = 200, b"[1]", {"Content-Type": "application/json"}
            if failures.get(path):
                failures[path] -= 1
                status, body = 502, b'{"message":"Bad Gateway"}'
            elif path == "/limited":
                headers.update({"Link": f'<http://{self.headers["Host"]}/limited?page=2>; rel="next"',
                                "X-RateLimit-Remaining": "0"})
            elif path == "/garbage":
                body = b"{oops"
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("PAGES_API_URL", f"http://127.0.0.1:{server.server_address[1]}")
        monkeypatch.setenv("JEKYLL_GITHUB_TOKEN", "t")
        client = Client(lambda *args: None)
        assert client._request("flaky") == [1] and seen == ["/flaky"] * 3
        assert client._paginate("limited", []) == [1] and seen[3:] == ["/limited?per_page=100"]
        with pytest.raises(RubyError) as raised:
            client._request("garbage")
        assert raised.value.ruby_class == "JSON::ParserError"
    finally:
        server.shutdown()
        server.server_close()
