"""Sentences that go together: a question with its answer, a quotation over several sentences."""

from __future__ import annotations

import pytest

from app.core.document import Document
from app.core.options import SummaryLength
from app.core.summarize import summarize
from app.core.summarize.default._text import linked_flags, reading_flags

ARTICLE = """Rocket firms race to the Moon

Space agencies are hiring private firms to carry cargo to the Moon this decade, officials said on Monday.
Why? Because space travel and landing on rocky ground are anything but easy for a single agency.
The agency has picked five firms for its lunar cargo contract, which is worth up to 2 billion dollars.
The chief said: "We want more landers. We want them soon. And we want them cheap." Analysts agreed.
Each firm will now bid for delivery orders, the first of which is due to fly in the spring of next year.
Critics said the plan relies too heavily on firms that have never landed anything on the Moon before.
"""  # noqa: E501


def _flags(texts: list[str], paragraphs: list[int] | None = None):  # type: ignore[no-untyped-def]
    paragraphs = paragraphs or [0] * len(texts)
    return linked_flags(texts, paragraphs, [reading_flags(t) for t in texts])


def test_a_question_and_its_answer_are_linked() -> None:
    flags = _flags(["Why did it fail?", "Because the fuel froze in the night.", "Work goes on."])
    assert flags[0].needs_next and not flags[0].continues
    assert flags[1].continues and flags[1].backward
    assert not flags[2].continues and not flags[2].needs_next


def test_a_quotation_over_sentences_is_linked_until_it_closes() -> None:
    texts = ['She said: "We start now.', "We finish in May.", 'Then we rest," she added.', "Done."]
    flags = _flags(texts)
    assert [g.continues for g in flags] == [False, True, True, False]
    assert all(g.backward for g in flags[1:3])


def test_a_quotation_does_not_run_into_the_next_paragraph() -> None:
    flags = _flags(['He said: "We start now.', "The vote is in May."], [0, 1])
    assert not flags[1].continues


def test_whole_quotes_and_apostrophes_do_not_link() -> None:
    flags = _flags(['"We start now," she said.', "The players' union agreed.", "It's done."])
    assert not any(g.needs_next or g.continues for g in flags)


@pytest.mark.parametrize("count", range(1, 11))
def test_summary_never_splits_a_question_or_a_quotation(count: int) -> None:
    document = Document.from_text(ARTICLE)
    chosen = {s.index for s in summarize(document, "default", SummaryLength(sentences=count))}
    texts = [s.text for s in document.sentences]
    question = texts.index("Why?")
    assert (question in chosen) == (question + 1 in chosen)
    passage = [i for i, t in enumerate(texts) if "landers" in t or "soon." in t or "cheap" in t]
    assert len(passage) == 3
    # Never a sentence that starts inside the quotation without the sentences before it.
    for i in passage[1:]:
        assert i not in chosen or i - 1 in chosen


def test_a_lead_after_a_teaser_question_stands_alone() -> None:
    texts = ["Ever slept on a night train to the sea?", "The rail firm restarted night trains."]
    flags = _flags(texts)
    assert not flags[0].needs_next and not flags[1].continues
    answered = _flags(["Is it worth it?", "Yes, say most of the riders asked."])
    assert answered[0].needs_next and answered[1].continues
