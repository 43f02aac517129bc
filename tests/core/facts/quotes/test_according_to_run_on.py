"""'According to X' with no comma after X: a determiner after X's noun opens a new noun phrase,
and the speaker is X alone ("According to the charity's website the grants allow ...")
(`_phrases.subject_after`)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_according_to_without_a_comma() -> None:
    body = (
        "According to the charity's website the grants allow families to "
        '"rebuild their lives after the floods".'
    )
    assert speakers_of("", body) == ["the charity's website"]


def test_a_role_with_its_link_stays_whole() -> None:
    # A guard (passes on f6ae74c too).
    assert speakers_of("", '"We are sorry," said a spokesman for the firm.') == [
        "a spokesman for the firm"
    ]
