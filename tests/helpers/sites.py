"""Fixture sites and output-tree comparison, shared by the conformance test
(`tests/test_fixture_sites.py`) and the tools (`tools/record_jekyll.py`,
`tools/compare_sites.py`).

A fixture is a folder ``tests/fixtures/sites/<name>/`` holding

* ``src/`` — the Jekyll site;
* ``fixture.yml`` — hand-written: ``description``, ``args`` (extra ``jekyll build``
  flags; paths in them are relative to the build's working directory, which
  contains ``src/``), ``env`` (extra environment, e.g. ``JEKYLL_ENV``),
  ``seed_destination`` (a folder of the fixture copied into the destination
  before the build, to exercise ``keep_files``), ``error_contains`` (for a
  build Jekyll ends with an unhandled Ruby exception: the message our error
  must contain, instead of Jekyll's Ruby-specific lines) and ``normalise`` (declared
  normalisations, each with a ``reason``; see :class:`Rule`);
* ``expected/`` and ``jekyll.json`` — written by ``tools/record_jekyll.py`` from
  real Jekyll 4.3.1, never by hand.

Both engines build with the same layout so that relative paths mean the same:
working directory ``W``, source ``W/src``, destination ``W/_site``.
"""

from __future__ import annotations

import difflib
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .dom import dom_diff, dom_equal

PROJECT_ROOT = Path(__file__).resolve().parents[2]
FIXTURES_DIR = PROJECT_ROOT / "tests" / "fixtures" / "sites"

#: Environment every build runs under, so dates and encodings do not depend on
#: the machine: Jekyll reads files as UTF-8 only under a UTF-8 locale, and
#: dates without a `timezone` setting use the process's local zone.
BASE_ENV = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "UTC"}

#: The modification time given to every source file before a build
#: (2001-02-03 04:05:06 UTC), see :meth:`Fixture.prepare`.
FIXED_MTIME = 981173106

#: Per-fixture comparison figures collected by tests/test_fixture_sites.py and
#: printed at the end of the run by tests/conftest.py.
SUMMARY: dict[str, dict[str, int]] = {}

#: Files compared as markup when a rule allows DOM equality.
MARKUP_SUFFIXES = (".html", ".htm", ".xml", ".svg")


@dataclass
class Rule:
    """A declared normalisation.

    ``files`` are glob patterns on the output-relative path (all files when
    empty).  With ``regex``, matches are replaced by ``replace`` on both sides
    before comparing bytes (for values such as build timestamps).  With
    ``dom: true``, files whose bytes differ still pass when their DOMs are equal.
    """

    reason: str
    files: tuple[str, ...] = ()
    regex: str | None = None
    replace: str = ""
    dom: bool = False

    def applies_to(self, relative_path: str) -> bool:
        return not self.files or any(fnmatch.fnmatch(relative_path, p) for p in self.files)


@dataclass
class Fixture:
    """One fixture site, as described by its ``fixture.yml``."""

    name: str
    root: Path
    description: str = ""
    args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    seed_destination: str | None = None
    error_contains: str | None = None
    rules: list[Rule] = field(default_factory=list)

    @property
    def src(self) -> Path:
        return self.root / "src"

    @property
    def expected(self) -> Path:
        return self.root / "expected"

    @property
    def recorded(self) -> dict:
        """What ``tools/record_jekyll.py`` stored about Jekyll's run (exit status, log)."""
        path = self.root / "jekyll.json"
        return json.loads(path.read_text("utf-8")) if path.exists() else {}

    @classmethod
    def load(cls, root: Path) -> Fixture:
        data = yaml.safe_load((root / "fixture.yml").read_text("utf-8")) or {}
        rules = []
        for raw in data.get("normalise") or []:
            if not raw.get("reason"):
                raise ValueError(f"{root.name}: every normalisation needs a reason")
            files = raw.get("files") or ()
            rules.append(Rule(reason=raw["reason"], files=tuple([files] if isinstance(files, str) else files),
                              regex=raw.get("regex"), replace=raw.get("replace", ""),
                              dom=bool(raw.get("dom", False))))
        return cls(name=root.name, root=root, description=data.get("description", ""),
                   args=[str(a) for a in data.get("args") or []],
                   env={k: str(v) for k, v in (data.get("env") or {}).items()},
                   seed_destination=data.get("seed_destination"),
                   error_contains=data.get("error_contains"), rules=rules)

    def prepare(self, workdir: Path, *, drop_gemfile: bool = False) -> tuple[Path, Path]:
        """Copy the source (and seed destination) into *workdir*; return (src, dest)."""
        src, dest = workdir / "src", workdir / "_site"
        copy_site(self.src, src, drop_gemfile=drop_gemfile)
        if self.seed_destination:
            shutil.copytree(self.root / self.seed_destination, dest)
        return src, dest


