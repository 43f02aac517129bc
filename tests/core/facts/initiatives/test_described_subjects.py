"""Initiatives: a clause subject that names a body by a description or in capitals.

"Hillcrest Primary School ... The school will launch X": "the school" is the body the article
named with that noun, who intends X (not a forecast by a thing). "QUILLON, the Swedish device
maker, unveiled X": a name in capitals that the sentence describes as a body is no dateline.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_the_school_is_the_school_named_before() -> None:
    text = (
        "Hillcrest Primary School has 300 pupils. "
        "The school will launch a breakfast club in January."
    )
    fact = _one(text, "breakfast club")
    assert (fact.actor, fact.status) == ("Hillcrest Primary School", "planned")
    text = (
        "Hillcrest Primary School has 300 pupils. "
        "Its head said the school would set up a homework club."
    )
    assert _one(text, "homework club").actor == "Hillcrest Primary School"
    # a thing as subject still forecasts: no one intends what a storm does
    assert _texts("Storms hit the coast. The storm will close the bridge for a week.") == []


def test_a_name_in_capitals_described_as_a_body_is_the_actor() -> None:
    text = "QUILLON, the Swedish device maker, on Wednesday unveiled a £79 e-reader for students."
    assert _one(text, "e-reader").actor == "QUILLON"
    text = "The Danish toy maker BRIKKO unveiled a £40 robot kit for schools."
    assert _one(text, "robot kit").actor == "BRIKKO"


def test_a_hospice_or_school_described_alone_is_a_body_that_intends() -> None:
    text = (
        "Birchwood Hospice cares for 40 families. "
        "The hospice plans to launch a fundraising appeal next month."
    )
    fact = _one(text, "fundraising appeal")
    assert (fact.actor, fact.status) == ("Birchwood Hospice", "planned")
    assert _one("The school will launch a breakfast club in January.", "breakfast club")
