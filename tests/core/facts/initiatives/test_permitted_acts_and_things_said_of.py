"""Initiatives, round 45 (b): what a rule would let or allow others to do is no one's
undertaking; "it" said of a measure a person put forward is the measure, so what it would do is
its effect; the subject of "are close to agreeing" is the actor, not the one who reports it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_what_a_rule_would_let_others_do_is_not_listed() -> None:
    text = (
        "The regulator drafted rules that would force airlines to let passengers "
        "choose their own seating plans."
    )
    # the permitted act is never listed on its own; the rules, named by what they require, are
    assert [t for t in _texts(text) if "seating" in t] == [
        "rules that would force airlines to let passengers choose their own seating plans"
    ]
    text = "A new law allows councils to set up low-traffic zones."
    assert not any("zones" in t for t in _texts(text))
    # guard: the same act, undertaken by its own subject
    text = "The airline will offer its own seating plans from May."
    assert any("seating plans" in t for t in _texts(text))


def test_let_us_is_no_permission() -> None:
    # an exhortation keeps its act: "Let us build" is no permission given to anyone
    from app.core.facts.initiatives._permissions import permitted
    from app.core.facts.nlp.tagger import tag_sentence

    tokens = tag_sentence("Let us build a new library.")
    build = next(k for k, t in enumerate(tokens) if t.text == "build")
    assert not permitted(tokens, build)
    tokens = tag_sentence("The deal lets farmers build new barns.")
    build = next(k for k, t in enumerate(tokens) if t.text == "build")
    assert permitted(tokens, build)


def test_it_said_of_a_measure_a_person_put_forward_is_the_measure() -> None:
    text = (
        "Councillor Ana Ruiz, who drafted the policy two years ago, said it would halve "
        "the town's landfill waste."
    )
    assert not any("landfill" in t for t in _texts(text))
    # guard: "it" after a body that put the plan forward may be the body: as before
    text = "Jo Park, who chairs the trust, said it would open two new clinics next year."
    assert any("clinics" in t for t in _texts(text))


def test_the_subject_of_close_to_agreeing_is_the_actor() -> None:
    text = "Spain and Portugal are close to signing a deal to share a rail line, diplomats said."
    assert _one(text, "deal").actor == "Spain and Portugal"
