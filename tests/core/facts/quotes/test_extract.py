"""Tests for app.core.facts.quotes: quote styles, pieces, speakers, scare quotes, robustness.

All fixtures are written for these tests (no text from the evaluation data).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.document import Document
from app.core.facts.model import QuoteFact
from app.core.facts.quotes import extract
from app.core.facts.quotes._marks import find_marked_spans
from tests.fixtures.shared import SEED

TITLE = "Harbour plan splits the town\n\n"


def quotes_of(body: str) -> list[QuoteFact]:
    document = Document.from_text(TITLE + body)
    facts = extract(document)
    for fact in facts:
        assert document.text[fact.start : fact.end] == fact.text
    return facts


def texts(body: str) -> list[str]:
    return [q.text for q in quotes_of(body)]


# A quotation every reading finds, set after a negative so that the test fails if nothing is found.
CONTROL, CONTROL_QUOTE = "Ada Lindqvist said: “The pier stays open.”", "The pier stays open."


def texts_beside_control(body: str) -> list[str]:
    """`texts` of `body` followed by the `CONTROL` paragraph, less its quotation (which must be
    found, last)."""
    found = texts(f"{body}\n\n{CONTROL}")
    assert found[-1:] == [CONTROL_QUOTE], found
    return found[:-1]


# --- quote styles -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'"), ("«", "»"), ("„", "“"), ("''", "''")],
)
def test_every_quote_style_is_found(opening: str, closing: str) -> None:
    body = f"{opening}We will rebuild the pier before winter,{closing} said Mayor Ada Lindqvist."
    facts = quotes_of(body)
    assert [q.text for q in facts] == ["We will rebuild the pier before winter"]
    assert facts[0].speaker == "Ada Lindqvist"


def test_offsets_point_at_the_inner_words() -> None:
    document = Document.from_text(TITLE + 'Ada Lindqvist said: "The pier stays open."')
    (fact,) = extract(document)
    assert document.text[fact.start - 1] == '"'
    assert document.text[fact.end] == '"'
    assert fact.text == "The pier stays open."
    assert document.sentences[fact.sentence].start <= fact.start


def test_trailing_comma_belongs_to_the_sentence() -> None:
    body = "Ada Lindqvist said she knew the harbour “very well,” and left."
    assert texts(body) == ["very well"]


# --- pieces: multi-paragraph and split quotations ---------------------------------------------


def test_quote_running_over_paragraphs_gives_one_fact_per_piece() -> None:
    body = (
        "Harbour master Tomas Oyelaran spoke at length.\n\n"
        "“The tides have changed since the storm. We see it every morning.\n\n"
        "“Nobody can say the pier is safe any more,” he said.\n\n"
        "The council meets on Monday."
    )
    facts = quotes_of(body)
    assert [q.text for q in facts] == [
        "The tides have changed since the storm. We see it every morning.",
        "Nobody can say the pier is safe any more",
    ]
    assert {q.speaker for q in facts} == {"Tomas Oyelaran"}


def test_a_related_link_between_a_quotations_paragraphs_does_not_end_it() -> None:
    body = (
        "The ferry strike entered its third week on Monday.\n\n"
        "Port commander Ana Ruiz said the navy could be sent in, warning: “Crews are already"
        " in the harbour. They are there to keep order.\n\n"
        "SEE MORE: Ferry strike: crews walk out for a second day\n\n"
        "“If it gets worse, the government will not sit and watch.”\n\n"
        "The union said it would meet again on Friday."
    )
    facts = quotes_of(body)
    assert [q.text for q in facts] == [
        "Crews are already in the harbour. They are there to keep order.",
        "If it gets worse, the government will not sit and watch.",
    ]
    assert [q.speaker for q in facts] == ["Ana Ruiz", "Ana Ruiz"]


def test_run_together_paragraphs_reopen_the_quote() -> None:
    body = 'Ada Lindqvist said: "The pier is old. "It will be rebuilt," she added.'
    facts = quotes_of(body)
    assert [q.text for q in facts] == ["The pier is old.", "It will be rebuilt"]
    assert {q.speaker for q in facts} == {"Ada Lindqvist"}


def test_quote_split_around_its_cue() -> None:
    body = "Ms Ada Lindqvist chairs the board.\n\n“We will win,” she said, “and soon.”"
    facts = quotes_of(body)
    assert [q.text for q in facts] == ["We will win", "and soon."]
    assert [q.speaker for q in facts] == ["Ada Lindqvist", "Ada Lindqvist"]


# --- speakers ---------------------------------------------------------------------------------


def test_pronoun_resolves_to_the_full_name_first_introduced() -> None:
    body = (
        "Fisheries Minister Joaquim Brandt visited the quay on Friday.\n\n"
        "Mr Brandt said the repairs were overdue.\n\n"
        "“The boats cannot wait another season,” he said."
    )
    (fact,) = quotes_of(body)
    assert fact.speaker == "Joaquim Brandt"


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        pytest.param(
            (
                "Joaquim Brandt, the fisheries minister, opened the quay.\n\n"
                "“It is a good day for the town,” said Mr Brandt."
            ),
            ["Joaquim Brandt"],
            id="surname_form_maps_to_the_full_name",
        ),
        pytest.param(
            ("“We have no plans to close the yard,” a spokesman for the firm said."),
            ["a spokesman for the firm"],
            id="role_is_kept_as_written",
        ),
        pytest.param(
            (
                "Union organiser Lena Farrow told reporters: “We were never asked about any of "
                "this.”"
            ),
            ["Lena Farrow"],
            id="colon_introduction_and_told",
        ),
        pytest.param(
            ("Lena Farrow was blunt about the plan. She said:\n\n“Nobody asked the workers.”"),
            ["Lena Farrow"],
            id="speaker_in_the_previous_sentence_with_a_colon",
        ),
        pytest.param(
            ("“Growth will slow this year,” the OECD said in its report."),
            ["OECD"],
            id="organisation_without_the",
        ),
        pytest.param(
            ("“Nobody knows what happens next. We wait and we watch.”"),
            [None],
            id="unknown_speaker_is_none",
        ),
        pytest.param(
            (
                "Greta Holm set out the budget on Tuesday.\n\n"
                "The chancellor said the plan would be “fair and simple” for families."
            ),
            ["Greta Holm"],
            id="titled_role_resolves_to_the_person_named_before",
        ),
        pytest.param(
            (
                "“Reserves will fall this year,” the OECD said.\n\n"
                "“Exports will suffer, too,” the report said."
            ),
            ["OECD", "OECD"],
            id="report_quoted_after_its_author_speaks_for_the_author",
        ),
        pytest.param(
            ("“Demand is strong,” said Harbour Bank's chief analyst Ines Okafor."),
            ["Ines Okafor"],
            id="speaker_after_an_inverted_verb_with_an_owner",
        ),
        pytest.param(
            ("“Why close the pier now?” Lena Farrow asked. The council did not answer."),
            ["Lena Farrow"],
            id="question_followed_by_its_cue",
        ),
        pytest.param(
            ("Pieter Ansel chairs the board. Said Mr Ansel: “We are not finished.”"),
            ["Pieter Ansel"],
            id="sentence_opening_said",
        ),
        pytest.param(
            ("“The harbour made this town and it will again.” ― Lena Farrow."),
            ["Lena Farrow"],
            id="dash_signature",
        ),
        pytest.param(
            ("“We will not back down,” said Rep. Jane K. Doe (D-Md.), who chairs the panel."),
            ["Jane K. Doe"],
            id="speaker_with_party_and_state_in_parentheses",
        ),
        pytest.param(
            (
                "Greta Holm opened the conference on Friday.\n\n"
                "The chancellor said the plans of her rival Tomas Berg would fail. "
                "Turning to the budget, she said: “We will keep our promises.”"
            ),
            ["Greta Holm"],
            id="the_title_stands_for_the_person_named_before",
        ),
        pytest.param(
            (
                "Greta Holm, the chancellor, spoke first. Shadow chancellor Tomas Berg replied.\n\n"
                "“The sums do not add up,” the chancellor said."
            ),
            ["Greta Holm"],
            id="a_shadow_title_does_not_take_over_the_title",
        ),
    ],
)
def test_speakers_of(body: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in quotes_of(body)] == speakers


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“The shelves are full again,” said librarian Ines Rowe.", "Ines Rowe"),
        ("“We open at six,” said owner Tariq Bell.", "Tariq Bell"),
        ("“The ward is short of beds,” said nurse Ola Grant.", "Ola Grant"),
        ("“Our fees went up twice,” the students said.", "the students"),
        ("“We lost half the barley,” said local farmer Tom Brand.", "Tom Brand"),
        ("“Stock up now,” said former shop owner Vera Lund.", "Vera Lund"),
    ],
)
def test_everyday_occupations_before_a_name_or_alone(body: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Anna Price of the Fen Wildlife Trust called the plan “a disaster for the birds”.",
            "Anna Price",
        ),
        ("“Prices will rise,” warned economist Sara Lind of Northbank.", "Sara Lind"),
        ("“We are hiring,” said Omar Reyes at Coastline Ferries.", "Omar Reyes"),
        ("Omar Reyes of Coastline Ferries said: “We are hiring.”", "Omar Reyes"),
        ("“The data are clear,” said Dr Ana Ruiz of the Coast Institute.", "Ana Ruiz"),
    ],
)
def test_a_person_is_named_without_their_affiliation(body: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“Rates will hold,” said the Bank of Ardmore.", "Bank of Ardmore"),
        ("The Bank of Ardmore said: “Rates will hold.”", "Bank of Ardmore"),
        ("“We object,” said Friends of the Fens.", "Friends of the Fens"),
        ("“Rates will hold,” said the Secretary of State.", "the Secretary of State"),
    ],
)
def test_an_organisation_named_with_of_is_kept_whole(body: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“Sales were strong,” said the firm’s chief executive, Ana Ruiz.", "Ana Ruiz"),
        ("“Sales were strong,” said its chief executive, Ana Ruiz, in a statement.", "Ana Ruiz"),
        ("“We will,” said the Chancellor of the Exchequer, Gordon Brook.", "Gordon Brook"),
        # No name after the role: the role as written.
        ("“Not yet,” said the chief executive, who asked not to be named.", "the chief executive"),
        # A description of one person that is no role, then the name.
        ("“I come every week,” said one regular, Ada Obi.", "Ada Obi"),
        ("“It was packed,” said another shopper, Ada Obi.", "Ada Obi"),
    ],
)
def test_a_name_set_off_after_the_role_is_the_speaker(body: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(body)] == [speaker]


def test_a_clause_after_said_is_not_a_speaker() -> None:
    assert [q.speaker for q in quotes_of("“It works,” said tourism boosted Spain.")] == [None]


@pytest.mark.parametrize("adverb", ["meanwhile", "however", "now", "separately"])
def test_an_adverb_between_speaker_and_verb_is_skipped(adverb: str) -> None:
    body = f"Green party spokesman Ed Vale {adverb} said: “We will take this to court.”"
    assert [q.speaker for q in quotes_of(body)] == ["Ed Vale"]


def test_according_to() -> None:
    body = "The yard will close, according to Pieter Ansel. “It is over,” he said later."
    facts = quotes_of(body)
    assert [q.speaker for q in facts] == ["Pieter Ansel"]


# --- not quotations ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            ("The firm began in 1995 selling what was then called “broadband” to schools."),
            id="scare_quote_after_called_is_not_a_quote",
        ),
        pytest.param(
            (
                "In the '90s the Smiths' boat didn't leave port. It's the town's oldest.\n\n"
                "Rock'n'roll came late to O'Neill's bar."
            ),
            id="apostrophes_are_not_quote_marks",
        ),
        pytest.param(
            ("It was a “difficult” winter on the coast."),
            id="fragment_with_nobody_named_is_not_a_quote",
        ),
        pytest.param(
            ("Lena Farrow said on Harbour Radio's “Morning Tide,” that the pier would reopen."),
            id="show_title_with_comma_inside_is_not_a_quote",
        ),
        pytest.param(
            ("The talks went on.\n\n‘All Hands On Deck.’\n\nThe yard reopened in May."),
            id="subheading_in_quote_marks_is_not_a_quote",
        ),
        pytest.param(
            ("Brexit requires a “targeted employment area” for the scheme."),
            id="lone_capitalised_word_is_not_taken_for_a_speaker",
        ),
    ],
)
def test_no_quotation_in(body: str) -> None:
    assert texts_beside_control(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The so-called “harbour tax” was dropped last year.",
        "Locals dubbed the ferry “the Old Kettle” years ago.",
        "She starred in “The Long Summer Road” in 2003.",
        "He was known as “Captain Fog” along the coast.",
        "Vale also agreed to hand back what he was paid for the use of “We.”",
    ],
)
def test_terms_titles_and_nicknames_are_not_quotes(body: str) -> None:
    assert texts_beside_control(body) == []


def test_short_fragment_with_a_speaker_is_a_quote() -> None:
    body = "Pieter Ansel said the board had acted “far too late” on the repairs."
    facts = quotes_of(body)
    assert [(q.text, q.speaker) for q in facts] == [("far too late", "Pieter Ansel")]


# --- apostrophes, nesting, unbalanced marks ---------------------------------------------------


def test_single_quotes_around_apostrophes() -> None:
    body = "'We don't know when the '90s boats will sail,' said Lena Farrow."
    facts = quotes_of(body)
    assert [q.text for q in facts] == ["We don't know when the '90s boats will sail"]


def test_nested_quote_stays_inside_the_outer_one() -> None:
    body = "“People keep calling it ‘the cursed pier’ and I hate that,” said Lena Farrow."
    facts = quotes_of(body)
    assert [q.text for q in facts] == ["People keep calling it ‘the cursed pier’ and I hate that"]


def test_unclosed_quote_stops_at_its_paragraph() -> None:
    body = (
        "Lena Farrow said: “We were never asked and we will not stop.\n\n"
        "The council said it would reply. “Talks go on,” said Pieter Ansel."
    )
    facts = quotes_of(body)
    assert [q.text for q in facts] == [
        "We were never asked and we will not stop.",
        "Talks go on",
    ]
    assert facts[1].speaker == "Pieter Ansel"


def test_marks_never_pair_across_paragraphs() -> None:
    text = 'He said "yes\n\nand no" later.'
    spans = find_marked_spans(text, 0, 12)
    assert all(span.end <= 12 for span in spans)


def test_title_quote_is_kept_without_a_speaker() -> None:
    # Round 39: a headline's quotation is one a reader sees (news-facts-dev's gold lists them);
    # the headline names no speaker a reader can trust (test_headline_quotes).
    document = Document.from_text(f"Mayor says ‘no deal’ on pier\n\n{CONTROL}")
    found = [(q.text, q.speaker) for q in extract(document)]
    assert found == [("no deal", None), (CONTROL_QUOTE, "Ada Lindqvist")]


# --- robustness -------------------------------------------------------------------------------

_ALPHABET = st.sampled_from([*"ab .,:\n'\"“”‘’«»„", "said ", "Mr Smith ", "he ", "''"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_never_crashes_and_offsets_hold(text: str) -> None:
    # The control paragraph first: whatever follows it, its quotation is still found.
    document = Document.from_text(f"{TITLE}{CONTROL}\n\n{text}")
    found = extract(document)
    assert found[0].text == CONTROL_QUOTE
    for fact in found:
        assert document.text[fact.start : fact.end] == fact.text
        assert fact.text
        assert fact.sentence is not None and fact.sentence >= 0


# --- more speaker cues ------------------------------------------------------------------------


def test_parenthetical_cue_between_commas() -> None:
    body = "The town, suggests Mr Pieter Ansel, could act as a “broker” for the two yards."
    facts = quotes_of(body)
    assert [(q.text, q.speaker) for q in facts] == [("broker", "Pieter Ansel")]


def test_fragments_joined_to_an_attributed_fragment_share_its_speaker() -> None:
    body = "Pieter Ansel said the yard needed “a clear plan” and “real money” this year."
    facts = quotes_of(body)
    assert [(q.text, q.speaker) for q in facts] == [
        ("a clear plan", "Pieter Ansel"),
        ("real money", "Pieter Ansel"),
    ]


def test_fragment_belongs_to_the_name_its_sentence_opens_with() -> None:
    body = "Mayor Ada Lindqvist has offered the yard help, but not for “free”."
    assert [(q.text, q.speaker) for q in quotes_of(body)] == [("free", "Ada Lindqvist")]


# --- the seed article (../shared, skipped where absent) ----------------------------------------


@pytest.mark.data
def test_seed_article_has_one_quote_by_mahathir() -> None:
    if not SEED.exists():
        pytest.skip(f"needs ../shared/seed ({SEED} is absent)")
    # EXPECTED.md: lines 1-7 are the article once duplicates are removed (not this module's job).
    text = "\n".join(SEED.read_text(encoding="utf-8").split("\n")[:7])
    facts = extract(Document.from_text(text))
    assert [q.text for q in facts] == ["very well"]
    assert "Mahathir" in (facts[0].speaker or "")


# --- speaker spans ----------------------------------------------------------------------------


def test_quotes_point_at_the_speaker_words() -> None:
    document = Document.from_text(
        TITLE + "Mr Pieter Ansel runs the yard.\n\n“We stay open,” he said. “No doubt,” he added."
    )
    quotes = extract(document)
    assert [document.text[q.speaker_start : q.speaker_end] for q in quotes] == ["he", "he"]
    assert {q.speaker for q in quotes} == {"Pieter Ansel"}


def test_no_speaker_no_span() -> None:
    document = Document.from_text(TITLE + "“Nobody knows what happens next. We wait.”")
    (quote,) = extract(document)
    assert quote.speaker_start is None and quote.speaker_end is None


# --- titles with punctuation inside the marks (US style) --------------------------------------


def test_a_lone_pronoun_in_marks_is_a_quote_only_with_a_speaker() -> None:
    body = "The crew waited. “We,” Lena Farrow said, “go at dawn.”"
    assert [q.speaker for q in quotes_of(body)] == ["Lena Farrow", "Lena Farrow"]


def test_one_title_case_word_with_a_speaker_is_a_quote() -> None:
    body = "Ms Lena Farrow paused. “Hopefully,” she said, “the yard reopens in May.”"
    facts = quotes_of(body)
    assert [q.text for q in facts] == ["Hopefully", "the yard reopens in May."]
    assert {q.speaker for q in facts} == {"Lena Farrow"}


def test_a_verdict_after_called_is_a_quote_but_a_name_is_not() -> None:
    body = (
        "Dr. Ines Moll called the plan “a model for every river town "
        "in the north”. Locals had long called the old bridge “the Hump”."
    )
    quotes = extract(Document.from_text(TITLE + body))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("a model for every river town in the north", "Ines Moll")
    ]


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        ("Ms Ada Brook called the ruling “unfair” on Tuesday.", ["unfair"]),
        ("The levy is what Mr Tomas Vell called “a gamble” at the meeting.", ["a gamble"]),
        ("Ms Ada Brook, whom the mayor has dubbed “reckless”, spoke first.", ["reckless"]),
        ("The council approved what is called a “green levy” for the port.", []),
        ("What's called a “green levy” was approved for the port.", []),
        ("The firm runs a scheme called “cash for crates” in the town.", []),
        ("The crews have long been called the “night shift” on the quay.", []),
        ("The unnamed “harbour fund” paid for the pier.", []),
    ],
)
def test_a_naming_verb_with_a_subject_gives_a_verdict_else_a_term(
    body: str, quoted: list[str]
) -> None:
    assert texts_beside_control(body) == quoted


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (
            "Ten years of “steady” growth may end next spring, Ms Ada Brook has warned.",
            [("steady", "Ada Brook")],
        ),
        (
            "The pier was a “costly” idea from the start, said Mr Tomas Vell.",
            [("costly", "Tomas Vell")],
        ),
        ("A “fair” rent for a mooring is £40 a week, according to a survey by the port.", []),
        ("The quay had a “quiet” year, and the yard grew.", []),
    ],
)
def test_a_fragment_belongs_to_the_reporting_clause_that_closes_its_sentence(
    body: str, found: list[tuple[str, str]]
) -> None:
    facts = quotes_of(f"{body}\n\n{CONTROL}")
    assert [(q.text, q.speaker) for q in facts][:-1] == found


def test_a_term_with_a_comma_inside_its_marks_is_not_a_quote() -> None:
    body = "The boat keeps its nets in a bow locker, or “nose box,” above the keel."
    assert texts_beside_control(body) == []


def test_a_short_sentence_in_marks_is_still_a_quote() -> None:
    body = "“Never again,” Ms Ada Brook said of the flood."
    assert texts_beside_control(body) == ["Never again"]
