"""An interview set out as "Q:" / "A:" paragraphs: each answer is a quotation of the
interviewee, the person the article introduces before its first question, or of no one when
no one stands out (`_interviews`)."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.quotes import extract


def _quotes(body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(Document.from_text(body))]


def test_answers_are_the_interviewees_words() -> None:
    body = (
        "Harriet Mull has kept hives on the roof of the town hall for six years. "
        "She told us what the bees have taught her.\n\n"
        "Q: How many bees live up there?\n\n"
        "A: About sixty thousand in summer, fewer in winter.\n\n"
        "Q: Do they ever sting the staff?\n\n"
        "A: Only once, and he had sat on the hive."
    )
    assert _quotes(body) == [
        ("About sixty thousand in summer, fewer in winter.", "Harriet Mull"),
        ("Only once, and he had sat on the hive.", "Harriet Mull"),
    ]


def test_the_person_named_most_often_is_the_interviewee() -> None:
    body = (
        "Senator Ada Quill spent the day in Dayton, where she spoke with our reporter Ben "
        "Ross. Quill defended her vote on the farm bill.\n\n"
        "Q: Will you run again?\n\n"
        "A: I have not decided, and I will not be rushed."
    )
    assert _quotes(body) == [("I have not decided, and I will not be rushed.", "Ada Quill")]


def test_no_one_stands_out_so_the_answers_are_unattributed() -> None:
    body = (
        "Our reporter Ben Ross met the novelist Carla Fenwick in London.\n\n"
        "Q: Where do you write?\n\n"
        "A: At the kitchen table, every morning."
    )
    assert _quotes(body) == [("At the kitchen table, every morning.", None)]


def test_a_letter_a_and_a_colon_in_prose_is_no_answer() -> None:
    # A guard: no question before it, so no interview.
    body = 'Plan A: build the bridge first. The mayor said: "We will start in May."'
    assert [q.text for q in extract(Document.from_text(body))] == ["We will start in May."]
