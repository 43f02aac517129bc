"""Round 45 (issue 11): someone new described by what they are, with a participle aside or a
capitalised modifier before the noun ("A patient, speaking outside the clinic, said:", "One
European banker said:"). Sentences are our own; the first two tests fail on the commit before,
the others are guards.
"""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_LEAD = "Waiting times at the Brackmoor eye clinic have doubled since the spring. "


def test_a_description_set_off_by_a_participle_aside_speaks() -> None:
    text = _LEAD + 'A patient, speaking outside the clinic, said: "Nobody tells us anything."'
    assert speakers_of("", text) == ["A patient"]
    text = _LEAD + 'One visitor, waiting by the doors, added: "It is a disgrace."'
    assert speakers_of("", text) == ["One visitor"]


def test_a_capitalised_modifier_runs_on_to_the_noun() -> None:
    text = _LEAD + 'One European banker said: "The market has already priced this in."'
    assert speakers_of("", text) == ["One European banker"]


def test_guard_a_thing_with_a_participle_aside_names_no_one() -> None:
    text = _LEAD + 'A poster, hanging by the doors, said: "Staff are stretched too thin."'
    assert speakers_of("", text) == [None]


def test_guard_a_capitalised_modifier_before_a_thing_names_no_one() -> None:
    text = _LEAD + 'One European newspaper said: "The market has already priced this in."'
    assert speakers_of("", text) == [None]
