"""A plan "to build a pipeline" whose object is an undertaking word on its own (round 45): the bare
object names nothing a reader can use, so the plan keeps its whole name instead of handing it on
and losing both. Sentences are our own."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_a_plan_to_build_a_bare_work_keeps_its_name() -> None:
    texts = _texts("Harbour Energy will launch a £40m plan to build a pipeline.")
    assert any(t.startswith("£40m plan to build a pipeline") for t in texts), texts


def test_guard_a_plan_for_a_named_work_hands_it_on() -> None:
    texts = _texts("Harbour Energy announced a plan to build a new pipeline.")
    assert texts == ["new pipeline"], texts
