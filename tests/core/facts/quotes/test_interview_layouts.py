"""Round 45 (issue 11): interviews set out in layouts beside "Q:"/"A:". "Q."/"A." labels; an
answer that runs over plain paragraphs until the next question; paragraphs labelled with the
speakers' names, where the answers are the interviewee's and the interviewer's questions are no
quotations; a quotation with no speech verb inside an "A:" answer is the interviewee's too.
Sentences are our own; the first three tests and the seventh fail on the commits before them,
the others are guards."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.quotes import extract

_INTRO = (
    "Osric Pellow has kept bees on the moor for thirty years. He talked to our "
    "reporter Nia Grove about a hard winter.\n\n"
)


def _quotes(body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(Document.from_text(body))]


def test_answers_after_q_and_a_with_full_stops_are_the_interviewees() -> None:
    body = (
        _INTRO + "Q. How many colonies did you lose this year?\n\n"
        "A. Eleven of forty, which is the worst I have known.\n"
    )
    assert _quotes(body) == [("Eleven of forty, which is the worst I have known.", "Osric Pellow")]


def test_an_answer_runs_on_over_plain_paragraphs_until_the_next_question() -> None:
    body = (
        _INTRO + "Q: How many colonies did you lose this year?\n\n"
        "A: Eleven of forty.\n\n"
        "The damp got into the hives in January and never left.\n\n"
        "Q: What will you change before next winter comes round?\n\n"
        "A: Better roofs, and fewer hives on the high ground.\n"
    )
    assert [speaker for _, speaker in _quotes(body)] == ["Osric Pellow"] * 3


def test_paragraphs_labelled_with_names_give_the_answers_to_the_interviewee() -> None:
    body = (
        _INTRO + "Nia Grove: How many colonies did you lose this year?\n\n"
        "Osric Pellow: Eleven of forty, which is the worst I have known.\n\n"
        "Nia Grove: What will you change before next winter?\n\n"
        "Pellow: Better roofs, and fewer hives on the high ground.\n"
    )
    assert _quotes(body) == [
        ("Eleven of forty, which is the worst I have known.", "Osric Pellow"),
        ("Better roofs, and fewer hives on the high ground.", "Osric Pellow"),
    ]


def test_guard_a_paragraph_telling_of_the_interviewee_is_no_answer() -> None:
    body = (
        _INTRO + "Q: How many colonies did you lose this year?\n\n"
        "A: Eleven of forty.\n\n"
        "Pellow lifts a frame and shows the empty comb.\n\n"
        "Q: What will you change before next winter comes round?\n\n"
        "A: Better roofs, and fewer hives on the high ground.\n"
    )
    assert [text for text, _ in _quotes(body)] == [
        "Eleven of forty.",
        "Better roofs, and fewer hives on the high ground.",
    ]


def test_guard_the_articles_own_text_after_the_last_answer_is_no_answer() -> None:
    body = (
        _INTRO + "Q: How many colonies did you lose this year?\n\n"
        "A: Eleven of forty, which is the worst I have known.\n\n"
        "The county beekeepers' association meets in Truro next month.\n"
    )
    assert len(_quotes(body)) == 1


def test_guard_labels_that_name_no_one_introduced_give_no_quotes() -> None:
    body = (
        "The council met on Tuesday to discuss the bypass.\n\n"
        "Update: Will the road open before the summer holidays?\n\n"
        "Note: The council has not set a date for the opening.\n"
    )
    assert extract(Document.from_text(body)) == []


def test_a_quotation_inside_an_answer_with_no_speech_verb_is_the_interviewees() -> None:
    body = (
        _INTRO + "Q: How many colonies did you lose this year?\n\n"
        "A: “Eleven of forty, the worst I have known,” he sighs, wiping his hands.\n"
    )
    assert _quotes(body) == [("Eleven of forty, the worst I have known", "Osric Pellow")]


def test_guard_a_quotation_of_someone_named_in_an_answer_is_theirs() -> None:
    body = (
        _INTRO + "Q: Who taught you to keep bees in the first place?\n\n"
        "A: My aunt, Mabel Rusk. She used to say: “Bees know when you are afraid.”\n"
    )
    assert [speaker for _, speaker in _quotes(body)] == ["Mabel Rusk"]
