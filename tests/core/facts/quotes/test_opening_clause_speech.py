"""A quotation that is the object of a speech verb closing an opening subordinate clause
('When a heckler shouted, "Liar," the senator replied, "..."'): that clause's subject says it,
not the main clause's speaker after it, who keeps the next quotation. Sentences are our own;
each test fails on 1382b88 except the guards, marked."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Politics\n\n")


def test_the_opening_clause_says_its_own_quotation() -> None:
    body = (
        "Senator Ruth Ames spoke for an hour in Dayton on Monday. "
        "When a heckler in the crowd shouted, “Liar,” Ames replied, “Not today, my friend.”"
    )
    assert speakers(body) == ["a heckler in the crowd", "Ruth Ames"]


def test_a_named_questioner_in_the_opening_clause() -> None:
    body = (
        "Governor Carl Brewster took questions at a diner in Ames. "
        "When Dana Kolbe asked, “What about the farms?” Brewster smiled."
    )
    assert speakers(body) == ["Dana Kolbe"]


def test_a_verb_earlier_in_the_opening_clause_is_not_the_cue() -> None:
    """Guard (passes on 1382b88): the opening clause's verb does not stand right before the
    quotation, so the main clause introduces it."""
    body = (
        "Marco Ruiz spoke after the debate in Miami. "
        "When Carl Brewster suggested a ban on imports, Ruiz fired back: “That is a tax on "
        "every family.”"
    )
    assert speakers(body) == ["Marco Ruiz"]
