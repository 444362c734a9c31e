#!/usr/bin/env python3
"""Record real Jekyll's ``doctor`` output for ``tests/core/doctor/cases.py``.

Each case is written to a fresh temporary folder (no Gemfile), ``jekyll
doctor`` runs there with ``LANG=C.UTF-8 TZ=UTC``, and its exit status and
cleaned log go to ``tests/core/doctor/recorded.json``.
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

from core.doctor.cases import CASES  # noqa: E402
from helpers.sites import build_env, clean_log  # noqa: E402

OUT = ROOT / "tests" / "core" / "doctor" / "recorded.json"


def main() -> int:
    if shutil.which("jekyll") is None:
        print("jekyll is not on PATH; install Debian's jekyll package", file=sys.stderr)
        return 2
    recorded = {}
    for name, files in CASES.items():
        with tempfile.TemporaryDirectory(prefix=f"doctor-{name}-") as tmp:
            site = Path(tmp)
            for relative, text in files.items():
                (site / relative).parent.mkdir(parents=True, exist_ok=True)
                (site / relative).write_text(text, "utf-8")
            result = subprocess.run(["jekyll", "doctor"], cwd=site, env=build_env(), capture_output=True,
                                    text=True, timeout=300)
            recorded[name] = {"exit_status": result.returncode,
                              "log": clean_log(result.stdout + "\n" + result.stderr, site)}
        print(f"{name:32} exit {result.returncode}")
    OUT.write_text(json.dumps(recorded, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
