"""Sentences that are not prose, and no-comment lines (own sentences)."""

from __future__ import annotations

import pytest

from app.core.document import Document
from app.core.options import SummaryLength
from app.core.summarize import summarize, sumy_document
from app.core.summarize.default._method import build
from app.core.summarize.default._prose import (
    content_words,
    is_lead_in,
    is_list_row,
    is_no_comment,
    is_not_prose,
    is_scrap,
    is_stat_line,
    is_table_row,
    is_tally,
)
from app.core.summarize.default._text import is_boilerplate, linked_flags, reading_flags


@pytest.mark.parametrize(
    "text",
    [
        "| 3 | Lena Okafor | 4120 | 2 | 11 |",
        "- 2 cups rolled oats",
        "• Free parking for guests",
        "4) Oak shelf, walnut finish (two sizes)",
        "2 tackles, 1 sack, 3 QH.",
        "Harbor City 12 9 14 20 — 55",
        "Pts",
        "Well done, Marta!",
        "Like Netscape!.",
        "He was 61.",
        "The new timetable adds these crossings:",
    ],
)
def test_rows_stat_lines_and_scraps_are_not_prose(text: str) -> None:
    assert is_not_prose(text)
    assert reading_flags(text).not_prose


@pytest.mark.parametrize(
    "text",
    [
        "The council approved a new bus depot on the east side of the river on Tuesday.",
        "- The council approved a new bus depot on the east side of the river.",
        "12 firefighters were treated for smoke inhalation after the warehouse blaze.",
        "Why did the council wait so long?",
        "Turnout rose to 64 percent in the northern wards, up from 51 percent in 2019.",
        "Sales fell sharply.",
    ],
)
def test_sentences_are_prose(text: str) -> None:
    assert not is_not_prose(text)
    assert not reading_flags(text).not_prose


def test_each_shape_has_its_own_check() -> None:
    assert is_table_row("Rank | Team | Points")
    assert not is_table_row("The vote was close | very close.")
    assert is_list_row("* Bring a torch and water")
    assert is_list_row("3 large onions, sliced")
    assert not is_list_row("3 large onions were sliced and fried for the stew.")
    assert not is_list_row("The river rose overnight")  # no marker: a fragment, not a row
    assert is_lead_in("Ferry fares from Monday: ")
    assert not is_lead_in("Ferry fares rise on Monday: adults pay 4 euros.")
    assert is_lead_in("The ferry line confirmed the new fares in a statement…")
    assert is_lead_in("The ferry line confirmed the new fares in a statement...")
    assert not is_lead_in("The ferry line said “fares will rise…” on Monday.")
    assert is_stat_line("Reyes 14 22 6 3.")
    assert not is_stat_line("Reyes 14 pts, 6 reb, 3 ast.")
    assert is_tally("Reyes 14 pts, 6 reb, 3 ast.")
    assert not is_tally("Reyes had 14 points and 6 rebounds.")
    assert not is_tally("Rain fell all night.")  # no digit: a short sentence, not a tally
    assert not is_stat_line("Reyes scored 14 points as the home side won the cup final.")
    assert is_scrap("See you there!")
    assert not is_scrap("Great stuff.")  # two content words are enough
    assert not is_scrap("Really?")  # questions are left to the question checks
    assert is_scrap("?") and is_scrap("?!")  # but a mark with no word asks nothing
    flags = linked_flags(["?", "No way."], [0, 0], [reading_flags("?"), reading_flags("No way.")])
    assert flags[0].not_prose and not flags[1].continues  # and is answered by nothing


def test_content_words_skip_stop_words_and_count_unspaced_scripts_by_characters() -> None:
    assert content_words("It was all of them.") == 0
    assert content_words("Ferries resume sailing tomorrow.") == 4
    assert content_words("港の新しいフェリーが運航を始めた。") >= 3


