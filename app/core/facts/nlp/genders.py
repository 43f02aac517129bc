"""A person's gender read from what the sentence says they are: "Ana Ruiz is one of the first
women elected to the board", "Tom Reed was a father of two"; and the `GenderBook` the discourse
tracker keeps of what it has learnt so (and from "her staff", "She ..." after a lone name).

`predicate_gender(text, position, end)` reads the words right after a subject's name at
`position` (up to `end`): a copula, then a short run of determiners and modifiers, then a noun
that only one gender takes. A preposition, a participle or a clause word before that noun ends
the reading ("married to a woman", "accused by two women" say nothing of the subject), so the
answer is None unless the noun describes the subject itself.
"""

from __future__ import annotations

import re
from typing import Protocol

from app.core.facts.nlp.entities import Entity, Mention
from app.core.facts.nlp.lexicon import Gender
from app.core.facts.nlp.names import Name

_FEMALE = frozenset(
    """woman women mother wife daughter sister girl grandmother aunt niece actress
    congresswoman councilwoman businesswoman sportswoman chairwoman spokeswoman widow
    girlfriend""".split()
)
_MALE = frozenset(
    """man men father husband son brother boy grandfather uncle nephew congressman councilman
    businessman sportsman widower boyfriend""".split()
)
# "is", "was", "became": the description that follows is the subject's own.
_COPULA = re.compile(r"[ \u00a0]+(?:is|was|became|remains|remained)[ \u00a0]+")
_WORD = re.compile(r"[\w’'-]+|\S")
# How many words may stand between the copula and the noun ("one of the first two Muslim").
_MAX_MODIFIERS = 8
# Words that end the subject's own description before a gendered noun: a preposition opens
# someone else's ("the son of a man"), a clause word or participle another clause.
_BREAKS = frozenset(
    """to by with for from at on in about against than like as of who whom whose that which
    and or but not never""".split()
)


def noun_gender(noun: str) -> Gender:
    """The gender a person noun gives ("spokeswoman", "mother": female; "spokesman": male),
    UNKNOWN for a noun either may take ("officer", "spokesperson")."""
    lower = noun.lower()
    if lower in _FEMALE or lower.endswith(("woman", "women")):
        return Gender.FEMALE
    if lower in _MALE or (lower.endswith(("man", "men")) and lower not in _NOT_MEN):
        return Gender.MALE
    return Gender.UNKNOWN


# Nouns ending in "man" that say nothing of a gender.
_NOT_MEN = frozenset("human humans specimen specimens".split())


def predicate_gender(text: str, position: int, end: int) -> Gender | None:
    """The gender a description after a copula gives the name that ends at `position`."""
    copula = _COPULA.match(text, position, end)
    if copula is None:
        return None
    words = [m.group() for m in _WORD.finditer(text, copula.end(), min(end, copula.end() + 120))]
    for i, word in enumerate(words[: _MAX_MODIFIERS + 1]):
        lower = word.lower()
        if lower in _FEMALE:
            return Gender.FEMALE
        if lower in _MALE:
            return Gender.MALE
        if not word[:1].isalnum():
            return None  # punctuation ends the description
        one_of = lower == "of" and i > 0 and words[i - 1].lower() in ("one", "some", "two")
        if (lower in _BREAKS and not one_of) or (lower.endswith("ed") and len(lower) > 4):
            return None
    return None


class _People(Protocol):
    """What a `GenderBook` asks the discourse tracker."""

    def people_between(self, start: int, end: int) -> list[Entity]: ...

    def full_name(self, name: str, position: int) -> Entity | None: ...

    def first_mention(self, start: int) -> Mention | None: ...


# ", and her staff": a coordinated clause whose subject the sentence's subject owns.
_OWNER_CLAUSE = re.compile(r",\s+(?:and|but)\s+([Hh]er|[Hh]is)\s+[a-z]")
# How far a subject's name may stand from its clause's start (a title before it: "Rep. ").
TITLE_REACH = 12


class GenderBook:
    """The genders an article gives the people it names: from name lists (`note`), and learnt
    from what it says of them when no list knew (`learn_from_*`), so that a later "he" does not
    reach a woman."""

    def __init__(self, people: _People) -> None:
        """An empty book for the tracker `people`."""
        self._people = people
        self._known: dict[str, Gender] = {}

    def get(self, name: str) -> Gender:
        """The gender known for the person introduced as `name`."""
        return self._known.get(name, Gender.UNKNOWN)

    def note(self, name: str, gender: Gender) -> None:
        """A gender the name lists give, unless one is known already."""
        self._known.setdefault(name, gender)

    def _learn(self, name: str, gender: Gender) -> None:
        if self.get(name) is Gender.UNKNOWN:
            self._known[name] = gender

    def learn_from_predicate(self, text: str, end: int, name: Name) -> None:
        """ "Ana Quell is one of the first women elected": the subject's gender, when no name
        list knew it."""
        # The description first: most names have no copula after them, and then the person
        # need not be looked up (both are questions without side effects).
        gender = predicate_gender(text, name.end, end)
        entity = self._people.full_name(name.text, name.start) if gender is not None else None
        if entity is not None and gender is not None:
            self._learn(entity.name, gender)

    def learn_from_owner(self, text: str, start: int, end: int, clause: tuple[int, int]) -> None:
        """ "Zarina Okafor called it a disgrace, and her staff ...": a coordinated clause
        opened by "her"/"his" after a sentence whose subject is the only person named gives that
        person's gender, when no name list knew it."""
        match = _OWNER_CLAUSE.search(text, start, end)
        if match is None:
            return
        named = self._people.people_between(start, match.start())
        opener = self._people.first_mention(start)
        if len({e.name for e in named}) != 1 or opener is None:
            return
        if not any(0 <= opener.start - at <= TITLE_REACH for at in clause):
            return  # the person is not the sentence's (or its main clause's) subject
        female = match.group(1).lower() == "her"
        self._learn(named[0].name, Gender.FEMALE if female else Gender.MALE)

    def learn_from_pronoun(
        self, entity: Entity, pronoun: str, position: int, previous_sentence: int | None
    ) -> None:
        """ "Maren Olk runs the office. She ...": a person of unknown gender who is the only one
        named from the sentence before (starting at `previous_sentence`) to a "she" (or "he")
        at `position` is known by it from then on."""
        if previous_sentence is None:
            return
        named = {e.name for e in self._people.people_between(previous_sentence, position)}
        if named == {entity.name}:
            self._learn(entity.name, Gender.FEMALE if pronoun == "she" else Gender.MALE)
