"""After an inverted speech verb, a short description owned by a body ("the union's organiser",
"Brenmoor's regional organiser") that a person's name is set off after is that person's
description: the name speaks (`_speakers._describes_one`), even when the noun is no role the
lexicon lists."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

TITLE = "Bus drivers vote to strike\n\n"


def test_a_body_owned_description_before_a_name_gives_the_name() -> None:
    body = (
        '"We have had no pay rise for two years, while the directors kept their bonuses," '
        "said the union's organiser, Colm Fahey."
    )
    assert speakers_of(TITLE, body) == ["Colm Fahey"]


def test_a_named_body_owning_the_description_gives_the_name() -> None:
    body = (
        '"We have had no pay rise for two years," said Brenmoor\'s regional organiser, '
        "Colm Fahey, on Monday."
    )
    assert speakers_of(TITLE, body) == ["Colm Fahey"]


def test_a_description_with_no_owner_or_determiner_is_not_taken() -> None:
    # A guard: "drivers" is no description of one person; nobody is named as the speaker.
    body = '"We have had no pay rise for two years," said drivers, Colm Fahey among them.'
    assert speakers_of(TITLE, body) != ["Colm Fahey"]
