"""A connective that opens the sentence ("However,", "Meanwhile,") is not a name that the
description after its comma renames ("X, the chief executive, said"): the description is the
subject (`_phrases.subject_before`)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_however_before_a_named_body() -> None:
    body = (
        "The seller claimed a museum wanted to buy the painting.\n\n"
        'However, the Harbour Museum said on Tuesday on its website, "We have never asked '
        'to buy it."'
    )
    assert speakers_of("", body) == ["Harbour Museum"]


def test_meanwhile_before_a_named_body() -> None:
    body = (
        "Fares will rise in May.\n\n"
        'Meanwhile, the Northern Rail Union said, "Our members will not accept this."'
    )
    assert speakers_of("", body) == ["Northern Rail Union"]


def test_a_name_before_the_comma_is_still_renamed() -> None:
    # A guard (passes before the change): "X, the chief executive of Y, said".
    body = 'Ann Ruiz, the chief executive of Harbour Foods, said: "We will hire 40 people."'
    assert speakers_of("", body) == ["Ann Ruiz"]
