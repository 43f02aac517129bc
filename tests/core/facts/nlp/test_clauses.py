"""Tests for app.core.facts.nlp.clauses and appositions: subjects and "NAME, DESCRIPTION,"."""

from __future__ import annotations

import pytest

from app.core.facts.nlp.appositions import name_after_apposition, name_before_apposition
from app.core.facts.nlp.clauses import clause_subject_at, subject_at


@pytest.mark.parametrize(
    ("clause", "subject"),
    [
        ("Harbour master Olof Brandt criticised the plan", "Harbour master Olof Brandt"),
        ("But Olof Brandt, head of the union, objected", "Olof Brandt"),
        ("In a statement, the Coastal Safety Council said", "the Coastal Safety Council"),
        ("The firm's official spokesman said", "The firm's official spokesman"),
        ("She said", "She"),
        # An opening phrase of a preposition or subordinator is not the subject.
        ("By the time Ivo Marsh heard who had written it, she was sure", "she"),
        ("Despite the rain on the coast, Nell Arden said", "Nell Arden"),
        ("Until the vote next week, the mayor will wait", "the mayor"),
    ],
)
def test_the_subject_a_clause_opens_with(clause: str, subject: str) -> None:
    found = subject_at(clause, 0, len(clause))
    assert found is not None
    assert found.text == subject


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Maria Lindqvist, head of operations at Nordline, ", "Maria Lindqvist"),
        ("Mr Jonas Ekberg, a former harbour master, ", "Jonas Ekberg"),
        ("Mr Karl Strom, who is an actor, ", "Karl Strom"),
        ("the plan, which he wrote, ", None),
        ("Karl Strom, who told the paper he was ready, ", None),
        ("Maria Lindqvist said ", None),
    ],
)
def test_the_name_before_an_apposition(text: str, name: str | None) -> None:
    found = name_before_apposition(text, 0, len(text))
    assert (found.text if found is not None else None) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the firm's chief executive, Ana Ruiz.", "Ana Ruiz"),
        ("the firm's chief executive, Ana Ruiz, in a statement", "Ana Ruiz"),
        ("the firm's chief executive, Ruiz.", None),
        ("the firm's chief executive, who was there.", None),
    ],
)
def test_the_name_after_an_apposition(text: str, name: str | None) -> None:
    found = name_after_apposition(text, text.index(","), len(text))
    assert (found.text if found is not None else None) == name


@pytest.mark.parametrize(
    ("clause", "subject"),
    [
        ("Clara Olsen answered the critics on Sunday, tweeting", "Clara Olsen"),
        ("In a statement, the harbour board said", "the harbour board"),
        ("A spokesman for the ferry line said", "A spokesman for the ferry line"),
    ],
)
def test_the_subject_of_the_first_clause_from_the_grammar(clause: str, subject: str) -> None:
    found = clause_subject_at(clause, 0, len(clause))
    assert found is not None and found.text == subject


def test_a_speech_verb_read_as_a_noun_after_a_name_ends_the_subject() -> None:
    # Round 17: the tagger reads "accuse" after "Greens" as a noun; its object follows it.
    clause = "The Greens accuse Mr Lane of giving a soft speech."
    found = clause_subject_at(clause, 0, len(clause))
    assert found is not None and found.text == "The Greens"


def test_a_noun_before_a_noun_after_a_name_stays_in_the_subject() -> None:
    # Guard (passes on main): "state" is a noun here, though "stated" is a speech verb.
    clause = "Harbour state director Ana Ruiz praised the crews."
    found = clause_subject_at(clause, 0, len(clause))
    assert found is not None and found.text == "Harbour state director Ana Ruiz"
