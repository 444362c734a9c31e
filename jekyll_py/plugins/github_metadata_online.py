"""jekyll-github-metadata 2.15's online path: ``site.github`` from the GitHub API.

The gem asks the API only when ``Client#internet_connected?`` says so: it
resolves ``api.github.com`` with ``Resolv::DNS`` (2 s timeout), whatever
``PAGES_API_URL`` says. jekyll-py makes the same lookup (through the system
resolver, with the same 2 s limit), and also counts an API URL whose host is a
loopback address (``127.0.0.0/8``, ``::1``, ``localhost``) as connected: that
is a stand-in or a local proxy, reachable without DNS, and it is how the tests
point both engines at a stand-in API. Anything else is the offline path of
:mod:`jekyll_py.plugins.github_metadata`, unchanged.

Online, this module models the gem's objects so that the same requests go out
in the same order and the same values come back:

* :class:`~jekyll_py.plugins._octokit.Client` — Octokit 4.20 as the gem configures it (``auto_paginate``,
  ``per_page=100``, ``Link: rel="next"`` followed while the rate limit allows,
  preview media types, ``token``/basic/bearer authentication), the gem's
  per-call cache (``cache[key] ||= ...``: ``false``/``nil`` results are asked
  again) and ``save_from_errors`` (404 → the default; connection failures and
  rate limits → a warning and the default; 401 → ``BadCredentialsError``;
  other HTTP errors end the build).
* Sawyer's decoding: ``*_at``/``*_on``/``date`` fields become Ruby Times.
* :class:`OnlineRepository` — ``Repository``/``RepositoryCompat`` with their
  memoised values, and :func:`owner_hash` — ``Owner#to_h``.
* :class:`LazyValue` — ``Value``: ``site.title``/``description``/``url``/
  ``baseurl`` fallbacks computed when first read.

Requests time out after :data:`TIMEOUT` seconds (Net::HTTP's own limits are a
minute); a timeout ends the build as Faraday's ``TimeoutError`` does.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from jekyll_py.liquid.errors import RubyError

#: Seconds before a request gives up (connect and each read).
from jekyll_py.plugins._octokit import (
    DRAX_PREVIEW,
    HTML_URL_PREVIEW,
    Client,
    _join_uri,
    _rb_s,
    _truthy,
)

#: ``Owner``'s whitelisted keys, in the gem's order.
OWNER_KEYS = (
    "avatar_url", "bio", "blog", "collaborators", "company", "created_at", "description", "email",
    "followers", "following", "has_organization_projects", "has_repository_projects", "hireable",
    "html_url", "id", "is_verified", "location", "login", "name", "node_id", "public_gists",
    "public_repos", "type", "updated_at",
)


class LazyValue:
    """``Jekyll::GitHubMetadata::Value``: a fallback computed, once, when first read."""

    def __init__(self, key: str, compute: Any, log: Any) -> None:
        self.key = key
        self._compute = compute
        self._log = log
        self._done = False
        self._value: Any = None

    def render(self) -> Any:
        if not self._done:
            try:
                self._value = sanitize(self._compute())
            except RubyError as err:
                if err.ruby_class in ("NoMethodError", "NameError", "RuntimeError"):
                    self._log("error", f"Error processing value '{self.key}':")
                raise
            self._done = True
        return self._value

    def to_liquid(self) -> Any:
        value = self.render()
        if value is None or isinstance(value, (bool, dict, str, int, float, list)):
            return value
        return json.dumps(str(value))  # Value#to_liquid: to_json of anything else (a Time)

    def __str__(self) -> str:
        value = self.render()
        return "" if value is None else str(value)

    ruby_to_s = __str__


def sanitize(value: Any) -> Any:
    """``Sanitizer.sanitize``: nested values rendered, hashes with string keys."""
    if isinstance(value, LazyValue):
        return value.render()
    if isinstance(value, list):
        return [sanitize(item) for item in value]
    if isinstance(value, dict):
        return {str(key): sanitize(item) for key, item in value.items()}
    return value


class OnlineRepository:
    """``Jekyll::GitHubMetadata::Repository`` (and its ``RepositoryCompat``) with the API."""

    def __init__(self, nwo: str, state: OnlineState) -> None:
        from jekyll_py.plugins.github_metadata import Repository

        self.base = Repository(nwo)
        self.nwo, self.owner, self.name = nwo, self.base.owner, self.base.name
        self._state = state
        self._memo: dict[str, Any] = {}
        self._owner: dict[str, Any] | None = None

    # -- memoised API values ------------------------------------------------------
    def _value(self, key: str, compute: Any) -> Any:
        """``Value.new(key, proc).render``."""
        return LazyValue(key, compute, self._state.log).render()

    def _memoize(self, key: str, compute: Any) -> Any:
        """``memoize_value``: kept once computed, whatever it is."""
        if key not in self._memo:
            self._memo[key] = self._value(key, compute)
        return self._memo[key]

    def _hash_memo(self, key: str, compute: Any) -> Any:
        """``@x ||= (Value.render || {})``."""
        if not _truthy(self._memo.get(key)):
            value = self._value(key, compute)
            self._memo[key] = value if _truthy(value) else {}
        return self._memo[key]

    def _client(self) -> Client:
        return self._state.client()

    def repo_info(self) -> Any:
        return self._hash_memo("repo_info", lambda: self._client().call("repository", self.nwo, DRAX_PREVIEW))

    def repo_pages_info(self) -> Any:
        from jekyll_py.plugins.github_metadata import _env

        accept = HTML_URL_PREVIEW if _env("PAGES_PREVIEW_HTML_URL") else None
        return self._hash_memo("repo_pages_info", lambda: self._client().call("pages", self.nwo, accept))

    def owner_info(self) -> dict[str, Any]:
        """``Owner#to_h``: the owner's whitelisted fields (organisation first, then user)."""
        if self._owner is None:
            def compute() -> Any:
                client = self._client()
                found = client.call("organization", self.owner)
                if not _truthy(found):
                    found = client.call("user", self.owner)
                return found if _truthy(found) else {}
            info = self._value("owner", compute)
            info = info if _truthy(info) else {}
            self._owner = {key: _index(info, key) for key in OWNER_KEYS}
        return self._owner

    def organization_repository(self) -> Any:
        return self._memoize("organization_repository?",
                             lambda: _truthy(self._client().call("organization", self.owner)))

    def public_repositories(self) -> Any:
        def compute() -> Any:
            client = self._client()
            found = client.call("list_repos", self.owner)
            if not isinstance(found, list):
                raise RubyError(f"undefined method `map' for {_ruby_class_s(found)}", "NoMethodError")
            for repo in found:
                full_name = _index(repo, "full_name")
                repo["releases"] = LazyValue("owner_public_repositories_releases",
                                             lambda n=full_name: client.call("releases", n), self._state.log)
                repo["contributors"] = LazyValue("owner_public_repositories_contributors",
                                                 lambda n=full_name: client.call("contributors", n),
                                                 self._state.log)
            return found
        return self._memoize("owner_public_repositories", compute)

    def organization_members(self) -> Any:
        return self._memoize("organization_public_members", lambda: (
            self._client().call("organization_public_members", self.owner)
            if self.organization_repository() else None))

    def contributors(self) -> Any:
        return self._memoize("contributors", lambda: self._client().call("contributors", self.nwo))

    def releases(self) -> Any:
        return self._memoize("releases", lambda: self._client().call("releases", self.nwo))

    def latest_release(self) -> Any:
        return self._memoize("latest_release", lambda: self._client().call("latest_release", self.nwo))

    # -- derived -----------------------------------------------------------------------
    def source(self) -> Any:
        found = _index(self.repo_pages_info(), "source")
        return found if _truthy(found) else self.base.source()

    def git_ref(self) -> Any:
        return _index(self.source(), "branch")

    def cname(self) -> Any:
        from jekyll_py.plugins.github_metadata import Pages

        return _index(self.repo_pages_info(), "cname") if Pages.custom_domains_enabled() else None

    def domain(self) -> str:
        from jekyll_py.plugins.github_metadata import Pages

        if "domain" not in self._memo:
            if not Pages.custom_domains_enabled():
                domain = Pages.github_hostname()
            elif _truthy(self.cname()):
                domain = self.cname()
            elif self.base.user_page():
                domain = self.base.default_user_domain()
            else:
                domain = self.user_domain()
            self._memo["domain"] = domain
        return self._memo["domain"]

    def user_domain(self) -> str:
        domain = self.base.default_user_domain()
        for user_repo in self._user_page_domains():
            candidate = f"{self.owner}/{user_repo}"
            if not _truthy(self._client().repository_exists(candidate)):
                continue
            domain = OnlineRepository(candidate, self._state).domain()
        return domain

    def _user_page_domains(self) -> list[str]:
        from jekyll_py.plugins.github_metadata import Pages

        domains = [self.base.default_user_domain()]
        if Pages.env() != "enterprise":
            domains.append(f"{self.owner}.github.com".lower())
        return domains

    def url_scheme(self) -> str:
        from jekyll_py.plugins.github_metadata import Pages

        if Pages.env() == "enterprise":
            return Pages.scheme()
        return "https" if self.owner == "github" and _rb_s(self.domain()).endswith(".github.com") else "http"

    def pages_url(self) -> str:
        from jekyll_py.plugins.github_metadata import Pages, _env

        if not Pages.custom_domains_enabled():
            path = self.owner if self.base.user_page() else self.nwo
            if _env("SUBDOMAIN_ISOLATION") == "true":
                return _join_uri(f"{Pages.scheme()}://{Pages.pages_hostname()}/", path)
            return _join_uri(f"{Pages.github_url()}/pages/", path)
        base = f"{self.url_scheme()}://{_rb_s(self.domain())}"
        return base if _truthy(self.cname()) or self.base.user_page() else _join_uri(base, self.name)

    def html_url(self) -> str:
        if "html_url" not in self._memo:
            found = _index(self.repo_pages_info(), "html_url")
            url = _rb_s(found) if _truthy(found) else self.pages_url()
            self._memo["html_url"] = url.removesuffix("/")
        return self._memo["html_url"]

    def url_without_path(self) -> str:
        parts = urllib.parse.urlsplit(self.html_url())
        return urllib.parse.urlunsplit(parts._replace(path=""))

    def baseurl(self) -> str:
        return urllib.parse.urlsplit(self.html_url()).path

    def repository_url(self) -> str:
        return self.base.repository_url()

    def title(self) -> Any:
        """The ``site.title`` fallback: the project, or the owner's display name."""
        if not self.base.user_page():
            return self.name
        name = self.owner_info()["name"]
        return name if _truthy(name) else self.owner

    def value(self, key: str) -> Any:
        """``site.github[key]`` for the keys the API decides."""
        info = self.repo_info
        simple = {"license": "license", "language": "language", "project_tagline": "description",
                  "show_downloads": "has_downloads", "private": "private", "archived": "archived",
                  "disabled": "disabled"}
        if key in simple:
            return _index(info(), simple[key])
        if key == "issues_url":
            return f"{self.repository_url()}/issues" if _truthy(_index(info(), "has_issues")) else None
        if key == "wiki_url":
            return f"{self.repository_url()}/wiki" if _truthy(_index(info(), "has_wiki")) else None
        if key == "owner":
            return dict(self.owner_info())
        if key == "owner_display_name":
            return self.owner_info()["name"]
        if key == "source":
            return self.source()
        if key in ("zip_url", "tar_url"):
            return f"{self.repository_url()}/{key[:3]}ball/{_rb_s(self.git_ref())}"
        if key == "url":
            return self.html_url()
        if key == "baseurl":
            return self.baseurl()
        return {"public_repositories": self.public_repositories, "organization_members": self.organization_members,
                "contributors": self.contributors, "releases": self.releases,
                "latest_release": self.latest_release}[key]()


