"""The kind of a name by its words: a person, an organisation, a place, an event, or unknown.

`name_kind(words, titles)` types a name read from text (`names.find_names`), its titles already
taken off:

- a place when the whole name is one ("New York", "Ukraine"), or an acronym for a country (US),
  or a venue ("Wembley Stadium"), or a stretch of land or water ("Black Sea", "River Wye");
- an event when a word says so ("Brit Awards", "FA Cup", "Coppa Italia"): never a person or a body;
- an organisation when a word is an organisation word ("Ministry", "Council", "Inc") or an
  acronym (IMF), or a place word comes with other words that are not a first name ("AC Milan"),
  or an acronym of three letters or more leads it ("BBC Sport");
- a person when a title goes with it ("Mr", "President", "striker") or it opens with a known first
  name ("Ana Ruiz");
- unknown otherwise ("Sonaptic", "British Quangos").

What the words around a name say of its kind ("in Stanley Park", "Director of Public
Prosecutions") is read with the name, in `names`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

from app.core.facts.nlp.lexicon import (
    INITIALS,
    firm_endings,
    first_names,
    org_words,
    places,
    titles,
)


class NameKind(Enum):
    """What a name names."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    EVENT = "event"
    UNKNOWN = "unknown"


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
# Three capitals or more: two may be a person's initials ("JK Rowling").
_LEADING_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,5}")
_COUNTRY_ACRONYMS = frozenset({"us", "usa", "uk", "uae", "u.s", "u.k"})


def name_kind(words: Sequence[str], held_titles: Sequence[str] = ()) -> NameKind:
    """The kind of the name made of `words` (capitalised, titles already off)."""
    lowered = [w.lower().rstrip(".") for w in words]
    if not lowered:
        return NameKind.UNKNOWN
    if " ".join(lowered) in places() or (len(lowered) == 1 and lowered[0] in _COUNTRY_ACRONYMS):
        return NameKind.PLACE
    if _geographic(lowered):
        return NameKind.PLACE
    if len(lowered) >= 2:
        if lowered[-1] in _EVENTS_LAST or lowered[0] in _EVENTS_FIRST:
            return NameKind.EVENT  # "Brit Awards", "Coppa Italia"
        if lowered[-1] in _INSTRUMENTS_LAST:
            return NameKind.EVENT  # "Warm Homes Scheme", "Clean Air Bill"
        if lowered[-1] in VENUES_ALWAYS:
            return NameKind.PLACE  # "Wembley Stadium"
    if any(w in org_words() for w in lowered):
        return NameKind.ORGANISATION
    if len(lowered) >= 2 and lowered[-1] in firm_endings():
        return NameKind.ORGANISATION  # "Brightwell Materials"; not "Software" alone
    if any(t in titles() for t in held_titles):
        return NameKind.PERSON
    if is_first_name(lowered[0]) and len(words) >= 2:
        return NameKind.PERSON
    if (
        # Two words only: "NASA Administrator Jim Bridenstine", "NASA Picks SpaceX" (a headline)
        len(words) == 2
        and _LEADING_ACRONYM.fullmatch(words[0])
        and lowered[0] not in titles()
        and not words[1].isupper()  # a headline in capitals
    ):
        return NameKind.ORGANISATION  # "BBC Sport", "ITV News": a person's name never opens so
    if any(w in places() for w in lowered):
        return NameKind.ORGANISATION  # "AC Milan", "Chelsea Harbour Trust"
    if (
        len(words) == 1
        and _ACRONYM.fullmatch(words[0])
        and not INITIALS.fullmatch(words[0])
        and lowered[0] not in titles()  # "the MP", "the CEO": an office, no body
    ):
        return NameKind.ORGANISATION
    return NameKind.UNKNOWN


# Words that make a name a stretch of land or water ("Black Sea", "Lake Tahoe", "Thames Estuary"),
# last ("... Sea") or, for some, first ("River Wye"); a name with another organisation word stays
# a body's ("Sea Life Trust", "Lake Forest College").
_FEATURES_LAST = frozenset(
    "sea ocean river lake lakes island islands bay gulf strait straits estuary peninsula "
    "mountains hills valley coast channel".split()
)
_FEATURES_FIRST = frozenset("river lake mount mt isle gulf".split())
# Words that make a name an event or a competition, last ("Brit Awards", "FA Cup", "Nobel Prize")
# or first ("Coppa Italia", "Copa America"): never a person's name nor a body's.
_EVENTS_LAST = frozenset(
    "awards cup trophy prize prix championship championships olympics paralympics marathon".split()
)
_EVENTS_FIRST = frozenset("coppa copa coupe serie".split())
# Last words of a named law or scheme ("Warm Homes Scheme", "Clean Air Bill", "Renters' Rights
# Act"): what a body makes or passes, never the body, however body-like the words before are
# ("Homes", "Air"); read as an event is (no one speaks as it, "it" never stands for it). Not
# "programme", "fund", "project", "campaign" or "initiative", which also name bodies ("World
# Food Programme", "Innocence Project"), nor "grant" or "levy", also surnames ("nurse Ola
# Grant").
_INSTRUMENTS_LAST = frozenset("scheme bill act strategy pledge plan allowance".split())
# Last words of a venue's name: never a surname ("Wembley Stadium"), or also one ("Stanley
# Park" and "Nick Park", "Bruce Arena"): a place only after a place preposition ("in Stanley
# Park", "at the Emirates Arena"). Short lists in code, as the land and water words above.
VENUES_ALWAYS = frozenset("stadium velodrome racecourse speedway boulevard avenue".split())


def _geographic(lowered: list[str]) -> bool:
    if len(lowered) < 2:
        return False
    if lowered[-1] in _FEATURES_LAST:
        rest = lowered[:-1]
    elif lowered[0] in _FEATURES_FIRST:
        rest = lowered[1:]
    else:
        return False
    return not any(w in org_words() and w not in _FEATURES_LAST for w in rest)


def is_first_name(word: str) -> bool:
    """A known given name, hyphenated ones by their first part ("Eva-Marie")."""
    lower = word.lower().rstrip(".")
    return lower in first_names() or lower.split("-")[0] in first_names()
