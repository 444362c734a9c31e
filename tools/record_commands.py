#!/usr/bin/env python3
"""Record real Jekyll's ``doctor`` and ``clean`` output for ``tests/core/commands/cases.py``.

Each case is written to a fresh temporary folder (no Gemfile), the command
runs there with ``LANG=C.UTF-8 TZ=UTC``, and its exit status, cleaned log and
(for ``clean``) the files left go to ``tests/core/commands/recorded.json``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from core.commands.cases import CLEAN_CASES, DOCTOR_CASES, write_site  # noqa: E402
from helpers.sites import build_env, clean_log  # noqa: E402

OUT = ROOT / "tests" / "core" / "commands" / "recorded.json"


def run(command: list[str], files: dict[str, str], name: str) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"{command[0]}-{name}-") as tmp:
        site = Path(tmp)
        write_site(site, files)
        result = subprocess.run(["jekyll", *command], cwd=site, env=build_env(), capture_output=True,
                                text=True, timeout=300)
        left = sorted(str(p.relative_to(site)) + ("/" if p.is_dir() else "") for p in site.rglob("*"))
        return {"exit_status": result.returncode, "log": clean_log(result.stdout + "\n" + result.stderr, site),
                "left": left}


def main() -> int:
    if shutil.which("jekyll") is None:
        print("jekyll is not on PATH; install Debian's jekyll package", file=sys.stderr)
        return 2
    recorded: dict[str, dict] = {"doctor": {}, "clean": {}}
    for name, files in DOCTOR_CASES.items():
        recorded["doctor"][name] = run(["doctor"], files, name)
        del recorded["doctor"][name]["left"]
    for name, (files, args) in CLEAN_CASES.items():
        recorded["clean"][name] = run(["clean", *args], files, name)
    for command, cases in recorded.items():
        for name, info in cases.items():
            print(f"{command:7} {name:32} exit {info['exit_status']}")
    OUT.write_text(json.dumps(recorded, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
