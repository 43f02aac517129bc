"""A relative speaks as a role does ("a neighbour said"): "One victim's daughter said:" was
unattributed because "daughter" was no noun a speaker phrase may end on (round 39). Sentences are
our own."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_relative_described_by_whose_relative_is_the_speaker() -> None:
    body = (
        "A carer who stole from three pensioners was jailed on Friday.\n\n"
        "One victim's son, who asked not to be named, said outside court: "
        '"He took everything she had saved."'
    )
    assert speakers_of("", body) == ["One victim's son"]


def test_guard_a_relative_named_after_is_the_name() -> None:
    body = 'Her brother, Tomas Reyes, said: "We are proud of her."'
    assert speakers_of("", body) == ["Tomas Reyes"]