#: Build products and caches never copied along with a site's source.
_NOT_SOURCE = shutil.ignore_patterns(".git", "_site", ".jekyll-cache", ".sass-cache",
                                     ".jekyll-metadata", ".jekyll-py-cache", ".jekyll-py-metadata")


def copy_site(source: Path, target: Path, *, drop_gemfile: bool = False,
              ignore_build_products: bool = False) -> None:
    """Copy a site's source to *target* with every modification time set to
    :data:`FIXED_MTIME`.

    Git does not keep modification times, yet Jekyll shows them (undated drafts
    take their date from them, `static_file.modified_time`, jekyll-sitemap's
    `<lastmod>`), so both engines get the same fixed time.  With *drop_gemfile*
    the Gemfile goes: real Jekyll would try Bundler, and Gemfile* are in
    Jekyll's default `exclude`, so the output is unchanged.
    """
    shutil.copytree(source, target, symlinks=True,
                    ignore=_NOT_SOURCE if ignore_build_products else None)
    if drop_gemfile:
        for name in ("Gemfile", "Gemfile.lock"):
            (target / name).unlink(missing_ok=True)
    for path in [target, *target.rglob("*")]:
        os.utime(path, (FIXED_MTIME, FIXED_MTIME), follow_symlinks=False)


def all_fixtures() -> list[Fixture]:
    """Every fixture folder that has a ``fixture.yml``, sorted by name."""
    if not FIXTURES_DIR.is_dir():
        return []
    return [Fixture.load(p) for p in sorted(FIXTURES_DIR.iterdir()) if (p / "fixture.yml").is_file()]


def list_files(root: Path) -> set[str]:
    """Relative POSIX paths of every file under *root* (directories are not compared)."""
    if not root.is_dir():
        return set()
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() or p.is_symlink()}


@dataclass
class FileResult:
    path: str
    status: str  # "byte-equal" | "dom-equal" | "differing"
    detail: str = ""


@dataclass
class Comparison:
    """The outcome of comparing Jekyll's tree (expected) with ours (actual)."""

    expected_files: list[str]
    missing: list[str]
    extra: list[str]
    results: list[FileResult]

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def differing(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "differing"]

    @property
    def ok(self) -> bool:
        return not self.missing and not self.extra and not self.differing

    def summary(self) -> str:
        return (f"files in Jekyll's output: {len(self.expected_files)}, present in ours: "
                f"{len(self.expected_files) - len(self.missing)}, byte-equal: {self.count('byte-equal')}, "
                f"DOM-equal: {self.count('dom-equal')}, differing: {len(self.differing)}, "
                f"missing: {len(self.missing)}, extra in ours: {len(self.extra)}")

    def report(self, limit: int = 10) -> str:
        """A readable account: the summary, then missing/extra files and first differences."""
        lines = [self.summary()]
        if self.missing:
            lines.append("missing from ours: " + ", ".join(self.missing[:50]))
        if self.extra:
            lines.append("extra in ours: " + ", ".join(self.extra[:50]))
        for result in self.differing[:limit]:
            lines.append(f"--- {result.path} differs:\n{result.detail}")
        if len(self.differing) > limit:
            lines.append(f"... and {len(self.differing) - limit} more differing files")
        return "\n".join(lines)


def first_byte_difference(expected: bytes, actual: bytes, context: int = 2) -> str:
    """The first differing line of two files, with a little context, as a unified diff."""
    exp = expected.decode("utf-8", "replace").splitlines(keepends=True)
    act = actual.decode("utf-8", "replace").splitlines(keepends=True)
    diff = list(difflib.unified_diff(exp, act, "jekyll", "jekyll-py", n=context))
    if not diff:
        return "(files differ only in bytes that do not decode as UTF-8)"
    # Keep the first hunk only: it shows the first difference.
    hunk_starts = [i for i, line in enumerate(diff) if line.startswith("@@")]
    end = hunk_starts[1] if len(hunk_starts) > 1 else len(diff)
    # Changed lines are shown with repr() so whitespace and newline differences are visible.
    body = "".join(
        line if line.startswith(("---", "+++", "@@", " ")) else f"{line[0]} {line[1:]!r}\n"
        for line in diff[:end])
    return body if len(body) < 3000 else body[:3000] + "...\n"


