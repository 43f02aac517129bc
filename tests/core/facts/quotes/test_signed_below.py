"""A quotation signed on the line below it ('"..." / - Ana Ruiz.'), as fact checks and epigraphs
set who said what. Sentences are our own; each test fails on 1bfbe7a except the guards, marked."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Fact check: the mayoral debate\n\n")


def test_a_dash_and_a_name_under_the_quotation() -> None:
    body = (
        "Ana Ruiz and Tom Hale met for their second debate on Thursday. Here is what we "
        "checked.\n\n"
        "“I cut the city's debt by a third in four years.”\n\n"
        "- Ruiz.\n\n"
        "The city's debt fell by 18 percent in that time, not a third."
    )
    assert speakers(body) == ["Ana Ruiz"]


def test_two_signed_claims_and_a_title_after_the_name() -> None:
    body = (
        "Ana Ruiz and Tom Hale met for their second debate on Thursday.\n\n"
        "“Crime has doubled since she took office.”\n\n"
        "— Tom Hale, the Republican candidate.\n\n"
        "Recorded crime rose by 12 percent.\n\n"
        "“We built more homes than any city in the state.”\n\n"
        "- Ana Ruiz.\n\n"
        "Two larger cities built more."
    )
    assert speakers(body) == ["Tom Hale", "Ana Ruiz"]


def test_a_line_below_that_says_more_signs_nothing() -> None:
    """Guard (passes on 1bfbe7a): '- Ruiz spoke for an hour.' is a sentence, not a signature."""
    body = (
        "Ana Ruiz and Tom Hale met for their second debate on Thursday.\n\n"
        "“We built more homes than any city in the state.”\n\n"
        "- Ruiz spoke for an hour.\n\n"
        "Two larger cities built more."
    )
    assert speakers(body) == [None]


def test_a_signed_line_under_a_paragraph_of_its_own_words_is_not_read() -> None:
    """Guard (passes on 1bfbe7a): the paragraph has words outside the marks, so its own cue
    (here none: a headline's quoted phrase) stands."""
    body = (
        "Ana Ruiz and Tom Hale met for their second debate on Thursday.\n\n"
        "Voters called the exchange “the best of the campaign” in a poll.\n\n"
        "- Tom Hale.\n\n"
        "Two larger cities built more."
    )
    assert speakers(body) == [None]
