"""Round 45 (issue 11): in "writes Ana Ruiz in the Daily Courier, who says ...", "who" is about
the writer, not the paper named after "in the"; a relative after a plain name is still that
name's. Sentences are our own; the first test fails on the commit before, the second is a
guard."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_who_after_a_name_in_a_prepositional_phrase_is_the_one_before_it() -> None:
    body = (
        "“Too little, too late,” writes Tilda Marsh in the Evening Ledger, who calls the "
        "rescue plan “a sticking plaster on a broken leg”."
    )
    assert speakers_of("", body) == ["Tilda Marsh", "Tilda Marsh"]


def test_guard_who_after_a_plain_name_is_that_name() -> None:
    body = (
        "The plan was attacked on Monday by the economist Oren Vale, who called it “a sticking "
        "plaster on a broken leg”."
    )
    assert speakers_of("", body) == ["Oren Vale"]
