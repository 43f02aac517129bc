"""Openers that stand for what an earlier sentence named: "Both were fined.", "Since then, ..."."""

from __future__ import annotations

import pytest

from app.core.summarize.default._text import opens_backwards


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both were fined for breaking the curfew.", True),
        ("Neither has replied to the council's letter.", True),
        ("Neither will the delay please the commuters.", True),
        ("The same goes for the ferry company, which has cut its winter timetable.", True),
        ("Since then the rents on the quay have doubled.", True),
        ("By then the new bridge should carry most of the traffic.", True),
        ("Until then, passengers will have to change at the junction.", True),
        ("Others say the crossing is too slow for lorries.", True),  # others than who?
        # They name what they mean: no earlier sentence needed.
        ("Both harbour towns have voted to share one ferry.", False),
        ("Neither Corwen nor Bala has replied.", False),
        ("The same year the quay was rebuilt for the third time.", False),
        ("Since the storm the rents on the quay have doubled.", False),
        ("Bothwell Castle will reopen in May.", False),
        ("Otherton's quay will reopen in May.", False),
    ],
)
def test_words_that_stand_for_things_named_before_open_backwards(text: str, expected: bool) -> None:
    assert opens_backwards(text) is expected
