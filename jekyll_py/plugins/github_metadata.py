"""jekyll-github-metadata 2.15: ``site.github`` and ``{% github_edit_link %}``.

The gem fills ``site.github`` from the GitHub API when it believes it is
online. Offline (the usual case for jekyll-py), this module computes what the
gem computes when the API cannot be reached: everything derived from the
repository name, the ``PAGES_*`` environment and the configuration is there
(URLs, owner and repository names, ``source``, ``is_user_page``...), while
values only the API knows are what the gem yields offline: ``false`` for
contributors/releases/latest_release, ``nil`` for language, license, tagline,
owner details (every key of ``Owner#to_h``, nil). ``public_repositories`` is ``[]``
where the gem fails (``false.map``: NoMethodError).

Online — ``api.github.com`` resolves, as the gem checks, or the API URL is on
a loopback address — :mod:`jekyll_py.plugins.github_metadata_online` asks the
API as the gem does (same requests, same order, same values); the site keeps
that state in ``site.github_metadata_online`` from ``after_init`` on.

The repository comes from ``$PAGES_REPO_NWO``, ``repository:`` in the
configuration, or (in development) the ``origin`` git remote. Like the gem,
the plugin gives ``site.title`` a fallback (the project, or the owner) and, in
production builds, ``site.url``/``site.baseurl`` fallbacks; a ``github:``
hash in the configuration is merged over the computed values.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping
from typing import Any

from jekyll_py import hooks
from jekyll_py.drops.drop import Drop
from jekyll_py.errors import FatalException
from jekyll_py.liquid.errors import RubyError
from jekyll_py.liquid.parser import Tag
from jekyll_py.liquid.rjson import to_json
from jekyll_py.plugin import register_tag
from jekyll_py.plugins import _dotenv
from jekyll_py.plugins import _octokit as octokit
from jekyll_py.plugins import github_metadata_online as online
from jekyll_py.plugins._support import normalize_uri
from jekyll_py.utils import deep_merge_hashes

GEM = "jekyll-github-metadata"
DEFAULTS = {
    "PAGES_ENV": "development",
    "PAGES_API_URL": "https://api.github.com",
    "PAGES_HELP_URL": "https://help.github.com",
    "PAGES_GITHUB_HOSTNAME": "github.com",
    "PAGES_PAGES_HOSTNAME": "github.io",
    "SSL": "false",
    "SUBDOMAIN_ISOLATION": "false",
}


#: The site attribute holding the online state (None: the offline path).
ONLINE_ATTRIBUTE = "github_metadata_online"


class NoRepositoryError(FatalException):
    """No ``owner/name`` for the site's repository could be found."""


def _env(key: str, fallback: str | None = None) -> str:
    value = os.environ.get(key, "")
    return value if value else (fallback or DEFAULTS.get(key, ""))


def _trim(url: str) -> str:
    return url[:-1] if url.endswith("/") else url


class Pages:
    """The GitHub Pages environment (``Jekyll::GitHubMetadata::Pages``)."""

    @staticmethod
    def env() -> str:
        return _env("PAGES_ENV", os.environ.get("JEKYLL_ENV"))

    @classmethod
    def custom_domains_enabled(cls) -> bool:
        return cls.env() in ("dotcom", "test")

    @classmethod
    def scheme(cls) -> str:
        return "https" if _env("SSL") == "true" or cls.env() == "test" else "http"

    @classmethod
    def github_hostname(cls) -> str:
        return _trim(_env("PAGES_GITHUB_HOSTNAME", os.environ.get("GITHUB_HOSTNAME")))

    @classmethod
    def github_url(cls) -> str:
        host = cls.github_hostname()
        if cls.env() == "dotcom" or host == "github.com":
            return "https://github.com"
        return f"{cls.scheme()}://{host}"

    @classmethod
    def pages_hostname(cls) -> str:
        fallback = os.environ.get("PAGES_HOSTNAME") or ("localhost:4000" if cls.env() == "development" else None)
        return _trim(_env("PAGES_PAGES_HOSTNAME", fallback))

    @staticmethod
    def api_url() -> str:
        return _trim(_env("PAGES_API_URL", os.environ.get("API_URL")))

    @staticmethod
    def help_url() -> str:
        return _trim(_env("PAGES_HELP_URL", os.environ.get("HELP_URL")))

    @staticmethod
    def page_build() -> bool:
        return bool(os.environ.get("PAGE_BUILD_ID"))


