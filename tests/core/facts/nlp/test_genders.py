"""Tests for app.core.facts.nlp.genders: a subject's gender from the description after a copula."""

from __future__ import annotations

import pytest

from app.core.facts.nlp.genders import predicate_gender
from app.core.facts.nlp.lexicon import Gender
from app.core.facts.nlp.name_kinds import NameKind


def after(sentence: str, name: str) -> Gender | None:
    return predicate_gender(sentence, sentence.index(name) + len(name), len(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Quell is one of the first two Labour women elected to the board.", Gender.FEMALE),
        ("Morrow was a father of three.", Gender.MALE),
        ("Quell became the first congresswoman from the valley.", Gender.FEMALE),
    ],
)
def test_a_gendered_noun_that_describes_the_subject_gives_its_gender(
    sentence: str, expected: Gender
) -> None:
    assert after(sentence, sentence.split()[0]) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Morrow is married to a woman from Leeds.",
        "Morrow was accused by two women of fraud.",
        "Morrow is a friend of the woman who ran the stall.",
        "Morrow said the woman was right.",
        "Morrow is the new head of the board.",
    ],
)
def test_a_noun_about_someone_else_says_nothing(sentence: str) -> None:
    assert after(sentence, "Morrow") is None


def test_a_name_with_no_description_after_it_is_not_looked_up() -> None:
    from app.core.facts.nlp.entities import Entity
    from app.core.facts.nlp.genders import GenderBook
    from app.core.facts.nlp.names import find_names

    class People:
        def __init__(self) -> None:
            self.asked: list[str] = []

        def full_name(self, name: str, position: int) -> Entity | None:
            self.asked.append(name)
            return Entity("Tamsin Yarrow", NameKind.PERSON, Gender.UNKNOWN)

        def people_between(self, start: int, end: int) -> list[Entity]:
            return []

        def first_mention(self, start: int) -> None:
            return None

    people = People()
    book = GenderBook(people)
    text = "Tamsin Yarrow opened the new lifeboat station."
    book.learn_from_predicate(text, len(text), find_names(text)[0])
    assert people.asked == []  # no copula after the name: nothing to learn, no look-up
    text = "Tamsin Yarrow is the first woman to lead the crew."
    book.learn_from_predicate(text, len(text), find_names(text)[0])
    assert people.asked == ["Tamsin Yarrow"] and book.get("Tamsin Yarrow") is Gender.FEMALE
