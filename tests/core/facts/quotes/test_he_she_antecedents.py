"""Round 20 (issue 11 item 3): "he"/"she" never stands for a person named as an object, in a
relative clause or in an apposition's description when a named subject the pronoun fits stands
nearer. Sentences are our own; each test fails on 81aaddc except the guards, marked."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Harbour news\n\n")

_KERN = "Paul Kern spoke to reporters on Monday. "
_QUOTE = "“It is the best thing we have done,” he said."


def test_he_is_not_the_object_of_a_comparison_in_a_relative_clause_head() -> None:
    body = (
        _KERN + "The band suffered the same loss as the late singer Tom Beck, who died in 2001. "
        "“We are not giving up,” he said."
    )
    assert speakers(body) == ["Paul Kern"]


def test_he_is_not_a_person_named_inside_a_relative_clause() -> None:
    body = _KERN + "The album, which features the late Tom Beck, comes out in May. " + _QUOTE
    assert speakers(body) == ["Paul Kern"]


def test_he_is_not_a_person_named_in_an_apposition_description() -> None:
    body = _KERN + "The tour, a tribute to the drummer Tom Beck, starts in May. " + _QUOTE
    assert speakers(body) == ["Paul Kern"]


def test_he_is_the_subject_after_an_opening_clause_naming_someone_else() -> None:
    body = "After meeting Tom Beck in Leeds, Paul Kern signed the deal. " + _QUOTE
    assert speakers(body) == ["Paul Kern"]


def test_guard_he_is_the_named_subject_whose_relative_clause_names_another() -> None:
    body = "Paul Kern, who worked with the late Tom Beck, signed the deal. " + _QUOTE
    assert speakers(body) == ["Paul Kern"]


def test_guard_he_does_not_take_a_named_subject_of_the_other_gender() -> None:
    body = (
        "Ana Ruiz, 54, founded the label. Her first record, made with Tom Beck, sold well. "
        + _QUOTE
    )
    assert speakers(body) == ["Tom Beck"]


def test_guard_he_is_not_the_owner_in_a_named_subject() -> None:
    body = "Tom Beck’s manager Paul Kern signed the deal on Monday. " + _QUOTE
    assert speakers(body) == ["Paul Kern"]


def test_a_described_subject_of_a_lone_past_verb_stops_the_carried_speaker() -> None:
    # "disagreed" was read as a noun ("teacher disagreed"): no clause, so the quotation after
    # it carried Paul Kern on.
    body = _KERN + "“We are not giving up,” he said. A local teacher disagreed. “Nobody asked us.”"
    assert speakers(body) == ["Paul Kern", None]


def test_she_after_a_described_subject_of_a_lone_past_verb_is_that_person() -> None:
    body = _KERN + "“We are not giving up,” he said. A local teacher disagreed. “No,” she said."
    assert speakers(body) == ["Paul Kern", "A local teacher"]


def test_guard_he_is_the_main_subject_not_the_reported_clauses() -> None:
    body = (
        "Paul Kern, who joined the firm last year, said Harbour Motors was now his focus. " + _QUOTE
    )
    assert speakers(body) == ["Paul Kern"]
