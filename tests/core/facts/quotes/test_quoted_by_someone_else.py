"""Round 43 (issue 11): quotations whose own clause says someone else spoke them. A question
followed by "Mr Tran was asked" was put to Tran, by someone unnamed: it no longer takes the
speaker of the quotation before (Tran). '"...," Ms Howe recalled her neighbour saying' is the
neighbour's, not Howe's: no speaker rather than the one who recalls it. Sentences are our own;
the first two tests fail on the commit before, the others are guards."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_MEETING = (
    "Ms Howe said Mr Tran had told her at a meeting: “The decision has already been made.”\n\n"
    "“Will you resign if it goes ahead?” Mr Tran was asked at the meeting. “No,” he replied."
)


def test_a_question_put_to_someone_is_not_theirs() -> None:
    body = "Councillor Mike Tran chairs the transport board.\n\n" + _MEETING
    assert speakers_of("", body) == ["Mike Tran", None, "Mike Tran"]


def test_words_recalled_as_someone_elses_are_not_the_recallers() -> None:
    body = (
        "Linda Howe has lived beside the river for forty years.\n\n“The council never "
        "listens,” Ms Howe recalled her neighbour saying."
    )
    assert speakers_of("", body) == [None]


def test_guard_saying_after_a_comma_is_the_speakers_own() -> None:
    body = (
        "Joan Pratt is the mayor of Elmford.\n\n“We will rebuild,” she told the BBC, saying "
        "the town would recover.\n\n“It was the worst night of my life,” Ms Pratt said, "
        "adding that she had not slept."
    )
    assert speakers_of("", body) == ["Joan Pratt", "Joan Pratt"]


def test_guard_recalling_what_one_told_others_is_ones_own() -> None:
    body = (
        "Joan Pratt is the mayor of Elmford.\n\n“The water came up to the windows,” she "
        "recalled telling the rescue crews."
    )
    assert speakers_of("", body) == ["Joan Pratt"]
