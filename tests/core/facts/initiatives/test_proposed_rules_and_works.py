"""Rules a body proposes are undertakings it puts forward, and works named by a plural head
("treatment works") are listed whole. Every sentence here is written for these tests; both fail
on 789d27a."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_day_before_the_verb_is_no_part_of_its_object() -> None:
    text = "The transport ministry on Thursday proposed new charges for e-scooter hire firms."
    assert not any("Thursday" in t for t in _texts(text))


def test_works_named_by_a_plural_head_are_listed_whole() -> None:
    text = "Eastbrook Water will invest £40m in new treatment works."
    fact = _one(text, "treatment")
    assert fact.text == "new treatment works"
    assert fact.actor == "Eastbrook Water"


def test_a_target_an_active_verb_raises_is_a_figure_not_an_undertaking() -> None:
    text = "The mining group raised targets for its two copper mines in Chile by a fifth."
    assert not any("targets" in t for t in _texts(text))


def test_the_grocer_stands_for_the_firm_named_before() -> None:
    # Kinds of firm that business copy calls its main body ("the grocer", "the insurer",
    # "the housebuilder") resolve as "the retailer" does.
    text = (
        "Brackenfield Foods reported a fall in profits on Tuesday. The grocer also announced "
        "plans to close 12 smaller shops over the next year."
    )
    fact = _one(text, "close 12 smaller shops")
    assert fact.actor == "Brackenfield Foods"


def test_a_site_named_by_its_place_is_listed_whole() -> None:
    text = "Corvane Robotics also plans to open a factory in Rostock next year."
    fact = _one(text, "factory")
    assert fact.text == "factory in Rostock"
    assert (fact.actor, fact.status) == ("Corvane Robotics", "planned")
    # Not a place's name: no listing of "a plant in the north" as a named site.
    assert not any("north" in t for t in _texts("Corvane plans to build a plant in the north."))


def test_what_a_sum_is_spent_on_doing_is_the_undertaking() -> None:
    text = "Eastbrook Water will invest £40m in upgrading its sewage works."
    fact = _one(text, "upgrading")
    assert fact.text == "upgrading its sewage works"
    assert (fact.actor, fact.status) == ("Eastbrook Water", "planned")


def test_what_a_body_voted_to_do_is_its_undertaking() -> None:
    text = "The parish council voted 6-3 on Monday night to close two public toilets."
    fact = _one(text, "close two public toilets")
    assert (fact.actor, fact.status) == ("The parish council", "announced")


def test_an_object_the_tagger_cut_short_is_not_listed_as_a_fragment() -> None:
    # "streetcar", unknown to the tagger, is read as an adjective after "downtown": the object
    # "the downtown" is cut short, and listing "extend the downtown" would be a fragment.
    text = "The city board voted to extend the downtown streetcar line 3.4 miles east."
    assert not any(t.endswith("downtown") for t in _texts(text))


def test_a_counted_object_of_a_gerund_after_a_sum_is_listed() -> None:
    # The chunker reads "upgrading 30 sewage works" as one noun phrase led by the gerund.
    text = "Eastbrook Water will invest £40m in upgrading 30 sewage works."
    fact = _one(text, "upgrading")
    assert fact.text == "upgrading 30 sewage works"
    assert fact.actor == "Eastbrook Water"


def test_a_plans_second_verb_after_and_is_a_second_undertaking() -> None:
    # "open", misread as an adjective before "25", is the plan's second verb.
    text = "Brackenfield Foods announced plans to close 12 small stores and open 30 cafes."
    fact = _one(text, "30 cafes")
    assert (fact.actor, fact.status) == ("Brackenfield Foods", "announced")
    # An adjective after "and" in a description is no verb: "warm and open all day".
    assert not _texts("The market hall is warm and open all day.")