def find_nwo(site: Any) -> str:
    """``owner/name`` of the site's repository (``RepositoryFinder#nwo``)."""
    if os.environ.get("PAGES_REPO_NWO"):
        return os.environ["PAGES_REPO_NWO"]
    repo = site.config.get("repository")
    if isinstance(repo, str) and "/" in repo:
        return repo
    if os.environ.get("JEKYLL_ENV", "development") in ("development", "test"):
        nwo = _nwo_from_git(site.source)
        if nwo:
            return nwo
    raise NoRepositoryError(
        "No repo name found. Specify using PAGES_REPO_NWO environment variables, 'repository' "
        "in your configuration, or set up an 'origin' git remote pointing to your github.com "
        "repository."
    )


def _nwo_from_git(cwd: str) -> str | None:
    try:
        out = subprocess.run(["git", "remote", "--verbose"], cwd=cwd, capture_output=True,
                             text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    urls = [re.sub(r"\Aorigin\t(.*) \([a-z]+\)", r"\1", line)
            for line in out.splitlines() if line.startswith("origin\t")]
    url = urls[0] if urls else ""
    url = url[:-4] if url.endswith(".git") else url
    match = re.search(re.escape(Pages.github_hostname()) + r"(:|/)([\w-]+)/([\w.-]+)", url)
    return f"{match.group(2)}/{match.group(3)}" if match else None


class Repository:
    """What can be known about ``owner/name`` without the API."""

    def __init__(self, nwo: str) -> None:
        self.nwo = nwo
        self.owner = nwo.split("/")[0]
        self.name = nwo.split("/")[-1]

    def default_user_domain(self) -> str:
        if self.owner == "github":
            return f"{self.owner}.{Pages.github_hostname()}".lower()
        if Pages.env() == "enterprise":
            return Pages.pages_hostname().lower()
        return f"{self.owner}.{Pages.pages_hostname()}".lower()

    def user_page(self) -> bool:
        if Pages.env() == "enterprise":
            return self.name.lower() == f"{self.owner.lower()}.{Pages.github_hostname()}"
        return self.name.lower() in (self.default_user_domain(), f"{self.owner}.github.com".lower())

    def owner_url(self) -> str:
        return f"{Pages.github_url()}/{self.owner}"

    def repository_url(self) -> str:
        return f"{self.owner_url()}/{self.name}"

    def source(self) -> dict[str, str]:
        return {"branch": "master" if self.user_page() else "gh-pages", "path": "/"}

    def html_url(self) -> str:
        """``repo_compat.pages_url`` (no API: no CNAME, no other user repository)."""
        if not Pages.custom_domains_enabled():
            path = self.owner if self.user_page() else self.nwo
            if _env("SUBDOMAIN_ISOLATION") == "true":
                url = f"{Pages.scheme()}://{Pages.pages_hostname()}/{path}"
            else:
                url = f"{Pages.github_url()}/pages/{path}"
        else:
            domain = self.default_user_domain()
            scheme = "https" if self.owner == "github" and domain.endswith(".github.com") else "http"
            url = f"{scheme}://{domain}" + ("" if self.user_page() else f"/{self.name}")
        return url.removesuffix("/")

    def url_without_path(self) -> str:
        match = re.match(r"^([a-z]+://[^/]+)", self.html_url())
        return match.group(1) if match else self.html_url()

    def baseurl(self) -> str:
        return self.html_url()[len(self.url_without_path()):]


def build_revision(source: str) -> str:
    if os.environ.get("JEKYLL_BUILD_REVISION"):
        return os.environ["JEKYLL_BUILD_REVISION"]
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=source, capture_output=True,
                              text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


#: Keys whose values come from the GitHub API (offline: the gem's fallbacks).
_API_KEYS = frozenset({
    "archived", "contributors", "disabled", "issues_url", "language", "latest_release", "license",
    "organization_members", "owner", "owner_display_name", "private", "project_tagline",
    "public_repositories", "releases", "show_downloads", "wiki_url",
})
#: What the gem yields for those keys when the API cannot be reached.
_OFFLINE_VALUES: dict[str, Any] = {
    "archived": None, "contributors": False, "disabled": None, "issues_url": None, "language": None,
    "latest_release": False, "license": None, "organization_members": None,
    "owner": dict.fromkeys(online.OWNER_KEYS),  # Owner#to_h of no data: every key, nil
    "owner_display_name": None, "private": None, "project_tagline": None, "public_repositories": [],
    "releases": False, "show_downloads": None, "wiki_url": None,
}


def _warn_without_token(site: Any) -> None:
    # Client#pluck_auth_method: JEKYLL_GITHUB_TOKEN or Octokit's OCTOKIT_ACCESS_TOKEN (not GITHUB_TOKEN)
    if not any(os.environ.get(v) for v in ("JEKYLL_GITHUB_TOKEN", "OCTOKIT_ACCESS_TOKEN")):
        site.logger.warn("GitHub Metadata:", "No GitHub API authentication could be found. "
                         "Some fields may be missing or have incorrect data.")


class MetadataDrop(Drop):
    """``site.github``: each key computed when a template first reads it.

    The gem's ``MetadataDrop`` delegates to a repository object found only on
    demand, so a site without ``repository:``/``PAGES_REPO_NWO``/git remote
    builds as long as no template reads a repository-derived key (the
    ``environment``/hostname keys need no repository); reading one raises
    ``NoRepositoryError`` inside the render, which Jekyll reports as a Liquid
    Exception naming the page or layout.
    """

    CONTENT_METHODS = (
        "api_url", "archived", "baseurl", "build_revision", "clone_url", "contributors", "disabled",
        "environment", "help_url", "hostname", "is_project_page", "is_user_page", "issues_url",
        "language", "latest_release", "license", "organization_members", "owner",
        "owner_display_name", "owner_gravatar_url", "owner_name", "owner_url", "pages_env",
        "pages_hostname", "private", "project_tagline", "project_title", "public_repositories",
        "releases", "releases_url", "repository_name", "repository_nwo", "repository_url",
        "show_downloads", "source", "tar_url", "url", "versions", "wiki_url", "zip_url",
    )
    MUTABLE = True

    def __init__(self, site: Any) -> None:
        super().__init__(site)
        self._repository: Repository | None = None
        self._warned = False

    def _repo(self) -> Repository:
        if self._repository is None:
            try:
                self._repository = Repository(find_nwo(self._obj))
            except NoRepositoryError as err:
                # A Ruby error raised inside the render: Jekyll prints its bare
                # message as the page's (or layout's) Liquid Exception.
                raise RubyError(str(err), "Jekyll::GitHubMetadata::RepositoryFinder::NoRepositoryError") \
                    from err
        return self._repository

    def _offline(self, key: str) -> Any:
        """An API-backed value: the repository must exist, then the API is unreachable."""
        self._repo()
        if not self._warned:
            self._warned = True
            _warn_without_token(self._obj)
            self._obj.logger.warn("GitHub Metadata:",
                                  "No internet connection. GitHub metadata may be missing or incorrect.")
        value = _OFFLINE_VALUES[key]
        return dict(value) if isinstance(value, dict) else list(value) if isinstance(value, list) else value

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str) and key not in self._mutations:
            state = getattr(self._obj, ONLINE_ATTRIBUTE, None)
            if state is not None and key in online.ONLINE_KEYS:
                return state.repository.value(key)
            if key in _API_KEYS:
                return self._offline(key)
        return super().__getitem__(key)

    def __setitem__(self, key: str, value: Any) -> None:
        """A mutable drop: any key set (a ``github:`` setting) is kept as a mutation."""
        self._mutations[key] = value

    def keys(self) -> list[str]:  # type: ignore[override]
        """``MetadataDrop#keys``: content methods and mutations, sorted."""
        return sorted(super().keys())

    def ruby_to_s(self) -> str:
        """``{{ site.github }}``: ``MetadataDrop#to_s`` is ``JSON.pretty_generate(to_h)``."""
        return to_json(self.to_h(), pretty=True)

    def m_api_url(self) -> str:
        return Pages.api_url()

    def m_baseurl(self) -> str:
        return self._repo().baseurl()

    def m_build_revision(self) -> str:
        return build_revision(self._obj.source)

    def m_clone_url(self) -> str:
        return f"{self._repo().repository_url()}.git"

    def m_environment(self) -> str:
        return Pages.env()

    m_pages_env = m_environment

    def m_help_url(self) -> str:
        return Pages.help_url()

    def m_hostname(self) -> str:
        return Pages.github_hostname()

    def m_is_project_page(self) -> bool:
        return not self._repo().user_page()

    def m_is_user_page(self) -> bool:
        return self._repo().user_page()

    def m_owner_gravatar_url(self) -> str:
        return f"{self._repo().owner_url()}.png"

    def m_owner_name(self) -> str:
        return self._repo().owner

    def m_owner_url(self) -> str:
        return self._repo().owner_url()

    def m_pages_hostname(self) -> str:
        return Pages.pages_hostname()

    def m_project_title(self) -> str:
        return self._repo().name

    m_repository_name = m_project_title

    def m_releases_url(self) -> str:
        return f"{self._repo().repository_url()}/releases"

    def m_repository_nwo(self) -> str:
        return self._repo().nwo

    def m_repository_url(self) -> str:
        return self._repo().repository_url()

    def m_source(self) -> dict[str, str]:
        return self._repo().source()

    def m_tar_url(self) -> str:
        return f"{self._repo().repository_url()}/tarball/{self._repo().source()['branch']}"

    def m_url(self) -> str:
        return self._repo().html_url()

    def m_versions(self) -> dict[str, Any]:
        return {}

    def m_zip_url(self) -> str:
        return f"{self._repo().repository_url()}/zipball/{self._repo().source()['branch']}"


