"""Initiatives: a law named by what its relative clause says it does, in the present tense as
with a modal ("a bill that caps rent rises"), past a time phrase between the head and the
clause ("signed a bill on Friday that limits ..."), with a "what" clause as its object.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_present_relative_clause_names_the_law() -> None:
    fact = _one("The governor signed a bill that caps rent rises.", "bill that caps rent rises")
    assert (fact.actor, fact.status) == ("The governor", "completed")
    fact = _one("Parliament passed a law which bans disposable vapes.", "law which bans")
    assert fact.text == "law which bans disposable vapes"


def test_a_time_phrase_may_stand_before_the_clause() -> None:
    text = (
        "Gov. Anna Fields signed a bill on Friday that limits what renters pay in deposits "
        "to one month's rent."
    )
    fact = _one(text, "bill")
    assert fact.text.endswith("that limits what renters pay in deposits to one month's rent")
    assert fact.actor == "Anna Fields"


def test_what_an_existing_thing_does_is_still_no_undertaking() -> None:
    # not a law: the present tense says what a thing does, not what it is for
    assert _texts("The council praised a program that rewards cyclists.") == []
    # a law's clause of "be" describes it
    assert _texts("The governor signed a bill that is popular with landlords.") == []
