"""A stand-in for the GitHub API on 127.0.0.1, for jekyll-github-metadata's online path.

jekyll-github-metadata asks ``$PAGES_API_URL`` (default https://api.github.com)
for the site's repository, its Pages settings, the owner, the owner's public
repositories (and each one's releases and contributors), the organisation's
public members and the repository's contributors and releases. Pointing both
engines at this server lets ``tools/record_github_metadata_api.py`` record what
real Jekyll writes and ``tests/plugins/test_github_metadata_api.py`` check
ours against it, with no network.

The server knows two owners: the user ``octo-user`` (whose user-page
repository is ``octo-user.github.io``) and the organisation ``octo-org``
(project repository ``project``; ``gone`` is a repository it does not have,
``gone``'s releases answer as a rate-limited API does, and ``broken``'s
contributors as a failing server). ``old-name`` redirects to ``project``, as
GitHub redirects a renamed repository, and ``loop`` redirects to itself. Lists are served
two items a page with a ``Link: <...>; rel="next"`` header, as GitHub pages
longer lists. Anything else is a 404, as on GitHub. A request carrying the
token ``bad-token`` gets GitHub's 401. The server keeps each request's method,
path (with its query), ``Authorization`` and ``Accept`` headers.
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

#: Items per page of a list (GitHub pages lists; the gem follows ``rel="next"``).
PAGE_SIZE = 2

API = "https://api.github.com"
RATE_LIMITED = {
    "message": "API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated "
               "requests get a higher rate limit. Check out the documentation for more details.)",
    "documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting",
}
BAD_CREDENTIALS = {"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"}
NOT_FOUND = {"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}


def _account(login: str, kind: str, number: int) -> dict[str, Any]:
    """The short form of a user or organisation, as GitHub nests it in other objects."""
    return {
        "login": login, "id": number, "node_id": f"MDQ6VXNlcj{number}",
        "avatar_url": f"https://avatars.githubusercontent.com/u/{number}?v=4", "gravatar_id": "",
        "url": f"{API}/users/{login}", "html_url": f"https://github.com/{login}",
        "repos_url": f"{API}/users/{login}/repos", "type": kind, "site_admin": False,
    }


USER = _account("octo-user", "User", 1001)
ORG = _account("octo-org", "Organization", 2002)
ALICE = _account("alice", "User", 3003)
BOB = _account("bob-the-builder", "User", 4004)
MIT = {"key": "mit", "name": "MIT License", "spdx_id": "MIT", "url": f"{API}/licenses/mit",
       "node_id": "MDc6TGljZW5zZTEz"}


def _repo(owner: dict[str, Any], name: str, number: int, **fields: Any) -> dict[str, Any]:
    nwo = f"{owner['login']}/{name}"
    data: dict[str, Any] = {
        "id": number, "node_id": f"MDEwOlJlcG9zaXRvcnk{number}", "name": name, "full_name": nwo,
        "private": False, "owner": owner, "html_url": f"https://github.com/{nwo}",
        "description": None, "fork": False, "url": f"{API}/repos/{nwo}",
        "releases_url": f"{API}/repos/{nwo}/releases{{/id}}",
        "created_at": "2015-03-04T05:06:07Z", "updated_at": "2022-11-12T13:14:15Z",
        "pushed_at": "2022-11-12T13:14:16Z", "homepage": None, "size": 120,
        "stargazers_count": 0, "watchers_count": 0, "language": None, "has_issues": True,
        "has_projects": True, "has_downloads": True, "has_wiki": False, "has_pages": False,
        "forks_count": 0, "mirror_url": None, "archived": False, "disabled": False,
        "open_issues_count": 0, "license": None, "topics": [], "visibility": "public",
        "default_branch": "main",
    }
    data.update(fields)
    return data


USER_SITE = _repo(USER, "octo-user.github.io", 501, description="Octo's <home> & notes — été",
                  language="HTML", has_pages=True, has_wiki=True, stargazers_count=3,
                  default_branch="master", topics=["blog", "jekyll"],
                  homepage="https://octo-user.github.io")
USER_TOOL = _repo(USER, "tool", 502, description="A small tool", language="Ruby", license=MIT,
                  has_issues=False, forks_count=2, stargazers_count=42,
                  topics=["cli"], created_at="2018-01-02T03:04:05+02:00")
USER_EMPTY = _repo(USER, "empty", 503, has_downloads=False, size=0, pushed_at=None)
ORG_PROJECT = _repo(ORG, "project", 601, description="The project's site", language="JavaScript",
                    license=MIT, has_pages=True, has_wiki=True, has_downloads=False,
                    archived=False, topics=["docs", "website"], homepage="https://octo-org.github.io/project")
ORG_LIB = _repo(ORG, "lib", 602, description=None, language="C", archived=True,
                license={"key": "other", "name": "Other", "spdx_id": "NOASSERTION", "url": None,
                         "node_id": "MDc6TGljZW5zZTA="})
ORG_BROKEN = _repo(ORG, "broken", 604, description="Half there")
ORG_USER_SITE = _repo(ORG, "octo-org.github.io", 603, has_pages=True)


def _release(nwo: str, number: int, tag: str, name: str | None, published: str, **fields: Any) -> dict[str, Any]:
    data = {
        "url": f"{API}/repos/{nwo}/releases/{number}", "html_url": f"https://github.com/{nwo}/releases/tag/{tag}",
        "id": number, "author": ALICE, "node_id": f"MDc6UmVsZWFzZT{number}", "tag_name": tag,
        "target_commitish": "main", "name": name, "draft": False, "prerelease": False,
        "created_at": published, "published_at": published, "assets": [],
        "tarball_url": f"{API}/repos/{nwo}/tarball/{tag}", "zipball_url": f"{API}/repos/{nwo}/zipball/{tag}",
        "body": f"Release {tag}\r\n\r\n* fixes <things> & more",
    }
    data.update(fields)
    return data


PROJECT_RELEASES = [
    _release("octo-org/project", 9003, "v2.0.0-rc1", "Two, almost", "2022-10-01T00:00:00Z", prerelease=True),
    _release("octo-org/project", 9002, "v1.1.0", "One point one", "2022-06-15T12:30:00Z",
             assets=[{"url": f"{API}/repos/octo-org/project/releases/assets/77", "id": 77,
                      "name": "project-1.1.0.zip", "label": "", "content_type": "application/zip",
                      "state": "uploaded", "size": 2048, "download_count": 12,
                      "created_at": "2022-06-15T12:31:00Z", "updated_at": "2022-06-15T12:32:00Z",
                      "browser_download_url": "https://github.com/octo-org/project/releases/download/v1.1.0/project-1.1.0.zip"}]),
    _release("octo-org/project", 9001, "v1.0.0", None, "2021-01-02T03:04:05Z", body=None),
]
TOOL_RELEASES = [_release("octo-user/tool", 8001, "0.1", "First", "2019-05-06T07:08:09Z")]


def _contributor(account: dict[str, Any], count: int) -> dict[str, Any]:
    return {**account, "contributions": count}


def _pages(nwo: str, html_url: str, branch: str, path: str, cname: str | None = None) -> dict[str, Any]:
    return {"url": f"{API}/repos/{nwo}/pages", "status": "built", "cname": cname, "custom_404": False,
            "html_url": html_url, "source": {"branch": branch, "path": path}, "public": True,
            "https_enforced": True}


#: path (no query) -> (status, body) for every resource the server knows.
ROUTES: dict[str, tuple[int, Any]] = {
    "/users/octo-user": (200, {
        **USER, "name": "Octo Usér", "company": "@octo-org", "blog": "https://octo-user.github.io",
        "location": "Lisbon", "email": None, "hireable": True, "bio": "Writes <code> & docs.",
        "twitter_username": "octo", "public_repos": 3, "public_gists": 1, "followers": 20,
        "following": 0, "created_at": "2011-01-25T18:44:36Z", "updated_at": "2022-12-01T10:00:00Z",
    }),
    "/orgs/octo-org": (200, {
        "login": "octo-org", "id": 2002, "node_id": ORG["node_id"], "url": f"{API}/orgs/octo-org",
        "repos_url": f"{API}/orgs/octo-org/repos", "avatar_url": ORG["avatar_url"],
        "description": "We build things.", "name": "Octo Organisation", "company": None,
        "blog": "https://octo.example", "location": None, "email": "hello@octo.example",
        "twitter_username": None, "is_verified": True, "has_organization_projects": True,
        "has_repository_projects": False, "public_repos": 3, "public_gists": 0, "followers": 7,
        "following": 0, "html_url": "https://github.com/octo-org", "created_at": "2014-07-08T09:10:11Z",
        "updated_at": "2021-02-03T04:05:06Z", "type": "Organization",
    }),
    "/repos/octo-user/octo-user.github.io": (200, USER_SITE),
    "/repos/octo-user/octo-user.github.io/pages": (200, _pages(
        "octo-user/octo-user.github.io", "https://octo-user.github.io/", "master", "/")),
    "/repos/octo-user/octo-user.github.io/contributors": (200, [_contributor(USER, 120)]),
    "/repos/octo-user/octo-user.github.io/releases": (200, []),
    "/users/octo-user/repos": (200, [USER_SITE, USER_TOOL, USER_EMPTY]),
    "/repos/octo-user/tool/releases": (200, TOOL_RELEASES),
    "/repos/octo-user/tool/contributors": (200, [_contributor(USER, 30), _contributor(BOB, 2)]),
    "/repos/octo-user/empty/releases": (200, []),
    "/repos/octo-org/project": (200, ORG_PROJECT),
    "/repos/octo-org/project/pages": (200, _pages(
        "octo-org/project", "https://octo-org.github.io/project/", "main", "/docs")),
    "/repos/octo-org/project/contributors": (200, [
        _contributor(ALICE, 310), _contributor(BOB, 25), _contributor(USER, 3)]),
    "/repos/octo-org/project/releases": (200, PROJECT_RELEASES),
    "/repos/octo-org/project/releases/latest": (200, PROJECT_RELEASES[1]),
    "/orgs/octo-org/public_members": (200, [ALICE, BOB]),
    "/users/octo-org/repos": (200, [ORG_PROJECT, ORG_LIB, ORG_USER_SITE]),
    "/repos/octo-org/lib/releases": (200, []),
    "/repos/octo-org/lib/contributors": (200, [_contributor(BOB, 1)]),
    "/repos/octo-org/octo-org.github.io": (200, ORG_USER_SITE),
    "/repos/octo-org/octo-org.github.io/pages": (200, _pages(
        "octo-org/octo-org.github.io", "http://www.octo.example/", "main", "/", cname="www.octo.example")),
    "/repos/octo-org/gone/releases": (403, RATE_LIMITED),
    "/repos/octo-org/broken": (200, ORG_BROKEN),
    "/repos/octo-org/broken/contributors": (500, {"message": "Server Error"}),
}


#: Path prefixes answered with a 301 to another prefix (a renamed repository; a loop).
REDIRECTS = {
    "/repos/octo-org/old-name": "/repos/octo-org/project",
    "/repos/octo-org/loop": "/repos/octo-org/loop",
}


@contextmanager
def github_metadata_api() -> Iterator[tuple[str, list[dict[str, str]]]]:
    """Serve :data:`ROUTES`; yield ``(API URL, requests seen)``."""
    seen: list[dict[str, str]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            seen.append({"method": "GET", "path": self.path,
                         "authorization": self.headers.get("Authorization", ""),
                         "accept": self.headers.get("Accept", "")})
            url = urllib.parse.urlsplit(self.path)
            headers: dict[str, str] = {}
            if self.headers.get("Authorization") == "token bad-token":
                status, body = 401, BAD_CREDENTIALS
            elif url.path.startswith(tuple(REDIRECTS)):
                old = next(prefix for prefix in REDIRECTS if url.path.startswith(prefix))
                host = self.headers.get("Host", f"127.0.0.1:{self.server.server_address[1]}")
                target = REDIRECTS[old] + url.path[len(old):] + (f"?{url.query}" if url.query else "")
                status, body = 301, {"message": "Moved Permanently", "url": f"http://{host}{target}"}
                headers["Location"] = f"http://{host}{target}"
            else:
                status, body = ROUTES.get(url.path.rstrip("/"), (404, NOT_FOUND))
            if status == 200 and isinstance(body, list):
                query = urllib.parse.parse_qs(url.query)
                page = int(query.get("page", ["1"])[0])
                if len(body) > page * PAGE_SIZE:
                    query["page"] = [str(page + 1)]
                    next_query = urllib.parse.urlencode(sorted(query.items()), doseq=True)
                    host = self.headers.get("Host", f"127.0.0.1:{self.server.server_address[1]}")
                    headers["Link"] = f'<http://{host}{url.path}?{next_query}>; rel="next"'
                body = body[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def refused_url() -> str:
    """A loopback URL whose port had a listener a moment ago and has none now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def api_url_for(fixture_root: Path, server_url: str) -> str | None:
    """The API URL a fixture is built against: ``api: refused`` in its
    ``fixture.yml`` asks for one nothing listens on, ``api: offline`` for none
    (the default https://api.github.com, which does not resolve here)."""
    data = yaml.safe_load((fixture_root / "fixture.yml").read_text("utf-8")) or {}
    if data.get("api") == "offline":
        return None
    return refused_url() if data.get("api") == "refused" else server_url


def write_dotenv(fixture_root: Path, workdir: Path) -> None:
    """Write the fixture's ``dotenv:`` text (if any) to ``workdir/.env``, the build's
    working directory, where jekyll-github-metadata's ``Dotenv.load`` looks."""
    data = yaml.safe_load((fixture_root / "fixture.yml").read_text("utf-8")) or {}
    if data.get("dotenv"):
        (workdir / ".env").write_text(data["dotenv"], "utf-8")


def normalise_port(text: str, url: str | None) -> str:
    """*text* with the server's (or refused URL's) port replaced by ``PORT``."""
    if url is None:
        return text
    port = url.rsplit(":", 1)[-1].strip("/")
    return text.replace(f"127.0.0.1:{port}", "127.0.0.1:PORT").replace(f"port {port}", "port PORT")
