"""Initiatives, round 19: an undertaking's phrase that runs on into a participle clause, "the
company" for the article's company rather than an analyst's firm, and an undertaking named
after "as part of".

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts, _one, _texts


def test_a_participle_clause_after_an_undertaking_is_not_its_head() -> None:
    text = (
        "Harfield Council said on Monday it would spend more on home insulation. The council "
        "also announced a grant scheme offering households up to 500 pounds for new boilers."
    )
    fact = _one(text, "grant scheme")
    assert fact.text == "grant scheme"
    assert fact.actor == "Harfield Council"
    text = (
        "Missed appointments cost St Anne's Hospital thousands each year. Last month the "
        "hospital trust launched a text message service reminding patients of their "
        "appointments."
    )
    assert _one(text, "text message service").text == "text message service"
    # After a noun that is no undertaking, or as a modifier, the participle stays in the phrase.
    assert _texts("The regime introduced a ban on men wearing jeans.") == [
        "ban on men wearing jeans"
    ]
    text = "Shares in Ferrow Media rose. The firm unveiled its Nimbus streaming service on Monday."
    assert _one(text, "streaming").text == "Nimbus streaming service"


def test_the_company_is_not_the_analysts_firm_named_last() -> None:
    text = (
        'Corvex Motors reported higher sales on Tuesday. "Demand is strong," said Barrow '
        "Securities analyst Dan Fell. The company opened its first Ohio plant in March."
    )
    assert _one(text, "Ohio plant").actor == "Corvex Motors"


def test_an_undertaking_that_frames_its_clause_is_its_subjects() -> None:
    text = (
        "Hollins Health Trust said waiting lists had grown. The trust will open its outpatient "
        "clinics in the evenings as part of a six-month pilot."
    )
    fact = _one(text, "six-month pilot")
    assert (fact.actor, fact.status) == ("Hollins Health Trust", "planned")
    text = "Under a new flood grant scheme, Marlow Council will refit 40 homes by the river."
    fact = _one(text, "flood grant scheme")
    assert fact.actor == "Marlow Council"
    # Not one named before ("the"), and not one the subject only undergoes (a passive).
    assert not any(
        "scheme" in t
        for t in _texts("Drones are only allowed over the park under a strict permit scheme.")
    )


def test_a_state_a_sum_and_a_count_are_not_cut_or_taken_for_who_acts() -> None:
    # "on hold" is the plan's state, not what it is about: the plan alone names nothing.
    text = "Ferrow Media had a plan. Ferrow Media has now put the plan on hold."
    assert not any("hold" in t for t in _texts(text))
    # "by £2bn" is how much, never who cuts nor part of what is cut.
    assert not any(
        "£2bn" in t for t in _texts("Mr Dale also stressed Labour promises to cut tax by £2bn.")
    )
    # "hundreds" names nothing without its "of" phrase.
    text = "Ana Ruiz and Tom Bale on Monday launched new plans to merge hundreds of councils."
    fact = _one(text, "new plans")
    assert fact.text == "new plans to merge hundreds of councils"
    assert fact.actor == "Ana Ruiz and Tom Bale"  # a subject "A and B" opening the sentence


def test_a_name_after_a_common_owner_is_the_actor_without_its_s() -> None:
    text = "A sweeping reform of the pension laws has been approved by the country's Senate."
    assert _one(text, "reform").actor == "Senate"


def test_a_peoples_word_is_not_who_runs_a_reform() -> None:
    # "Palestinian" read as a name (the article named the Palestinian Authority before).
    text = (
        "The Palestinian Authority said it wanted talks. Monday's summit on Palestinian reform "
        "is being hosted by the foreign minister."
    )
    # Round 26: the topic of a summit is no undertaking at all (test_occasions.py); if it were
    # listed, no people's word would be its actor.
    assert all(f.actor is None for f in _facts(text) if "reform" in f.text)


def test_future_names_no_particular_thing() -> None:
    text = "Fenwick Soft has promised that future versions will let users search the web."
    assert _texts(text) == []
