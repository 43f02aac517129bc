"""Initiatives, round 34: undertakings and actors a reader wanted on short articles.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_a_day_word_between_subject_and_verb_keeps_the_actor() -> None:
    text = "Brookfield Homes today announced a £9m scheme to fit solar panels on 800 homes."
    assert _one(text, "scheme").actor == "Brookfield Homes"
    text = "The Marlow council yesterday launched a repair fund for village halls."
    assert _one(text, "repair fund").actor == "The Marlow council"


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
