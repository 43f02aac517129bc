"""Whether a first line is a headline, or the first piece of a sentence broken across lines.

The document model asks it to find an article's title; the loaders ask it when they join
hard-wrapped lines, and duplicate removal when a short first line repeats. It reads plain
strings only, so every layer of the engine may use it.
"""

from __future__ import annotations

import re

_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 25
# Words a headline does not end on: they need what comes after them.
_NEEDS_MORE = frozenset(
    """a an the and or but nor of to in on at by for from with as that which who whose whom than
    into onto over under after before about between among through during against without within
    because while when where whether if so since until unlike via per its their his her our your
    my this these those is are was were be been being has have had will would can could should
    shall may might must do does did not also then said says""".split()
)
# A shorter line is a label ("Notes", "Key points") even over a line in lower case.
_MIN_CONTINUED_WORDS = 3
_LAST_WORD = re.compile(r"(\w[\w'’-]*)\W*$")


def is_headline(line: str, following: str | None = None) -> bool:
    """Whether a line reads like a headline: short, not ending like a sentence or mid-phrase.

    Args:
        line: the candidate (the first line of a text).
        following: the line after it, if known; a headline is not continued by a line that
            starts in lower case.
    """
    stripped = line.rstrip()
    if len(stripped) > _TITLE_MAX_CHARS or len(stripped.split()) > _TITLE_MAX_WORDS:
        return False
    # A headline does not end like a sentence; closing quotes/brackets after the stop count too.
    core = stripped.rstrip("\"'”’»)]")
    if core.endswith((".", "!", ":", ";", ",", "-", "–", "—", "&")):
        return False
    return not continues_on(line, following)


def continues_on(line: str, following: str | None = None) -> bool:
    """Whether a line that does not end in punctuation is a phrase cut short by a line break.

    It is when it ends on a word that needs more (an article, a conjunction, a preposition, an
    auxiliary: "Park View and") or, being more than a label ("Notes"), the next line carries on
    in lower case.
    """
    core = line.rstrip().rstrip("\"'”’»)]")
    if not core or not (core[-1].isalnum() or core[-1] in "'’"):
        return False
    last = _LAST_WORD.search(core)
    if last is not None and last.group(1).lower() in _NEEDS_MORE:
        return True
    next_start = (following or "").lstrip("\"'“‘([ \t")[:1]
    return len(core.split()) >= _MIN_CONTINUED_WORDS and next_start.islower()
