"""Reading the word lists in resources/lexicons (package `app.resources`), for every fact module.

A lexicon is a plain UTF-8 file, one entry a line; blank lines and "#" comments are skipped.
Callers keep what they read (module constants or `functools.cache`), so each file is read once.
"""

from __future__ import annotations

from importlib import resources


def lexicon_text(name: str) -> str:
    """The whole text of resources/lexicons/`name`."""
    return resources.files("app.resources").joinpath("lexicons", name).read_text("utf-8")


def lexicon_rows(name: str) -> list[str]:
    """The non-blank lines of resources/lexicons/`name`, stripped; "#" starts a comment anywhere.

    The initiative lexicons' rows hold several words or fields ("plan 3 pp to").
    """
    rows = (line.split("#", 1)[0].strip() for line in lexicon_text(name).splitlines())
    return [row for row in rows if row]


def lexicon(name: str) -> frozenset[str]:
    """The entries of resources/lexicons/`name`, lower-cased: one a line, "#" opening a line
    makes it a comment (the date and quotation lexicons)."""
    return frozenset(
        line.strip().lower()
        for line in lexicon_text(name).splitlines()
        if line.strip() and line[0] != "#"
    )
