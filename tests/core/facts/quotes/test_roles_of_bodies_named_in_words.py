"""After an inverted speech verb, a role owned by a body named in two or three words ("said
Island Link's managing director, Callum Reid") gives the name set off after it, as a one-word
owner does ("said Aslef's regional organiser, Kevin Doyle"). Our own saved ferry page gave its
managing director's two quotations no speaker."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts import quotes
from app.core.facts.quotes._phrases import is_role_phrase


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes.extract(Document.from_text(text))]


def test_a_role_of_a_body_named_in_two_words_gives_the_name_after_it() -> None:
    text = (
        "\"It is the biggest order in the yard's history,\" said Tarn Valley Shipyard's chief "
        'executive, Ines Moreau. "We will hire 200 welders."'
    )
    assert speakers(text) == ["Ines Moreau", "Ines Moreau"]


def test_a_role_phrase_may_open_on_a_name_of_several_words() -> None:
    assert is_role_phrase("Tarn Valley Shipyard's chief executive")
    assert not is_role_phrase("Tarn Valley Shipyard's new ferry")  # no role
