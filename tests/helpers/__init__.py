"""Helpers shared by the test-suite (import as ``helpers.dom``; tests/ is on sys.path
because tests/conftest.py lives there)."""
