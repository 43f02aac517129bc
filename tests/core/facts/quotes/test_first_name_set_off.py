"""Round 45 (issue 11): a person described, then named by a first name alone set off by commas
("The teenager's mother, Grace, watched ..."), is that name when a later "she" speaks. Sentences
are our own; the first test fails on the commit before, the others are guards.
"""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_LEAD = "Ellie Marsh, 15, became the youngest climber to reach the top of Ben Arran on Sunday. "


def test_a_first_name_set_off_after_a_description_names_the_speaker() -> None:
    text = _LEAD + (
        "The teenager's mother, Grace, waited in the car park. "
        '"We could not be prouder of her," she said.'
    )
    assert speakers_of("", text) == ["Grace"]
    text = _LEAD + 'Her aunt, Maria, waited in the car park. "It was a long day," she said.'
    assert speakers_of("", text) == ["Maria"]


def test_guard_a_name_of_the_other_gender_is_not_taken() -> None:
    text = _LEAD + (
        "The teenager's parent, George, waited in the car park. "
        '"We could not be prouder of her," she said.'
    )
    assert speakers_of("", text) == ["The teenager's parent"]


def test_guard_an_age_set_off_leaves_the_description() -> None:
    text = _LEAD + (
        "The teenager's mother, 44, waited in the car park. "
        '"We could not be prouder of her," she said.'
    )
    assert speakers_of("", text) == ["The teenager's mother"]
