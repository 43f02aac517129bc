"""A quotation with no cue that opens the paragraph after a sentence in which a named person
takes a stand ("attacked the decision", "paid tribute to her") is that person's
(`_stance.stance_subject`, read by `_context._reported_speaker`)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_named_critic_speaks_the_next_paragraph() -> None:
    body = (
        "Transport minister Alan Brisk confirmed the branch line would close.\n\n"
        "But Selina Frome, who chairs the passengers' group, attacked the decision.\n\n"
        '"Villages will be cut off from the nearest town."'
    )
    assert speakers_of("", body) == ["Selina Frome"]


def test_a_description_with_the_name_set_off_names_the_speaker() -> None:
    body = (
        "The sprinter Jo Amadi has retired at 31.\n\n"
        "Her first coach, Victor Lindqvist, paid tribute to her speed.\n\n"
        '"Nobody I trained was ever faster off the blocks."'
    )
    assert speakers_of("", body) == ["Victor Lindqvist"]


def test_a_body_that_hits_back_is_left_to_the_other_routes() -> None:
    # A guard: no name in the subject, no speaker from this route.
    body = (
        "Minister Alan Brisk said the line would close.\n\n"
        "The union hit back.\n\n"
        '"This is vandalism."'
    )
    assert speakers_of("", body) == [None]


def test_a_stance_inside_the_paragraph_of_the_quotation_is_not_read() -> None:
    # A guard: the quotation does not open its own paragraph after the stance.
    body = (
        "Ana Ruiz praised the staff. Later, at the gates, a crowd chanted "
        '"Keep it open." Police watched.'
    )
    assert speakers_of("", body) != ["Ana Ruiz"]