def metadata(site: Any) -> dict[str, Any]:
    """Every ``site.github`` value at once (keys sorted, as the gem's drop lists them)."""
    drop = MetadataDrop(site)
    return {key: drop[key] for key in drop.CONTENT_METHODS}


def github_namespace(site: Any) -> Any:
    """What ``site.github`` is: the drop, a ``github:`` hash merged over it, or the setting.

    Merging a hash reads (and so computes) only the drop's keys the hash names,
    as ``Utils.deep_merge_hashes`` does through ``Drop#merge!``.
    """
    configured = site.config.get("github")
    if configured is None:
        return MetadataDrop(site)
    if isinstance(configured, dict):
        drop = MetadataDrop(site)
        for key, value in configured.items():
            old = drop[key] if key in drop else None
            if value is None:
                merged = old
            elif isinstance(old, dict) and isinstance(value, dict):
                merged = deep_merge_hashes(old, value)
            else:
                merged = value
            drop[key] = merged
        if getattr(site, ONLINE_ATTRIBUTE, None) is not None:
            # Utils.deep_merge_hashes then walks every key of the merged drop
            # (duplicate_frozen_values): online, that asks the API for everything.
            for key in drop.keys():
                drop[key]
        return drop
    return configured


class UnresolvedValue:
    """A ``site.title``/``site.description`` fallback when no repository is known.

    The gem stores a ``Value`` computed from the repository when first read;
    with no repository that read logs "Error processing value" and raises, so
    the template reading it fails as in Jekyll. Nothing that does not read it
    is affected.
    """

    def __init__(self, site: Any, key: str) -> None:
        self.site = site
        self.key = key

    def to_liquid(self) -> Any:
        _warn_without_token(self.site)  # the gem builds its API client first
        try:
            find_nwo(self.site)
        except NoRepositoryError as err:
            self.site.logger.error("GitHub Metadata:", f"Error processing value '{self.key}':")
            raise RubyError(str(err), "Jekyll::GitHubMetadata::RepositoryFinder::NoRepositoryError") \
                from err
        return None  # pragma: no cover - a repository appeared during the build

    def __str__(self) -> str:
        value = self.to_liquid()
        return "" if value is None else str(value)

    ruby_to_s = __str__


