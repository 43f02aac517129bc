"""Two opening phrases before a clause's subject ("On Thursday, after months of silence, Ann
Warren ...") are both passed over (`nlp.clauses.subject_at`), so "..., saying" and a joined
"and added," find the subject."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_saying_after_two_opening_phrases() -> None:
    body = (
        "On Thursday, after staying neutral for months, Ann Warren appeared on a late show "
        'and endorsed Ruiz, saying, "I think she is the right leader."'
    )
    assert speakers_of("", body) == ["Ann Warren"]


def test_added_after_two_opening_phrases() -> None:
    body = (
        "Speaking from prison last year, in a long interview with the reporter Tim Shaw, Paul "
        'Lazar said he welcomed the trial and added, "I will plead guilty, no problem."'
    )
    assert speakers_of("", body) == ["Paul Lazar"]
