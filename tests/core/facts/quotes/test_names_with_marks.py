"""Round 43 (issue 11): a body whose name holds a question or exclamation mark ("Which?",
"Yahoo!") speaks: "Consumer group Which? said: ..." (which the sentence splitter cuts after the
mark) and '"...," said Which?, which ...' give "Which?", where they gave no speaker. Sentences
are our own; the first test fails on the commit before, the others are guards."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_name_with_its_own_mark_speaks() -> None:
    body = (
        "Energy suppliers must cut their standing charges, the regulator has said.\n\n"
        "Consumer group Which? said: “Customers have been paying too much for too long.”\n\n"
        "“This is a welcome first step,” said Which?, which has campaigned on the issue."
    )
    assert speakers_of("", body) == ["Which?", "Which?"]


def test_guard_a_question_that_ends_a_sentence_names_no_one() -> None:
    body = (
        "Who will pay for the new pier? The council has not said.\n\n"
        "“We are looking at every option,” said council leader Ana Ruiz."
    )
    assert speakers_of("", body) == ["Ana Ruiz"]


def test_guard_a_quoted_question_keeps_its_cue() -> None:
    body = "Ana Ruiz chairs the board.\n\n“Why now?” asked Ms Ruiz, who opposed the plan."
    assert speakers_of("", body) == ["Ana Ruiz"]


def test_it_after_a_name_with_its_own_mark_is_that_body() -> None:
    # Round 43b: the splitter keeps "Which? said" in one sentence and the tracker reads the
    # name with its mark, so a later "it said" is the body's.
    body = (
        "Own-brand bread costs more than it did a year ago.\n\n"
        "Consumer group Which? said it had compared loaves at six supermarkets.\n\n"
        "“Loyal shoppers are being let down,” it said."
    )
    assert speakers_of("", body) == ["Which?"]