@hooks.register("site", "after_init", gem=GEM)
def munge(site: Any) -> None:
    """Title/description fallbacks, and URL fallbacks for production builds."""
    if os.environ.get("JEKYLL_ENV", "development") == "development":
        _dotenv.load(".env")  # the gem runs Dotenv.load when it is required in development
    config = site.config
    try:
        repo = Repository(find_nwo(site))
    except NoRepositoryError:
        # The gem's fallbacks are lazy values: without a repository the site
        # still builds, but reading site.title/site.description fails.
        if not (config.get("name") and not config.get("title")) and config.get("title") is None:
            config["title"] = UnresolvedValue(site, "title")
        if config.get("description") is None:
            config["description"] = UnresolvedValue(site, "description")
        return
    state = None
    if octokit.internet_connected(Pages.api_url()):
        state = online.OnlineState(site, repo.nwo)
        # Forked render workers would each ask the API again: render in one process.
        site.render_sequentially = True
    setattr(site, ONLINE_ATTRIBUTE, state)
    if config.get("name") and not config.get("title"):
        site.logger.warn(
            "GitHub Metadata:",
            "site.name is set in _config.yml, but many plugins and themes expect site.title to be "
            "used instead. To avoid potential inconsistency, Jekyll GitHub Metadata will not set "
            "site.title to the repository's name.",
        )
    elif config.get("title") is None:
        if state is not None and repo.user_page():
            config["title"] = state.lazy("title", state.repository.title)
        else:
            config["title"] = repo.owner if repo.user_page() else repo.name
    if state is not None and config.get("description") is None:
        config["description"] = state.lazy("description", lambda: state.repository.value("project_tagline"))
    if os.environ.get("JEKYLL_ENV") == "production" or Pages.page_build():
        if config.get("url") is None:
            config["url"] = (state.lazy("url", state.repository.url_without_path) if state is not None
                             else repo.url_without_path())
        if config.get("baseurl") in (None, "/"):
            config["baseurl"] = (state.lazy("baseurl", state.repository.baseurl) if state is not None
                                 else repo.baseurl())


