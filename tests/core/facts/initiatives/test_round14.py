"""Initiatives, round 14: items a reader of unseen articles rejects, grouped by the route that
admitted them (a creating verb's subject, a passive verb of planning, a verb of change, an
intended action's of-phrase).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_phrase_after_of_is_not_the_subject_of_a_creating_verb() -> None:
    texts = _texts(
        "The borough council has unveiled a plan to plant 5,000 hedges. A consultation on "
        "proposals to close two of the town's five recycling centres will open next month."
    )
    assert not any("recycling centres" in t for t in texts), texts
    assert "plan to plant 5,000 hedges" in texts  # the sentence is read


def test_a_passive_verb_before_to_be_judges_its_subject() -> None:
    texts = _texts(
        "The dancer founded the Harbour Ballet in 1962. Her version of Swan Lake is still "
        "considered to be the finest of its time."
    )
    assert not any("version" in t for t in texts), texts
    assert "Harbour Ballet" in texts


def test_a_limit_that_is_cut_is_no_undertaking() -> None:
    texts = _texts(
        "The ministry launched a road safety campaign in May. The drink-drive limit was cut "
        "in 2019 and the speed limit was cut again last year."
    )
    assert not any("limit" in t for t in texts), texts
    assert "road safety campaign" in texts


def test_a_participle_of_change_before_the_noun_is_in_the_name() -> None:
    fact = _one(
        "The weak results overshadowed increased production targets for the miner's copper "
        "fields in Chile.",
        "production targets",
    )
    assert fact.text.startswith("increased production targets")


def test_an_intended_action_stops_before_a_time() -> None:
    fact = _one(
        "The town council said it would set up a register of approved roofers next year.",
        "register",
    )
    assert fact.text == "register of approved roofers"


def test_an_intended_creation_of_a_bare_noun_names_nothing() -> None:
    texts = _texts(
        "In March the two ministers agreed to establish a body that would advise tenants. Nordvik "
        "said it wanted to launch the Skyline in Asia."
    )
    assert not any(t == "body" for t in texts), texts
    assert "Skyline" in texts  # a name alone still names the launch


def test_a_kind_of_thing_a_firm_offers_as_a_rule_is_no_undertaking() -> None:
    texts = _texts(
        "Harbor Telecom has launched a new fibre network in Leeds. The firm also offers "
        "internet services and runs repair workshops."
    )
    assert not any("internet services" in t for t in texts), texts
    assert "new fibre network" in texts


def test_the_progressive_of_a_verb_of_change_keeps_its_object() -> None:
    _one(
        "Vantrix said it is also increasing efforts to stop software piracy in Asia.",
        "efforts to stop software piracy",
    )


def test_a_subject_after_that_still_opens_a_clause() -> None:
    _one(
        "Asian exporters have protested that EU laws introduced after the crisis make exports "
        "too costly.",
        "EU laws",
    )
