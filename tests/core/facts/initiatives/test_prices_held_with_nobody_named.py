"""A price held where it is by a passive still to come ("Bus fares will be frozen until 2028")
is a policy a reader can tell with nobody named: listed with no actor. Any other passive to come
with nobody named ("The depot will be closed") stays unlisted. Every sentence here is written
for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_price_held_with_nobody_named_is_listed_with_no_actor() -> None:
    text = "Tram fares will be frozen until 2029."
    fact = _one(text, "frozen")
    assert fact.text == "Tram fares will be frozen until 2029"
    assert (fact.actor, fact.status) == (None, "planned")


def test_guard_a_thing_closed_with_nobody_named_is_no_item() -> None:
    assert _texts("The bottling depot will be closed next year.") == []


def test_a_held_price_with_a_place_after_its_noun_is_listed() -> None:
    # "fares" was read as the verb before "on the island ... will be frozen" (round 39)
    fact = _one("Ferry fares on the island will be frozen until 2029.", "frozen")
    assert fact.text == "Ferry fares on the island will be frozen until 2029"
