"""Words after an inverted speech verb that read as a speaker: a role of two words whose first
ends in "-ing" ("managing director", "acting chair") describes the name after it. Sentences are
our own."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "News\n\n")


def test_managing_director_before_a_name() -> None:
    body = (
        "The ferry firm cancelled its winter sailings. “We know how much people depend on "
        "these crossings,” said managing director Fiona Grant."
    )
    assert speakers(body) == ["Fiona Grant"]


def test_acting_chair_before_a_name() -> None:
    body = "The board met on Monday. “We will pay every supplier,” said acting chair Tom Reed."
    assert speakers(body) == ["Tom Reed"]


def test_an_ing_word_that_is_no_role_modifier_is_no_speaker() -> None:
    """Guard: an "-ing" word before a noun that is no role keeps the phrase a clause."""
    body = "The mill will close. “It is over,” said the growing crowd outside the gates."
    assert speakers(body) == [None]
