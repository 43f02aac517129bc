"""Round 43 (issue 11): a description such as "the candidate" is not the man named last when a
"she" or "her" since then refers to someone else ("He tells crowds she cannot be trusted ... the
cautious candidate said"): the reader cannot be sure whom it means. Sentences are our own; the
first test fails on the commit before, the other is a guard."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_description_past_a_pronoun_of_the_other_gender_is_not_the_last_named() -> None:
    body = (
        "Ana Ruiz is the front-runner in the race for governor. Her rival, Mr. Tom Becker, has "
        "attacked her record all week. He tells crowds she cannot be trusted with the budget."
        "\n\n“It does not worry me,” the cautious candidate said of the attacks."
    )
    assert speakers_of("", body) != ["Tom Becker"]


def test_guard_a_description_after_the_same_person_referred_to_is_that_person() -> None:
    body = (
        "Tom Becker is running for governor. He spent the week in the north of the state, "
        "where his family farmed.\n\n“I like it up here,” the candidate said."
    )
    assert speakers_of("", body) == ["Tom Becker"]
