"""A definite mention named by nothing but its length ("the six-month campaign") tells more of the
one of its kind named before, one item, not two; its length joins no later mention to that one.
Round 41: a knife-crime campaign was listed twice. Sentences are our own."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.initiatives import extract


def _texts(body: str) -> list[str]:
    return [f.text for f in extract(Document.from_text("Council news\n\n" + body))]


def test_the_length_only_mention_is_the_campaign_named_before() -> None:
    # A later bare mention ("helped design the campaign") refers back to the last one: before,
    # that was "the six-month campaign", listed as a second campaign with no actor.
    body = (
        "A campaign to cut fly-tipping was launched in Harlow on Friday by the county council."
        "\n\nThe six-month campaign will put wardens in car parks and pay for cameras at 20 "
        "sites.\n\nLocal farmer Jo Reed, whose fields were used as a dump, helped design the "
        "campaign."
    )
    assert _texts(body) == ["campaign to cut fly-tipping"]


def test_guard_a_later_scheme_with_that_length_and_more_words_stays_apart() -> None:
    body = (
        "The county council launched a scheme to plant trees on Friday. The two-year scheme "
        "will cost £2m.\n\nSeparately, the council set up a two-year scheme for cyclists."
    )
    assert _texts(body) == ["scheme to plant trees", "two-year scheme for cyclists"]
