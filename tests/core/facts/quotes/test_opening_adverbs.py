"""An adverb that opens the sentence ("Later", "Separately") is no part of the speaker phrase
before the speech verb ("Later the historian added: ..." is said by the historian)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_an_opening_adverb_before_a_description_is_left_out() -> None:
    body = 'Earlier the head teacher said: "No pupil was hurt."'
    assert speakers_of("", body) == ["the head teacher"]


def test_an_opening_adverb_in_ly_before_a_role_is_left_out() -> None:
    body = (
        "Mark Ellery met the board on Monday.\n\n"
        'Separately a spokesman for the firm said: "We are sorry."'
    )
    assert speakers_of("", body) == ["a spokesman for the firm"]


def test_a_name_before_a_title_stays_whole() -> None:
    # A guard (passes on 5a1d112 too): "Chancellor of the Exchequer" keeps its capitals.
    body = 'The Chancellor of the Exchequer said: "Growth is back."'
    assert speakers_of("", body) == ["The Chancellor of the Exchequer"]