@pytest.mark.parametrize(
    "text",
    [
        "The harbour authority declined to comment.",
        "A spokeswoman for the ministry did not respond to a request for comment on Friday.",
        "Lawyers for the pair could not be reached for comment.",
        "The mayor's office was not immediately available for comment.",
        "Marlow Freight refused to comment on the report.",
    ],
)
def test_no_comment_lines_are_boilerplate(text: str) -> None:
    assert is_no_comment(text)
    assert is_boilerplate(text)


def test_a_comment_that_says_something_is_not_no_comment() -> None:
    assert not is_no_comment("The mayor said the comment was unfair to bus drivers.")
    long_one = (
        "The minister declined to comment on the leak, but said the ferry contract would be "
        "reviewed by an independent panel before any money was paid to the builder next spring."
    )
    assert not is_no_comment(long_one)


PAGE = """Harbour ferry timetable changes

The harbour ferry between Eastwick and Carrow will run every twenty minutes from Monday.
The operator said the faster timetable follows a year of record passenger numbers.
| Route | Departs | Arrives |
| Eastwick - Carrow | 07:00 | 07:25 |
| Carrow - Eastwick | 07:30 | 07:55 |
- 2 new boats
- 14 extra crossings
Thanks Ana!
Passengers with season tickets will not need to buy new ones, the operator added.
The operator declined to comment.
Night crossings will stay hourly until the new boats arrive in the spring.
"""


def test_the_default_summary_never_takes_rows_scraps_or_no_comment_lines() -> None:
    document = Document.from_text(PAGE)
    for count in range(1, 8):
        texts = [s.text for s in summarize(document, "default", SummaryLength(count))]
        assert texts, count
        for text in texts:
            assert not is_not_prose(text), text
            assert "declined to comment" not in text


def test_a_page_of_rows_gets_a_shorter_summary_not_rows() -> None:
    rows = "\n".join(f"| {i} | Team {i} | {100 - i} |" for i in range(1, 15))
    text = f"League table\n\nThe final league table after the last round of the season.\n{rows}\n"
    summary = summarize(Document.from_text(text), "default", SummaryLength(4))
    assert [s.text for s in summary] == [
        "The final league table after the last round of the season."
    ]


def test_a_short_sentence_inside_a_quotation_is_not_barred() -> None:
    texts = ['The skipper said: "We sail at dawn.', 'Be there."', "Thanks Ana!"]
    flags = linked_flags(texts, [0, 0, 1], [reading_flags(t) for t in texts])
    assert [g.not_prose for g in flags] == [False, False, True]


RESULTS = """Harbour league results

The harbour rowing league ended on Sunday with Eastwick winning the title by two points.
Eastwick beat Carrow in the last race of the season, watched by a record crowd on the quay.
Eastwick 14 wins, 2 losses.
Carrow 12 wins, 4 losses.
Westmouth 9 wins, 7 losses.
Northby 7 wins, 9 losses.
Southport 5 wins, 11 losses.
Rowers from both clubs said the new course along the quay made for closer racing.
The league will add a women's division next season, the organisers said on Monday.
Harbourside 3 wins, 13 losses.
"""


def test_short_summaries_leave_out_tallies_long_ones_may_take_them() -> None:
    document = Document.from_text(RESULTS)
    short = [s.text for s in summarize(document, "default", SummaryLength(3))]
    assert short and not any(is_tally(t) for t in short)
    long = [s.text for s in summarize(document, "default", SummaryLength(9))]
    assert any(is_tally(t) for t in long)


def test_tallies_are_not_barred_in_a_text_that_is_not_english() -> None:
    text = (
        "Der Stadtrat hat den Haushalt des Hafens nach einer langen Debatte beschlossen.\n"
        "Die Arbeiten beginnen im März und dauern 14 Monate.\n"
        "Der Bürgermeister sagte, dass die Fähren während der Arbeiten weiter fahren werden.\n"
        "Die Fischer fürchten, dass sie auf dem Markt weniger verkaufen werden.\n"
    )
    flags = build()._features(sumy_document(Document.from_text(text))[0]).flags
    assert is_tally("Die Arbeiten beginnen im März und dauern 14 Monate.")  # no English word
    assert not any(g.tally for g in flags)
