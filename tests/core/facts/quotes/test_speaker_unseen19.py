"""Round 19 (issue 11 item 3): "he"/"she" whose nearest antecedent is a person described, not
named, is that person or no one, never a person named further back; a relative clause ("...,
who said") speaks for its head, never for the sentence's subject. Sentences are our own; each
test fails on f03f950 except the guards, marked."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Harbour news\n\n")

_NURSE = "Maria Costa, a nurse at the clinic, said the waiting lists had doubled.\n\n"


def test_she_after_an_office_no_one_was_named_with_is_no_one() -> None:
    body = (
        _NURSE + "The health secretary, visiting a clinic in Leeds, praised the idea. "
        "“It is the right step,” she said."
    )
    assert speakers(body) == [None]


def test_she_after_a_described_subject_of_any_verb_is_that_person() -> None:
    body = (
        _NURSE + "A local teacher, who has lived in the town for 30 years, backed the plan. "
        "“We need it,” she said."
    )
    assert speakers(body) == ["A local teacher"]


def test_she_after_an_office_is_the_one_introduced_with_it() -> None:
    body = (
        "Health Secretary Ana Ruiz opened the ward on Monday. " + _NURSE + "The health "
        "secretary, visiting a clinic in Leeds, praised the idea. “It is the right step,” she said."
    )
    assert speakers(body) == ["Ana Ruiz"]


def test_she_after_a_former_office_holder_is_no_one() -> None:
    body = _NURSE + "The former minister criticised the plan. “It is a mistake,” she said."
    assert speakers(body) == [None]


def test_he_after_an_age_that_points_at_a_woman_is_no_one() -> None:
    body = (
        "Tom Reed, the club's chairman, said the deal was done.\n\n"
        "Maria Costa joined the board in May. The 34-year-old, who runs a bakery, welcomed the "
        "news. “I am delighted,” he said."
    )
    assert speakers(body) == [None]


def test_a_thing_as_the_nearest_subject_leaves_the_named_person() -> None:
    # Guard: a subject no person's ("the plan") is passed over; the woman named stands.
    body = _NURSE.strip() + " The plan was approved. “It is the right step,” she said."
    assert speakers(body) == ["Maria Costa"]


def test_a_relative_clause_speaks_for_its_head_not_the_sentence_subject() -> None:
    body = "Tom Reed met the mayor, who told him “the deal is off”. Nobody else spoke."
    assert speakers(body) == ["the mayor"]


def test_a_relative_clause_after_a_group_is_no_one() -> None:
    # "critics" are no one to name; the film's owner, the sentence's subject, did not say it.
    body = (
        "Ana Ruiz's Harbour-style version of the novel has been attacked by critics in the US, "
        "who described the songs as “jarring and loud”. Ruiz said her film was fine."
    )
    assert speakers(body) == [None]


def test_a_relative_clause_after_a_named_object_is_that_person() -> None:
    body = "Tom Reed won the backing of Ana Ruiz, who called him “the best man for the job”."
    assert speakers(body) == ["Ana Ruiz"]


def test_a_relative_clause_after_an_inverted_speaker_is_that_speaker() -> None:
    # Guard (passes on f03f950 too): "said X, the club's chairman, who added" is still X's.
    body = (
        "“It was a good day,” said Tom Reed, the club's chairman, who added that the fans had "
        "been “magnificent”."
    )
    assert speakers(body) == ["Tom Reed", "Tom Reed"]


def test_no_speaker_carries_over_an_office_no_one_was_named_with() -> None:
    body = (
        "“We will build the bridge,” said Tom Reed, the council leader.\n\n"
        "But the health secretary was not convinced. “It costs too much.”"
    )
    assert speakers(body) == ["Tom Reed", None]


def test_no_speaker_carries_over_someone_known_by_whose_they_are() -> None:
    body = (
        "“We will build the bridge,” said Tom Reed, the council leader.\n\n"
        "His wife was not convinced. “Nobody asked us.”"
    )
    assert speakers(body) == ["Tom Reed", None]


def test_a_speaker_carries_over_the_office_it_was_named_with() -> None:
    # Guard (passes on f03f950 too): "the mayor" is Mayor Tom Reed, so the run goes on.
    body = (
        "“We will build the bridge,” said Mayor Tom Reed. The mayor was confident. "
        "“It will open in May.”"
    )
    assert speakers(body) == ["Tom Reed", "Tom Reed"]


def test_she_after_someone_known_by_whose_they_are_is_no_one() -> None:
    body = (
        "Ana Ruiz said the bridge would open in May. Her neighbour, a retired teacher, was "
        "angry. “She is wrong,” she said."
    )
    assert speakers(body) == [None]


def test_a_subordinate_clause_subject_is_not_the_antecedent() -> None:
    # Guard (passes on f03f950 too): "after her first son was born" does not hide Ana Ruiz.
    body = (
        "Ana Ruiz told the paper that she took a week off after her first son, Tom, was born. "
        "“It was too short,” she said."
    )
    assert speakers(body) == ["Ana Ruiz"]


def test_a_colon_quotation_ended_by_a_full_stop_takes_no_speaker_from_the_next_sentence() -> None:
    body = (
        "The bank kept its rate at 4%. However, the minutes added: “Some members wanted a "
        "rise”. Tom Reed, an economist at Harbour Bank, said he was surprised."
    )
    assert speakers(body) == [None]


def test_he_is_not_a_name_owned_by_someone() -> None:
    # "Tom Reed's Harbour-Line" is his label, no one who could be "he"; the run names no one
    # the tracker can give "he" to, so no one.
    body = (
        "Ana Ruiz, chairman of the group, said the deal was done.\n\n"
        "Universal bought Tom Reed's Harbour-Line label last year. He hoped the label would "
        "“grow again”, he added."
    )
    assert speakers(body) == [None]


def test_a_title_whose_lower_case_name_is_cut_off_is_no_speaker() -> None:
    # Lower-cased copy: "Governor" alone is a title, not the holder's name.
    body = "The ferry sank on monday. Governor tomas berg said the crew “could not stop the fire”."
    assert speakers(body) == [None]


def test_a_surname_that_is_also_a_title_is_still_a_name() -> None:
    # Guard (passes on f03f950 too): "King said" stays a name; since round 43 it is the full
    # name the article gave ("Ana King": a title after a first name is the surname), where it
    # was kept as written ("King").
    body = "Ana King spoke to reporters.\n\n“It was not my recollection,” King said."
    assert speakers(body) == ["Ana King"]


def test_she_after_a_gendered_noun_read_back_to_a_man_stays_the_woman() -> None:
    # Guard (passes on f03f950 too): "the actress" is no one new; "she" is Ana Ruiz, though the
    # tracker reads "the actress" back to the man named last.
    body = (
        "Ana Ruiz starred in the film.\n\nHer son, the director Tom Reed, also remembers it. "
        "“It was hard,” Reed said.\n\nDespite the long hours, the actress was not tired. "
        "“I loved it,” she said."
    )
    assert speakers(body)[-1] == "Ana Ruiz"


def test_a_nickname_in_quotation_marks_is_inside_one_name() -> None:
    # 'Antonio "LA" Reid'-style: one person, whom the later "he" stands for.
    body = (
        "Tom Dale sold the label in May.\n\n"
        "Samuel “Big Sam” Okafor, chairman of the group, said: “I can think of no-one better.” "
        "He hoped the label would “grow again”, he added."
    )
    assert speakers(body) == ["Samuel Okafor", "Samuel Okafor"]
