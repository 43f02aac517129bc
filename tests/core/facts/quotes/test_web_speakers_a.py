"""Quote speakers on web prose, round 10 (issue 11): causes read on the web gold's tuning half,
each fixed in the grammar and tested with sentences written for these tests."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

TITLE = "Ice moon study out\n\n"


speakers = partial(speakers_of, TITLE)


def test_a_name_joined_to_its_own_team_speaks_for_them() -> None:
    # "Vance and her team wrote": the named head of the group is the speaker a reader quotes.
    body = (
        "Dr Nora Vance studies the moons of Jupiter.\n\n"
        '"We think the ice is thinner than anyone expected," Vance and her team wrote in the '
        "study."
    )
    assert speakers(body) == ["Nora Vance"]


def test_a_name_and_an_apposition_whose_closing_comma_is_missing() -> None:
    # The description after the name runs to the verb without its closing comma.
    body = (
        "Air in the port got worse this week.\n\n"
        '"This is mostly due to a change in the wind from the north," Ravi Menon, a senior '
        "analyst at the Coastal Air, Sea and Water Research Institute told the Daily Post."
    )
    assert speakers(body) == ["Ravi Menon"]


def test_a_note_on_the_quoted_words_after_their_comma_is_no_attribution() -> None:
    # ', a choice that fits the film well.' describes the quotation; nobody new speaks, so the
    # speaker of the quotation before runs on.
    body = (
        "Ana Ruiz wrote the song in a week.\n\n"
        "“Everything had to sound like the sea,” Ruiz said. “So I phoned my oldest friend, a "
        "sailor who grew up on the coast,” a choice that fits the film well. “So I asked her to "
        "sing it to me.”"
    )
    assert speakers(body) == ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]
