"""A quotation with no cue of its own is not carried on from the speaker before it across a
clause whose subject is a body the article had not named before ("The council disagreed."):
the words may be the body's. Sentences are our own; each test fails on 1bfbe7a except the
guard, marked."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "News\n\n")


def test_a_described_body_between_stops_the_run() -> None:
    body = "“This is a disgrace,” said Ana Ruiz. The council disagreed. “It is a fair deal.”"
    assert speakers(body) == ["Ana Ruiz", None]


def test_a_named_body_between_stops_the_run() -> None:
    body = (
        "“This is a disgrace,” said Ana Ruiz, who chairs the residents' group. "
        "The Harbour Trust has 40 members. “It is a fair deal for the town.”"
    )
    assert speakers(body) == ["Ana Ruiz", None]


def test_the_speakers_own_firm_named_before_keeps_the_run() -> None:
    """Guard (passes on 1bfbe7a): the story goes on around the firm the speaker spoke for."""
    body = (
        "The chip maker Sonvale Audio has grown fast. “Our chips use little power,” said its "
        "chief, Ana Ruiz. The company is now looking to the US. “We started in Japan first.”"
    )
    assert speakers(body) == ["Ana Ruiz", "Ana Ruiz"]
