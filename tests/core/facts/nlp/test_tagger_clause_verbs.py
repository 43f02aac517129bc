"""The model's misreadings of a clause's verb that cost whole noun phrases: a past verb after a
time phrase ("The council on Monday approved plans") read as a participle, and a plural head
("treatment works") read as a second verb. Sentences are our own; the two main tests fail on
789d27a."""

from __future__ import annotations

from app.core.facts.nlp.tagger import tag_sentence


def _tags(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.tag) for t in tag_sentence(text)]


def test_a_past_form_after_a_time_phrase_is_the_clauses_verb() -> None:
    tags = _tags("The regional board on Monday approved plans that would close two depots.")
    assert ("approved", "VBD") in tags
    tags = _tags("The bakery chain last week unveiled plans for a bigger store.")
    assert ("unveiled", "VBD") in tags


def test_guard_a_participle_with_its_finite_verb_after_it_stays_a_participle() -> None:
    assert ("agreed", "VBD") not in _tags("Charges agreed in 2019 give the trust a steady income.")
    assert ("drafted", "VBD") not in _tags("The rules drafted by the panel were published.")


def test_a_plural_head_ending_a_prepositional_object_is_a_noun() -> None:
    tags = _tags("The utility will spend £40m on new pumping works.")
    assert ("works", "NNS") in tags
    tags = _tags("The county will put £2m into road works over the winter.")
    assert ("works", "NNS") in tags


def test_guard_a_speech_verbs_clause_and_a_new_clause_keep_their_verb() -> None:
    assert ("works", "VBZ") in _tags("She said her brother in Leeds works nights.")
    assert ("works", "VBZ") in _tags("He lives in the village and works at the mill.")
