"""A body's name that runs over "of" into two capitalised words ("the Association of Health
Plans") is its whole name as a speaker, not its last two words. Our own article: "The
California Association of Health Plans said in a statement that the cap ..." gave "Health
Plans"."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts import quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes.extract(Document.from_text(text))]


def test_a_body_named_with_of_and_two_words_is_named_whole() -> None:
    text = (
        "Landlords criticised the rent freeze. The Northern Federation of Letting Agents said "
        'in a statement that the freeze "punishes the landlords who kept rents low."'
    )
    assert speakers(text) == ["Northern Federation of Letting Agents"]


def test_a_person_of_a_body_is_still_the_person() -> None:
    # guard: a name before "of" is a person with an affiliation
    text = '"We will appeal," said Maya Roth of Letting Agents Scotland.'
    assert speakers(text) == ["Maya Roth"]
