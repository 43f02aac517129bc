"""The surnames that are titles too are looked for only where an honorific or one of them
starts (`pieces.finditer_from`): the same matches as the search of every character (speed,
round 43b; fails on 0fc0fa7, which has no opening). Sentences are our own."""

from __future__ import annotations

from app.core.facts.nlp import title_surnames
from app.core.facts.nlp.pieces import finditer_from

_TEXT = (
    "Lord disagreed with the plan. Mr Bishop said the vote came too late, and Mrs. Judge, "
    "who chairs the board, agreed. The King spoke; Queen Mary did not. Dr  Mayor-elect "
    "Sam Cole and xMr Speaker stayed away, but Ms\u00a0Marshal was there."
)


def test_the_opening_finds_what_the_whole_search_finds() -> None:
    pattern, opening = title_surnames._title_surname(), title_surnames._title_surname_opening()
    for lo, hi in [(0, len(_TEXT)), (5, 120), (30, len(_TEXT) - 3)]:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(_TEXT, lo, hi)]
        found = [(m.span(), m.groups()) for m in finditer_from(opening, pattern, _TEXT, lo, hi)]
        assert found == expected
    found = [(m["honorific"], m["word"]) for m in pattern.finditer(_TEXT)]
    assert found == [
        (None, "Lord"),
        ("Mr", "Bishop"),
        ("Mrs", "Judge"),
        (None, "King"),
        (None, "Speaker"),  # no honorific inside "xMr"
        ("Ms", "Marshal"),
    ]


def test_every_match_starts_where_the_opening_matches() -> None:
    pattern, opening = title_surnames._title_surname(), title_surnames._title_surname_opening()
    for start in range(len(_TEXT)):
        if pattern.match(_TEXT, start) is not None:
            assert opening.match(_TEXT, start) is not None