def compare_trees(expected_root: Path, actual_root: Path, rules: list[Rule] | None = None,
                  *, dom_everywhere: bool = False) -> Comparison:
    """Compare two output trees file by file.

    Bytes must be equal after the regex rules are applied; otherwise DOM
    equality is accepted only for files a ``dom`` rule covers (or every markup
    file when *dom_everywhere*, which the tree-comparison tool uses to report
    both figures).
    """
    rules = rules or []
    expected_files, actual_files = list_files(expected_root), list_files(actual_root)
    results = []
    for rel in sorted(expected_files & actual_files):
        exp, act = (expected_root / rel).read_bytes(), (actual_root / rel).read_bytes()
        for rule in rules:
            if rule.regex and rule.applies_to(rel):
                pattern = re.compile(rule.regex.encode("utf-8"))
                exp = pattern.sub(rule.replace.encode("utf-8"), exp)
                act = pattern.sub(rule.replace.encode("utf-8"), act)
        if exp == act:
            results.append(FileResult(rel, "byte-equal"))
            continue
        may_dom = rel.endswith(MARKUP_SUFFIXES) and (
            dom_everywhere or any(r.dom and r.applies_to(rel) for r in rules))
        exp_text, act_text = exp.decode("utf-8", "replace"), act.decode("utf-8", "replace")
        if may_dom and dom_equal(exp_text, act_text):
            results.append(FileResult(rel, "dom-equal"))
            continue
        detail = first_byte_difference(exp, act)
        if rel.endswith(MARKUP_SUFFIXES):
            dom_detail = dom_diff(exp_text, act_text)
            detail += ("DOM-equal, but no declared normalisation allows it\n" if not dom_detail
                       else f"first DOM difference {dom_detail}\n")
        results.append(FileResult(rel, "differing", detail))
    return Comparison(sorted(expected_files), sorted(expected_files - actual_files),
                      sorted(actual_files - expected_files), results)


def build_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The process environment for a build: ours plus :data:`BASE_ENV` and *extra*."""
    env = dict(os.environ)
    env.update(BASE_ENV)
    env.update(extra or {})
    return env


def run_jekyll_py(workdir: Path, args: list[str], env: dict[str, str] | None = None,
                  *, src: str = "src", dest: str = "_site", timeout: float = 600,
                  ) -> subprocess.CompletedProcess[str]:
    """``python -m jekyll_py build -s src -d _site ARGS`` in *workdir*, in a fresh process."""
    # --disable-disk-cache as for real Jekyll: it is visible as `site.disable_disk_cache`.
    command = [sys.executable, "-m", "jekyll_py", "build", "-s", src, "-d", dest,
               "--disable-disk-cache", *args]
    pythonpath = os.pathsep.join(filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")]))
    return subprocess.run(command, cwd=workdir, env=build_env({**(env or {}), "PYTHONPATH": pythonpath}),
                          capture_output=True, text=True, timeout=timeout)


def run_real_jekyll(workdir: Path, args: list[str], env: dict[str, str] | None = None,
                    *, src: str = "src", dest: str = "_site", timeout: float = 1800,
                    ) -> subprocess.CompletedProcess[str]:
    """Real ``jekyll build`` in *workdir* (which must hold no Gemfile), cache off."""
    jekyll = shutil.which("jekyll")
    if jekyll is None:
        raise FileNotFoundError("`jekyll` is not on PATH (Debian: apt-get install jekyll)")
    if (workdir / "Gemfile").exists():
        raise RuntimeError(f"{workdir} holds a Gemfile; Jekyll would try Bundler there")
    command = [jekyll, "build", "-s", src, "-d", dest, "--disable-disk-cache", *args]
    return subprocess.run(command, cwd=workdir, env=build_env(env), capture_output=True,
                          text=True, timeout=timeout)


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def clean_log(text: str, workdir: Path) -> list[str]:
    """Log lines without colour codes, temp paths or timings, so recordings are stable."""
    text = _ANSI.sub("", text).replace(str(workdir.resolve()), "<workdir>").replace(str(workdir), "<workdir>")
    text = re.sub(r"done in [0-9.]+ seconds", "done in N seconds", text)
    return [line.rstrip() for line in text.splitlines() if line.strip()]
