"""Round 41 (issue 11 item 3): a "he" or "she" that signs a quotation means whom the tracker
took it for when it read that sentence, in text order. A later sentence may teach the tracker a
wrong gender ("bands Jax gave her ... She said" makes Jax a woman), and that must not send an
earlier "He added" past Jax to another man. Sentences are our own; the first test fails on
4355e23, the second is a guard."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.quotes import extract


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in extract(Document.from_text(text))}


def test_an_earlier_he_keeps_the_person_read_before_a_later_she() -> None:
    text = (
        "Rock singer Jax Morrow chased a burglar from his home in Wexley on Monday.\n\n"
        "The singer said he could have ended up like drummer Rob Hale, who was hurt in a raid "
        "in 2001. “I just ran at him,” Morrow said. “It was over in seconds.” He added that he "
        "was not hurt. “I'm fine, honestly.”\n\n"
        "At a press call on Tuesday, Della Morrow listed what was taken. It included a ring "
        "Jax gave her last year. She said she had left it by the bed."
    )
    assert _speakers(text)["I'm fine, honestly."] == "Jax Morrow"


def test_guard_a_she_after_a_woman_named_still_reads_her() -> None:
    text = (
        "Ana Ruiz runs the Wexley food bank. Demand rose by a third this winter.\n\n"
        "She said: “We have never been this busy.”"
    )
    assert _speakers(text)["We have never been this busy."] == "Ana Ruiz"
