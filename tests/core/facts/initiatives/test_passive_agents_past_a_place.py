"""A passive undertaking's "by" agent may stand past a place and a time ("was launched in
Harlow on Friday by the county council"), but not past another verb ("launched in 2019 to be
run by ..."). Round 41: the campaign was listed with no actor. Sentences are our own."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.initiatives import extract


def _items(body: str) -> list[tuple[str, str | None]]:
    document = Document.from_text("Council news\n\n" + body)
    return [(f.text, f.actor) for f in extract(document)]


def test_the_agent_after_a_place_and_a_time_is_the_actor() -> None:
    body = (
        "A campaign to cut fly-tipping was launched in Harlow on Friday by the county council "
        "and a local charity."
    )
    assert _items(body) == [("campaign to cut fly-tipping", "the county council")]


def test_guard_the_agent_of_another_verb_is_not_the_actor() -> None:
    body = "A recycling scheme was launched in Harlow to be run by the county council."
    assert all(actor != "the county council" for _, actor in _items(body))
