"""Initiatives: a subject that names a group by who its members are is the actor whole
("Leaders of 12 Baltic and Nordic states"), not its head alone ("A team") nor its last noun
phrase.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_the_group_with_its_of_phrase_is_the_actor() -> None:
    text = (
        "Leaders of 12 Baltic and Nordic states agreed on Tuesday to set up a $300m fund "
        "for clean shipping."
    )
    assert _one(text, "fund").actor == "Leaders of 12 Baltic and Nordic states"
    text = "A team of students at Harlow College has built a booking app."
    assert _one(text, "booking app").actor == "A team of students at Harlow College"


def test_people_in_a_role_are_named_with_their_body() -> None:
    text = "Officials at the Department of Transport launched a review of rail fares."
    assert _one(text, "review").actor == "Officials at the Department of Transport"
