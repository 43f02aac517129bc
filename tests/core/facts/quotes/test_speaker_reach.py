"""Speakers in attribution shapes the cue finder used to leave unread (issue 11, speakers part 3).

Each test stands for one general mechanism: inverted speech verbs, someone new introduced with
"one"/"another"/"a", an owned role before a name, an owner's name never leaking into the person's.
All sentences are written for these tests (no text from the evaluation data).
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.core.facts.quotes.speakers_of import speakers_of

TITLE = "Orchard festival returns\n\n"


speakers = partial(speakers_of, TITLE)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "“Nobody picks apples in the rain,” quipped Petra Olsen, 44, who runs the stall.",
            ["Petra Olsen"],
            id="any_speech_verb_inverted",
        ),
        pytest.param(
            "“The cider ran out by noon,” boomed Tomas Reed.",
            ["Tomas Reed"],
            id="boomed_inverted",
        ),
    ],
)
def test_inverted_speech_verbs(body: str, expected: list[str | None]) -> None:
    assert speakers(body) == expected


def test_a_verb_that_takes_its_object_first_is_not_inverted() -> None:
    # '"...," accused the mayor of ...': the mayor is the one accused, not the speaker.
    body = "“It is a scandal,” accused the mayor of the harbour town Kelso."
    assert speakers(body) == [None]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "“The pears are late this year,” said one Kent grower. “So are the plums,” added "
            "another Kent grower.",
            ["one Kent grower", "another Kent grower"],
            id="one_and_another_with_a_capitalised_word",
        ),
        pytest.param(
            "“The stalls sold out,” said a longtime market trader who has sold there for years.",
            ["a longtime market trader"],
            id="a_described_role_before_a_relative_clause",
        ),
    ],
)
def test_someone_new_and_unnamed_is_kept_as_written(body: str, expected: list[str]) -> None:
    assert speakers(body) == expected


def test_a_bare_another_is_no_speaker() -> None:
    body = "“The pears are late,” Another said."
    assert speakers(body) == [None]


def test_an_owned_role_before_a_name_gives_the_name() -> None:
    body = (
        "Mayor Ruth Abara opened the festival. “We have the best orchards,” she said. “And the "
        "best cider,” added her festival director Leo Marsh, speaking to visitors."
    )
    assert speakers(body) == ["Ruth Abara", "Leo Marsh"]


@pytest.mark.parametrize(
    "body",
    [
        "“Prices will ease in spring,” Ernst and Young's Priya Dutta said.",
        "Lane & Hart's Priya Dutta spoke. “Prices will ease in spring,” said Lane & Hart's "
        "Priya Dutta.",
    ],
)
def test_an_owner_never_leaks_into_the_speaker(body: str) -> None:
    assert speakers(body) == ["Priya Dutta"]


def test_the_office_is_not_someone_who_holds_another_office() -> None:
    # The senator is the last person named, but "the president" is somebody else.
    body = (
        "Senator Hana Brix met the president at the orchard on Sunday. “We spoke about "
        "apples,” the president said."
    )
    assert speakers(body) != ["Hana Brix"]


def test_the_office_is_the_person_introduced_with_it() -> None:
    body = "Governor Hana Brix opened the orchard. “It is a fine harvest,” the governor said."
    assert speakers(body) == ["Hana Brix"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The host Dale Kerr met Mayor Ines Oduya at the fair. “Is the cider local?” Kerr "
            "pressed. “It is,” Oduya replied.",
            ["Dale Kerr", "Ines Oduya"],
            id="a_verb_the_lexicon_lacks",
        ),
        pytest.param(
            "“Too many wasps this year,” Ines Oduya grumbled on Sunday.",
            ["Ines Oduya"],
            id="a_verb_then_a_time",
        ),
        pytest.param(
            "“Ring the bell!” Ines Oduya pressed the button.",
            [None],
            id="an_object_after_the_verb_is_no_speech",
        ),
        pytest.param(
            "“Ring the bell,” Ines Oduya was heard.",
            [None],
            id="a_verb_group_is_not_read",
        ),
    ],
)
def test_the_clause_after_a_quotation_names_its_speaker(
    body: str, expected: list[str | None]
) -> None:
    assert speakers(body) == expected


def test_a_second_quotation_joined_by_a_plain_word_keeps_the_speaker() -> None:
    body = (
        "Grower Clara Olsen opened her stall. Olsen says “the season is short” because “the "
        "frost came early and stayed for weeks.”"
    )
    assert speakers(body) == ["Clara Olsen", "Clara Olsen"]


def test_a_second_quotation_after_a_new_name_is_not_carried_over() -> None:
    body = (
        "Grower Clara Olsen opened her stall. Olsen says “the season is short” but Tomas Reed "
        "thinks “it was the best year yet.”"
    )
    assert speakers(body)[1] != "Clara Olsen"


def test_a_name_ending_an_opening_phrase_is_not_the_speaker() -> None:
    body = (
        "In a chat with radio hosts Tim Reed and Ana Fogg, the festival director stated: “We "
        "sold every ticket.”"
    )
    assert speakers(body) == ["the festival director"]


def test_a_role_opening_a_sentence_is_not_part_of_the_name() -> None:
    body = "Grower Clara Olsen opened her stall. “The season is short,” Olsen said."
    assert speakers(body) == ["Clara Olsen"]


def test_a_description_after_a_name_in_the_same_sentence_is_someone_else() -> None:
    body = "Ana Fogg drove to the fair, where the chancellor said: “We are ready for them.”"
    assert speakers(body) == ["the chancellor"]


def test_a_role_ending_the_sentence_after_an_inverted_verb() -> None:
    # The sentence's full stop is not part of "leader" (nor does "leader" make it an
    # abbreviation like "Gov.").
    body = "“We judge every stall on its apples,” said one district fair leader."
    assert speakers(body) == ["one district fair leader"]


def test_a_first_name_that_is_also_a_common_word() -> None:
    body = "“Cider is a costly business,” said Will Dorne, a professor of farming at Lund."
    assert speakers(body) == ["Will Dorne"]


def test_a_participle_next_to_the_quotation_introduces_it() -> None:
    body = (
        "Grower Clara Olsen answered the critics on Sunday, tweeting at them, “Taste the "
        "apples first.”"
    )
    assert speakers(body) == ["Clara Olsen"]


def test_a_participle_far_before_the_quotation_does_not() -> None:
    # "declaring" has its own object here; the speaker is named after the quotation.
    body = (
        "Mayor Ruth Abara spoke on Monday. By declaring their harvests and paying the levy, "
        "growers will be able to “sell at the fair”, Ms Abara stressed."
    )
    assert speakers(body) == ["Ruth Abara"]


def test_a_narrator_is_a_speaker_as_written() -> None:
    body = "The new advert opens on an orchard. “Nothing tastes like home,” says a narrator."
    assert speakers(body) == ["a narrator"]


def test_a_sentence_that_is_only_an_attribution_after_a_full_stop() -> None:
    body = "Clara Olsen runs the stall. “We sold out by noon.” Olsen said."
    assert speakers(body) == ["Clara Olsen"]


def test_a_full_stop_then_a_report_of_its_own_is_no_attribution() -> None:
    body = (
        "Clara Olsen runs the stall. “We sold out by noon.” Tomas Reed said the pears went first."
    )
    assert speakers(body) == [None]


def test_an_inverted_speaker_opening_the_sentence_with_an_apposition() -> None:
    body = (
        "The stall was busy all day. Said Nora Quist, who grew up on the next farm, “We are all "
        "so proud of them.”"
    )
    assert speakers(body) == ["Nora Quist"]


def test_a_second_quotation_after_adding_keeps_the_speaker() -> None:
    body = (
        "Clara Olsen runs the stall. Olsen told the paper that the rival stall “had a silly "
        "pricing plan,” adding, “They lost every customer.”"
    )
    assert speakers(body) == ["Clara Olsen", "Clara Olsen"]


def test_the_company_is_the_one_word_body_that_opened_a_sentence_before() -> None:
    body = (
        "Vendara admitted the fault on Monday. “We always fix such faults quickly,” the "
        "company said."
    )
    assert speakers(body) == ["Vendara"]


@pytest.mark.parametrize(
    "opening",
    [
        "Clara Olsen admitted the fault on Monday.",  # a person
        "Just this week, growers admitted the fault.",  # an adverb, not a body
    ],
)
def test_the_company_is_not_a_person_or_a_word_opening_a_sentence(opening: str) -> None:
    body = opening + " “We always fix such faults quickly,” the company said."
    assert speakers(body) == ["the company"]  # as written since round 24, no name


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "“The town comes first,” said former secretary of state Clara Olsen, who praised "
            "the mayor.",
            ["Clara Olsen"],
            id="titles_and_links_in_the_description",
        ),
        pytest.param(
            "“I don't know where he stands,” said undecided Green voter Nora Quist of Lund, "
            "before the fair.",
            ["Nora Quist"],
            id="a_capitalised_describing_word_and_an_affiliation",
        ),
        pytest.param(
            "“The stall owners are under pressure,” a market source, who was not allowed to "
            "speak on the record, told the paper.",
            ["a market source"],
            id="a_role_with_a_relative_clause_before_the_verb",
        ),
    ],
)
def test_longer_descriptions_around_the_speaker(body: str, expected: list[str]) -> None:
    assert speakers(body) == expected
