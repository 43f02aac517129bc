"""Dates (app.core.facts.dates._carry): the year a story tells of goes on into the next sentence.

"The mill closed in March 2019. In June, the owners sold the site": a reader puts June in 2019,
the past the story is told in, not in the year before the article. Sentences of our own; said
on Monday 7 December 2026.
"""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "The mill at Harrowgate closed in March 2019. In June, the owners sold the site.",
            "June",
            "2019-06",
        ),
        # The next paragraph's first sentence, and a day of the month.
        (
            "The ferry ran aground on 4 February 2021.\n\nIt was towed off on 11 February.",
            "11 February",
            "2021-02-11",
        ),
        # What ran until a day after the new year named ends in the year after.
        (
            "The pier burned down on 26 December 2016. The sea wall stayed broken until 3 January.",
            "3 January",
            "2017-01-03",
        ),
        # The year goes on from the carried month to the next one of its sentence.
        (
            "The band played Glastonbury in June 2015. In August they toured Japan, and in "
            "October they split.",
            "October",
            "2015-10",
        ),
    ],
)
def test_the_next_sentence_goes_on_in_the_year_told(text: str, span: str, expected: str) -> None:
    assert values(text)[span] == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # The present perfect reaches to now: the year told says nothing of it.
        ("The mill closed in March 2019. It has stood empty since June.", "June", "2026-06"),
        # A verb of saying: the reported time is the article's own.
        (
            "The mill closed in March 2019. The owners said in June it would be sold.",
            "June",
            "2026-06",
        ),
        # What is still to come.
        ("The mill closed in March 2019. In June, the site will be sold.", "June", "2027-06"),
        # A month before the one named: no story runs backwards without saying so.
        (
            "The mill closed in March 2019. In February, the owners sold the site.",
            "February",
            "2026-02",
        ),
        # Two sentences on, the story has moved.
        (
            "The mill closed in March 2019. Its workers went to other plants. In June, the "
            "owners sold the site.",
            "June",
            "2026-06",
        ),
        # A year of the article's own: its tense places the month.
        ("The mill closed in March 2026. In June, the owners sold the site.", "June", "2026-06"),
    ],
)
def test_the_year_told_does_not_go_on(text: str, span: str, expected: str) -> None:
    assert values(text)[span] == expected
