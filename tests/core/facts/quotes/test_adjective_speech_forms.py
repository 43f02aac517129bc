"""A speech verb's past form after a determiner is an adjective ("an alleged 'traitor'", "the
charged term"), not the verb that introduces the quotation (`_cue_before`)."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.quotes import extract


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract(Document.from_text(body))]


def test_an_alleged_traitor_is_nobody_s_quotation() -> None:
    body = 'A man was detained by the militia last week for being an alleged "traitor".'
    assert "A man" not in _speakers(body)


def test_a_noun_after_a_determiner_still_introduces() -> None:
    # A guard (passes on f6ae74c too): "tweeted a warning" keeps its subject.
    body = 'Senator Ana Ruiz tweeted a warning: "Stay at home tonight."'
    assert _speakers(body) == ["Ana Ruiz"]
