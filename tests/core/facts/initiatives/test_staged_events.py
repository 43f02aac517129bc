"""Initiatives: events a body sets up for others, while they are still to come.

"The council is holding a jobs fair in May", "the trust will host a public meeting on the
plans": an organised event is the undertaking of whoever holds it, before it happens. One held
already, a habit, a news conference or a named event someone else runs is no undertaking.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_an_event_being_arranged_is_listed_with_who_holds_it() -> None:
    fact = _one("Dunholme District Council is holding a jobs fair in May for bus drivers.", "fair")
    assert (fact.text, fact.actor, fact.status) == (
        "jobs fair",
        "Dunholme District Council",
        "planned",
    )
    text = "The Brackley Hospital Trust will host a public meeting on the closure next Tuesday."
    fact = _one(text, "public meeting")
    assert (fact.text, fact.actor) == (
        "public meeting on the closure",
        "Brackley Hospital Trust",
    )


def test_an_open_day_and_a_series_of_forums() -> None:
    text = "Ferncombe College is also staging an open day for adult learners in June."
    assert _one(text, "open day").text == "open day for adult learners"
    text = "Ferncombe Borough Council plans to hold a series of public forums on the bypass."
    assert _one(text, "forums").text == "public forums on the bypass"


def test_events_held_already_or_as_a_habit_or_for_the_press_are_not_listed() -> None:
    assert _texts("Dunholme District Council held a jobs fair in May for bus drivers.") == []
    assert _texts("Dunholme District Council holds a jobs fair every spring.") == []
    assert _texts("The minister will hold a news conference at noon on Friday.") == []
    assert _texts("The town of Ravensby will host the Northern Folk Festival in July.") == []


def test_a_meeting_with_a_party_is_talks() -> None:
    text = "The Treasury is holding a further meeting with the banks on Monday."
    assert _texts(text) == []
