"""Initiatives: the bodies the name finder read are proper nouns to the tagger, whole names
with "of"/"and" inside them are actors, and "The port said it would ..." is the port's, not
the body named last. Sentences are our own."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts, _one


def test_an_unknown_first_word_of_a_body_name_opening_a_sentence_stays_in_it() -> None:
    # The tagger alone reads "Tarnside" as an adverb; the name finder knows better.
    text = (
        "Tarnside Council approved its budget on Monday. The council will build a £4m cycle "
        "bridge over the river."
    )
    assert _one(text, "cycle bridge").actor == "Tarnside Council"


def test_of_inside_a_body_name_is_no_cut() -> None:
    text = (
        "Last week, the Association of Independent Brewers launched a legal campaign against the "
        "new duty on small breweries."
    )
    assert _one(text, "legal campaign").actor == "Association of Independent Brewers"


def test_the_described_body_a_sentence_opens_on_is_its_it() -> None:
    text = (
        "The Port of Kelham has approved a new quay, and the Kelham Port Authority will run "
        "it. Environmental groups, led by the Kelham Estuary Trust, were angry. The trust said "
        "it was considering a legal challenge. The port said it would create a new 50-hectare "
        "wetland reserve nearby."
    )
    assert _one(text, "wetland reserve").actor == "Kelham Port Authority"


def test_a_description_no_body_was_named_by_gives_no_actor() -> None:  # a guard
    text = (
        "Environmental groups, led by the Kelham Estuary Trust, were angry. The trust said it "
        "was considering a legal challenge. The harbour said it would create a new 50-hectare "
        "wetland reserve nearby."
    )
    facts = [f for f in _facts(text) if "wetland reserve" in f.text]
    assert all(f.actor != "Kelham Estuary Trust" for f in facts)


def test_what_a_move_is_said_to_do_is_no_undertaking() -> None:
    text = (
        "The Port of Tarn has approved a new depot to build trams, in a move it says will "
        "create 400 jobs."
    )
    assert all("jobs" not in f.text for f in _facts(text))


def test_a_sized_work_a_body_approves_is_listed() -> None:
    text = (
        "The Port of Kelham has approved a £240m terminal to build and service offshore wind "
        "farms. Construction is due to begin in June."
    )
    fact = _one(text, "£240m terminal")
    assert fact.actor == "Port of Kelham"


def test_a_sum_bought_is_no_work() -> None:  # a guard: only verbs that start something
    text = "Harlow Rail has paid a £240m fee to the regulator for its licence."
    assert all("fee" not in f.text for f in _facts(text))


def test_the_company_is_not_the_product_it_named() -> None:
    text = (
        "Lumora, the smart-glasses start-up, unveiled a cheaper model on Thursday. The "
        "glasses, called Lumora Air, will go on sale in February. The company also announced "
        "a developer fund worth $50 million."
    )
    assert _one(text, "developer fund").actor == "Lumora"


def test_a_plan_to_be_scrapped_is_no_aim_of_the_plan() -> None:
    text = (
        "The opposition leader on Tarn Council, Rhys Dale, called for the plans to be scrapped "
        "before the vote."
    )
    assert all("to be" not in f.text for f in _facts(text))


def test_a_body_named_with_a_lower_case_head_is_no_undertaking() -> None:
    text = (
        "Skylark Airways will cut a third of its winter flights from Tarrow airport. Tarrow "
        "Airport said it was disappointed. The airport said the airport had frozen its charges "
        "for years, and the airport would launch a £5m marketing campaign."
    )
    assert all(f.text.lower() != "tarrow airport" for f in _facts(text))
