"""The subject of a speech verb in a clause joined by ", but" / ", and" is that clause's own
("Talks with X have stalled, but Ian Dale, the chief executive, last week said ..."), not the
first clause's; a joined verb with no subject ("..., but added:") keeps the first
(`_cue_before`)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_the_joined_clause_has_its_own_subject() -> None:
    body = (
        "Talks with Leo Marsh have stalled, but Ian Dale, the club's chief executive, last week "
        'said he expected the striker to stay for "a long time".'
    )
    assert speakers_of("", body) == ["Ian Dale"]


def test_a_joined_verb_without_a_subject_keeps_the_first() -> None:
    # A guard (passes on f6ae74c too).
    body = 'Ana Ruiz said she was tired, but added: "We will go on."'
    assert speakers_of("", body) == ["Ana Ruiz"]


def test_but_without_a_comma_joins_a_clause_too() -> None:
    body = (
        "Talks with Leo Marsh will not resume until May but Ian Dale, the club's chief "
        'executive, last week said he expected the striker to stay for "a long time".'
    )
    assert speakers_of("", body) == ["Ian Dale"]
