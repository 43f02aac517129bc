"""Initiatives: a body's possessive is evidence that the undertaking is that body's.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_bodys_plan_or_strategy_is_listed_as_its_own() -> None:
    text = "The ruling is part of the EU's wider clean air strategy."
    assert _one(text, "wider clean air strategy").actor == "EU"
    assert _texts("The firm's profits fell by a third.") == []
    text = "Labour's plans to cap rents in London were attacked by the Tories."
    assert _one(text, "plans to cap rents").actor == "Labour"


def test_a_bodys_review_of_something_is_listed() -> None:
    text = "Dunmore Council's review of bus routes will report in June."
    assert _one(text, "review of bus routes").actor == "Dunmore Council"
    assert _texts("The minister's comments angered the club's fans.") == []


def test_its_resolves_to_the_body_behind_the_plan() -> None:
    text = "Velantis said the closures were part of its recovery plan."
    assert _one(text, "recovery plan").actor == "Velantis"


def test_a_sum_after_a_bodys_name_is_read_as_a_sum() -> None:
    # The tagger took the pound sign after "Water's" for a proper noun: no phrase was found.
    text = "Holm Water's £300m pipe programme will run until 2030."
    assert _one(text, "£300m pipe programme").actor == "Holm Water"


def test_what_a_body_has_is_no_undertaking() -> None:
    text = "Velantis said the closures were part of its recovery plan, and its profits fell."
    assert _texts(text) == ["recovery plan"]
    text = "Arden Homes said its targets on new homes were part of its housing strategy."
    assert _texts(text) == ["housing strategy"]
    text = "Velantis said it would cut 300 jobs at its head office as part of its savings plan."
    assert _texts(text) == ["cut 300 jobs", "savings plan"]


def test_a_persons_possessive_is_not_a_bodys() -> None:
    # "his" and a person's name leave the evidence as it was: a view, not yet a body's plan.
    text = "Tom Hale, the mayor, spoke. Hale's wider transport strategy was praised."
    assert _texts(text) == []
    text = "Arden Council's wider transport strategy was praised."
    assert _texts(text) == ["wider transport strategy"]
