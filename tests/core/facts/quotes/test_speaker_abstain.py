"""Round 13 (issue 11 item 3): readings where the speaker the engine gave was not the one who
spoke, so it now gives none (or, for a verb joined after earlier marks, the clause's subject).
Sentences are our own."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Harbour news\n\n")


def test_a_body_named_as_a_place_is_not_the_group_that_shouts() -> None:
    # The crowd rallied AT the college and walked TO the depot: "the group" is the crowd, which
    # has no name, not Lindell College (since round 24 the words as written, no name).
    body = (
        "Carrying flags, the crowd -- which rallied at Lindell College before a walk to the "
        "depot -- was the largest of the week.\n\n"
        "“Jobs for all and fair pay for every nurse!” the group shouted outside a union office."
    )
    assert speakers(body) == ["the group"]


def test_a_body_that_does_something_is_still_the_group() -> None:
    body = (
        "The Harbor Tenants League met at Lindell College on Friday.\n\n"
        "“We will not pay the new rent until the roof is mended,” the group said."
    )
    assert speakers(body) == ["Harbor Tenants League"]


def test_a_participle_after_a_clause_of_its_own_has_no_sure_subject() -> None:
    # The nurses had gathered, and they chant; the mayor only spoke near the depot.
    body = (
        "Mayor Ida Brenner spoke near the depot, where dozens of nurses had gathered at dawn, "
        "chanting “safe staffing now, safe staffing for every ward” as cars honked."
    )
    assert speakers(body) == [None]


def test_a_participle_set_off_after_its_clause_is_the_subject_s() -> None:
    body = (
        "Mayor Ida Brenner spoke near the depot on Friday, telling the crowd “we will reopen "
        "every ward that was closed this winter.”"
    )
    assert speakers(body) == ["Ida Brenner"]


def test_a_naming_verb_after_a_quotation_is_no_attribution() -> None:
    # "called 'Read Local'" names the campaign; the slogan on the banner is nobody's words here.
    body = (
        "One banner read “Hands off our library and its staff,” a slogan linked to a group "
        "called the “Read Local” campaign."
    )
    assert speakers(body) == [None]


def test_called_out_after_a_quotation_still_reports_speech() -> None:
    body = (
        "“We will not close the library without a fight,” Nora Quist called out from the back "
        "of the hall."
    )
    assert speakers(body) == ["Nora Quist"]


def test_a_verb_joined_after_earlier_marks_keeps_its_clause_s_subject() -> None:
    # "and said" shares the subject "he" (Tom Vell); the office only reports what he said.
    body = (
        "Tom Vell was charged in May. During the call, he asked about the harbour plan, called "
        "the mayor a “thief” and said, “somebody ought to burn that office down tonight,” the "
        "prosecutor’s office said."
    )
    assert speakers(body)[-1] == "Tom Vell"


def test_a_second_quotation_with_a_cue_of_its_own_keeps_it() -> None:
    body = "“We will fight this,” Ada Lunn said, but “we will not strike,” said Ivo Marsh."
    assert speakers(body) == ["Ada Lunn", "Ivo Marsh"]


def test_a_straight_mark_left_open_is_not_continued_by_a_curly_one() -> None:
    # A live blog pastes a report after an open straight mark; the next paragraph's curly marks
    # open a quotation of their own, so the report is not Brenner's words.
    body = (
        "Read the latest below:\n\n"
        '"Mayor Ida Brenner took the stage late on Monday, trailing her rival by a few votes, '
        "and spoke as if she had won.\n\n"
        "“While the count is not yet done, it looks like a tie tonight,” Brenner said."
    )
    assert speakers(body) == [None, "Ida Brenner"]


def test_a_quotation_reopened_with_its_own_marks_keeps_its_speaker() -> None:
    body = (
        "Ida Brenner spoke for an hour. “We have the votes and we have the volunteers to "
        "carry this city.\n\n"
        "“We will count every ballot before anyone claims the night,” she said."
    )
    assert speakers(body) == ["Ida Brenner", "Ida Brenner"]
