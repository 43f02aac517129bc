"""Round 45 (issue 11): a "which" aside holding a number written with a comma ("employs 4,500
people") is still one aside: the subject before it speaks, not the words after the number's
comma. Sentences are our own; the first test fails on the commit before, the other is a guard.
"""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_LEAD = "The Tarnwick mill will close in the spring. "


def test_a_which_aside_holding_a_number_with_a_comma_is_one_aside() -> None:
    text = (
        _LEAD + "A spokeswoman for the mill, which employs 4,500 people, said: "
        '"We looked at every option."'
    )
    assert speakers_of("", text) == ["A spokeswoman for the mill"]


def test_guard_a_name_inside_a_which_aside_does_not_speak() -> None:
    text = (
        _LEAD + "Tarnwick Textiles, which bought the mill from Ana Ruiz for 1,200 pounds, said: "
        '"We looked at every option."'
    )
    assert speakers_of("", text) == ["Tarnwick Textiles"]
