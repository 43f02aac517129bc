"""A second quotation in a sentence, after a clause with a subject and a speech verb of its own
("and another said", "and her husband said"), is not the first speaker's (`_fragments`)."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.quotes import extract


def _pairs(body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(Document.from_text(body))]


def test_another_said_is_someone_else() -> None:
    body = 'One viewer called the film "dreadful" and another said "I will never watch it again".'
    assert _pairs(body) == [("dreadful", "One viewer"), ("I will never watch it again", None)]


def test_her_husband_said_is_someone_else() -> None:
    body = 'Mrs Ida Brook called the plan "reckless" and her husband said "we will fight it".'
    assert _pairs(body)[1] == ("we will fight it", None)


def test_a_verb_joined_to_the_first_clause_keeps_its_speaker() -> None:
    # A guard (passes on f6ae74c too): "and later said" has no subject of its own.
    body = 'Mayor Ida Brook called the plan "reckless" and later said it was "a mess".'
    assert _pairs(body) == [("reckless", "Ida Brook"), ("a mess", "Ida Brook")]
