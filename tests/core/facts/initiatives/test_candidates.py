"""Initiatives: candidates from verbs of undertaking, plan lists, examples and setting-up nouns.

Every sentence here is written for these tests; each test asserts that something is listed
(or that a named item is), so it fails when `extract` returns nothing.
"""

from __future__ import annotations

import pytest

from tests.core.facts.initiatives._helpers import _one, _texts


def test_items_of_a_plan_list_are_listed() -> None:
    fact = _one(
        "The party has unveiled plans for a national housing bank, a rail fund and free bus"
        " passes.",
        "housing bank",
    )
    assert fact.status == "planned"


def test_examples_after_includes_are_listed() -> None:
    text = (
        "Tallis said it had taken several steps in the region.\n"
        "This includes a regional payments platform to help shops sell online, a data centre"
        " to run its apps and a logistics hub near the port."
    )
    texts = _texts(text)
    assert any("payments platform" in t for t in texts), texts
    assert any("logistics hub" in t for t in texts), texts


def test_what_a_setting_up_noun_names_is_listed() -> None:
    fact = _one(
        "The minister backed the establishment of a coastal free trade zone with Norway.",
        "free trade zone",
    )
    assert fact.status == "planned"


def test_a_head_noun_tagged_as_a_verb_is_still_the_head() -> None:
    fact = _one(
        "The city council launched a cleanup drive worth $40m last spring.", "drive"
    )  # the tagger reads "drive" here as a base verb
    assert fact.text == "cleanup drive"


def test_there_would_also_be_proposes_what_follows() -> None:
    fact = _one(
        "Farmers would get cheaper loans. There would also be a regional water levy to replace"
        " the old charges, the union said.",
        "levy",
    )
    assert fact.status == "proposed"


def test_examples_of_a_plain_thing_are_no_undertakings() -> None:
    text = (
        "Vendia unveiled its investment in Kenya. This includes a new logistics hub in Mombasa."
        " It has spent years refining its cloud technology, including a sophisticated fraud"
        " detection program."
    )
    texts = _texts(text)
    assert any("logistics hub" in t for t in texts), texts
    assert not any("fraud detection" in t for t in texts), texts


def test_a_negated_verb_undertakes_nothing() -> None:
    texts = _texts(
        "Nordbrew did not announce a new recycling scheme on Monday. Nordbrew has no plans to"
        " shut 300 stores. Nordbrew will open a new depot in Oslo."
    )
    assert "new depot" in texts
    assert not any("recycling scheme" in t or "stores" in t for t in texts), texts


def test_found_as_the_past_of_find_creates_nothing() -> None:
    text = (
        "One survey of 300 farmers found a new irrigation programme had helped. The charity"
        " founded a support network for carers."
    )
    texts = _texts(text)
    assert any("support network" in t for t in texts), texts
    assert not any("irrigation programme" in t for t in texts), texts


def test_no_longer_negates_the_verb() -> None:
    text = (
        "The board decided to no longer fund the night bus scheme. The board launched a new"
        " cycle-hire scheme in March."
    )
    texts = _texts(text)
    assert any("cycle-hire scheme" in t for t in texts), texts
    assert not any("night bus scheme" in t for t in texts), texts


def test_talks_about_an_undertaking_list_the_undertaking() -> None:
    text = "On Friday the mayor held talks with Okafor about Vendia's investment in Ghana."
    texts = _texts(text)
    assert any(t.startswith("investment in Ghana") for t in texts), texts
    assert not any("talks" in t for t in texts), texts


def test_examples_of_an_undertaking_with_a_complement_are_its_own() -> None:
    text = (
        "The mayor held talks with Okafor about Vendia's investment in Ghana, including"
        " Harbour Pay and the Smart Road cloud service."
    )
    fact = _one(text, "Smart Road cloud service")
    assert fact.actor == "Vendia"


@pytest.mark.parametrize(
    "text",
    [
        "Mediators hope to bring the Northern Front to the negotiating table by June.",
        "Asked for an example, Okafor brought up the Harbour Lights program.",
    ],
    ids=["bring_without_in", "bring_up"],
)
def test_a_verb_without_its_particle_undertakes_nothing(text: str) -> None:
    assert _texts(text) == []


def test_coordinated_undertakings_with_their_own_article_are_two() -> None:
    texts = _texts(
        "The hospital trust unveiled a £30 million plan for the town. The plan includes a"
        " mentoring programme for 40 junior nurses and a new housing fund for key workers."
    )
    assert any("mentoring programme for 40 junior nurses" in t for t in texts), texts
    assert not any("mentoring" in t and "housing fund" in t for t in texts), texts


def test_for_someone_to_do_something_stays_whole_or_is_not_listed() -> None:
    fact = _one(
        "Regulators pursued an agreement for local buses to begin serving the airport.",
        "agreement",
    )
    assert fact.text == "agreement for local buses to begin serving the airport"
    texts = _texts("Regulators pursued an agreement for local buses to begin running at night.")
    assert "agreement for local buses" not in texts


def test_a_complement_stops_before_the_time_the_chunker_ran_on_into() -> None:
    fact = _one(
        "Kestrel Foods Inc reached a settlement with the regulator last year.", "settlement"
    )
    assert fact.text == "settlement with the regulator"
    assert fact.actor == "Kestrel Foods Inc"


def test_setting_up_a_kind_of_thing_or_a_thing_no_noun_names_is_no_undertaking() -> None:
    assert _texts("The minister backed the establishment of a new port authority.") == [
        "new port authority"
    ]
    assert _texts("The minister backed the establishment of settlements.") == []
    assert _texts("The minister backed the launch of a heavy rocket lander.") == []


