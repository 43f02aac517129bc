"""A few quoted words inside a sentence whose subject is acted on ("X, 26, was fatally shot after
he 'armed himself'", "X is scheduled to appear on 'The Late Show'") are someone else's account,
not the subject's (`_fragments`)."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.quotes import extract


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract(Document.from_text(body))]


def test_a_passive_subject_does_not_say_the_words() -> None:
    body = 'Tom Hale, 26, was fatally shot after he "armed himself with a knife" last month.'
    assert "Tom Hale" not in _speakers(body)


def test_a_passive_subject_without_an_apposition() -> None:
    body = 'Ana Ruiz was arrested after she "refused to leave the building" on Monday.'
    assert "Ana Ruiz" not in _speakers(body)


def test_an_active_subject_keeps_the_words() -> None:
    # A guard (passes on f6ae74c too).
    body = 'Tom Hale was "delighted" with the result of the vote.'
    assert _speakers(body) == ["Tom Hale"]


def test_a_passive_subject_after_a_long_apposition() -> None:
    body = (
        'Karl Denton, 44, of Mill Road, was arrested after he "tried to walk away" from the '
        "scene, the court heard."
    )
    assert "Karl Denton" not in _speakers(body)


def test_a_passive_verb_inside_the_apposition_is_not_the_clause_s() -> None:
    # A guard (passes on f6ae74c too; a first version lost it).
    body = (
        "Rep. Ana Ruiz, who was elected in 2010, casts the mayor as a spender who would "
        '"unravel" the budget.'
    )
    assert _speakers(body) == ["Ana Ruiz"]
