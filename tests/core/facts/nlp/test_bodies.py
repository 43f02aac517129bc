"""Tests for app.core.facts.nlp.bodies: an untyped name the sentence uses as a body's."""

from __future__ import annotations

import pytest

from app.core.facts.nlp.bodies import reads_as_body
from app.core.facts.nlp.names import find_names


def used_as_body(sentence: str, name: str) -> bool:
    found = next(n for n in find_names(sentence) if n.text == name)
    return reads_as_body(sentence, 0, len(sentence), found)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Shares rose after British firm Quillmark reported results.", "Quillmark"),
        ("The deal was backed by telco Ravelnet last year.", "Ravelnet"),
        ("Quillmark, the software company, said nothing.", "Quillmark"),
        ("Staff at Quillmark, a Dutch firm that makes valves, walked out.", "Quillmark"),
        ("A Quillmark spokeswoman declined to comment.", "Quillmark"),
        ("Quillmark's founder left in March.", "Quillmark"),
        ("Quillmark shares fell on Monday.", "Quillmark"),
        ("Quillmark's new chief executive starts today.", "Quillmark"),
        ("Quillmark said in a statement that sales fell.", "Quillmark"),
        ("Quillmark said on Monday that it would cut jobs.", "Quillmark"),
        # Round 35: a role and a person's name after it: the name before is the employer.
        ("Quillmark Dene partner Thomas Reyes joined the board.", "Quillmark Dene"),
        ("Shares fell after Quillmark investor Maria Olsen sold.", "Quillmark"),
        ("On Monday Quillmark chief executive Anna Berg resigned.", "Quillmark"),
    ],
)
def test_a_sentence_that_uses_a_name_as_a_body_s(sentence: str, name: str) -> None:
    assert used_as_body(sentence, name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Quillmark said the plan was a mistake.", "Quillmark"),
        ("Quillmark's argument was that prices rose.", "Quillmark"),
        ("The party Quillmark threw went on all night.", "Quillmark"),
        ("Quillmark, the head of the company, resigned.", "Quillmark"),
        ("Quillmark visited the company on Monday.", "Quillmark"),
        ("Quillmark told Anna Berg the news.", "Quillmark"),
        ("Quillmark met after Anna Berg spoke.", "Quillmark"),
        ("Regulator chief Anna Berg spoke.", "Regulator"),
    ],
)
def test_a_sentence_that_does_not_say_what_a_name_is(sentence: str, name: str) -> None:
    assert not used_as_body(sentence, name)


def test_a_chain_is_a_body_before_or_after_its_name() -> None:
    # Round 21: "the supermarket chain" says what the name is, as "the software company" does.
    assert used_as_body("Quillmark, the supermarket chain, opened 12 stores.", "Quillmark")
    assert used_as_body("Shares in hotel chain Quillmark fell on Monday.", "Quillmark")
