"""Tests for app.core.facts.dates._extract: forms, values, negatives, offsets and robustness."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.document import Document
from app.core.facts.dates import extract, find_dateline, scan
from app.core.facts.dates._rules import Anchor, AnchorUnit

REF = datetime.date(2004, 11, 17)  # a Wednesday


def facts(text: str, ref: datetime.date | None = None) -> dict[str, str | None]:
    """Found date texts mapped to their values (the text is one body paragraph)."""
    doc = Document.from_text(text)
    return {f.text: f.timex for f in extract(doc, ref)}


# A date every reading finds, set beside a negative so that the test fails if nothing is found.
CONTROL, CONTROL_DATE = "The hall reopened on 4 May 2018.", "4 May 2018"


def facts_beside_control(sentence: str, ref: datetime.date | None = None) -> dict[str, str | None]:
    """`facts` of `sentence` followed by `CONTROL` in its paragraph, less the control's date
    (which must be found)."""
    found = facts(f"{sentence} {CONTROL}", ref)
    assert found.pop(CONTROL_DATE) == "2018-05-04", found
    return found


# --- forms and values without a reference date -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The two leaders met on August 18 in the old capital.", "August 18", "--08-18"),
        ("The law took effect on 18 August 2018 across the state.", "18 August 2018", "2018-08-18"),
        ("The filing is dated 2018-08-18 in the register.", "2018-08-18", "2018-08-18"),
        ("The bridge was finished in 1997 after long delays.", "1997", "1997"),
        ("The shop opened in June 2004 near the station.", "June 2004", "2004-06"),
        ("Growth was slow through the 1990s in the region.", "the 1990s", "199X"),
        ("Profit rose in the fourth quarter of 2004, the firm said.", None, "2004-Q4"),
        ("The deal was signed on Aug. 7, 1998, in the capital.", "Aug. 7, 1998", "1998-08-07"),
        ("The vote is set for December 2005 at the latest.", "December 2005", "2005-12"),
        ("Sales grew in the summer of 2003 as tourists returned.", None, "2003-SU"),
        ("Historians place it in the 19th century by its style.", None, "18"),
        ("The plant closed in mid-1996 after the merger.", "mid-1996", "1996"),
        ("The bank reported the third-quarter profit of 2004 late.", "third-quarter", None),
    ],
)
def test_explicit_forms(sentence: str, span: str | None, value: str) -> None:
    found = facts(sentence)
    if span is not None:
        assert span in found, found
        assert found[span] == value, found
    else:
        assert value in found.values(), found


def test_span_excludes_leading_preposition() -> None:
    found = facts("The council will meet on Friday to vote.")
    assert list(found) == ["Friday"]


def test_relative_forms_without_reference_have_no_value() -> None:
    found = facts(
        "Sales fell last week and the store closes next year. "
        "A second office opened this June, and the mayor spoke yesterday."
    )
    assert found == {"last week": None, "next year": None, "this June": None, "yesterday": None}


def test_month_without_year_or_reference_is_not_guessed() -> None:
    assert facts("Talks resumed in December with both sides present.") == {"December": None}


# --- resolution against a reference date -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The minister resigned yesterday after the report.", "yesterday", "2004-11-16"),
        ("The minister spoke today in parliament.", "today", "2004-11-17"),
        ("The talks will resume tomorrow in the capital.", "tomorrow", "2004-11-18"),
        ("The company said last Friday that profits fell.", "last Friday", "2004-11-12"),
        ("The company said on Friday that profits fell.", "Friday", "2004-11-12"),
        ("The board will meet on Friday to decide.", "Friday", "2004-11-19"),
        ("The firm said on Friday that it will cut jobs.", "Friday", "2004-11-12"),
        ("The offer runs until 5 p.m. Friday, the bank said.", "Friday", "2004-11-19"),
        ("The store closes next year, the owner said.", "next year", "2005"),
        ("Sales fell last year, the owner said.", "last year", "2003"),
        ("A new office opened this June in the city.", "this June", "2004-06"),
        ("Prices rose last month across the country.", "last month", "2004-10"),
        ("Prices rose last week across the country.", "last week", "2004-W46"),
        ("The figures for last April were revised.", "last April", "2004-04"),
        ("The mill shut three years ago after a fire.", "three years ago", "2001"),
        ("Profit rose in the third quarter, the bank said.", "the third quarter", "2004-Q3"),
        ("The treaty was signed on August 18 by both states.", "August 18", "2004-08-18"),
        ("Traffic was heavy last summer in the old town.", "last summer", "2004-SU"),
        ("Figures for the full year will follow in March 2005.", "the full year", "2004"),
        ("Shops were busy over the weekend, traders said.", "the weekend", "2004-W46-WE"),
        ("Sales peaked over Christmas, the chain said.", "Christmas", "2003-12-25"),
        ("Prices fell in March and recovered in April.", "March", "2004-03"),
        ("Prices fell in February 2004 and in December.", "December", "2004-12"),
        ("The rebuilt hall will reopen in January.", "January", "2005-01"),
        ("The rules changed in the early nineties.", "the early nineties", "199X"),
        ("The firm was founded in nineteen ninety-six by two brothers.", None, "1996"),
        ("Sales in Q3 2004 beat the bank's forecast.", "Q3 2004", "2004-Q3"),
        ("Sales in Q3 beat the bank's forecast.", "Q3", "2004-Q3"),
        ("The FY2005 budget was cut again.", "FY2005", "2005"),
        ("The fort was built 300 years ago on the hill.", "300 years ago", "1704"),
        ("Songs of the 60s filled the hall.", "the 60s", "196X"),
        ("Ticket sales in the 2004-05 season fell.", "2004-05 season", "2004/2005"),
        ("Turnout in the 1990s was far higher.", "the 1990s", "199X"),
    ],
)
def test_resolution(sentence: str, span: str | None, value: str | None) -> None:
    found = facts(sentence, REF)
    if span is not None:
        assert span in found, found
        assert found[span] == value, found
    else:
        assert value in found.values(), found


def test_that_year_takes_the_year_mentioned_before() -> None:
    found = facts("The mill opened in 1962. Later that year it doubled its staff.", REF)
    assert found == {"1962": "1962", "Later that year": "1962"}


def test_the_following_year_counts_from_the_story() -> None:
    found = facts("The bridge opened in 1962. The following year it was closed.", REF)
    assert found == {"1962": "1962", "The following year": "1963"}


def test_the_following_year_without_a_story_date_counts_from_the_reference() -> None:
    assert facts("Prices may rise in the following year.", REF) == {"the following year": "2005"}


def test_anaphoric_dates_carry_their_anchor_not_a_packed_string() -> None:
    text = "The hall opened in May 1962. The next morning it rained. The following year it shut."
    anchors = {text[f.start : f.end]: f.anchor for f in scan(text)}
    assert anchors == {
        "May 1962": None,
        "The next morning": Anchor(AnchorUnit.DAY, 1),
        "The following year": Anchor(AnchorUnit.YEAR, 1),
    }


def test_earlier_in_the_day_is_the_day_told_of_not_the_pages_date() -> None:
    told = "The ferry sank on 3 March 2004. Earlier in the day the crew had reported a leak."
    assert facts(told, REF) == {"3 March 2004": "2004-03-03", "Earlier in the day": "2004-03-03"}
    # A month or year named since the day is no day to refer to: it refers past them.
    later = told.replace("Earlier in the day", "It was the worst loss since 1990. Later that day")
    assert facts(later, REF)["Later that day"] == "2004-03-03"
    # Nothing told before it: no day to refer to, so no value (the page's date would be wrong).
    assert facts("A cup of tea may help you sleep later in the day.", REF) == {
        "later in the day": None
    }


def test_a_year_earlier_follows_a_quarter_in_the_same_sentence() -> None:
    found = facts("Profit rose in the third quarter from a year earlier, the bank said.", REF)
    assert found == {"the third quarter": "2004-Q3", "a year earlier": "2003-Q3"}


def test_a_quarter_of_a_game_is_no_date_but_a_quarter_of_a_business_year_is() -> None:
    game = "Ruiz left the court in the second quarter with a sprained ankle."
    assert facts_beside_control(game, REF) == {}
    # In a business report the same words are a quarter of the year: from a figure in the
    # paragraph, or from a report word anywhere in the article.
    assert facts("Ruiz said sales would slow in the second quarter.", REF) == {
        "the second quarter": "2004-Q2"
    }
    report = (
        "The firm expects the second quarter to be calmer as its new plant opens.\n"
        "Harbour Foods also paid its shareholders a larger dividend."
    )
    # Round 45: "expects the second quarter to be calmer", said in November, looks ahead to
    # next year's (was 2004-Q2, the quarter of the year under way).
    assert facts(report, REF) == {"the second quarter": "2005-Q2"}
    assert facts(report.replace("shareholders a larger dividend", "staff a bonus"), REF) == {}


def test_a_datetime_reference_counts_as_its_day() -> None:
    doc = Document.from_text("The minister resigned yesterday after the report.")
    moment = datetime.datetime(2004, 11, 17, 23, 59)
    assert [f.timex for f in extract(doc, moment)] == ["2004-11-16"]


def test_a_year_ago_in_a_quarterly_report_is_that_quarter() -> None:
    text = (
        "The bank's third-quarter profit rose 5%. "
        "Net income was $9m, up from $7m a year ago, the bank said."
    )
    found = facts(text, REF)
    assert found["a year ago"] == "2003-Q3"


def test_vague_references_are_not_dates() -> None:
    found = facts(
        "The firm has recently grown, as in the past, and may do so soon and in the future. "
        "Its sales doubled in recent years, slipped in recent weeks and fell in March.",
        REF,
    )
    assert set(found) == {"March"}


def test_a_modal_verb_puts_a_weekday_ahead() -> None:
    # REF is a Wednesday (2004-11-17): "should ease by Thursday" is the coming Thursday.
    found = facts("The storm should ease by Thursday, forecasters said.", REF)
    assert found["Thursday"] == "2004-11-18"


def test_the_month_may_and_a_reporter_called_will_are_no_modals() -> None:
    # REF is 2004-11-17. "May 10" before "June 10" is a month, not "may": the rule was past,
    # so June 10 is this year's; "Will Okafor" is a name, not "will".
    found = facts("The rule barred planting before May 10 and harvesting before June 10.", REF)
    assert (found["May 10"], found["June 10"]) == ("2004-05-10", "2004-06-10")
    assert facts("Reporting by Will Okafor on June 3.", REF)["June 3"] == "2004-06-03"
    assert facts("The port may reopen on June 3.", REF)["June 3"] == "2005-06-03"


def test_a_weekday_with_no_tense_word_is_the_nearest_one() -> None:
    # REF is a Wednesday: with nothing saying past or future, "Thursday" is the next day and
    # "Monday" two days back; a past verb keeps even the nearer Thursday in the past.
    assert facts("The museum's reopening is Thursday.", REF)["Thursday"] == "2004-11-18"
    assert facts("The museum's reopening is Monday.", REF)["Monday"] == "2004-11-15"
    found = facts("The curator said on Thursday that the museum is ready.", REF)
    assert found["Thursday"] == "2004-11-11"


@pytest.mark.parametrize(
    "sentence",
    [
        "Cyclists rode through the square on Thursday to mark the anniversary.",
        "The choir sang outside the town hall on Thursday and will return next month.",
        "Strikers stood at the gates on Thursday over a pay offer they say will fail.",
    ],
)
def test_an_irregular_past_verb_keeps_a_near_weekday_behind(sentence: str) -> None:
    # REF is Wednesday 17 November 2004: Thursday the 18th is nearer, but "rode", "sang",
    # "stood" are past, and a "will" later in the sentence is another clause's.
    assert facts(sentence, REF)["Thursday"] == "2004-11-11"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # Hoping or expecting in the past says nothing of when the hoped-for thing falls.
        ("Traders had expected the new bridge to open before Christmas.", "2004-12-25"),
        ("The builders hoped to finish the roof by Christmas.", "2004-12-25"),
        # With no tense word, a holiday a few weeks ahead is this year's.
        ("Carol singers fill the market square at Christmas.", "2004-12-25"),
        # A past verb of its own still puts it behind.
        ("The high street was quiet at Christmas.", "2003-12-25"),
    ],
)
def test_a_holiday_a_few_weeks_ahead_is_this_years_unless_a_past_verb_governs_it(
    sentence: str, value: str
) -> None:
    # REF is 17 November 2004, 38 days before Christmas.
    assert facts(sentence, REF)["Christmas"] == value


@pytest.mark.parametrize(
    ("sentence", "ref", "span", "value"),
    [
        # With no tense word a holiday is placed as a day of its month is: early January,
        # said in December, is the coming one, as "in January" would be.
        (
            "Food stalls line the quay on New Year's Day.",
            "2004-12-06",
            "New Year's Day",
            "2005-01-01",
        ),
        (
            "Food stalls line the quay on New Year's Day.",
            "2004-06-06",
            "New Year's Day",
            "2004-01-01",
        ),
        ("Choirs sing in the abbey at Christmas.", "2004-08-10", "Christmas", "2003-12-25"),
        ("Choirs sing in the abbey at Christmas.", "2004-10-10", "Christmas", "2004-12-25"),
    ],
)
def test_a_holiday_without_a_tense_word_takes_the_year_a_day_of_its_month_would(
    sentence: str, ref: str, span: str, value: str
) -> None:
    assert facts(sentence, datetime.date.fromisoformat(ref))[span] == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("I hope to announce the scheme in the spring.", "the spring", "2005-SP"),
        ("The bakery hopes to reopen in March.", "March", "2005-03"),
        ("We are aiming to finish the roof in the summer.", "the summer", "2005-SU"),
    ],
)
def test_hoping_or_aiming_to_do_something_looks_ahead(sentence: str, span: str, value: str) -> None:
    # REF is 17 November 2004: last spring, March and summer are behind, the next ones ahead.
    assert facts(sentence, REF)[span] == value


def test_a_count_later_or_earlier_runs_from_the_story_not_from_the_day_of_writing() -> None:
    # "Three years later" counts from the event just told (round 41: from the date the sentence
    # before names; it had no value before); "a few weeks earlier" gives no count; "ago" counts
    # from the day of writing, and so does a results report's "a year earlier".
    found = facts(
        "The mill opened in 1990. Three years later it closed, and a few weeks earlier "
        "it had cut jobs. Two days ago its site was sold.",
        REF,
    )
    assert found["Three years later"] == "1993"
    assert found["a few weeks earlier"] is None
    assert found["Two days ago"] == "2004-11-15"
    assert facts("Profit was $5m, against $3m a year earlier.", REF)["a year earlier"] == "2003"


def test_a_past_verb_right_before_a_month_puts_it_behind_the_reference() -> None:
    # Said in November 2004: the board "met in December" last year, but "will meet" this year.
    found = facts("The board met in December.", REF)
    assert found["December"] == "2003-12"
    assert facts("The board will meet in December.", REF)["December"] == "2004-12"


def test_the_verb_a_date_follows_governs_it_not_a_later_will() -> None:
    found = facts("The city signed the lease on Oct. 31, and tenants will move in soon.", REF)
    assert found["Oct. 31"] == "2004-10-31"


def test_a_scheduled_event_in_the_present_is_ahead_though_the_report_is_past() -> None:
    # Said on Wednesday 17 November 2004: the date's own verb ("stops", "opens") governs it, not
    # the sentence's past "reported" or the later "was announced".
    found = facts(
        "A magazine reported details of the comeback tour that stops in Leeds on July 22.", REF
    )
    assert found["July 22"] == "2005-07-22"
    found = facts("A magazine reported that the comeback tour stops in Leeds on Thursday.", REF)
    assert found["Thursday"] == "2004-11-18"
    found = facts("The exhibition, which opens on March 3, was announced yesterday.", REF)
    assert found["March 3"] == "2005-03-03"
    # After a determiner the "-s" word is a noun: "the tax returns" sets no tense.
    assert facts("He filed the tax returns in March.", REF)["March"] == "2004-03"


def test_a_date_set_before_its_clause_takes_the_tense_of_the_verb_after_it() -> None:
    # "In January, ... hired": last January, not the coming one two months ahead.
    assert facts("In January, the company hired a new chief.", REF)["January"] == "2004-01"
    # Without the comma the date is no fronted adverbial: a present passive is no past verb.
    found = facts("When February comes round and the free trials are offered, try it.", REF)
    assert found["February"] == "2005-02"


def test_a_modal_perfect_is_past_and_a_passive_infinitive_is_not() -> None:
    # "could have escaped" is what might have been; "to be published in" is still to come.
    found = facts(
        "On April 8, the police, wondering how the thief could have escaped, searched the yard.",
        datetime.date(2004, 5, 5),
    )
    assert found["April 8"] == "2004-04-08"
    found = facts("He said the rules to be published in early December will settle it.", REF)
    assert found["early December"] == "2004-12"


def test_names_and_abbreviations_do_not_hide_the_governing_verb() -> None:
    # "United States" is no past verb; the period of "Sept." ends no clause.
    found = facts("The father would be flying to the United States Thursday.", REF)
    assert found["Thursday"] == "2004-11-18"
    monday = datetime.date(2004, 11, 15)
    found = facts("The firm bought shares from Sept. 14 to Thursday for $5 each.", monday)
    assert found["Thursday"] == "2004-11-11"


def test_a_word_in_quotation_marks_does_not_cut_the_date_off_its_verb() -> None:
    # REF is a Wednesday: smog "likely to reach" its level on Monday is the coming Monday.
    found = facts("Forecasters warned that smog is likely to reach “severe” levels on Monday.", REF)
    assert found["Monday"] == "2004-11-22"


def test_is_right_before_a_month_or_day_puts_it_ahead() -> None:
    # Said on 17 November 2004: what "is in March" is not over; a weekday keeps the nearest.
    assert facts("The vote is in March.", REF)["March"] == "2005-03"
    assert facts("The fair is on May 2, its organisers said.", REF)["May 2"] == "2005-05-02"
    assert facts("The fair's opening is Monday.", REF)["Monday"] == "2004-11-15"


def test_a_verb_further_back_in_the_clause_still_governs_the_date() -> None:
    found = facts(
        "Two new ferries would sail from Hull on Mondays and Tuesdays from March 30, with a "
        "third one leaving each Thursday from August 6.",
        REF,
    )
    assert found["August 6"] == "2005-08-06"


# --- negatives ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The project took three months and cost a lot.",
        "The driver, 45, was taken to hospital.",
        "The shop opens at 9:30 every day and closes at 17:00.",
        "He paid $2000 for the car and £1997 for repairs.",
        "Some 1,997 people were evacuated from the town.",
        "Officials sent 2000 troops to the border.",
        "The shares are now worth less than they currently were.",
        "The firm employs about 1500 staff at two sites.",
        "She may march to the office if it rains.",
        "The story ran in the Mail on Sunday and the Sunday Times.",
        "He spoke on the Today programme about the plan.",
        "The rival brand sells Windows 2000 machines.",
        "The shop opens every Monday and closes each Friday.",
        "Today, more people than ever own a phone.",
        "The score was 2004-03 after extra time.",
        "At that time the plan was still new.",
        "A 30-year-old man was held for three days.",
        "The laptop earned a total score of 2072 in the graphics test.",
        "Its single-core result rose from 1061 to 1142 on the new chip.",
        "She kept all her Christmas cards in a tin.",
        "He wore a Halloween mask to the meeting.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert facts_beside_control(sentence, REF) == {}


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Geologists on Monday unveiled a map of the seabed.", "2004-11-15"),
        ("Ferrymen on Tuesday voted to strike.", "2004-11-16"),
        ("The Harbour Board on Monday approved the budget.", "2004-11-15"),
        ("Norway on Sunday said it would send a ship.", "2004-11-14"),
    ],
)
def test_a_subject_then_on_a_weekday_is_a_date(sentence: str, day: str) -> None:
    assert facts_beside_control(sentence, REF) == {sentence.split(" on ")[1].split()[0]: day}


def test_holidays_and_years_still_found_beside_the_same_words() -> None:
    text = (
        "The shop sent cards before Christmas and during the Christmas period. "
        "The fund grew from 2015 onwards, and in 1066 the town was taken."
    )
    found = facts(text, REF)
    assert found["Christmas"] == "2003-12-25"
    assert "2015" in found and "1066" in found
    assert len([t for t in found if t == "Christmas"]) == 1


def test_today_meaning_nowadays_is_skipped() -> None:
    text = "The zone was set up in 1997 (today known as the Tech Corridor) by the state."
    assert facts(text) == {"1997": "1997"}


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Today's ruling was a blow to the firm, its lawyer said.", True),
        ("The stores were busy today, the manager said.", True),
        ("Today's celebrities guard their image closely.", False),
        ("The coin is worth more than it is today.", False),
        ("There is too much advertising on television today.", False),
        ("The sound shaped the music of today.", False),
    ],
)
def test_today_calendar_day_or_nowadays(sentence: str, kept: bool) -> None:
    assert (facts_beside_control(sentence) != {}) is kept


def test_today_as_a_day_is_kept() -> None:
    assert facts("The minister said today that the plan would go ahead.") == {"today": None}


# --- invalid and partial dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("The form was dated 31 February 2004 by mistake.", "31 February 2004"),
        ("The log shows 2004-13-45 as the entry date.", "2004-13-45"),
        ("The cheque said February 30 on its face.", "February 30"),
    ],
)
def test_invalid_dates_have_no_value(sentence: str, span: str) -> None:
    found = facts(sentence, REF)
    assert span in found
    assert found[span] is None


def test_numeric_dates_are_read_only_when_unambiguous() -> None:
    found = facts("Forms dated 25/12/2004 and 12/25/2004 differ from 03/04/2005.")
    assert found == {"25/12/2004": "2004-12-25", "12/25/2004": "2004-12-25", "03/04/2005": None}


def test_leap_day_without_year_is_valid() -> None:
    assert facts("Her birthday falls on February 29 each leap year.") == {"February 29": "--02-29"}


# --- offsets, sentences and the title ----------------------------------------------------------


def test_offsets_and_sentence_indices() -> None:
    text = (
        "Council approves new budget\n"
        "The council met on Monday. It approved the budget for 2005.\n"
        "A review is due in March 2006, officials said."
    )
    doc = Document.from_text(text)
    result = extract(doc, REF)
    assert [f.text for f in result] == ["Monday", "2005", "March 2006"]
    for fact in result:
        assert doc.text[fact.start : fact.end] == fact.text
        sentence = doc.sentences[fact.sentence]
        assert sentence.start <= fact.start < fact.end <= sentence.end
    assert [f.sentence for f in result] == [0, 1, 2]


def test_title_is_not_scanned() -> None:
    text = "Budget vote set for June 2005\nThe council will vote on the plan in May 2006."
    assert [f.text for f in extract(Document.from_text(text))] == ["May 2006"]


def test_scan_covers_any_stretch() -> None:
    text = "Budget vote set for June 2005"
    found = scan(text)
    assert [(text[f.start : f.end], f.value) for f in found] == [("June 2005", "2005-06")]


# --- datelines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published: 12 March 2019\nThe mayor spoke.", datetime.date(2019, 3, 12)),
        ("LONDON, March 12, 2019 -- The mayor spoke on Friday.", datetime.date(2019, 3, 12)),
        ("Storm hits coast\n2005-01-08\nWaves rose overnight.", datetime.date(2005, 1, 8)),
        ("Storm hits coast\n2005-01-08T09:30:00Z\nWaves rose.", datetime.date(2005, 1, 8)),
        ("Updated 8 Jan 2005\nWaves rose overnight.", datetime.date(2005, 1, 8)),
        ("By A. Writer | 08/01/2005\nWaves rose.", None),
        ("By A. Writer | 8 January 2005\nWaves rose.", datetime.date(2005, 1, 8)),
        ("Thursday, 6 January 2005, 14:35 GMT\nWaves rose.", datetime.date(2005, 1, 6)),
        ("The council met on 4 May 2018.\nIt voted.", None),
        (
            "A candidate spoke.\n"
            "The rival, a long-serving and popular councillor, spoke -- on 4 May 2018.",
            None,
        ),
        ("The mayor spoke on Friday about the plan.", None),
        ("LONDON, March 12 (Wire) -- The mayor spoke.", None),
    ],
)
def test_find_dateline(text: str, expected: datetime.date | None) -> None:
    assert find_dateline(text) == expected


def test_dateline_ignores_dates_deep_in_a_long_first_sentence() -> None:
    text = (
        "The long-running dispute between the two neighbouring councils over the bridge, which "
        "first opened on 4 May 1990, flared again."
    )
    assert find_dateline(text) is None


# --- robustness --------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789 ,.-/'\nJanuaryMayFridaythelastnextyearsago")),
        max_size=200,
    )
)
def test_no_crash_and_offsets_hold_on_odd_input(text: str) -> None:
    # The control paragraph first: whatever follows it, its date is still found.
    doc = Document.from_text(f"{CONTROL}\n{text}")
    found = extract(doc, REF)
    assert found[0].text == CONTROL_DATE
    for fact in found:
        assert doc.text[fact.start : fact.end] == fact.text
        assert fact.sentence is not None and 0 <= fact.sentence < len(doc.sentences)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.dates())
def test_no_crash_on_any_text_and_reference(text: str, ref: datetime.date) -> None:
    doc = Document.from_text(f"{CONTROL}\n{text}")
    found = extract(doc, ref)
    assert found[0].text == CONTROL_DATE
    for fact in found:
        assert doc.text[fact.start : fact.end] == fact.text


_EVERY_FORM = (
    "On Friday, last Friday, next week, this June, last month, yesterday, tomorrow, "
    "the weekend, the quarter, the third quarter, a year ago, three years ago, two weeks ago, "
    "last spring, this winter, the nineties, this century, Christmas, last Easter, "
    "the full year, that day, the next morning, on August 18 and in December it rained."
)


@pytest.mark.parametrize("ref", [datetime.date.min, datetime.date.max, datetime.date(2000, 2, 29)])
def test_extreme_reference_dates_do_not_crash(ref: datetime.date) -> None:
    doc = Document.from_text(_EVERY_FORM)
    found = extract(doc, ref)
    assert len(found) >= 20
    for fact in found:
        assert doc.text[fact.start : fact.end] == fact.text


@pytest.mark.parametrize(
    ("timex", "value"),
    [
        ("2004-11-16", "2004-11-16"),
        ("2004-11", "2004-11"),
        ("2004", "2004"),
        ("--08-18", "--08-18"),
        ("2004-Q4", "2004"),
        ("2027-SU", "2027"),
        # A week gives its month when it lies in one (15-21 March 2004), else its year; one
        # that spans two years gives nothing.
        ("2004-W12", "2004-03"),
        ("2004-W12-WE", "2004-03"),
        ("2004-W05", "2004"),
        ("2004-W05-WE", "2004"),  # Saturday 31 January, Sunday 1 February
        ("2026-W53", None),
        ("2004-H1", "2004"),
        ("2004-11-16T09:00", "2004-11-16"),
        ("199X", None),
        ("2027/2028", None),  # years, not one date
        ("19", None),
        ("PAST_REF", None),
        (None, None),
    ],
)
def test_contract_value_is_the_most_precise_contract_form(timex, value) -> None:
    from app.core.facts.dates import contract_value

    assert contract_value(timex) == value


def test_facts_carry_both_contract_value_and_timex() -> None:
    doc = Document.from_text("Results came in the fourth quarter of 2004 and in the 1990s.")
    found = {f.text: (f.value, f.timex) for f in extract(doc, None)}
    assert found["the fourth quarter of 2004"] == ("2004", "2004-Q4")
    assert found["the 1990s"] == (None, "199X")


def test_a_scheduled_date_is_ahead_not_behind() -> None:
    # Said on 17 November 2004: "a scheduled Dec. 15 vote" is this December's.
    found = facts("The council may cancel a scheduled Dec. 15 vote on the budget.", REF)
    assert found["Dec. 15"] == "2004-12-15"


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote will be postponed from Monday to Friday, the clerk said.",
        "The ferry timetable will be announced at a meeting on Monday, she said.",
        "River levels are likely to peak on Monday, forecasters said.",
    ],
)
def test_a_passive_or_likely_future_puts_a_weekday_ahead(sentence: str) -> None:
    # REF is a Wednesday (2004-11-17): the coming Monday, not the one just gone.
    assert facts(sentence, REF)["Monday"] == "2004-11-22"


@pytest.mark.parametrize(
    ("sentence", "weekday", "value"),
    [
        (
            "The ferry company will run a reduced Saturday service from next month, it said.",
            "Saturday",
            "2004-11-20",
        ),
        (
            "The library will open a revised Thursday reading hour, the council said.",
            "Thursday",
            "2004-11-18",
        ),
    ],
)
def test_a_participle_after_an_article_is_no_past_verb(
    sentence: str, weekday: str, value: str
) -> None:
    # "a reduced Saturday service": an adjective, so the clause's "will" puts the day ahead of
    # Wednesday 17 November 2004 (the Saturday just gone was the 13th).
    assert facts(sentence, REF)[weekday] == value


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Work on the bridge began the following spring.", "the following spring"),
        ("The ferry was sold the previous week, its owners said.", "the previous week"),
        ("Sales fell the previous year, the chain said.", "the previous year"),
        ("The mill shut, and the village emptied the following month.", "the following month"),
    ],
)
def test_a_following_or_previous_period_with_no_date_before_has_no_value(
    sentence: str, span: str
) -> None:
    # Counted from a time the story tells of, and none is named: not from the day of writing.
    assert facts(sentence, REF) == {span: None}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shoppers queued overnight for Black Friday.", {"Black Friday": "2004-11-26"}),
        ("The ferry will not sail on Boxing Day.", {"Boxing Day": "2004-12-26"}),
        ("The church will be full on Good Friday.", {"Good Friday": "2005-03-25"}),
        ("The fair will open on Easter Monday.", {"Easter Monday": "2005-03-28"}),
        ("Parades will fill the city on St. Patrick's Day.", {"St. Patrick's Day": "2005-03-17"}),
    ],
)
def test_named_holidays_are_their_own_days_not_this_weeks(
    sentence: str, expected: dict[str, str]
) -> None:
    # REF is Wednesday 17 November 2004: "Friday" alone would be the 19th.
    assert facts(sentence, REF) == expected


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Eleven states voted on Super Tuesday, the party said.", "Super Tuesday"),
        ("The film retells the story of Bloody Sunday.", "Bloody Sunday"),
        ("Savings were lost in the crash on Black Monday.", "Black Monday"),
    ],
)
def test_a_named_day_is_a_date_of_its_own_without_this_weeks_value(
    sentence: str, span: str
) -> None:
    assert facts(sentence, REF) == {span: None}


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Toy shops expect record sales in March.", "March", "2005-03"),
        ("The club anticipates a full stadium on Boxing Day.", "Boxing Day", "2004-12-26"),
        ("Forecasters in March forecast a dry summer.", "March", "2004-03"),
    ],
)
def test_a_present_expect_looks_ahead(sentence: str, span: str, value: str) -> None:
    # Said in November 2004: what shops expect in March is next March's; a "forecast" made in
    # March (the past form is the same word) is this year's.
    assert facts(sentence, REF)[span] == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # Wednesday 17 November 2004: the Friday to come is the 19th, the one gone the 12th.
        ("The operator said speed limits would be imposed on Friday.", "Friday", "2004-11-19"),
        ("Rules are due to be published in March, officials said.", "March", "2005-03"),
        ("Forecasters said Friday was likely to be the wettest day.", "Friday", "2004-11-19"),
        ("Officials said Friday would be the busiest day of the year.", "Friday", "2004-11-19"),
        ("Coach firms said Friday was the busiest day of the year.", "Friday", "2004-11-12"),
    ],
)
def test_the_future_seen_from_a_report_looks_ahead(sentence: str, span: str, value: str) -> None:
    # A participle after "be" is no past verb; a date that is the subject of a reported clause
    # takes that clause's verb, not "said".
    assert facts(sentence, REF)[span] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry will stay in port, as it has since March.",
        "The ferry has been laid up since March and was due to sail again.",
    ],
)
def test_a_date_after_since_is_behind_whatever_verb_is_near(sentence: str) -> None:
    assert facts(sentence, REF)["March"] == "2004-03"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The alert will run from 09:00 on Friday until 18:00 on Monday.",
            {"Friday": "2004-11-19", "Monday": "2004-11-22"},
        ),
        (
            "The bridge will close from Tuesday to Thursday.",
            {"Tuesday": "2004-11-23", "Thursday": "2004-11-25"},
        ),
        (
            "The survey was carried out Monday through Thursday.",
            {"Monday": "2004-11-08", "Thursday": "2004-11-11"},
        ),
        # A list keeps no order: each day stays where its clause puts it.
        (
            "Statements made Tuesday and Monday were read out.",
            {"Tuesday": "2004-11-16", "Monday": "2004-11-15"},
        ),
    ],
)
def test_the_second_weekday_of_a_range_runs_on_from_the_first(
    sentence: str, expected: dict[str, str]
) -> None:
    assert facts(sentence, REF) == expected


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # Said on 17 November 2004: a January just ahead would be read as the coming one
        # without the verb; the past verb's phrase runs on to it.
        ("She was appointed to the cabinet in January.", "January", "2004-01"),
        ("The council approved a plan to reopen in January.", "January", "2005-01"),
        ("The new fares come into force in March.", "March", "2005-03"),
        ("The ban came into force in March.", "March", "2004-03"),
        ("A review will report on the 15th of next month.", "the 15th of next month", "2004-12-15"),
    ],
)
def test_the_verb_that_governs_a_month_places_it(sentence: str, span: str, value: str) -> None:
    assert facts(sentence, REF)[span] == value


def test_a_weekday_with_its_date_picks_the_year_it_falls_in() -> None:
    # Said on 15 June 2016: 1 April 2016 was a Friday, 1 April 2017 a Saturday.
    found = facts("A service will take place on Friday, April 1.", datetime.date(2016, 6, 15))
    assert found["Friday, April 1"] == "2016-04-01"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The library now opens on Saturday mornings.", {}),
        ("The deal was signed the following Friday.", {"the following Friday": None}),
        ("A decision is expected the Friday after.", {"Friday": None}),
        ("He met them the Tuesday before the vote.", {"Tuesday": None}),
        ("The court will sit again the following Monday.", {"the following Monday": "2004-11-22"}),
    ],
)
def test_a_day_of_every_week_or_counted_from_the_story_has_no_value(
    sentence: str, expected: dict[str, str | None]
) -> None:
    assert facts(sentence, REF) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on 17 November 2004.
        ("The council will set out its plans in the new year.", {"the new year": "2005"}),
        ("Ticket sales rose in the new year.", {"the new year": "2004"}),
        # "detailed" describes the modal's object; it is no past verb of the clause.
        ("The agency would publish detailed designs in the new year.", {"the new year": "2005"}),
        ("The board will say it voted in the new year.", {"the new year": "2004"}),
        ("She was made a dame in the New Year Honours.", {}),
        ("He ran in the New Year Sprint.", {}),
    ],
)
def test_the_new_year_is_the_coming_one_late_in_a_year(
    sentence: str, expected: dict[str, str]
) -> None:
    assert facts(sentence, REF) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on 17 November 2004: this summer is over, the next one is 2005's.
        ("The board will publish its review in the summer.", {"the summer": "2005-SU"}),
        ("The review was published in the summer.", {"the summer": "2004-SU"}),
        ("The ferry will return in spring.", {"spring": "2005-SP"}),
        ("Sales will recover by late summer.", {"late summer": "2005-SU"}),
        # Every winter, a name, a thing: no date.
        ("In winter the pass is closed to lorries.", {}),
        ("A free kick by Winter was saved.", {}),
        ("The well is fed by spring water.", {}),
    ],
)
def test_a_season_to_come_is_the_next_one(sentence: str, expected: dict[str, str]) -> None:
    assert facts(sentence, REF) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Wednesday 17 November 2004: the coming Friday is the 19th, the last one the 12th.
        ("The inquiry reopens on Friday week.", {"Friday week": "2004-11-26"}),
        ("The inquiry reopens a week on Friday.", {"a week on Friday": "2004-11-26"}),
        ("The inquiry opened a week last Friday.", {"a week last Friday": "2004-11-05"}),
    ],
)
def test_a_weekday_a_week_on_is_the_one_after_the_next(
    sentence: str, expected: dict[str, str]
) -> None:
    assert facts(sentence, REF) == expected


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # A verb whose past is its present, after one body: past (said on a Wednesday).
        ("Harbrook, the Welsh brewer, cut its profit forecast on Thursday.", "2004-11-11"),
        ("The firm shut its depot on Friday.", "2004-11-12"),
        # a plural subject with an object: a present would be a habit, so a past too
        ("The unions cut their demands on Friday.", "2004-11-12"),
        # guards: a modal before it, or "shut" after a plural (a timetable), leaves the nearest
        ("The bank will cut its rates on Friday.", "2004-11-19"),
        ("The shops shut their doors on Friday.", "2004-11-19"),
    ],
)
def test_a_verb_the_same_in_past_and_present_is_past_after_one_subject(
    sentence: str, value: str
) -> None:
    assert list(facts(sentence, REF).values()) == [value]


def test_a_noun_the_same_as_such_a_verb_sets_no_tense() -> None:  # a guard
    sentence = (
        "The bill would cap the monthly cost of insulin, setting up a vote before the "
        "August recess."
    )
    assert facts(sentence, REF)["August"] == "2005-08"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The university now plans a larger trial, starting in March.", "2005-03"),
        # a guard: plans drawn up are a noun, the verb before them past
        ("Ministers drew up plans a year ago in March.", "2004-03"),
    ],
)
def test_a_body_that_plans_a_thing_looks_ahead(sentence: str, value: str) -> None:
    assert facts(sentence, REF).get("March") == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on Wednesday 17 November 2004.
        (
            "The market opens on the first Monday of March.",
            {"the first Monday of March": "2005-03-07"},
        ),
        (
            "The vote is on the last Thursday of January 2006.",
            {"the last Thursday of January 2006": "2006-01-26"},
        ),
        ("Riders will notice it from the first Monday.", {"the first Monday": None}),
        ("Stalls will close on the last Friday before the fair.", {"the last Friday": None}),
        ("He left last Friday.", {"last Friday": "2004-11-12"}),
    ],
)
def test_an_ordinal_weekday_is_a_day_of_its_month_or_has_no_value(
    sentence: str, expected: dict[str, str | None]
) -> None:
    assert facts(sentence, REF) == expected


def test_that_evening_refers_to_a_day_of_its_paragraph_or_the_one_before() -> None:
    opening = "The council voted on Tuesday to delay the stadium plan."
    older = "A first vote, set for Oct. 5, was pushed back."
    quote = '"We will not rush this," the council leader said after the meeting.'
    near = f"{opening}\n\n{older} Fans protested that evening."
    assert facts(near, REF)["that evening"] == "2004-10-05"
    far = f"{opening}\n\n{older}\n\n{quote}\n\nFans gathered outside that evening."
    assert facts(far, REF)["that evening"] is None  # the story has moved on from Oct. 5


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on Wednesday 17 November 2004: 5 October is behind, next October ahead.
        ("A first vote, scheduled for Oct. 5, was pushed back.", "2004-10-05"),
        ("A vote scheduled for Oct. 5 was cancelled.", "2004-10-05"),
        ("A vote is scheduled for Oct. 5.", "2005-10-05"),
        ("A vote scheduled for Oct. 5 will decide it.", "2005-10-05"),
    ],
)
def test_a_scheduling_participle_after_its_noun_leaves_the_tense_to_the_clause_verb(
    sentence: str, expected: str
) -> None:
    assert facts(sentence, REF)["Oct. 5"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Stalls close between March and December 2006.",
            {"March": "2006-03", "December 2006": "2006-12"},
        ),
        (
            "Works run from November to February 2006.",
            {"November": "2005-11", "February 2006": "2006-02"},
        ),
    ],
)
def test_a_month_takes_the_year_that_ends_its_range(
    sentence: str, expected: dict[str, str]
) -> None:
    assert facts(sentence, REF) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on Wednesday 17 November 2004.
        ("Storms cut power to 900 homes last night.", {"last night": "2004-11-16"}),
        ("This morning the ferry sailed again.", {"This morning": "2004-11-17"}),
        ("The last night of the festival was wet.", {}),
    ],
)
def test_last_night_and_this_morning_are_days(sentence: str, expected: dict[str, str]) -> None:
    assert facts(sentence, REF) == expected


def test_a_weekday_after_an_indefinite_article_is_any_such_day() -> None:
    assert facts("We sold forty loaves on a Saturday then.", REF) == {}
    assert facts("We baked forty loaves on Saturday.", REF) == {"Saturday": "2004-11-13"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on Wednesday 17 November 2004: a schedule told in the past tense says neither
        # that its date is over nor that it is ahead, so the nearer one is meant.
        ("The vote was scheduled for Oct. 5 but was delayed.", "2004-10-05"),
        ("The hearings were originally planned for Oct. 5.", "2004-10-05"),
        ("The hearing was originally scheduled for Jan. 12.", "2005-01-12"),
        ("The hearing is scheduled for Oct. 5.", "2005-10-05"),
    ],
)
def test_a_schedule_in_the_past_tense_takes_the_nearer_date(sentence: str, expected: str) -> None:
    assert facts(sentence, REF)["Oct. 5" if "Oct" in sentence else "Jan. 12"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on Wednesday 17 November 2004.
        (
            "The club opened a shop in June 2002 and started a youth team in September.",
            "2002-09",
        ),
        # The next sentence goes on in the past the story tells of (round 41; it was 2004-09).
        ("The club opened a shop on 3 June 2002. It started a youth team in September.", "2002-09"),
        ("The shop, opened in June 2002, will hold a sale in September.", "2005-09"),
        ("The club opened a shop in June 2002 and started a youth team in March.", "2004-03"),
    ],
)
def test_a_later_month_of_the_sentence_goes_on_in_the_year_it_named(
    sentence: str, expected: str
) -> None:
    assert facts(sentence, REF)["September" if "September" in sentence else "March"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Round 35: the season names a kind of thing: no date.
        ("The winter timetable cuts two sailings a day.", {}),
        ("The summer sales drew long queues.", {}),
        # Still a time.
        ("The summer months were the driest on record.", {"The summer": "2004-SU"}),
        ("The winter was the mildest for a decade.", {"The winter": "2004-WI"}),
    ],
)
def test_a_season_that_names_a_thing_is_no_date(sentence: str, expected: dict[str, str]) -> None:
    assert facts(sentence, REF) == expected


def test_a_fortnight_ago_is_the_week_two_weeks_back() -> None:
    # Round 35: British copy counts in fortnights. REF is Wednesday 17 November 2004.
    found = facts("The ferry was withdrawn a fortnight ago for repairs.", REF)
    assert found == {"a fortnight ago": "2004-W45"}


def test_planning_as_a_noun_does_not_point_ahead() -> None:
    # Round 37: "planning committee", "planning permission" are nouns of British local news; a
    # past verb governs the month. REF is 17 November 2004.
    sentence = "The homes were approved by the district's planning committee in October."
    assert facts(sentence, REF)["October"] == "2004-10"
    assert facts("The council is planning a vote in March.", REF)["March"] == "2005-03"


def test_the_season_a_few_months_ahead_is_the_coming_one_when_no_tense_says() -> None:
    # Round 37: said in December, "the spring" of an event nobody dates by tense is the coming
    # one, as a month up to three months ahead is; a past verb keeps its season behind.
    december = datetime.date(2004, 12, 6)
    assert facts("A ruling is expected in the spring.", december)["the spring"] == "2005-SP"
    assert facts("Ticket sales were weak in the spring.", december)["the spring"] == "2004-SP"


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # The infinitive's event follows the permitting or agreeing, told of lately: the
        # nearest April, not the one behind.
        (
            "Ministers allowed water firms to raise bills from April, the regulator said.",
            "April",
            "2005-04",
        ),
        ("The trust agreed to hand the keys to the parish by May 5.", "May 5", "2005-05-05"),
        ("Governors voted to shut the old wing in the spring.", "the spring", "2005-SP"),
        # A past verb of trying or doing still puts it behind; a date that names the time of a
        # noun ("the April ballot") is that noun's, not the infinitive's.
        ("The club tried to sell the ground in April.", "April", "2004-04"),
        ("The panel decided to rerun the April ballot.", "April", "2004-04"),
    ],
)
def test_a_date_under_an_infinitive_of_what_was_allowed_or_agreed_is_the_nearest(
    sentence: str, span: str, value: str
) -> None:
    # Said on Monday 6 December 2004.
    assert facts(sentence, datetime.date(2004, 12, 6))[span] == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # The whole phrase is the date: an ordinal week is its month, a week or weekend named
        # by a day is that ISO week.
        (
            "Councillors will set the levy in the first week of March.",
            "the first week of March",
            "2005-03",
        ),
        (
            "The striker was hurt in the last week of October.",
            "the last week of October",
            "2004-10",
        ),
        ("The ferry resumes the week of March 7.", "the week of March 7", "2005-W10"),
        (
            "The quarter-finals fall on the weekend of 8 January.",
            "the weekend of 8 January",
            "2005-W01-WE",
        ),
        (
            "The depot shut in the second week of June 2003.",
            "the second week of June 2003",
            "2003-06",
        ),
    ],
)
def test_a_week_of_a_month_or_day_is_one_date(sentence: str, span: str, value: str) -> None:
    assert facts(sentence, REF)[span] == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # "until" runs on from the past verb before it, which puts the date behind.
        ("The pop-up gallery ran until August.", "August", "2004-08"),
        (
            "The debts were kept off the books until the following spring.",
            "the following spring",
            None,
        ),
        # With no past verb, or one of putting off, "until" still looks ahead.
        ("The pool is open until March.", "March", "2005-03"),
        ("The inquest was adjourned until March.", "March", "2005-03"),
    ],
)
def test_until_after_a_past_verb_is_behind(sentence: str, span: str, value: str | None) -> None:
    # Said on Monday 6 December 2004.
    assert facts(sentence, datetime.date(2004, 12, 6))[span] == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # The date something is set for follows the setting, told of lately: the nearest.
        ("The coroner fixed a hearing date of 11 April.", "11 April", "2005-04-11"),
        ("The judge set the retrial for 9 May.", "9 May", "2005-05-09"),
        # A past verb of its own keeps it behind.
        ("The judge retired on 9 May.", "9 May", "2004-05-09"),
    ],
)
def test_a_date_something_is_set_for_is_the_nearest(sentence: str, span: str, value: str) -> None:
    # Said on Monday 6 December 2004.
    assert facts(sentence, datetime.date(2004, 12, 6))[span] == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # Inside a quotation, "today" is the day it was said, when the attribution says so.
        ('"Today the mill reopens," the mayor said on Thursday.', "Today", "2004-12-02"),
        ("The mayor said on Thursday: “Tomorrow the mill reopens.”", "Tomorrow", "2004-12-03"),
        ('"Today we sign," she told reporters yesterday.', "Today", "2004-12-05"),
        # Said at a time that names no day: not ours to place.
        ('"Today we sign," she told reporters last week.', "Today", None),
        # No day in the attribution, or no quotation: the article's day.
        ('"Today we sign," she said.', "Today", "2004-12-06"),
        ("Today the mill reopens.", "Today", "2004-12-06"),
    ],
)
def test_today_in_a_quotation_is_the_day_it_was_said(
    sentence: str, span: str, value: str | None
) -> None:
    # Said on Monday 6 December 2004.
    assert facts(sentence, datetime.date(2004, 12, 6))[span] == value


def test_a_day_after_a_month_named_in_its_sentence_has_no_value() -> None:
    # The day before is another paragraph's; the sentence moved the story to a month.
    text = (
        "The inquiry opens on 14 February 2005.\n\n"
        "The driver was charged in June 2003 and freed on bail the following day."
    )
    found = facts(text, REF)
    assert found["14 February 2005"] == "2005-02-14"
    assert found["the following day"] is None


def test_a_day_after_a_day_still_counts_from_it() -> None:
    found = facts("The driver was charged on 3 June 2003 and freed the following day.", REF)
    assert found["the following day"] == "2003-06-04"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # A month or day of the year the story tells of, not of the article's year.
        (
            "The pier was sold in 1996. Its new owners reopened it that September.",
            "that September",
            "1996-09",
        ),
        (
            "Results for the first half of 2001 came out on 12 August that year.",
            "12 August that year",
            "2001-08-12",
        ),
        (
            "The mill shut in 1987 and reopened in July the following year.",
            "July the following year",
            "1988-07",
        ),
    ],
)
def test_a_month_of_the_year_told_of(text: str, span: str, value: str) -> None:
    assert facts(text, REF)[span] == value


def test_that_before_a_month_after_a_verb_of_saying_is_a_conjunction() -> None:
    found = facts(
        "Traders said that October was quiet. "
        "The pier was sold in 1996, and its owners reopened it that September.",
        REF,
    )
    assert "that October" not in found
    assert found["October"] == "2004-10"
    assert found["that September"] == "1996-09"


def test_was_before_a_date_phrase_puts_it_behind() -> None:
    # "was" is surely a verb: its phrase runs on to "in February", which is last February,
    # not the coming one (said in December, two months ahead).
    found = facts(
        "Last winter the quay was shut for nine days in February.", datetime.date(2004, 12, 9)
    )
    assert found["February"] == "2004-02"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pupils go back a week earlier than usual.",  # a comparison, not a time
        "The autumn half-term falls late.",  # a season naming a school term
        "The spring term starts soon.",
    ],
)
def test_comparisons_and_school_terms_are_no_dates(sentence: str) -> None:
    assert facts_beside_control(sentence, REF) == {}


def test_a_holiday_closing_an_infinitive_of_offering_is_the_nearest_one() -> None:
    # Round 37: "offered to meet ... before Christmas" (said in December) gave last Christmas:
    # the date's own "before" ended the infinitive's words.
    december = datetime.date(2004, 12, 6)
    sentence = "The trust has offered to meet the nurses before Christmas."
    assert facts(sentence, december)["Christmas"] == "2004-12-25"


def test_on_track_to_looks_ahead() -> None:
    # Round 37: "remained on track to finish by March" (said in December) gave last March.
    december = datetime.date(2004, 12, 6)
    sentence = "The builder remained on track to finish the bridge by March."
    assert facts(sentence, december)["March"] == "2005-03"


def test_the_year_a_range_of_years_names_is_part_of_its_span() -> None:
    # Round 37: "the start of the 2029-30 season" was cut before "season".
    text = "The club hopes to move in for the start of the 2029-30 season."
    found = scan(text, reference_date=REF)
    assert [(text[f.start : f.end], f.value) for f in found] == [
        ("the start of the 2029-30 season", "2029/2030")
    ]
    text = "Ticket sales in the 2019-20 seasons rose."  # never half a word
    assert [text[f.start : f.end] for f in scan(text, reference_date=REF)] == ["2019-20"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Said on Monday 7 December 2026: the year a sentence names goes on to its bare dates.
        (
            "The fair opened on 2 July 2025 and the car park stayed closed until 9 July.",
            {"2 July 2025": "2025-07-02", "9 July": "2025-07-09"},
        ),
        (
            "The driver was arrested on 8 September 2025, appeared before magistrates on"
            " 22 September and was bailed until 6 October.",
            {
                "8 September 2025": "2025-09-08",
                "22 September": "2025-09-22",
                "6 October": "2025-10-06",
            },
        ),
        # A range's end before its start in the calendar is in the next year.
        (
            "Roadworks ran from 14 December 2025 until 3 January.",
            {"14 December 2025": "2025-12-14", "3 January": "2026-01-03"},
        ),
        # Not past a verb of the future, an aside, a verb of saying or another kind of date.
        (
            "The club was founded on 3 June 1960 and will float on 9 June.",
            {"3 June 1960": "1960-06-03", "9 June": "2027-06-09"},
        ),
        (
            "The firm, set up on 3 March 1960, said its shares rose on 9 June.",
            {"3 March 1960": "1960-03-03", "9 June": "2026-06-09"},
        ),
        (
            "Talks began on 3 June 2025 and on Friday the union agreed to end the strike"
            " on 9 June.",
            {"3 June 2025": "2025-06-03", "Friday": "2026-12-04", "9 June": "2026-06-09"},
        ),
    ],
)
def test_the_year_a_sentence_names_goes_on_to_its_bare_dates(
    sentence: str, expected: dict[str, str]
) -> None:
    assert facts(sentence, datetime.date(2026, 12, 7)) == expected


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # Said on Monday 7 December 2026: the end of what a deal or a grant is for lies ahead,
        # though a past participle ("funded") stands nearer the date than the deal's verb.
        (
            "Ministers struck a deal on Thursday to keep the ferry service funded through April.",
            "April",
            "2027-04",
        ),
        (
            "The charity won a grant to run its helpline until June.",
            "June",
            "2027-06",
        ),
        (
            "The board signed a contract with two suppliers to deliver 5,000 meters by May.",
            "May",
            "2027-05",
        ),
        # A time the deal itself was made, or a date that names a noun, keeps its past.
        ("Ministers struck a deal in April to keep the ferry running.", "April", "2026-04"),
    ],
)
def test_the_end_of_what_a_deal_is_for_lies_ahead(sentence: str, span: str, value: str) -> None:
    assert facts(sentence, datetime.date(2026, 12, 7))[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # Said on Monday 6 December 2004. The sentence before a quotation, or after it, may
        # tell when it was said.
        (
            "The mayor addressed the crowd on Sunday. “Tonight the square is yours,” she said.",
            "Tonight",
            "2004-12-05",
        ),
        (
            "The coach spoke to reporters on Saturday.\n\n"
            '"Today we showed what we can do," he said.',
            "Today",
            "2004-12-04",
        ),
        ('"Today the river is calm." She spoke at a vigil on Thursday.', "Today", "2004-12-02"),
        # A sentence before that tells of no speaking: the article's day.
        ("The plant shut on Friday. “Today is a sad day,” the union said.", "Today", "2004-12-06"),
    ],
)
def test_today_in_a_quotation_is_the_day_a_sentence_beside_says_it_was_said(
    text: str, span: str, value: str
) -> None:
    assert facts(text, datetime.date(2004, 12, 6))[span] == value


def test_that_day_in_a_quotation_counts_only_from_a_day_the_quotation_names() -> None:
    # The narration's day before a quotation is not the day a speaker looks back on.
    text = (
        "The memorial will be unveiled on 9 January 2027. "
        "“That evening the whole street was under water,” said one resident."
    )
    found = facts(text, datetime.date(2026, 12, 7))
    assert found["9 January 2027"] == "2027-01-09"
    assert found["That evening"] is None
    text = "“We met on 3 May 2025, and that evening we signed,” she said."
    assert facts(text, datetime.date(2026, 12, 7))["that evening"] == "2025-05-03"
