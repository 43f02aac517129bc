"""Guidance a body means to publish is a piece of work it undertakes ("plans to publish new
guidance on ..."); guidance merely cited is none. Every sentence here is written for these
tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_guidance_a_regulator_plans_to_publish_is_planned() -> None:
    text = "The Pensions Regulator plans to publish new guidance on loft insulation in the spring."
    fact = _one(text, "guidance")
    assert fact.text == "new guidance on loft insulation"
    assert (fact.actor, fact.status) == ("Pensions Regulator", "planned")


def test_guidelines_a_council_will_publish_are_planned() -> None:
    fact = _one("The council will publish guidelines for pavement cafes in June.", "guidelines")
    assert (fact.actor, fact.status) == ("The council", "planned")


def test_guard_guidance_cited_is_no_item() -> None:
    assert _texts("Under the league's guidance, referees must stop play after a head knock.") == []
