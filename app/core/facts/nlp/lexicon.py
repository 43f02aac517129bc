"""Word lists and name patterns shared by every fact kind (lexicons are plain files).

The lists live in resources/lexicons/nlp_*.txt, one lower-case entry a line, "#" for comments;
each is read once, on first use.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import cache

from app.core.facts.lexicon import lexicon, lexicon_rows

# A compound that says where someone or something is based, born or owned, or what makes,
# runs or powers it ("Texas-based", "Paris-born", "state-owned", "Labour-led",
# "battery-powered", "Chinese-made"): an adjective before a name, never part of it.
DESCRIBING_COMPOUND = re.compile(
    r"\S+-(?:based|born|owned|listed|backed|headquartered|registered|led|run|funded|made|"
    r"built|powered|operated|controlled|sponsored|designed)",
    re.IGNORECASE,
)


class _Offices(frozenset[str]):
    """Offices and roles, with the same office under a prefix: "co-founder", "vice-chair",
    "ex-minister" are founders, chairs and ministers of a kind (a lookup reads the word after
    the prefix when the whole word is not listed)."""

    def __contains__(self, word: object) -> bool:
        # frozenset's own look-up called directly: `super()` made each test twice as slow, and
        # the name and speaker readers ask for every word after a name.
        if _listed(self, word):
            return True
        if not isinstance(word, str) or "-" not in word:
            return False
        prefix, _, rest = word.partition("-")
        return prefix.lower() in _OFFICE_PREFIXES and _listed(self, rest)


_listed = frozenset.__contains__


_OFFICE_PREFIXES = frozenset({"co", "vice", "deputy", "ex", "joint", "acting"})


class Gender(Enum):
    """What "he" or "she" may refer to; UNKNOWN matches both."""

    MALE = "m"
    FEMALE = "f"
    UNKNOWN = "u"


@cache
def speech_verbs() -> frozenset[str]:
    """Speech verbs, inflected as news copy uses them ("said", "told", "pointed out")."""
    return lexicon("nlp_speech_verbs.txt")


@cache
def titles() -> frozenset[str]:
    """Titles and offices that stand before a name ("minister", "mr"; "vice-president")."""
    return _Offices(lexicon("nlp_titles.txt"))


@cache
def title_surnames() -> frozenset[str]:
    """Titles that are also surnames ("king", "bishop", "lord"): a surname after a first name."""
    return lexicon("nlp_title_surnames.txt")


@cache
def roles() -> frozenset[str]:
    """Nouns that can head a speaker phrase without a name ("spokesman", "report";
    "co-founder")."""
    return _Offices(lexicon("nlp_roles.txt"))


@cache
def firm_endings() -> frozenset[str]:
    """Words that close a firm's name of two words or more ("materials", "ventures")."""
    return lexicon("nlp_firm_endings.txt")


@cache
def org_words() -> frozenset[str]:
    """Capitalised words that make a name an organisation or place ("bank", "party")."""
    return lexicon("nlp_org_words.txt")


@cache
def demonyms() -> frozenset[str]:
    """Words for a people or nationality, lower case ("austrian", "briton")."""
    return lexicon("nlp_demonyms.txt")


@cache
def places() -> frozenset[str]:
    """Countries, regions and cities, lower case ("new york")."""
    return lexicon("nlp_places.txt")


@cache
def first_names() -> dict[str, Gender]:
    """Given names (lower case) and the gender they usually go with."""
    out: dict[str, Gender] = {}
    for row in lexicon_rows("nlp_first_names.txt"):
        name, _, gender = row.partition(" ")
        out[name.lower()] = Gender(gender or "u")
    return out


PARTICLES = frozenset("de da van von bin al la le du del della der dos di ibn".split())
# Capitalised words that start sentences or name days and months: never a person. A wh-word opens a
# clause ("What Ana Ruiz said was ..."): the name after it is the clause's subject.
NOT_NAMES = frozenset(
    """what whatever which how why where
    the a an in on at but and or if when while after before as for with by from this that these
    those there here it its he she his her they their we our i you my your mr mrs ms dr
    one two three four five six seven eight nine ten several many some most all both although
    though because since while until unless whether also did does do is are was were has have had
    can could will would should check yet so then still more ahead meanwhile however instead
    to into onto upon via amid among against despite during without through toward towards
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december yesterday today""".split()
)
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# Words that join a name to an affiliation or an organisation's name ("of", "at").
LINKS = frozenset({"of", "for", "at", "from", "in"})
DETERMINER_PREFIXES = ("the ", "a ", "an ")
INITIALS = re.compile(r"(?:[A-Z]\.)+")
# A capitalised word (only short ones keep a full stop: Mr., J., St.) or a name particle.
NAME_WORD = (
    r"\b(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’\-]*"
    r"|(?:de|da|van|von|bin|al|la|le|du|del|der|dos|di)(?= [A-Z]))"
)
# A run of capitalised words on one line.
NAME_RUN = re.compile(NAME_WORD + r"(?:[ \u00a0]" + NAME_WORD + r")*")
