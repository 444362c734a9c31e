"""Shared pytest configuration.

Its presence in ``tests/`` (a directory without ``__init__.py``) puts ``tests/``
on ``sys.path`` under pytest's default import mode, so every test module can
``from helpers.dom import dom_equal, dom_diff``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

#: Repository root, whatever the current directory.
PROJECT_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def project_root() -> Path:
    """The repository root (for locating fixtures and ``../shared``)."""
    return PROJECT_ROOT
