"""Speakers given only on firm evidence (issue 11 item 3, round 11): no speaker is better than a
wrong one. Sentences are our own."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Harbour news\n\n")


def test_he_is_not_the_speaker_when_the_quotation_names_him_by_first_name() -> None:
    # "Ivo's honesty": people rarely speak of themselves by first name, so the "he" after the
    # quotation is the teacher (never named), not Ivo Marsh, the last man named. (Round 19:
    # the teacher, the nearest subject "he" stands for, is now given as described.)
    body = (
        "Ivo Marsh came back to the harbour town on Friday.\n\n"
        "A young teacher worked the crowd, praising “Ivo’s honesty and plain speech” as he "
        "promised to defend the ferry."
    )
    assert speakers(body) == ["A young teacher"]


def test_a_sentence_reporting_a_reply_after_an_exclamation_is_no_attribution() -> None:
    # '"...!" She replied to him that ...': a new sentence that reports her answer to the fan
    # who shouted, not the clause that signs the quotation.
    body = (
        "Ada Lunn lost the vote to Mira Holt. Mira Holt, still in the hall, heard a fan shout "
        "“you are the best player we have!” She replied to him that it was kind of him."
    )
    assert speakers(body) == [None]


def test_an_inverted_reply_after_a_question_still_signs_it() -> None:
    body = "Ada Lunn came into the office late. “Why now?” she asked them."
    assert speakers(body) == ["Ada Lunn"]


def test_a_person_introduced_by_title_and_one_name_is_known_by_that_name_later() -> None:
    # "Prince Olaf" ... "Olaf claims that he ...": the bare name is the prince, so the "he"
    # chain stays with him and does not pass to Jon Berg, named after him.
    body = (
        "Prince Olaf met Jon Berg at the port last year.\n\n"
        "Olaf claims that he went to see Berg only to end their deal. During the visit, he was "
        "seen with Berg on the quay.\n\n"
        "He later told the local paper: “I was never on board.”"
    )
    assert speakers(body) == ["Olaf"]


def test_she_is_never_a_body_that_spoke_before() -> None:
    # The quotation before was signed by a firm; "she" is the officer described (not named)
    # in between, so the officer as written (round 14), never the firm.
    body = (
        "Marlow Estates said in a statement that it had “heard every objection”.\n\n"
        "The county's planning officer, who was not allowed to speak to the press, said the"
        " council had received 900 letters. “I have never seen so many,” she said."
    )
    assert speakers(body) == ["Marlow Estates", "The county's planning officer"]


def test_the_title_set_off_before_a_name_is_his() -> None:
    # "The mayor of Eastbridge, Colin Hale," gives Hale the title, so "the mayor" later is
    # Hale, not the developer named last, and so is the "he" after it.
    body = (
        "The mayor of Eastbridge, Colin Hale, met the developer Victor Stanek on Tuesday.\n\n"
        "Mr Stanek wants to start building next spring. The mayor has said the tower is too tall."
        "\n\n“It is a good building in the wrong place,” he said after the meeting."
    )
    assert speakers(body) == ["Colin Hale"]


def test_the_name_set_off_after_a_described_subject_is_the_speaker() -> None:
    body = (
        "The harbour minister, Ida Varga, defended the new fees on Monday, saying they were"
        " “late but fair”."
    )
    assert speakers(body) == ["Ida Varga"]
