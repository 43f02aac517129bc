"""Initiatives: what an undertaking named as a modal's subject will do is its effect ("the
agreement would boost farm exports"), no undertaking; and a time the chunker ran into a subject
("Last year lawmakers launched ...") is not part of the actor.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts, _texts


def test_what_an_agreement_would_do_is_its_effect() -> None:
    text = "Officials said the agreement would boost farm exports by $2bn a year."
    assert _texts(text) == []


def test_a_body_that_will_act_still_counts() -> None:
    text = "The council said it would build a new bridge over the Avon."
    assert _texts(text) == ["new bridge"]


def test_a_time_before_the_subject_is_no_part_of_the_actor() -> None:
    text = (
        "The committee meets in June. Last year lawmakers launched an inquiry into "
        "overspending at the ports agency."
    )
    assert [f.actor for f in _facts(text)] == ["lawmakers"]
