"""Wrong speakers found on the tuning data (issue 11, item 3), each with sentences written for
these tests: a phrase that only looks like a speaker gives none, a short name goes to the person
it usually means, and a run of quotations stops at a newly introduced speaker."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

TITLE = "Harbour office reopens\n\n"


speakers = partial(speakers_of, TITLE)


def test_a_state_abbreviation_before_a_quotation_is_no_speaker() -> None:
    # "Fresno, Calif., an account ...": the comma after the place's short form ends a subject.
    body = (
        "In the days after nine people were hurt in Fresno, Calif., an anonymous account "
        "praised the attack online: “We are coming for you all, every one of you.”"
    )
    assert speakers(body) == [None]


def test_a_real_short_name_before_a_quotation_still_speaks() -> None:
    body = "Ana Ruiz met voters in Dayton. Ruiz said: “We are coming back to every town.”"
    assert speakers(body) == ["Ana Ruiz"]


def test_a_bare_surname_means_the_family_member_introduced_first() -> None:
    # The wife is brought in later by her full name; "Baxter" alone stays the senator's.
    body = (
        "Sen. Tom Baxter spoke in Dayton on Monday. His wife, Ellen Baxter, joined him on stage. "
        "She waved to the crowd.\n\n"
        "“We will win this seat,” Baxter said."
    )
    assert speakers(body) == ["Tom Baxter"]


def test_a_surname_borne_by_one_person_only_is_still_the_nearest_name() -> None:
    body = (
        "Sen. Tom Baxter spoke in Dayton on Monday. His rival, Ellen Ward, spoke next.\n\n"
        "“We will win this seat,” Ward said."
    )
    assert speakers(body) == ["Ellen Ward"]


def test_a_run_of_quotations_stops_where_another_person_joins_the_sentence() -> None:
    body = (
        "Ana Ruiz met voters in Dayton on Monday. “Tell them I kept my word,” Ruiz said, and "
        "her husband cut in. “Do not forget the garden we planted last spring.”"
    )
    assert speakers(body) == ["Ana Ruiz", None]


def test_a_run_of_quotations_goes_on_past_a_participle_clause() -> None:
    body = (
        "Ana Ruiz met voters in Dayton on Monday. “Tell them I kept my word,” Ruiz said, "
        "pointing at the garden. “Do not forget the garden we planted last spring.”"
    )
    assert speakers(body) == ["Ana Ruiz", "Ana Ruiz"]


def test_a_statement_is_not_given_to_an_earlier_speaker_when_someone_else_comes_between() -> None:
    body = (
        "Lars Holm runs the ferry line. “The boats will run on time,” Holm said on Monday.\n\n"
        "The mayor, Ana Ruiz, released a statement in the evening. “We will check every boat,” "
        "the statement said."
    )
    # Not Holm's; since round 24 the statement speaks for the mayor who released it.
    assert speakers(body) == ["Lars Holm", "Ana Ruiz"]


def test_a_statement_right_after_its_author_speaks_for_them() -> None:
    body = (
        "Lars Holm runs the ferry line. “The boats will run on time,” Holm said in a statement "
        "on Monday. “Every boat is checked,” the statement said."
    )
    assert speakers(body) == ["Lars Holm", "Lars Holm"]


def test_a_description_does_not_reach_past_a_subject_the_tracker_could_not_place() -> None:
    # "Holm" is never named in full: "the minister" is most likely him, and surely not Ward.
    body = (
        "Ellen Ward, who ran the harbour for years, wants the ferry back.\n\n"
        "On the ferry question, Holm defended the plan on Monday. “It pays for itself,” the "
        "minister said."
    )
    assert speakers(body) == ["the minister"]


def test_a_description_still_means_the_person_named_just_before() -> None:
    body = (
        "Ellen Ward, who ran the harbour for years, wants the ferry back.\n\n"
        "On the ferry question, Ward defended the plan on Monday. “It pays for itself,” the "
        "minister said."
    )
    assert speakers(body) == ["Ellen Ward"]


def test_a_reporter_set_off_before_the_clause_that_introduces_a_quotation_is_not_its_speaker() -> (
    None
):
    body = (
        "As the crowd cheered Tom Baxter in Dayton, the Daily Star's Ana Ruiz reported, his wife "
        "whispered to him: “They are still with you.”"
    )
    assert speakers(body) == [None]  # his wife's, who has no name here


def test_a_speaker_who_says_and_pauses_still_introduces_the_quotation() -> None:
    body = "Ana Ruiz spoke in Dayton. Ruiz said, then paused: “They are still with you.”"
    assert speakers(body) == ["Ana Ruiz"]


def test_a_description_answering_a_question_is_not_the_one_who_asked_it() -> None:
    body = (
        "Tom Baxter is running for the Senate. He sat down with the host, Ellen Ward, on Sunday."
        "\n\n“Would that be you?” Ward asked. “That would be me,” the candidate said."
    )
    assert speakers(body) == ["Ellen Ward", None]


def test_a_description_after_a_statement_still_means_the_last_speaker() -> None:
    body = (
        "Tom Baxter is running for the Senate. He sat down with the host, Ellen Ward, on Sunday."
        "\n\n“It will be close,” Baxter said. “That would be me,” the candidate said."
    )
    assert speakers(body) == ["Tom Baxter", "Tom Baxter"]


def test_a_time_stamp_in_capitals_is_nobody_he_could_refer_to() -> None:
    body = (
        "Updated 5:32 PM ET\n\n"
        "The Hawks beat the Owls 3-1 on Sunday. “We played as a team,” he said after the game."
    )
    assert speakers(body) == [None]


def test_he_still_finds_the_man_named_before_a_time_stamp() -> None:
    body = (
        "Updated 5:32 PM ET\n\n"
        "Coach Tom Reed saw the Hawks beat the Owls 3-1. “We played as a team,” he said."
    )
    assert speakers(body) == ["Tom Reed"]


def test_an_owned_role_opening_a_sentence_is_read_like_one_inside_it() -> None:
    # "her office" is the office of the woman "her" stands for (round 39: was None, "names no
    # one by itself"); capitalised at the head of a sentence it is the same.
    body = (
        "Tom Reed called the mayor a liar on Monday. Mayor Ana Ruiz did not respond. Her office "
        "said: “The mayor is busy.”"
    )
    assert speakers(body) == ["Ana Ruiz's office"]


def test_he_does_not_reach_a_woman_known_only_by_her_staff() -> None:
    # "Zarina" is in no name list; ", and her staff" tells the tracker who she is.
    body = (
        "Tom Reed sat in the back. Rep. Zarina Okafor called the bill a disgrace on Tuesday, and "
        "her staff handed out copies. “It is a betrayal of every family,” he said."
    )
    assert speakers(body) == ["Tom Reed"]


def test_he_still_reaches_a_man_known_by_his_staff() -> None:
    body = (
        "Ana Ruiz sat in the back. Rep. Zarin Okafor called the bill a disgrace on Tuesday, and "
        "his staff handed out copies. “It is a betrayal of every family,” he said."
    )
    assert speakers(body) == ["Zarin Okafor"]


def test_a_byline_is_no_antecedent_but_a_person_in_the_story_is() -> None:
    byline = "By Tom Baxter, Staff Writer\n\n"
    crossing = "The new solar ferry made its first crossing on Monday with forty people aboard.\n\n"
    said = "“We have waited ten years for this,” he said."
    # The reporter who signs the page is not who "he" is.
    assert speakers(byline + crossing + said) == [None]
    captain = "Its captain, Omar Vance, steered it out of the harbour.\n\n"
    assert speakers(byline + captain + said) == ["Omar Vance"]


def test_a_position_code_before_a_name_is_not_part_of_the_speaker() -> None:
    body = "Hawks QB Tom Reed said: “We will win on Sunday.”\n\nJP Morgan said: “Rates will rise.”"
    assert speakers(body) == ["Tom Reed", "JP Morgan"]


def test_the_newspaper_is_a_body_whose_name_says_so_not_the_last_one_named() -> None:
    paper = "The Harbour Post spoke to the ferry union.\n\n“Fares will rise,” the newspaper said."
    assert speakers(paper) == ["Harbour Post"]
    lobby = "The Ferry Users Alliance sued the port.\n\n“The law is wrong,” the newspaper said."
    assert speakers(lobby) == ["the newspaper"]  # as written (round 24), not the Alliance


def test_a_state_short_form_before_a_title_opens_the_speakers_phrase() -> None:
    # "Del." is an abbreviation, not a sentence end: the governor is named after it.
    assert speakers("“We will reopen the port,” Del. Gov. Ana Ruiz said on Monday.") == ["Ana Ruiz"]
    # Alone, the short form is a place, never a speaker (its stop may end the sentence).
    assert speakers("“We will reopen the port,” said the governor of Del.") == [None]
    assert speakers("“We will reopen the port,” said Ruiz.") == ["Ruiz"]
