"""Initiatives: a mention of an undertaking lends its actor to the others only when it reads
as its subject's own undertaking (`_merging`). Sentences are our own."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_who_welcomed_a_pilot_is_not_behind_it() -> None:
    text = (
        "Patients in two towns will see a GP until 8pm under a six-month pilot that starts "
        "next month. The Royal College of Surgeons welcomed the pilot but warned that staff "
        "were short."
    )
    assert _one(text, "six-month pilot").actor is None


def test_a_later_mention_that_undertakes_still_lends_its_actor() -> None:  # a guard
    text = (
        "Patients in two towns will see a GP until 8pm under a six-month pilot. "
        "The Westdale Health Board launched the pilot on Monday."
    )
    assert _one(text, "six-month pilot").actor == "Westdale Health Board"
