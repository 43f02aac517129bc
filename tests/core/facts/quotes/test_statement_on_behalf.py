"""Round 43 (issue 11): a statement read on someone's behalf speaks for them ('Her lawyer read a
statement on her behalf. "...," it said.'): the speaker is the person the "her" stands for, when
the tracker places it on someone other than those named in the statement's sentence. It gave no
speaker. Sentences are our own; the first two tests fail on the commit before, the other is a
guard."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_it_after_a_statement_read_on_her_behalf_is_hers() -> None:
    body = (
        "Rosa Delacourt stayed away from the tribunal. Her barrister, Owen Marsh, read a "
        "statement on her behalf. “I gave that school twenty years of my life,” it said."
    )
    assert speakers_of("", body) == ["Rosa Delacourt"]


def test_it_after_a_letter_read_on_his_behalf_is_his() -> None:
    body = (
        "Kieran Oyelaran was too ill to travel. His daughter read a letter on his behalf.\n\n"
        "“I am sorry I cannot be with you,” it said."
    )
    assert speakers_of("", body) == ["Kieran Oyelaran"]


def test_guard_a_reader_of_the_same_gender_leaves_it_unsure() -> None:
    body = (
        "Rosa Delacourt stayed away from the tribunal. Her barrister, Helen Marsh, read a "
        "statement on her behalf. “I gave that school twenty years of my life,” it said."
    )
    assert speakers_of("", body) == [None]
