"""Octokit 4.20 and Sawyer as jekyll-github-metadata 2.15 uses them.

The HTTP client (authentication, preview media types, pagination through
``Link`` headers, retries, redirects, Octokit's error classes and messages),
the gem's "is the internet there" lookup, and Sawyer's decoding of time
fields. Used by :mod:`jekyll_py.plugins.github_metadata_online`.
"""

from __future__ import annotations

import base64
import datetime as _dt
import ipaddress
import json
import os
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from jekyll_py.liquid.errors import RubyError

#: Seconds before a request gives up (connect and each read).

TIMEOUT = 10.0


#: Octokit's ``FollowRedirects`` limit.
REDIRECT_LIMIT = 3


#: The gem's ``dns.timeouts = 2``.
DNS_TIMEOUT = 2.0


USER_AGENT = "Octokit Ruby Gem 4.20.0"


MEDIA_TYPE = "application/vnd.github.v3+json"


DRAX_PREVIEW = "application/vnd.github.drax-preview+json"


MERCY_PREVIEW = "application/vnd.github.mercy-preview+json"


HTML_URL_PREVIEW = "application/vnd.github.mister-fantastic-preview+json"


NO_INTERNET = "No internet connection. GitHub metadata may be missing or incorrect."


NO_AUTH = "No GitHub API authentication could be found. Some fields may be missing or have incorrect data."


_resolved: dict[str, bool] = {}


def _resolves(host: str) -> bool:
    """Whether *host* resolves within :data:`DNS_TIMEOUT` (answers kept per process).

    The lookup runs in a daemon thread, so a resolver that never answers
    delays neither the build nor the process's exit beyond the timeout.
    """
    if host not in _resolved:
        answer: list[bool] = []

        def lookup() -> None:
            try:
                socket.getaddrinfo(host, 443)
                answer.append(True)
            except (OSError, UnicodeError):
                answer.append(False)
        thread = threading.Thread(target=lookup, name="github-metadata-dns", daemon=True)
        thread.start()
        thread.join(DNS_TIMEOUT)
        _resolved[host] = bool(answer and answer[0])
    return _resolved[host]


def _loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def internet_connected(api_url: str) -> bool:
    """``Client#internet_connected?``, plus the loopback rule (see the module's docstring)."""
    try:
        host = urllib.parse.urlsplit(api_url).hostname
    except ValueError:
        host = None
    return _loopback(host) or _resolves("api.github.com")


def _rb_s(value: Any) -> str:
    """``"#{value}"`` for the strings and nils the URLs are built from."""
    return "" if value is None else value if isinstance(value, str) else json.dumps(value)


def _truthy(value: Any) -> bool:
    return value is not None and value is not False


_ISO_TIME = re.compile(
    r"\s*(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?\s*"
    r"(Z|UTC|[+-]\d\d:?\d\d)?)?\s*\Z", re.IGNORECASE)


def _parse_time(text: str) -> Any:
    """``Time.parse`` for the ISO 8601 forms the API writes; other text stays a string."""
    match = _ISO_TIME.match(text)
    if not match:
        return text
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        value = _dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                             int(second or 0), int((fraction or "0")[:6].ljust(6, "0")))
    except ValueError:
        return text
    if zone is None:
        return value.astimezone()
    if zone.upper() in ("Z", "UTC"):
        return value.replace(tzinfo=_dt.timezone.utc)
    digits = zone.replace(":", "")
    offset = _dt.timedelta(hours=int(digits[1:3]), minutes=int(digits[3:5]))
    return value.replace(tzinfo=_dt.timezone(-offset if digits[0] == "-" else offset))


def _time_field(key: str, value: Any) -> bool:
    return _truthy(value) and bool(re.search(r"_(at|on)\Z|(\A|_)date\Z", key))


