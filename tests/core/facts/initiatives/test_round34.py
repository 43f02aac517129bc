"""Initiatives, round 34: undertakings and actors a reader wanted on short articles.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_day_word_between_subject_and_verb_keeps_the_actor() -> None:
    text = "Brookfield Homes today announced a £9m scheme to fit solar panels on 800 homes."
    assert _one(text, "scheme").actor == "Brookfield Homes"
    text = "The Marlow council yesterday launched a repair fund for village halls."
    assert _one(text, "repair fund").actor == "The Marlow council"


def test_an_upgrade_of_a_thing_is_listed_whole_not_the_thing() -> None:
    text = (
        "A £48m upgrade of the Northbank ferry service to the islands was approved "
        "by the city council on Tuesday."
    )
    fact = _one(text, "upgrade")
    assert fact.text.startswith("£48m upgrade of the Northbank ferry service")
    assert fact.actor == "the city council"


def test_an_intention_word_before_a_second_predicate_is_the_verb() -> None:
    text = (
        "Oakmere Theatre Trust runs two stages. The trust plans to open a studio theatre "
        "in Millbrook next year and has asked the council for land."
    )
    assert _one(text, "studio theatre").actor == "Oakmere Theatre Trust"
    text = (
        "Brandt, the German scooter maker, showed a new model. The company plans to hire "
        "staff in Leeds and will offer a repair scheme for old scooters."
    )
    assert _one(text, "repair scheme").actor == "Brandt"


def test_a_subjects_own_expectation_of_sales_is_no_undertaking() -> None:
    text = "Her spokesman said Brandt expected to sell 15,000 of the scooters this year."
    assert _texts(text) == []


def test_a_sum_applied_for_is_sought() -> None:
    text = (
        "Westmoor Wildlife Trust looks after six reserves. "
        "The trust has applied for a £90,000 grant to restore its ponds."
    )
    fact = _one(text, "£90,000 grant")
    assert (fact.actor, fact.status) == ("Westmoor Wildlife Trust", "proposed")


def test_a_second_one_of_a_kind_is_listed_apart_from_the_first() -> None:
    text = (
        "Eastfield Food Trust opened a youth centre in Ashby in May. "
        "The trust will open a second youth centre in Corley next year."
    )
    centres = [t for t in _texts(text) if "centre" in t]
    assert centres == ["youth centre", "second youth centre"]
