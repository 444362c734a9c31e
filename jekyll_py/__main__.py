"""Allow ``python -m jekyll_py``."""

from jekyll_py.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