def _decode_value(key: str, value: Any) -> Any:
    """Sawyer's ``decode_hash_value``."""
    if _time_field(key, value):
        if isinstance(value, str):
            return _parse_time(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            try:
                return _dt.datetime.fromtimestamp(value).astimezone()
            except (OverflowError, OSError, ValueError):
                return value
        return value
    if isinstance(value, dict):
        return _decode_hash(value)
    if isinstance(value, list):
        return [_decode_value(key, item) for item in value]
    return value


def _decode_hash(data: dict[str, Any]) -> dict[str, Any]:
    return {key: _decode_value(key, value) for key, value in data.items()}


def decode(data: Any) -> Any:
    """Sawyer's ``decode_object``: what a JSON body becomes (before sanitising)."""
    if isinstance(data, dict):
        return _decode_hash(data)
    if isinstance(data, list):
        return [decode(item) for item in data]
    return data


class OctokitError(Exception):
    """An HTTP error as Octokit raises it (``message`` is ``Octokit::Error#message``)."""

    def __init__(self, message: str, ruby_class: str, status: int = 0, headers: Any = None) -> None:
        super().__init__(message)
        self.ruby_class = ruby_class
        self.status = status
        self.headers = headers or {}


def _error_class(status: int, body: str, headers: Any) -> str:
    """``Octokit::Error.from_response``'s choice of class."""
    if status == 401:
        return ("Octokit::OneTimePasswordRequired" if "required" in (headers.get("X-GitHub-OTP") or "")
                else "Octokit::Unauthorized")
    if status == 403:
        for pattern, name in ((r"rate limit exceeded", "TooManyRequests"),
                              (r"login attempts exceeded", "TooManyLoginAttempts"),
                              (r"returns blobs up to [0-9]+ MB", "TooLargeContent"),
                              (r"abuse", "AbuseDetected"),
                              (r"repository access blocked", "RepositoryUnavailable"),
                              (r"email address must be verified", "UnverifiedEmail"),
                              (r"account was suspended", "AccountSuspended")):
            if re.search(pattern, body, re.IGNORECASE):
                return f"Octokit::{name}"
        return "Octokit::Forbidden"
    if status == 404:
        return "Octokit::BranchNotProtected" if re.search("Branch not protected", body, re.I) else "Octokit::NotFound"
    named = {400: "BadRequest", 405: "MethodNotAllowed", 406: "NotAcceptable", 409: "Conflict",
             415: "UnsupportedMediaType", 422: "UnprocessableEntity", 451: "UnavailableForLegalReasons",
             500: "InternalServerError", 501: "NotImplemented", 502: "BadGateway", 503: "ServiceUnavailable"}
    if status in named:
        return f"Octokit::{named[status]}"
    return "Octokit::ClientError" if status < 500 else "Octokit::ServerError"


def _error_message(url: str, status: int, body: str, content_type: str) -> str:
    """``Octokit::Error#build_error_message``."""
    data: Any = body or None
    if body and re.search("json", content_type or ""):
        try:
            data = json.loads(body)
        except ValueError:
            data = body
    message = f"GET {url}: {status} - "
    if isinstance(data, dict):
        if data.get("message") is not None:
            message += _rb_s(data["message"])
        if data.get("error"):
            message += f"Error: {_rb_s(data['error'])}"
        errors = data.get("errors")
        errors = errors if isinstance(errors, list) else [] if errors is None else [errors]
        if errors:
            lines: list[str] = []
            for error in errors:
                if isinstance(error, dict):
                    lines.extend(f"  {k}: {_rb_s(v)}" for k, v in error.items())
                else:
                    lines.append(f"  {_rb_s(error)}")
            message += "\nError summary:\n" + "\n".join(lines)
        if data.get("documentation_url") is not None:
            message += f" // See: {_rb_s(data['documentation_url'])}"
    elif isinstance(data, str):
        message += data
    return message


def _encode_query(pairs: list[tuple[str, str]]) -> str:
    """Faraday's ``NestedParamsEncoder``: sorted, escaped, spaces as ``%20``."""
    return "&".join(f"{urllib.parse.quote(k, safe='')}={urllib.parse.quote(v, safe='')}"
                    for k, v in sorted(pairs))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any) -> None:
        return None