def test_what_a_firm_faces_is_listed_with_the_firm_as_actor_unless_others_bring_it() -> None:
    fact = _one("Ostrava Steel faces a radical restructuring.", "restructuring")
    assert fact.actor == "Ostrava Steel"
    brought = _one("Dana Marlow faced investigations for fraud and bribery.", "investigations")
    assert brought.actor is None  # the target, not who investigates
    assert _texts("Dana Marlow faced criticism over the bridge toll.") == []


def test_a_complement_is_never_a_time_of_day_or_the_verbs_own_to_phrase() -> None:
    fact = _one("Ostrava Steel launched a pension scheme on Tuesday night.", "pension scheme")
    assert fact.text == "pension scheme"
    # "hitched X to Y": the verb's "to", no part of the name (the firm's own scheme is listed,
    # by its possessive, as "launched a pension scheme" is)
    assert _texts("Ostrava Steel hitched its pension scheme to the wage deal.") == [
        "pension scheme"
    ]
    grant = _one("The council unveiled a new grant to its bus operators.", "grant")
    assert grant.text == "new grant to its bus operators"


def test_own_after_a_possessor_is_not_part_of_the_name() -> None:
    fact = _one("Ostrava Steel launched its own pension scheme.", "pension scheme")
    assert fact.text == "pension scheme"


def test_a_complement_keeps_an_owner_that_opens_with_a_number() -> None:
    fact = _one("Dana Marlow ordered an inquiry into the 66-year-old's death.", "inquiry")
    assert fact.text == "inquiry into the 66-year-old's death"


def test_the_withdrawal_of_a_bill_says_it_was_dropped() -> None:
    fact = _one(
        "Tenants marched against the rent-control bill all summer. The withdrawal of the bill"
        " in October did not end the marches.",
        "rent-control bill",
    )
    assert fact.status == "cancelled"
    assert _texts("Officials discussed the withdrawal of NATO troops from the region.") == []


def test_a_sanction_someone_faces_or_receives_is_listed_without_its_target_as_actor() -> None:
    charges = _one("The builder now faces seven fraud charges in Leeds.", "charges")
    assert charges.text == "seven fraud charges"
    assert charges.actor is None  # the target, not who brings them
    fine = _one("Both ferry firms received $80,000 fines.", "fines")
    assert fine.actor is None and fine.status == "launched"
    # the reason after "for" is not part of the sanction's name
    ban = _one("Omar Diallo received a three-match suspension for kicking a steward.", "suspension")
    assert ban.text == "three-match suspension"
    # only what someone brings against its target: not a gift nor a reaction
    assert _texts("The museum received a large grant from the lottery.") == []
    assert _texts("The harbour team received criticism over the delays.") == []


def test_an_infinitive_complement_takes_a_participle_or_gerund_object() -> None:
    text = (
        "The port board has announced a programme to inspect imported timber.\n"
        "The city council has unveiled a new plan to cut littering along the river."
    )
    assert "programme to inspect imported timber" in _texts(text)
    assert "new plan to cut littering" in _texts(text)


def test_a_phrase_after_a_comma_is_no_further_object_unless_and_closes_the_list() -> None:
    text = (
        "Corvale Foods said it would build a £90 million bakery near Derby, the biggest"
        " investment in its history.\n"
        "Its rival, Tamsin Mills, scrapped its plans for a flour depot in Leeds, citing weak"
        " sales.\n"
        "Corvale also launched a delivery app, a supplier fund and a training scheme."
    )
    found = _texts(text)
    assert any("bakery" in item for item in found)
    assert not any("investment" in item or "citing" in item for item in found)
    assert any("training scheme" in item for item in found)  # a list closed by "and"


def test_a_share_without_its_of_phrase_is_no_complement() -> None:
    text = (
        "The county will pay about £2 million a year for the checks. Councillor Ana Brook has"
        " proposed a grant scheme to cover half of that for villages.\n"
        "The trust has proposed a loan scheme to cover half of the repair bill."
    )
    found = _texts(text)
    assert "grant scheme" in found  # not "grant scheme to cover half"
    assert "loan scheme to cover half of the repair bill" in found
    text = (
        "The trust has launched a review of its accounts and plans to recover the rest of the"
        " lost money through the courts."
    )
    assert any(item.endswith("the rest of the lost money") for item in _texts(text))


def test_a_subject_after_that_still_opens_a_clause() -> None:
    _one(
        "Asian exporters have protested that EU laws introduced after the crisis make exports "
        "too costly.",
        "EU laws",
    )


def test_a_made_thing_named_after_a_prepositional_phrase_is_listed_by_its_name() -> None:
    text = (
        "On Monday the carmaker unveiled a smaller delivery van for city streets called the "
        "Lumora Cargo 3. A driver photographed a fox called Ginger Tom beside the depot."
    )
    fact = _one(text, "Lumora")
    assert fact.text == "Lumora Cargo 3"
    assert fact.actor == "the carmaker"
    # a name needs a verb that makes or runs the thing named: a fox photographed is no venture
    assert not any("Ginger" in t for t in _texts(text))


def test_a_thing_being_built_called_by_a_name_is_listed() -> None:
    fact = _one(
        "The space agency is building a probe called Stellar Finch, which will fly in 2031.",
        "Stellar",
    )
    assert fact.text == "Stellar Finch"
    assert fact.actor == "The space agency"


def test_a_club_someone_starts_is_an_undertaking() -> None:
    text = "Millbrook Library started a homework club for pupils in October."
    fact = _one(text, "homework club")
    assert fact.actor == "Millbrook Library"
    assert fact.status == "launched"