#: ``site.github`` keys whose online values come from :meth:`OnlineRepository.value`.
ONLINE_KEYS = frozenset({
    "archived", "baseurl", "contributors", "disabled", "issues_url", "language", "latest_release",
    "license", "organization_members", "owner", "owner_display_name", "private", "project_tagline",
    "public_repositories", "releases", "show_downloads", "source", "tar_url", "url", "wiki_url", "zip_url",
})


def _index(container: Any, key: str) -> Any:
    """``container[key]`` as Ruby reads a hash (nil when absent) or a string (a substring)."""
    if isinstance(container, dict):
        return container.get(key)
    if isinstance(container, str):
        return key if key in container else None
    return None


def _ruby_class_s(value: Any) -> str:
    if value is None:
        return "nil:NilClass"
    if value is False:
        return "false:FalseClass"
    if value is True:
        return "true:TrueClass"
    if isinstance(value, str):
        return f"{json.dumps(value)}:String"
    return "an instance of Sawyer::Resource"


class OnlineState:
    """One site's client and repository (``GitHubMetadata.client``/``.repository``)."""

    def __init__(self, site: Any, nwo: str) -> None:
        self.site = site
        self._client: Client | None = None
        self.repository = OnlineRepository(nwo, self)

    def log(self, level: str, message: str) -> None:
        getattr(self.site.logger, level)("GitHub Metadata:", message)

    def client(self) -> Client:
        if self._client is None:
            self._client = Client(self.log)
        return self._client

    def lazy(self, key: str, compute: Any) -> LazyValue:
        """A config fallback; reading it first builds the client, as ``call_or_value`` does."""
        def run() -> Any:
            self.client()
            return compute()
        return LazyValue(key, run, self.log)
