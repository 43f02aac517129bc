"""Round 45 (issue 11): a description opening on "one" or "a", set off by an apposition before
the verb, speaks. Sentences are our own; the first test fails on the commit before, the other
is a guard.

"One commuter, a nurse who works nights, said:" was read as the subject "One" (the word lists stop
at a noun the roles lexicon lacks) and named no one; the description runs to the comma that sets
off the aside, and a noun naming someone by its ending is someone new speaking.
"""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_LEAD = "Rail fares on the coast line rose by a fifth this year. "


def test_a_description_set_off_by_an_apposition_speaks() -> None:
    text = _LEAD + 'One commuter, a nurse who works nights, said: "We cannot keep paying this."'
    assert speakers_of("", text) == ["One commuter"]


def test_guard_a_lone_one_before_an_apposition_names_no_one() -> None:
    text = _LEAD + 'One, a nurse who works nights, said: "We cannot keep paying this."'
    assert speakers_of("", text) == [None]
