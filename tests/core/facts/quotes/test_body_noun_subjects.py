"""Round 39 (issue 11 item 3): a body's noun heads a subject before the speech verb ("The council
said:", "In a statement, the club said:"), read as after a quotation: the body of that kind
named before, never a body of another kind, else the noun as written. Sentences are our own;
each test fails on b9e708b (no speaker)."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Local news\n\n")


def test_the_club_after_an_opening_phrase_is_the_club_named_before() -> None:
    body = (
        "Dunford Albion sacked head coach Lars Vik on Sunday after six defeats in a row. In a "
        "short statement, the club said: “We thank Lars for his hard work.”"
    )
    assert speakers(body) == ["Dunford Albion"]


def test_the_council_opening_the_sentence_is_the_council_named_before() -> None:
    body = (
        "Halsey Town Council will close the lido for the summer. The council said: “Repairs "
        "cannot wait another year.”"
    )
    assert speakers(body) == ["Halsey Town Council"]


def test_the_school_is_no_firm_named_before() -> None:
    body = (
        "Tarrant Holdings has bought the playing fields behind Halsey Grammar. The school said: "
        "“Our pupils will lose their pitches.”"
    )
    assert speakers(body) == ["The school"]
