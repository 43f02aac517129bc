"""Tests for app.core.facts.nlp.genders: a subject's gender from the description after a copula."""

from __future__ import annotations

import pytest

from app.core.facts.nlp.genders import predicate_gender
from app.core.facts.nlp.lexicon import Gender


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
