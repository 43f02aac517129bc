"""Speakers for every way reporters attribute a quotation, and the phrases that are never one.

Issue 11: a speaker is always a person or body noun phrase; a newly named person beats the
previous speaker; when the program is not sure it gives none. All sentences are written for
these tests (no text from the evaluation data).
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.core.facts.quotes.speakers_of import speakers_of

TITLE = "Ferry service to resume\n\n"


speakers = partial(speakers_of, TITLE)


# --- every attribution pattern ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "“We will sail by spring,” Maria Lindqvist, head of operations at Nordline, tells "
            "the local paper.",
            ["Maria Lindqvist"],
            id="quote_name_description_tells",
        ),
        pytest.param(
            "“Our timetable is ready,” Jonas Ekberg, chief executive of Nordline, adds.",
            ["Jonas Ekberg"],
            id="quote_name_description_adds",
        ),
        pytest.param(
            "Maria Lindqvist, head of operations at Nordline, said: “The boats are ready.”",
            ["Maria Lindqvist"],
            id="name_description_said_colon",
        ),
        pytest.param(
            "“The boats are ready,” said Maria Lindqvist.",
            ["Maria Lindqvist"],
            id="quote_said_name",
        ),
        pytest.param(
            "Nordline would not comment. “We expect delays,” a spokesman for the firm said.",
            ["a spokesman for the firm"],
            id="a_role_when_no_name_is_given",
        ),
        pytest.param(
            "Harbour master Olof Brandt criticised the plan, saying “It ignores the winter "
            "storms entirely.”",
            ["Olof Brandt"],
            id="name_criticised_saying",
        ),
        pytest.param(
            "In a statement, the Coastal Safety Council said: “Every crossing will be checked.”",
            ["Coastal Safety Council"],
            id="in_a_statement_body_said",
        ),
        pytest.param(
            "Transport Minister Ida Norrman said in a statement: “No jobs will be lost.”",
            ["Ida Norrman"],
            id="body_said_in_a_statement",
        ),
        pytest.param(
            "Maria Lindqvist said the crossing was safe.\n\n“We have tested every boat twice.\n\n"
            "“Nobody will sail before the checks are done.”",
            ["Maria Lindqvist", "Maria Lindqvist"],
            id="a_quotation_running_over_paragraphs",
        ),
        pytest.param(
            "Maria Lindqvist runs the operations team. “We are nearly there,” she said.",
            ["Maria Lindqvist"],
            id="she_said_through_the_discourse",
        ),
        pytest.param(
            "Jonas Ekberg leads the firm. So he is pleased with Anders Holm and Erik Sand. "
            "“They have worked hard,” he said.",
            ["Jonas Ekberg"],
            id="he_carries_the_sentence_subject_not_the_last_name",
        ),
        pytest.param(
            "Olof Brandt joined the club in 2001. “We will win the cup,” the 36-year-old said.",
            ["Olof Brandt"],
            id="the_36_year_old_is_resolved",
        ),
        pytest.param(
            "Nordline Shipping Group posted its results. “Demand is strong,” the firm said.",
            ["Nordline Shipping Group"],
            id="the_firm_is_the_company_named",
        ),
        pytest.param(
            "“It may be a hard winter, but we will cope,” Mr Ekberg. Then the meeting closed.",
            ["Ekberg"],
            id="a_bare_signed_name",
        ),
        pytest.param(
            "Olof Brandt, via Radio Nord, said that the council “cannot blame the weather.”",
            ["Olof Brandt"],
            id="name_via_a_source_said",
        ),
        pytest.param(
            "Transport officials published figures. Nordline's managing director Jonas Ekberg "
            "says his firm is the only operator left.\n\n“Nobody else bid for the route.”",
            ["Jonas Ekberg"],
            id="name_says_then_a_quotation_paragraph",
        ),
        pytest.param(
            "Former mayor Rolf Dahl, head of the Harbour Trust, criticised the timetable, "
            "saying “It leaves the islands behind.”",
            ["Rolf Dahl"],
            id="a_newly_named_person_in_the_attribution",
        ),
        pytest.param(
            "Union spokesman Karl Strom said the “quiet reform” the council had promised "
            "became a “disaster” for the islands.",
            ["Karl Strom", "Karl Strom"],
            id="a_second_fragment_is_the_same_speakers",
        ),
        pytest.param(
            "The hull design came from the firm's chief engineer Dr Karl Strom.\n\n"
            "“We tested it in the worst storms of the year.”",
            ["Karl Strom"],
            id="a_person_introduced_right_before_the_quotation",
        ),
        pytest.param(
            "A spokesman for Friends Of The Harbour criticised the decision. “This is a sad day "
            "for every sailor,” the organisation said in a statement.",
            ["Friends Of The Harbour"],
            id="the_organisation_is_the_body_named",
        ),
        pytest.param(
            "Amid the row around Mayor Lena Holm, former envoy Karl Strom told Radio Nord host "
            "Eva Lind, “The mayor should resign.”",
            ["Karl Strom"],
            id="name_told_someone_comma_quote",
        ),
        pytest.param(
            "Mayor Lena Holm met the press. “No comment,” the spokesman said.",
            ["the spokesman"],
            id="a_spokesman_is_not_the_person_named_before",
        ),
        pytest.param(
            "Mayor Lena Holm met the press. “I was right,” the former mayor said.",
            ["the former mayor"],
            id="a_former_title_is_not_the_person_named_before",
        ),
        pytest.param(
            "Donald Ekberg spoke for an hour. “My crew had the boat done in a week,” "
            "Mr. Ekberg recounted.",
            ["Donald Ekberg"],
            id="a_rarer_speech_verb_with_a_titled_short_name",
        ),
        pytest.param(
            "“Stay out of the harbour!” a man yelled from the pier.",
            ["a man"],
            id="an_unnamed_person_as_written",
        ),
        pytest.param(
            "When Karl Strom retired in 1998, Mayor Lena Holm released the following statement:"
            "\n\n“We offer our thanks to Karl and his family.”",
            ["Lena Holm"],
            id="a_colon_introduction_after_a_when_clause",
        ),
        pytest.param(
            "“Over time there has been talk,” said former Utah governor Mike Lund, a family "
            "friend. “He is still unsure.”",
            ["Mike Lund", "Mike Lund"],
            id="said_described_person_then_a_second_quotation",
        ),
        pytest.param(
            "“I think it is coming,” said a strategist for one of the candidates, speaking "
            "on the condition of anonymity.",
            ["a strategist for one of the candidates"],
            id="said_an_unnamed_role",
        ),
        pytest.param(
            "When Lena Holm suggested a vote, Karl Strom fired back: “They will lose in court.”",
            ["Karl Strom"],
            id="a_verb_in_an_opening_when_clause_is_not_the_cue",
        ),
        pytest.param(
            "After Radio Nord host Eva Lind asked the writer who would win, Jon Dahl replied, "
            "“I would bet on Holm.”",
            ["Jon Dahl"],
            id="after_x_asked_y_replied",
        ),
        pytest.param(
            "Another intelligence source speaking to Radio Nord said, “The agents are looking.”",
            ["Another intelligence source"],
            id="the_object_of_speaking_to_is_not_the_subject",
        ),
        pytest.param(
            "“The papers include new material,” according to Harbour Watch.",
            ["Harbour Watch"],
            id="quote_according_to_body",
        ),
        pytest.param(
            "“It seems extremely unlikely” that Holm can win, said Karl Strom, a former aide.",
            ["Karl Strom"],
            id="quote_runs_on_into_its_clause_then_said_name",
        ),
        pytest.param(
            "Appearing before cheering supporters at the harbour, Lena Holm, 70, said it was too "
            "early but added, “You all know the result.”",
            ["Lena Holm"],
            id="an_opening_participle_clause_is_skipped",
        ),
        pytest.param(
            "“The mayor has no plan,” Jon Dahl, the former Visby governor and a candidate, "
            "told Radio Nord.",
            ["Jon Dahl"],
            id="a_description_of_two_parts_joined_by_and",
        ),
        pytest.param(
            "Jon Dahl spoke last. The row began after Mr. Dahl, asked about the harbour under "
            "Mr. Holm, had said, “Our town does plenty of that.”",
            ["Jon Dahl"],
            id="name_apposition_auxiliary_said",
        ),
        pytest.param(
            "In town after town, Lena Holm lobbies for a higher wage: “Nobody who works full "
            "time should be poor.”",
            ["Lena Holm"],
            id="a_colon_after_the_clause_of_a_named_subject",
        ),
        pytest.param(
            "During the debate, Lena Holm cracked, “I like to get things done.”",
            ["Lena Holm"],
            id="cracked",
        ),
    ],
)
def test_attribution_patterns(body: str, expected: list[str | None]) -> None:
    assert speakers(body) == expected


def test_a_newly_named_person_beats_the_previous_speaker() -> None:
    body = (
        "“The boats are ready,” said Maria Lindqvist.\n\n"
        "But Olof Brandt, director of the Island Traders Union, criticised the plan, saying "
        "“Many, many traders will lose out.”"
    )
    assert speakers(body) == ["Maria Lindqvist", "Olof Brandt"]


def test_a_new_person_between_two_quotations_stops_the_run() -> None:
    body = (
        "“The boats are ready,” said Maria Lindqvist.\n\n"
        "The design was checked by Karl Strom and his team on Monday.\n\n"
        "“We tested the hull in the worst storms of the year.”"
    )
    assert speakers(body) == ["Maria Lindqvist", None]


# --- what is never a speaker -------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ahead, “we expect a long queue at the pier,” the notice read.", id="ahead"),
        pytest.param("More “calm weather is needed,” according to More.", id="more"),
        pytest.param("“We are ready for the season,” Sweden said.", id="a_place"),
        pytest.param("“The network is ready for the season,” 4GNX said.", id="a_code_name"),
        pytest.param(
            "“The crossing is safe,” said of the harbour board's chairman.",
            id="of_the_chairman",
        ),
        pytest.param(
            "“The route is no longer viable,” its report said.",
            id="its_report_with_no_body_before",
        ),
        pytest.param("“We are not worried,” said in a statement.", id="in_a_statement"),
        pytest.param("“We are ready,” Yet Brandt's said.", id="yet_and_possessive"),
        pytest.param(
            "“Both plans scare me,” N.C. said after the poll.",
            id="initials_alone",
        ),
        pytest.param(
            "The season opened quietly. “We will win the cup,” the 36-year-old said.",
            id="the_36_year_old_with_nobody_named",
        ),
    ],
)
def test_never_a_speaker(body: str) -> None:
    assert speakers(body) == [None]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Nordline Council published its review. “The route is no longer viable,” says its "
            "report.",
            "Nordline Council",
            id="its_report_is_the_body_that_wrote_it",
        ),
        pytest.param(
            "“We will not give up,” Yet Brandt said, as Olof Brandt had before.",
            "Olof Brandt",
            id="yet_is_not_part_of_a_name",
        ),
        pytest.param(
            "Union leader Karl Strom delivered a blunt message to Holm: “Step aside now.”",
            "Karl Strom",
            id="the_name_before_a_colon_is_the_addressee",
        ),
        pytest.param(
            "Jonas Ekberg spoke first. “Every boat was checked,” Mr Ekberg's statement said.",
            "Jonas Ekberg",
            id="a_statement_speaks_for_its_author",
        ),
        pytest.param(
            "“This will pass,” Sweden Erik Brandt said.",
            "Erik Brandt",
            id="a_place_before_a_name_is_cut",
        ),
        pytest.param(
            "Olof Brandstrom, the mayor, took questions. “Nobody was hurt,” Mr Brandstorm said.",
            "Olof Brandstrom",
            id="a_misspelt_surname_finds_the_person",
        ),
    ],
)
def test_the_person_or_body_not_the_words_around_it(body: str, expected: str) -> None:
    assert speakers(body) == [expected]
