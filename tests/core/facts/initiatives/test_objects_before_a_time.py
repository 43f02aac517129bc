"""An undertaking a verb takes as its object ends before a time that follows it ("will launch a
new programme next month"): the time was read into the phrase, whose head then named the time
(nothing listed) or ran on into the item ("new anti-bullying programme next term", from our own
school-inspection article). Sentences are our own."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts import initiatives


def _texts(sentence: str) -> list[str]:
    return [i.text for i in initiatives.extract(Document.from_text("Plans\n\n" + sentence))]


def test_an_object_before_a_time_unit_is_listed_without_it() -> None:
    assert _texts("The county will launch a new reading scheme next month.") == [
        "new reading scheme"
    ]


def test_an_object_before_a_term_ends_before_it() -> None:
    assert _texts("The academy will start a new mentoring programme next term.") == [
        "new mentoring programme"
    ]


def test_guard_a_bare_time_is_still_no_object() -> None:
    assert _texts("The product that Vantel launched last year sold well.") == []
