"""The slice of Ruby's Addressable that Jekyll's URL filters go through.

``relative_url``/``absolute_url`` end with ``Addressable::URI.parse(url).normalize``
and ``uri_escape`` is ``Addressable::URI.normalize_component``: every
component is percent-decoded, NFKC-normalised and re-encoded with the
characters its part of the URI allows (so ``%7E`` becomes ``~`` and ``%2f``
becomes ``%2F``), and dot segments are removed from the path.
"""

from __future__ import annotations

import re
import unicodedata

from .errors import RubyError

UNRESERVED = "A-Za-z0-9\\-._~"
SUB_DELIMS = "!$&'()*+,;="
GEN_DELIMS = ":/?#\\[\\]@"
PCHAR = UNRESERVED + SUB_DELIMS + ":@"
QUERY = UNRESERVED + "!$'()*+,=:@/?"  # NormalizeCharacterClasses::QUERY: no ";" or "&"
FRAGMENT = PCHAR + "/?"
RESERVED_AND_UNRESERVED = GEN_DELIMS + SUB_DELIMS + UNRESERVED

_URI_RE = re.compile(r"^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$", re.S)
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+\-.]*$")
_DEFAULT_PORTS = {"http": "80", "https": "443", "ftp": "21", "tftp": "69", "ssh": "22"}


def _unencode(text: str, leave_encoded: str = "") -> str:
    def sub(m: re.Match[str]) -> str:
        ch = chr(int(m.group(1), 16))
        if ch in leave_encoded:
            return m.group(0).upper()
        return "\x00" + m.group(1)

    marked = re.sub(r"%([0-9A-Fa-f]{2})", sub, text)
    # decode byte sequences: collect runs of marked bytes into UTF-8
    out: list[str] = []
    buf = bytearray()
    i = 0
    while i < len(marked):
        if marked[i] == "\x00":
            buf.append(int(marked[i + 1 : i + 3], 16))
            i += 3
            continue
        if buf:
            out.append(buf.decode("utf-8", "surrogateescape"))
            buf = bytearray()
        out.append(marked[i])
        i += 1
    if buf:
        out.append(buf.decode("utf-8", "surrogateescape"))
    return "".join(out)


def _encode(text: str, allowed: str) -> str:
    allowed_re = re.compile(f"[{allowed}]")
    out = []
    for ch in text:
        if allowed_re.match(ch):
            out.append(ch)
        else:
            try:
                data = ch.encode("utf-8")
            except UnicodeEncodeError:
                data = ch.encode("utf-8", "surrogateescape")
            out.append("".join(f"%{b:02X}" for b in data))
    return "".join(out)


def normalize_component(
    component: str, allowed: str = RESERVED_AND_UNRESERVED, leave_encoded: str = ""
) -> str:
    """``Addressable::URI.normalize_component``."""
    unencoded = _unencode(component, leave_encoded)
    normalized = unicodedata.normalize("NFKC", unencoded)
    if leave_encoded:
        # keep already-encoded characters from leave_encoded as they were
        parts = re.split(r"(%[0-9A-F]{2})", normalized)
        return "".join(
            p if re.fullmatch(r"%[0-9A-F]{2}", p) else _encode(p, allowed)
            for p in parts
        )
    return _encode(normalized, allowed)


def remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4."""
    output: list[str] = []
    inp = path
    while inp:
        if inp.startswith("../"):
            inp = inp[3:]
        elif inp.startswith("./"):
            inp = inp[2:]
        elif inp.startswith("/./"):
            inp = inp[2:]
        elif inp == "/.":
            inp = "/"
        elif inp.startswith("/../"):
            inp = inp[3:]
            if output:
                output.pop()
        elif inp == "/..":
            inp = "/"
            if output:
                output.pop()
        elif inp in (".", ".."):
            inp = ""
        else:
            m = re.match(r"^/?[^/]*", inp)
            assert m is not None
            output.append(m.group())
            inp = inp[m.end() :]
    return "".join(output)


def _checked_scheme(m: re.Match[str] | None) -> str | None:
    """The scheme, after ``URI#scheme=``'s validation (an invalid one raises)."""
    if not m or m.group(1) is None:
        return None
    scheme = m.group(1)
    if not _SCHEME_RE.match(scheme):
        raise RubyError(f"Invalid scheme format: '{scheme}'", "Addressable::URI::InvalidURIError")
    return scheme