class Client:
    """``Jekyll::GitHubMetadata::Client`` around an Octokit client."""

    def __init__(self, log: Any) -> None:
        from jekyll_py.plugins.github_metadata import Pages

        self._log = log
        self.api_endpoint = Pages.api_url()
        self._cache: dict[tuple[str, str], Any] = {}
        self._connected: bool | None = None
        self.authorization = self._authorization()
        self._opener = urllib.request.build_opener(_NoRedirect())

    def _authorization(self) -> str:
        """``pluck_auth_method``, then Octokit's choice of credentials."""
        env = os.environ
        token = env.get("JEKYLL_GITHUB_TOKEN") or env.get("OCTOKIT_ACCESS_TOKEN")
        if not token:
            # The gem turns to ~/.netrc only when the netrc gem loads; Debian's
            # set has none, so it warns and Octokit keeps its own defaults.
            self._log("warn", NO_AUTH)
        login, password = env.get("OCTOKIT_LOGIN"), env.get("OCTOKIT_PASSWORD")
        if login and password:
            return "Basic " + base64.b64encode(f"{login}:{password}".encode()).decode("ascii")
        if token:
            return f"token {token}"
        if env.get("OCTOKIT_BEARER_TOKEN"):
            return f"Bearer {env['OCTOKIT_BEARER_TOKEN']}"
        client_id, secret = env.get("OCTOKIT_CLIENT_ID"), env.get("OCTOKIT_SECRET")
        if client_id and secret:
            return "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode("ascii")
        return ""

    def internet_connected(self) -> bool:
        if self._connected is None:
            self._connected = internet_connected(self.api_endpoint)
        return self._connected

    # -- the whitelisted calls, through the cache -------------------------------
    def call(self, method: str, *args: Any) -> Any:
        key = (method, repr(args))
        cached = self._cache.get(key)
        if _truthy(cached):
            return cached
        value = self._cache[key] = self._save_from_errors(lambda: getattr(self, "_" + method)(*args))
        return value

    def _save_from_errors(self, call: Any, default: Any = False) -> Any:
        if not self.internet_connected():
            self._log("warn", NO_INTERNET)
            return default
        try:
            return call()
        except OctokitError as err:
            if err.ruby_class in ("Octokit::Unauthorized",):
                raise RubyError("The GitHub API credentials you provided aren't valid.",
                                "Jekyll::GitHubMetadata::Client::BadCredentialsError") from err
            if err.ruby_class in ("Faraday::ConnectionFailed", "Octokit::TooManyRequests"):
                self._log("warn", str(err))
                return default
            if err.ruby_class == "Octokit::NotFound":
                return default
            raise RubyError(str(err), err.ruby_class) from err

    # -- Octokit -------------------------------------------------------------------
    def _url(self, path: str, query: list[tuple[str, str]]) -> str:
        url = self.api_endpoint + "/" + path
        return url + ("?" + _encode_query(query) if query else "")

    def _get(self, url: str, accept: str | None) -> tuple[Any, Any]:
        """A GET with Faraday's ``Retry`` as Octokit sets it up: a server error
        (5xx) is asked twice more, after ``Retry-After`` seconds if given."""
        for retries_left in (2, 1, 0):
            try:
                return self._get_once(url, accept)
            except OctokitError as err:
                if err.status < 500 or not retries_left:
                    raise
                try:
                    delay = float(err.headers.get("Retry-After") or 0)
                except ValueError:
                    delay = 0.0
                if delay > 0:
                    time.sleep(min(delay, TIMEOUT))
        raise AssertionError("unreachable")  # pragma: no cover

    def _get_once(self, url: str, accept: str | None) -> tuple[Any, Any]:
        """One GET; returns (decoded data, response headers) or raises :class:`OctokitError`."""
        headers = {"Accept": accept or os.environ.get("OCTOKIT_DEFAULT_MEDIA_TYPE") or MEDIA_TYPE,
                   "User-Agent": os.environ.get("OCTOKIT_USER_AGENT") or USER_AGENT,
                   "Content-Type": "application/json"}
        if self.authorization:
            headers["Authorization"] = self.authorization
        follows = REDIRECT_LIMIT
        while True:
            request = urllib.request.Request(url, headers=headers)
            try:
                with self._opener.open(request, timeout=TIMEOUT) as response:
                    body = response.read().decode("utf-8", "replace")
                    status, response_headers = response.status, response.headers
            except urllib.error.HTTPError as err:
                body = err.read().decode("utf-8", "replace")
                status, response_headers = err.code, err.headers
            except TimeoutError as err:  # a read timeout (a connect timeout is a URLError)
                raise RubyError("Net::ReadTimeout with #<TCPSocket:(closed)>", "Faraday::TimeoutError") from err
            except (urllib.error.URLError, OSError) as err:
                reason = getattr(err, "reason", err)
                if isinstance(reason, ssl.SSLError):  # Faraday::SSLError: not forgiven by the gem
                    raise RubyError(f"SSL_connect returned=1 errno=0 state=error: {reason.reason or reason}",
                                    "Faraday::SSLError") from err
                raise OctokitError(_connection_failed(url, err), "Faraday::ConnectionFailed") from err
            if status not in (301, 302, 303, 307) or response_headers.get("Location") is None:
                break
            # Octokit::Middleware::FollowRedirects: 3 follows, credentials kept on the same host
            location = response_headers["Location"]
            if follows == 0:
                raise RubyError(f"too many redirects; last one to: {location}",
                                "Octokit::Middleware::RedirectLimitReached")
            follows -= 1
            target = urllib.parse.urljoin(url, location)
            if urllib.parse.urlsplit(target).hostname not in (None, urllib.parse.urlsplit(url).hostname):
                headers.pop("Authorization", None)
            url = target
        content_type = response_headers.get("Content-Type") or ""
        if status >= 400:
            raise OctokitError(_error_message(url, status, body, content_type),
                               _error_class(status, body, response_headers), status, response_headers)
        if not re.search("json|msgpack", content_type):
            return body, response_headers
        try:
            data = json.loads(body) if body.strip() else None
        except ValueError as err:  # Sawyer's JSON.load fails; the build stops
            raise RubyError(f"unexpected token at '{body[err.pos:] if hasattr(err, 'pos') else body}'",
                            "JSON::ParserError") from err
        return decode(data), response_headers

    def _request(self, path: str, accept: str | None = None) -> Any:
        return self._get(self._url(path, []), accept)[0]

    def _paginate(self, path: str, query: list[tuple[str, str]], accept: str | None = None) -> Any:
        per_page = os.environ.get("OCTOKIT_PER_PAGE")  # Octokit takes its #to_i
        if per_page is not None:
            digits = re.match(r"\s*[-+]?\d+", per_page.replace("_", ""))
            per_page = str(int(digits.group())) if digits else "0"
        query = [*query, ("per_page", per_page if per_page is not None else "100")]
        data, headers = self._get(self._url(path, query), accept)
        while True:
            next_url = _next_link(headers.get("Link") or "")
            remaining = int(headers.get("X-RateLimit-Remaining") or 1)
            if next_url is None or remaining <= 0:
                return data
            parts = urllib.parse.urlsplit(urllib.parse.urljoin(self.api_endpoint + "/", next_url))
            pairs = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
            url = urllib.parse.urlunsplit(parts._replace(query=_encode_query(pairs), fragment=""))
            page, headers = self._get(url, accept)
            if isinstance(data, list) and isinstance(page, list):
                data.extend(page)

    def _repository(self, nwo: str, accept: str | None = None) -> Any:
        return self._request(f"repos/{nwo}", accept)

    def _pages(self, nwo: str, accept: str | None = None) -> Any:
        return self._request(f"repos/{nwo}/pages", accept)

    def _organization(self, login: str) -> Any:
        return self._request(f"orgs/{login}")

    def _user(self, login: str) -> Any:
        return self._request(f"users/{login}")

    def _list_repos(self, login: str) -> Any:
        return self._paginate(f"users/{login}/repos", [("type", "public")], MERCY_PREVIEW)

    def _contributors(self, nwo: str) -> Any:
        return self._paginate(f"repos/{nwo}/contributors", [])

    def _releases(self, nwo: str) -> Any:
        return self._paginate(f"repos/{nwo}/releases", [])

    def _latest_release(self, nwo: str) -> Any:
        return self._request(f"repos/{nwo}/releases/latest")

    def _organization_public_members(self, login: str) -> Any:
        return self._paginate(f"orgs/{login}/public_members", [])

    def _repository_exists(self, nwo: str) -> bool:
        """Octokit's ``repository?``: a 404 is ``false``."""
        try:
            return _truthy(self._request(f"repos/{nwo}"))
        except OctokitError as err:
            if err.ruby_class == "Octokit::NotFound":
                return False
            raise

    def repository_exists(self, nwo: str) -> Any:
        key = ("repository?", repr((nwo,)))
        cached = self._cache.get(key)
        if _truthy(cached):
            return cached
        self._cache[key] = self._save_from_errors(lambda: self._repository_exists(nwo))
        return self._cache[key]


def _next_link(header: str) -> str | None:
    """The ``rel="next"`` target of a ``Link`` header (Sawyer's ``process_rels``)."""
    for link in header.split(", ") if header else []:
        match = re.search(r'<(.*?)>; rel="(\w+)"', link)
        if match and match.group(2) == "next":
            return match.group(1)
    return None


def _connection_failed(url: str, err: BaseException) -> str:
    """Net::HTTP's ``Failed to open TCP connection to HOST:PORT (...)``."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    reason = getattr(err, "reason", err)
    if isinstance(reason, ConnectionRefusedError):
        detail = f"Connection refused - connect(2) for {host}:{port}"
    elif isinstance(reason, TimeoutError):
        detail = "execution expired"
    elif isinstance(reason, socket.gaierror):
        detail = f"getaddrinfo: {reason.strerror}"
    else:
        detail = str(reason)
    return f"Failed to open TCP connection to {host}:{port} ({detail})"


def _join_uri(base: str, relative: str) -> str:
    """``URI.join(base, relative).to_s`` for the simple URLs the gem joins."""
    return urllib.parse.urljoin(base if urllib.parse.urlsplit(base).path else base + "/", relative)
