"""A sentence the model gives no verb: a past form ending its opening noun phrase is the verb
(round 20, issue 11 item 3). Sentences are our own; the first test fails on 81aaddc."""

from __future__ import annotations

from app.core.facts.nlp.tagger import tag_sentence


def _tags(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.tag) for t in tag_sentence(text)]


def test_a_past_form_after_a_described_subject_is_its_verb() -> None:
    assert ("disagreed", "VBD") in _tags("A local teacher disagreed.")


def test_guard_a_noun_in_ed_stays_a_noun() -> None:
    assert ("speed", "VBD") not in _tags("The engine speed.")
    assert ("seabed", "VBD") not in _tags("The ocean floor seabed.")


def test_guard_a_sentence_with_a_verb_is_left_alone() -> None:
    assert _tags("The teacher was tired.") == [
        ("The", "DT"),
        ("teacher", "NN"),
        ("was", "VBD"),
        ("tired", "JJ"),
        (".", "."),
    ]
