"""Initiatives: a thing that already exists (a network a firm operates, a service a board runs,
the technology a van is equipped with, "its existing scheme") is no undertaking; the same noun
under a verb that puts it in hand, or called "new", still is.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_what_a_body_keeps_running_is_no_undertaking() -> None:
    assert _texts("The board already runs a helicopter service from the city.") == []
    assert _texts("Telmar operates a fibre network in six cities.") == []
    assert _texts("Telmar operated the country's first mobile network until 2001.") == []
    assert _texts("The council runs eleven libraries and a mobile book service.") == []
    # A new one, or one still to come, is put in hand; so is a scheme run.
    texts = _texts("The ferry firm will operate a new passenger service to the islands.")
    assert texts == ["new passenger service"]
    texts = _texts("The council will run a pilot scheme for night buses.")
    assert texts == ["pilot scheme for night buses"]


def test_what_a_vehicle_is_equipped_with_is_no_undertaking() -> None:
    texts = _texts(
        "Each van is equipped with lane assistance technologies that allow safe driving. "
        "Introducing a new technology takes years, the maker said."
    )
    assert "lane assistance technologies" not in texts


def test_an_existing_scheme_is_no_undertaking() -> None:
    texts = _texts(
        "The college said its existing apprenticeship scheme, which began in 2005, has "
        "trained 2,000 students."
    )
    assert texts == []
    assert _texts("The firm said its existing loyalty programme would be kept.") == []
    texts = _texts("The college will expand its apprenticeship scheme to nursing.")
    assert texts == ["apprenticeship scheme"]


def test_an_old_or_former_thing_is_no_undertaking() -> None:
    texts = _texts(
        "The Coastal Rescue Trust is to build a new lifeboat station at Holmby, the first in "
        "the village since the old station was closed in 1971, the trust announced yesterday."
        "\n\nThe station, which will cost £2.4m, is due to open in the spring of 2028."
    )
    assert texts == ["new lifeboat station"]
    assert _texts("Staff from the former pilot scheme will join the new team.") == []
