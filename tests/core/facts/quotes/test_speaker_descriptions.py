"""Tests for app.core.facts.quotes._speaker_descriptions: speakers that are descriptions, and
whether a lower-case phrase is headed by a person or body noun. Sentences are our own."""

from __future__ import annotations

from app.core.facts.nlp.discourse import Discourse
from app.core.facts.quotes._speaker_descriptions import description, is_role


def test_a_role_is_headed_by_a_person_or_body_noun_before_its_link() -> None:
    assert is_role("a spokesman for the firm".split())
    assert not is_role("the plan for the harbour".split())


def test_a_description_set_off_before_a_name_is_that_name() -> None:
    text = 'The group, Harbour Watch Coalition, wrote: "We object."'
    phrase = "The group"
    assert description(phrase, phrase.lower().split(), Discourse(), 0, text) == (
        "Harbour Watch Coalition"
    )


def test_a_government_no_one_named_is_given_as_written() -> None:
    text = 'Nurses went back to work. "It is fair," the government said.'
    at = text.index("the government")
    words = ["the", "government"]
    assert description("the government", words, Discourse(), at, text) == "the government"
