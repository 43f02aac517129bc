"""Word lists and name patterns shared by the quotation modules (lexicons are plain files).

The lexicons live in resources/lexicons/quotes_*.txt (package `app.resources`), one lower-case
entry a line, "#" for comments; they are read once, on first use.
"""

from __future__ import annotations

import re
from functools import cache

from app.core.facts.lexicon import lexicon


@cache
def speech_verbs() -> frozenset[str]:
    """Speech verbs, inflected as news copy uses them ("said", "told", "pointed out")."""
    return lexicon("quotes_speech_verbs.txt")


@cache
def titles() -> frozenset[str]:
    """Titles and offices that stand before a name ("minister", "mr")."""
    return lexicon("quotes_titles.txt")


@cache
def roles() -> frozenset[str]:
    """Nouns that can head a speaker phrase without a name ("spokesman", "report")."""
    return lexicon("quotes_roles.txt")


@cache
def org_words() -> frozenset[str]:
    """Capitalised words that make a name an organisation or place ("bank", "party")."""
    return lexicon("quotes_org_words.txt")


PARTICLES = frozenset("de da van von bin al la le du del della der dos di ibn".split())
# Capitalised words that start sentences or name days and months: never a person.
NOT_NAMES = frozenset(
    """the a an in on at but and or if when while after before as for with by from this that these
    those there here it its he she his her they their we our i you my your mr mrs ms dr
    one two three four five six seven eight nine ten several many some most all both although
    though because since while until unless whether also did does do is are was were has have had
    can could will would should check
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december yesterday today however meanwhile""".split()
)
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
# Words that join a name to an affiliation or an organisation's name ("of", "at").
LINKS = frozenset({"of", "for", "at", "from", "in"})
DETERMINER_PREFIXES = ("the ", "a ", "an ")
INITIALS = re.compile(r"(?:[A-Z]\.)+")
# A run of capitalised words on one line; only short words keep a full stop (Mr., J., St.).
NAME_WORD = (
    r"\b(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’\-]*"
    r"|(?:de|da|van|von|bin|al|la|le|du|del|der|dos|di)(?= [A-Z]))"
)
NAME_RUN = re.compile(NAME_WORD + r"(?:[ \u00a0]" + NAME_WORD + r")*")
