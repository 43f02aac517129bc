"""A gerund that goes on with a list of pledges begun by a policy gerund is a pledge too,
whatever its verb ("by scrapping X and destroying Y", "for scrapping X, providing Y and
keeping Z down").

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_second_gerund_of_means_after_and_is_listed() -> None:
    text = (
        "Road safety. The new county council is cutting crashes by scrapping the old parking "
        "permit scheme and destroying all speed cameras from before 2001."
    )
    item = _one(text, "destroying all speed cameras")
    assert item.actor == "The new county council"
    assert item.status == "ongoing"


def test_later_pledges_of_a_list_after_for_are_listed_with_their_particle() -> None:
    text = (
        "Manifesto. The Harbour Party wants a new tourist levy to pay for scrapping bus "
        "fares, providing free school meals for all pupils and keeping council rents down."
    )
    texts = _texts(text)
    assert any(t.startswith("providing free school meals") for t in texts), texts
    assert "keeping council rents down" in texts


def test_a_gerund_after_and_with_no_list_begun_is_no_pledge() -> None:
    text = "Retail. The grocer Marrowby said it was opening late and hiring weekend staff."
    assert not any("hiring" in t for t in _texts(text))


def test_a_pledge_s_phrase_runs_on_through_its_of_phrase() -> None:
    text = (
        "Manifesto. The Harbour Party would pay for abolishing student loans, scrapping "
        "council tax in favour of a local income tax, and providing free bus travel."
    )
    texts = _texts(text)
    assert "scrapping council tax in favour of a local income tax" in texts, texts
