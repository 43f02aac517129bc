"""Initiatives: what a thing "would" do, argued as the reason for opposing or backing it, is
no undertaking ("Doctors opposed the bill, arguing that it would raise insurance premiums"); and
an actor is never a bare description ("Republican" from "a Republican from Tulare").

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts, _texts

_SPONSOR = (
    "Assemblyman Ray Ortiz, a Republican from Tulare, wrote the bill.\n\nIt passed on Monday."
)


def test_an_effect_argued_by_an_opponent_is_no_undertaking() -> None:
    text = (
        _SPONSOR + "\n\nDoctors opposed the bill, arguing that it would raise insurance premiums."
    )
    assert _texts(text) == []
    assert _texts("The union backed the plan, saying it would create 300 jobs.") == []


def test_a_body_that_says_what_it_will_do_still_counts() -> None:
    text = "Harlow Council said it would set up a £2m fund for rural clinics."
    assert [f.actor for f in _facts(text)] == ["Harlow Council"]


def test_a_bare_description_is_no_actor() -> None:
    facts = _facts(_SPONSOR + "\n\nIt will set up a $2m fund for rural clinics.")
    assert [(f.text, f.actor) for f in facts] == [("$2m fund for rural clinics", None)]
