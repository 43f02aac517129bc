"""An interview in Q:/A: form: a question comes with its answer, and a later sentence of the
answer with the sentence before it (`_text.linked_flags`); a summary shorter than the lead-style
set is never cut from it into a question without its answer (`_method`)."""

from __future__ import annotations

import pytest

from app.core.document import Document
from app.core.options import SummaryLength
from app.core.summarize import summarize
from app.core.summarize.default._text import linked_flags, reading_flags

INTERVIEW = """A harbour engineer on rising seas

Marta Lindqvist has spent 25 years designing sea walls along the Baltic coast.
This month she became chief engineer of the Port of Saltvik, which plans to raise its quays by 80 centimetres by 2035.
We spoke to her about cost, concrete and the sea.

Q: Why raise the quays now?
A: Because the storms we used to see once in 50 years now come every eight or nine. The last one flooded the ferry terminal twice in one winter.

Q: How much will it cost?
A: About 140 million euros over ten years. The port pays half, and the rest comes from the national climate fund.

Q: Is concrete still the answer?
A: Partly. We will also plant reed beds to the north of the harbour, which slow the waves before they reach the wall.

Q: What worries you most?
A: Time. A sea wall takes six years from drawing to opening, and the sea does not wait for our planning permits.

Q: Will the town notice the work?
A: Yes. The fish market will move for two summers, and the old pier will close in 2027.
"""  # noqa: E501


def test_a_question_goes_with_its_answer_and_the_answer_goes_on() -> None:
    texts = [
        "Q: How much will it cost?",
        "A: About 140 million euros over ten years.",
        "The port pays half, and the rest comes from the national climate fund.",
        "Q: Is concrete still the answer?",
    ]
    flags = linked_flags(texts, [0, 0, 0, 0], [reading_flags(t) for t in texts])
    assert flags[0].needs_next
    assert flags[1].continues and flags[1].backward
    assert flags[2].backward and not flags[2].continues
    assert not flags[3].backward  # the next question opens nothing before it


@pytest.mark.parametrize("count", range(1, 10))
def test_no_summary_of_the_interview_holds_a_question_without_its_answer(count: int) -> None:
    document = Document.from_text(INTERVIEW)
    summary = summarize(document, "default", SummaryLength(sentences=count))
    indices = {s.index for s in summary}
    for s in summary:
        if s.text.startswith("Q:"):
            assert s.index + 1 in indices, [t.text for t in summary]
        if s.text.startswith(("A:", "The last one", "The port pays")):
            assert s.index - 1 in indices, [t.text for t in summary]
