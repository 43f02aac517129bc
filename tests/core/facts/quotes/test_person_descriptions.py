"""A clause subject read as one person described, owned or named (`_person_descriptions`)."""

from __future__ import annotations

import pytest

from app.core.facts.nlp.chunks import Chunk
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.lexicon import Gender
from app.core.facts.quotes import _person_descriptions as described


def chunk(text: str, words: str) -> Chunk:
    """The subject `words` where they last occur in `text`."""
    start = text.rindex(words)
    return Chunk(words, start, start + len(words), 0, len(words.split()) - 1)


def alone(words: str) -> Chunk:
    return chunk(words, words)


def test_the_head_stops_at_a_linking_word() -> None:
    assert described.subject_head(alone("A nurse at the Eastfield clinic")) == (
        ["a", "nurse"],
        "nurse",
    )


@pytest.mark.parametrize(
    ("words", "gender", "expected"),
    [
        ("a retired teacher", Gender.FEMALE, True),
        ("the ferry captain", Gender.MALE, True),
        ("the actress", Gender.MALE, False),
        ("the inspectors", Gender.MALE, False),
        ("the Green leader", Gender.FEMALE, False),
        ("the budget", Gender.FEMALE, False),
        ("Ana Ruiz", Gender.FEMALE, False),
    ],
)
def test_one_unnamed_person_of_the_gender_is_described(
    words: str, gender: Gender, expected: bool
) -> None:
    assert described.describes(alone(words), gender) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [("his sister", True), ("her party", False), ("their sons", False), ("a neighbour", False)],
)
def test_one_person_known_by_whose_they_are_is_owned(words: str, expected: bool) -> None:
    assert described.owned_person(alone(words)) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [("Ana Ruiz", True), ("Her cousin", True), ("The mayor", False), ("She", False)],
)
def test_a_capital_that_is_no_determiner_or_pronoun_is_named(words: str, expected: bool) -> None:
    assert described.is_named(alone(words)) is expected


def test_an_owned_relative_may_be_a_person_and_a_firm_may_not() -> None:
    assert described.may_be_person(alone("her husband"), Gender.MALE)
    assert not described.may_be_person(alone("the firm"), Gender.MALE)
    assert not described.may_be_person(alone("the drivers"), Gender.MALE)


def test_a_head_noun_named_earlier_with_a_name_after_it() -> None:
    text = "His cousin Pavel Horak ran the bakery. Later his cousin sold it."
    assert described.named_with(text, chunk(text, "his cousin"))
    other = "The bakery was sold. Later his cousin left town."
    assert not described.named_with(other, chunk(other, "his cousin"))


def test_an_indefinite_or_owned_description_brings_in_someone_new() -> None:
    people = Discourse()
    text = "The ferry captain spoke first."
    people.add_sentence(text, 0, len(text))
    assert described.new_person(alone("a deckhand"), people)
    assert described.new_person(alone("the harbour's deputy master"), people)
    assert not described.new_person(alone("the mayor"), people)
