"""Round 39 (issue 11 item 3): a body named by a possessive and its kind, "her ministry", "his
department", is the speaker: the body of that kind named before, else the phrase as written.
Sentences are our own; each test fails on 169f2d0."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "World news\n\n")


def test_her_ministry_after_an_opening_phrase_is_kept_as_written() -> None:
    body = (
        "Trade Minister Lucia Ferro arrived in Nairobi on Tuesday. In a short statement, her "
        "ministry said the visit would open “a new chapter for exporters”."
    )
    assert speakers(body) == ["her ministry"]


def test_his_department_is_the_department_named_before() -> None:
    body = (
        "The Department of Transport has delayed the rail plan again. Transport Secretary Omar "
        "Haddad visited the depot on Monday.\n\n"
        "“The line will open in 2031,” his department said."
    )
    assert speakers(body) == ["Department of Transport"]
