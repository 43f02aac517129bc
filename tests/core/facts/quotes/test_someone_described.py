"""Someone described, not named, between two quotations (`_someone_described`)."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.quotes._someone_described import someone_described_between


def read(text: str) -> tuple[Document, Discourse]:
    document = Document.from_text(text)
    people = Discourse()
    for sentence in document.sentences:
        people.add_sentence(document.text, sentence.start, sentence.end)
    return document, people


def test_a_new_person_described_between_stops_the_speaker() -> None:
    text = "Ana Ruiz spoke first. A retired nurse was unhappy with the plan. She left."
    document, people = read(text)
    start, end = text.index("A retired"), text.index("She left")
    assert someone_described_between(document, [], start, end, "Ana Ruiz", people)


def test_an_owned_person_between_stops_the_speaker() -> None:
    text = "Ana Ruiz spoke first. Her brother was not convinced. She left."
    document, people = read(text)
    start, end = text.index("Her brother"), text.index("She left")
    assert someone_described_between(document, [], start, end, "Ana Ruiz", people)


def test_a_clause_about_a_thing_stops_no_one() -> None:
    text = "Ana Ruiz spoke first. The plan was delayed again. She left."
    document, people = read(text)
    start, end = text.index("The plan"), text.index("She left")
    assert not someone_described_between(document, [], start, end, "Ana Ruiz", people)
