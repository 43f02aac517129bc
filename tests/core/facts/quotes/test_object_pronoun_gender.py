"""Round 43 (issue 11): a person of unknown gender whose own verb takes "her" as its object ("a
ring Dizz gave her") is not the "she" that follows: that "she" is the woman "her" stands for,
named before. The tracker took Dizz for "she" and learnt that Dizz was a woman. Sentences are
our own; the first test fails on the commit before, the others are guards."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_BODY = (
    "Thieves have stolen jewellery from the home of rock singer Dizz Harlan.\n\n"
    "At a press conference, Marianne Harlan listed the stolen items. They included a gold ring "
    "Dizz {verb} on their wedding day. She said she would never forgive the thieves. “That ring "
    "meant everything to me,” she said."
)


def test_she_after_a_name_whose_verb_takes_her_is_the_woman_before() -> None:
    assert speakers_of("", _BODY.format(verb="gave her")) == ["Marianne Harlan"]


def test_guard_her_as_an_owner_may_be_the_subjects_own() -> None:
    body = (
        "Dizz Harlan is a singer.\n\nDizz lost her keys on Friday. She said the door was "
        "locked. “I had to climb in,” she said."
    )
    assert speakers_of("", body) == ["Dizz Harlan"]


def test_guard_him_leaves_she_to_the_tracker() -> None:
    body = _BODY.format(verb="gave him")
    assert speakers_of("", body) == ["Dizz Harlan"]
