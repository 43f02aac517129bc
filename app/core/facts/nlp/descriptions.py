"""Definite descriptions: whom or what "the port", "the president", "the 56-year-old" refers to.

A description names no one; a reader takes it for someone the article named before:

- "the state": the one place of that kind named so far (`named_places.Places.only_one`);
- "the firm", "the ministry", "the group": the body introduced as "the group, X,", else the
  organisation last named (`organisations.Organisations.last`);
- "the minister": the one person introduced with that title; "the president" when no one was:
  the person last named, unless they were introduced with another office ("Senator X met the
  president": not X); "the 56-year-old", "the striker": the person last named;
- "the port": the body named last whose name holds the word ("the Port of Kelham").

A person noun that brought in someone unnamed since the person last named ("Ana Ruiz ... her
lawyer said", "a lawyer for the family") makes "the lawyer" that someone: no one named.

"The former president" is no one named before; two presidents named before make "the president"
either: precision first, None. `discourse.Discourse` owns one `Descriptions` and asks it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from app.core.facts.nlp.bodies import ORGANISATION_NOUNS
from app.core.facts.nlp.entities import Entity, Mention
from app.core.facts.nlp.lexicon import Gender, titles
from app.core.facts.nlp.mentions import AGE, OFFICE, PERSON_NOUNS
from app.core.facts.nlp.named_places import PLACE_NOUNS, Places
from app.core.facts.nlp.names import QUALIFIERS
from app.core.facts.nlp.organisations import Organisations
from app.core.facts.nlp.people import People


class _Titles(Protocol):
    """What resolving a description asks the discourse tracker of the titles it read."""

    def title_holders(self, title: str, position: int) -> list[str]: ...

    def by_title(self, title: str, position: int) -> str | None: ...

    def referred_to_other_than(self, gender: Gender, start: int, end: int) -> bool: ...


class Descriptions:
    """The referents of definite descriptions, over the tracker's own indexes (shared)."""

    def __init__(
        self,
        tracker: _Titles,
        people: People,
        organisations: Organisations,
        places: Places,
        entities: dict[str, Entity],
        gender: Callable[[str], Gender],
    ) -> None:
        """Descriptions resolved over the tracker's people, organisations, places, entities by
        name and `gender` of a person's name."""
        self._tracker = tracker
        self._people = people
        self._organisations = organisations
        self._places = places
        self._entities = entities
        self._gender = gender
        # Offices each person was introduced with ("senator"), so that "the president" is not
        # taken for a senator who happens to be the last person named.
        self._offices: dict[str, set[str]] = {}
        # Where someone unnamed was brought in by a role or person noun ("Grey's lawyer", "a
        # lawyer", "his lawyer"): "the lawyer" after that is that person, not one named before.
        self._unnamed: dict[str, list[int]] = {}

    def hold(self, name: str, office: str) -> None:
        """The person introduced as `name` was introduced with `office` ("senator")."""
        self._offices.setdefault(name, set()).add(office)

    def introduce_unnamed(self, head: str, position: int) -> None:
        """Someone unnamed was brought in at `position` by the noun `head` ("Grey's lawyer");
        positions come in text order."""
        self._unnamed.setdefault(head, []).append(position)

    def brought_in_unnamed(self, head: str, position: int) -> bool:
        """Whether someone unnamed was brought in by `head` since the person last named before
        `position` (or at all, when no one was named)."""
        person = self._people.last(position, None, self._gender)
        return self._unnamed_since(head, person.start if person is not None else 0, position)

    def _unnamed_since(self, head: str, start: int, position: int) -> bool:
        """Whether someone unnamed was brought in by `head` in text[start:position]."""
        return any(start <= at < position for at in self._unnamed.get(head, ()))

    def resolve(self, words: list[str], position: int) -> Entity | None:
        """The entity "the <words>" (lower case, without "the") at `position` refers to."""
        if not words:
            return None
        head = words[-1]
        if head in PLACE_NOUNS and len(words) == 1:
            return self._places.only_one(position)  # "the state": South Dakota
        if head in ORGANISATION_NOUNS:
            introduced = self._organisations.introduced_as(head, position)
            if introduced is not None:
                return introduced
            found = self._organisations.last(position, head, bare=len(words) == 1)
            return found.entity if found is not None else None
        if any(w in QUALIFIERS for w in words):
            return None  # "the former president" is not the president named before
        if head in titles():
            if len(set(self._tracker.title_holders(head, position))) > 1:
                return None  # two presidents named before: "the president" is either
            name = self._tracker.by_title(head, position)
            if name is not None:
                return self._entities.get(name)
        # An office or a person noun points back to the person last named; a spokesman, an
        # aide or a director does not (they speak for someone else).
        if OFFICE.fullmatch(head):
            return self.last_person_for(head, position)
        if head in PERSON_NOUNS or AGE.fullmatch(head):
            person = self._people.earlier(position, self._gender)
            if person is not None and self._unnamed_since(head, person.start, position):
                return None  # "Ana Ruiz ... her lawyer said ... the lawyer": not Ruiz
            if person is not None and self._other_referred_since(person, position):
                return None  # "Mr. Trump ... she may ... the cautious candidate": not Trump
            return person.entity if person is not None else None
        if len(words) > 1 or head in titles():
            return None
        # "the port" for "the Port of Kelham": a word of a body's name, as its description.
        return self._organisations.named_with(head, position)

    def _other_referred_since(self, person: Mention, position: int) -> bool:
        """Whether someone of the other gender than `person` was referred to by a pronoun
        between `person`'s mention and `position`: the person last named is then not the only
        one the reader has in mind ("He tells audiences she may be prosecuted ... the cautious
        candidate said" is hers)."""
        gender = self._gender(person.entity.name)
        if gender is Gender.UNKNOWN:
            return False
        return self._tracker.referred_to_other_than(gender, person.start, position)

    def last_person_for(self, office: str, position: int, apposed: bool = False) -> Entity | None:
        """The person last named before `position`, for "the <office>"; None when that person
        was introduced with another office ("Senator X met the president": not X)."""
        person: Mention | None = self._people.earlier(position, self._gender, apposed)
        if person is None:
            return None
        held = self._offices.get(person.entity.name, set())
        if office == person.entity.name.split()[-1].lower():
            return None  # "the King" after "Ruth King": a person is never "the Surname"
        if self._unnamed_since(office, person.start, position):
            return None  # "Ana Ruiz ... her lawyer said ... the lawyer": not Ruiz
        if not apposed and self._other_referred_since(person, position):
            return None  # "Mr. Trump ... she may ... the cautious candidate": not Trump
        return None if held and office not in held else person.entity
