"""Speakers that are written sources, gatherings or bodies named by "according to", and the one
asked by a named speaker (issue 11 item 3, round 12). Sentences are our own."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Harbour news\n\n")


def test_a_press_release_speaks_as_written() -> None:
    body = (
        "The ferry board cancelled the summer timetable on Monday.\n\n"
        "“The boats will run twice a day until the repairs are done,” the release said."
    )
    assert speakers(body) == ["the release"]


def test_a_lawsuit_speaks_as_written() -> None:
    body = (
        "Two fishermen went to court over the harbour fees.\n\n"
        "“The fees were raised without any notice to the crews,” the lawsuit says."
    )
    assert speakers(body) == ["the lawsuit"]


def test_a_crowd_that_chants_back_is_the_speaker() -> None:
    body = (
        "The mayor asked who would pay for the new sea wall.\n\n"
        "“The council must pay for all of it!” the crowd shouted back."
    )
    assert speakers(body) == ["the crowd"]


def test_according_to_a_definite_description_is_resolved_like_its_subject() -> None:
    body = (
        "Mira Holt will speak at the quay on Friday.\n\n"
        "According to the campaign, “the speech will open the race for the harbour seat.”"
    )
    assert speakers(body) == ["the campaign"]
    # "his aunt" alone stays unresolved: a possessive description names no one.
    assert speakers("According to his aunt, “he spent every summer on the boats.”") == [None]


def test_the_one_a_named_speaker_asks_is_not_the_speaker() -> None:
    body = (
        "Ada Lunn asked the officials “If the council sells the ferry, who will "
        "keep the boats running?”"
    )
    assert speakers(body) == ["Ada Lunn"]


def test_a_name_with_an_age_set_off_speaks_however_long_the_description() -> None:
    body = (
        "“The ferry is always late on Mondays,” Tom Brand, 58, of Eastport, Maine, who "
        "crosses twice a week, said after the vote."
    )
    assert speakers(body) == ["Tom Brand"]


def test_an_age_apposition_does_not_give_the_place_after_it() -> None:
    body = "“The ferry is always late on Mondays,” Tom Brand, 58, of Eastport, said."
    assert speakers(body) == ["Tom Brand"]


def test_an_as_clause_that_leads_into_the_quotation_gives_its_subject() -> None:
    body = (
        "The ferry vote was held on Friday.\n\n"
        "As the Harbour Gazette reported, “the council will keep the morning boat.”"
    )
    assert speakers(body) == ["Harbour Gazette"]


def test_a_body_named_with_for_speaks_whole() -> None:
    from tests.core.facts.quotes.speakers_of import speakers_of

    body = (
        '"Rents will keep rising," the Institute for Housing Studies said on Monday.\n\n'
        '"We disagree," said the Department for Communities.\n'
    )
    assert speakers_of("", body) == ["Institute for Housing Studies", "Department for Communities"]


def test_a_councillor_is_a_title_not_part_of_the_name() -> None:
    from tests.core.facts.quotes.speakers_of import speakers_of

    body = (
        "After the vote, the council's transport lead, Councillor Kwabena Okafor, said: "
        '"The buses will run again in June."\n'
    )
    assert speakers_of("", body) == ["Kwabena Okafor"]


def test_a_person_of_a_body_with_a_relative_clause_speaks_not_the_body() -> None:
    from tests.core.facts.quotes.speakers_of import speakers_of

    body = (
        "Ines Varga of the Lowfield Tenants Trust, who has lived on the estate for 30 years, "
        'said the repairs were "far too little, far too late."\n'
    )
    assert speakers_of("", body) == ["Ines Varga"]


def test_the_club_said_is_the_football_club_named_before_not_its_league() -> None:
    from tests.core.facts.quotes.speakers_of import speakers_of

    body = (
        "Eastmoor Wanderers dismissed their coach on Monday after a fifth defeat left them "
        "bottom of the Northern Counties League.\n\n"
        '"We thank him for his work," the club said in a statement.\n'
    )
    assert speakers_of("", body) == ["Eastmoor Wanderers"]


def test_sir_and_lord_are_titles_and_a_day_before_the_name_is_no_topic() -> None:
    from tests.core.facts.quotes.speakers_of import speakers_of

    body = (
        'In a statement issued on Tuesday Lord Pemberly said: "The court was right."\n\n'
        "Sir Kwabena Adjei, who chairs the panel, said the ruling was fair. "
        'He added that his panel was "satisfied" with it.\n'
    )
    assert speakers_of("", body) == ["Pemberly", "Kwabena Adjei"]
