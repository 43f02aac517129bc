"""Speakers: "she said" after a person of a group brought in unnamed ("One, who works on a
ward, said", "A nurse who works on a ward said") is that person or no one, never the woman
quoted before. Sentences are our own."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Ward news\n\n")

_BEFORE = 'A spokeswoman for Tarn Health said: "We are glad." Not all nurses were happy. '


def test_she_after_one_of_a_group_is_no_one_named_before() -> None:
    body = _BEFORE + (
        "One, who works on the stroke ward, said the deal fell short. "
        '"Six per cent does not cover it," she said.'
    )
    assert speakers(body) == ["A spokeswoman for Tarn Health", None]


def test_she_after_a_described_person_with_a_relative_clause_is_that_person() -> None:
    body = _BEFORE + (
        "A nurse who works on the stroke ward said the deal fell short. "
        '"Six per cent does not cover it," she said.'
    )
    assert speakers(body) == ["A spokeswoman for Tarn Health", "A nurse"]