#: Addressable's ``ip_based_schemes`` (its port mapping's keys).
_IP_BASED = frozenset({"http", "https", "ftp", "tftp", "sftp", "ssh", "svn+ssh", "telnet", "nntp",
                       "gopher", "wais", "ldap", "prospero"})
_BAD_HOST = re.compile(r"[<>{}/\\?#@\"\s]")
_BRACKET_HOST_OK = re.compile(f"^[{UNRESERVED}{SUB_DELIMS}:]*$")


def _validate(m: re.Match[str], scheme: str | None) -> None:
    """``Addressable::URI#validate``, run when a URI is parsed: the errors it raises."""
    _, authority, path, query, fragment = m.groups()
    host = None
    if authority is not None:
        host = re.sub(r":([^:@\[\]]*?)$", "", re.sub(r"^([^\[\]]*)@", "", authority))
    if scheme is not None and scheme.strip().lower() in _IP_BASED and not host and not path:
        shown = f"{scheme}:" + (f"//{authority}" if authority is not None else "") + path
        shown += (f"?{query}" if query is not None else "") + (f"#{fragment}" if fragment is not None else "")
        raise RubyError(f"Absolute URI missing hierarchical segment: '{shown}'",
                        "Addressable::URI::InvalidURIError")
    if host is not None:
        bracketed = re.fullmatch(r"\[(.*)\]", host)
        if _BAD_HOST.search(host) or (bracketed and not _BRACKET_HOST_OK.match(bracketed.group(1))):
            raise RubyError(f"Invalid character in host: '{host}'", "Addressable::URI::InvalidURIError")


def addressable_absolute(text: str) -> bool:
    """``Addressable::URI.parse(text).absolute?``: it has a scheme (parsing validates)."""
    m = _URI_RE.match(text)
    scheme = _checked_scheme(m)
    if m:
        _validate(m, scheme)
    return scheme is not None


def addressable_normalize(text: str) -> str:
    """``Addressable::URI.parse(text).normalize.to_s``."""
    m = _URI_RE.match(text)
    if not m:
        return text
    scheme = _checked_scheme(m)
    _validate(m, scheme)
    _, authority, path, query, fragment = m.groups()
    out = []
    norm_scheme = scheme.lower() if scheme else None
    if norm_scheme:
        out.append(norm_scheme + ":")
    if authority is not None:
        userinfo, _, hostport = authority.rpartition("@")
        host, port = hostport, ""
        pm = re.match(r"^(.*?)(?::(\d*))?$", hostport)
        if pm:
            host, port = pm.group(1), pm.group(2) or ""
        host = _unencode(host).lower()
        try:
            host = host.encode("idna").decode("ascii") if any(ord(c) > 127 for c in host) else host
        except UnicodeError:
            pass
        auth = ""
        if userinfo:
            auth = normalize_component(userinfo, UNRESERVED + SUB_DELIMS + ":") + "@"
        auth += host
        if port and _DEFAULT_PORTS.get(norm_scheme or "") != port:
            auth += ":" + port
        out.append("//" + auth)
    segments = path.strip().split("/")
    norm_path = "/".join(normalize_component(seg, PCHAR) for seg in segments)
    norm_path = remove_dot_segments(norm_path) if norm_path else norm_path
    if not norm_path and norm_scheme in ("http", "https", "ftp", "tftp"):
        norm_path = "/"
    out.append(norm_path)
    if query is not None:
        pairs = query.split("&")
        norm_query = "&".join(normalize_component(p, QUERY, "+") for p in pairs)
        if norm_query:  # an empty normalised query is dropped, "?" and all
            out.append("?" + norm_query)
    if fragment is not None:
        norm_fragment = normalize_component(fragment, FRAGMENT)
        if norm_fragment:
            out.append("#" + norm_fragment)
    return "".join(out)
