"""Pull quotes (a quotation a web page repeats as a paragraph of its own): out of the story's
order, they neither lend their speaker to the quotations after them nor borrow one from those
before them; they speak as their copy in the story does. Sentences written for these tests."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.quotes import extract

TITLE = "Harbour dock plan splits council\n\n"


def speakers(body: str) -> list[tuple[str, str | None]]:
    found = extract(Document.from_text(TITLE + body))
    assert found, "no quotation found"
    return [(q.text[:24], q.speaker) for q in found]


def test_he_continued_after_a_pull_quote_is_the_one_the_story_was_quoting() -> None:
    body = (
        "Karl Brandt, a former harbour chief, spoke first at the hearing.\n\n"
        "“Fewer ferries mean fewer risks on every crossing,” said Karl Brandt, now a consultant. "
        "(His clients include the ferry line.)\n\n"
        "“Without a big dock, you are not going to make it,” Tom Reed said of the plan.\n\n"
        "“The dock is not used for what it was built for,” he continued. “If the council "
        "invests now, there is a better chance.”\n\n"
        "Tom Reed, a retired captain, agreed. “Without a big dock, you are not going to make "
        "it,” he said."
    )
    found = speakers(body)
    assert found[2:4] == [
        ("The dock is not used for", "Karl Brandt"),
        ("If the council invests n", "Karl Brandt"),
    ]


def test_a_pull_quote_speaks_as_its_copy_not_as_the_quotation_before_it() -> None:
    body = (
        "“We will open the new dock in May next year,” said Ana Ruiz, the harbour master.\n\n"
        "Tom Reed, who runs the ferry line, was less sure. “Nobody has seen the plans,” Reed "
        "said.\n\n"
        "“We will open the new dock in May next year”\n\n"
        "The council meets again on Friday."
    )
    assert [s for _, s in speakers(body)] == ["Ana Ruiz", "Tom Reed", "Ana Ruiz"]
