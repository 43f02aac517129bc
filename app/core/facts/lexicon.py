"""Reading the word lists in resources/lexicons (package `app.resources`), for every fact module.

A lexicon is a plain UTF-8 file, one entry a line; blank lines and lines starting with "#" are
skipped. Callers keep what they read (module constants or `functools.cache`), so each file is
read once.
"""

from __future__ import annotations

from importlib import resources


def lexicon_text(name: str) -> str:
    """The whole text of resources/lexicons/`name`."""
    return resources.files("app.resources").joinpath("lexicons", name).read_text("utf-8")


def lexicon(name: str) -> frozenset[str]:
    """The entries of resources/lexicons/`name` (one a line, "#" starts a comment), lower-cased."""
    return frozenset(
        line.strip().lower()
        for line in lexicon_text(name).splitlines()
        if line.strip() and line[0] != "#"
    )
