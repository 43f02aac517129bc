"""A bare undertaking noun whose only other words say who runs it ("a pilot by the Wexcombe
trust") names nothing a reader can use; an act brought against a target ("an investigation by
the FBI") or a scheme named by its modifiers still does. Every sentence here is written for
these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_a_pilot_named_only_by_who_runs_it_is_no_item() -> None:
    assert _texts("Patients are treated at home under a pilot by the Wexcombe trust.") == []


def test_guard_an_investigation_by_a_body_is_still_listed() -> None:
    text = "Vexar is under investigation by the Serious Fraud Office."
    assert _texts(text) == ["investigation by the Serious Fraud Office"]


def test_guard_a_named_pilot_scheme_by_a_body_is_still_listed() -> None:
    text = "Patients are treated at home under a hospital-at-home pilot by the Wexcombe trust."
    assert _texts(text) == ["hospital-at-home pilot by the Wexcombe trust"]
