"""'"...," according to a statement from its owner, Vitrex Glass.': after the quotation as
before it ("According to his aunt, Ana Ruiz, ..."), the name a description is set off from
names the speaker (`_speakers.cue_after`)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_body_named_after_the_description() -> None:
    body = (
        "The glass works in Dunmore will close in June.\n\n"
        '"The decision was not taken lightly," according to a statement from its owner, '
        'Vitrex Glass. "Demand has fallen by half."'
    )
    assert speakers_of("", body) == ["Vitrex Glass", "Vitrex Glass"]


def test_a_named_speaker_after_according_to_stays() -> None:
    # A guard (passes before the change).
    body = '"The figures are wrong," according to Harbour Watch, a campaign group.'
    assert speakers_of("", body) == ["Harbour Watch"]
