"""jekyll-github-metadata 2.15: ``site.github`` and ``{% github_edit_link %}``, offline.

The gem fills ``site.github`` from the GitHub API. jekyll-py builds without
network access, so it computes what the gem computes when the API cannot be
reached (the gem's own offline behaviour): everything derived from the
repository name, the ``PAGES_*`` environment and the configuration is there
(URLs, owner and repository names, ``source``, ``is_user_page``...), while
values only the API knows are what the gem yields offline: ``false`` for
contributors/releases/latest_release, ``nil`` for language, license, tagline,
owner details. ``public_repositories`` is ``[]`` (the gem fails there).

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
from typing import Any

from jekyll_py import hooks
from jekyll_py.errors import FatalException
from jekyll_py.liquid.parser import Tag
from jekyll_py.plugin import register_tag
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


def metadata(site: Any) -> dict[str, Any]:
    """``site.github`` as the gem computes it offline (keys sorted, as its drop lists them)."""
    repo = Repository(find_nwo(site))
    source = repo.source()
    values = {
        "api_url": Pages.api_url(),
        "archived": None,
        "baseurl": repo.baseurl(),
        "build_revision": build_revision(site.source),
        "clone_url": f"{repo.repository_url()}.git",
        "contributors": False,
        "disabled": None,
        "environment": Pages.env(),
        "help_url": Pages.help_url(),
        "hostname": Pages.github_hostname(),
        "is_project_page": not repo.user_page(),
        "is_user_page": repo.user_page(),
        "issues_url": None,
        "language": None,
        "latest_release": False,
        "license": None,
        "organization_members": None,
        "owner": {},
        "owner_display_name": None,
        "owner_gravatar_url": f"{repo.owner_url()}.png",
        "owner_name": repo.owner,
        "owner_url": repo.owner_url(),
        "pages_env": Pages.env(),
        "pages_hostname": Pages.pages_hostname(),
        "private": None,
        "project_tagline": None,
        "project_title": repo.name,
        "public_repositories": [],
        "releases": False,
        "releases_url": f"{repo.repository_url()}/releases",
        "repository_name": repo.name,
        "repository_nwo": repo.nwo,
        "repository_url": repo.repository_url(),
        "show_downloads": None,
        "source": source,
        "tar_url": f"{repo.repository_url()}/tarball/{source['branch']}",
        "url": repo.html_url(),
        "versions": {},
        "wiki_url": None,
        "zip_url": f"{repo.repository_url()}/zipball/{source['branch']}",
    }
    return values


def github_namespace(site: Any) -> Any:
    configured = site.config.get("github")
    if configured is None:
        return metadata(site)
    if isinstance(configured, dict):
        return deep_merge_hashes(metadata(site), configured)
    return configured


@hooks.register("site", "after_init", gem=GEM)
def munge(site: Any) -> None:
    """Title/description fallbacks, and URL fallbacks for production builds."""
    config = site.config
    try:
        repo = Repository(find_nwo(site))
    except NoRepositoryError:
        return
    if config.get("name") and not config.get("title"):
        site.logger.warn(
            "GitHub Metadata:",
            "site.name is set in _config.yml, but many plugins and themes expect site.title to be "
            "used instead. To avoid potential inconsistency, Jekyll GitHub Metadata will not set "
            "site.title to the repository's name.",
        )
    elif config.get("title") is None:
        config["title"] = repo.owner if repo.user_page() else repo.name
    if os.environ.get("JEKYLL_ENV") == "production" or Pages.page_build():
        if config.get("url") is None:
            config["url"] = repo.url_without_path()
        if config.get("baseurl") in (None, "/"):
            config["baseurl"] = repo.baseurl()


@hooks.register("site", "pre_render", gem=GEM)
def inject(site: Any, payload: Any) -> None:
    if not any(os.environ.get(v) for v in ("JEKYLL_GITHUB_TOKEN", "GITHUB_TOKEN", "OCTOKIT_ACCESS_TOKEN")):
        site.logger.warn("GitHub Metadata:", "No GitHub API authentication could be found. "
                         "Some fields may be missing or have incorrect data.")
    site.logger.warn("GitHub Metadata:", "No internet connection. GitHub metadata may be missing or incorrect.")
    payload["site"]["github"] = github_namespace(site)


@register_tag("github_edit_link", gem=GEM)
class EditLinkTag(Tag):
    """``{% github_edit_link %}`` (a URL) or ``{% github_edit_link "text" %}`` (a link)."""

    def render(self, context: Any, out: list[str]) -> None:
        match = re.search(r"(?:\"(.*)\"|'(.*)')", self.markup)
        text = (match.group(1) if match.group(1) is not None else match.group(2)) if match else None
        site = context.registers["site"]
        github = site.site_payload()["site"].get("github") or {}
        source = github.get("source") if isinstance(github, dict) else None
        source = source if isinstance(source, dict) else {}
        page = context.registers.get("page")
        page_path = (page.data.get("path") or page.relative_path) if page is not None else None
        parts = [github.get("repository_url") if isinstance(github, dict) else None, "edit/",
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