@hooks.register("site", "pre_render", gem=GEM)
def inject(site: Any, payload: Any) -> None:
    payload["site"]["github"] = github_namespace(site)


@register_tag("github_edit_link", gem=GEM)
class EditLinkTag(Tag):
    """``{% github_edit_link %}`` (a URL) or ``{% github_edit_link "text" %}`` (a link)."""

    def render(self, context: Any, out: list[str]) -> None:
        match = re.search(r"(?:\"(.*)\"|'(.*)')", self.markup)
        text = (match.group(1) if match.group(1) is not None else match.group(2)) if match else None
        site = context.registers["site"]
        github = site.site_payload()["site"].get("github") or {}
        github = github if isinstance(github, Mapping) else {}
        source = github.get("source")
        source = source if isinstance(source, Mapping) else {}
        page = context.registers.get("page")
        page_path = (page.data.get("path") or page.relative_path) if page is not None else None
        parts = [github.get("repository_url"), "edit/",
                 source.get("branch"), source.get("path"), page_path]
        if any(part is None for part in parts):
            site.logger.warn("JekyllEditLink: ", "Cannot generate edit URLs due to missing site.github data")
            url = ""
        else:
            url = _join(parts)
        out.append(f'<a href="{url}">{text}</a>' if text else url)


def _join(parts: list[Any]) -> str:
    """``Addressable::URI.join`` of the normalised parts (each a folder but the last)."""
    cleaned = []
    for index, part in enumerate(parts):
        text = str(part).removeprefix("/")
        if index != len(parts) - 1 and not text.endswith("/"):
            text += "/"
        cleaned.append("" if text == "/" else text)
    base = cleaned[0]
    for part in cleaned[1:]:
        base = base + part if base.endswith("/") else base.rsplit("/", 1)[0] + "/" + part
    return normalize_uri(base)
