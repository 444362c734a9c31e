"""The ``jekyll-py`` subcommands, one module each as in Jekyll's ``jekyll/commands``."""
