"""Initiatives: a club's grounds and buildings in a match report, and "the club" as their actor.

A match or transfer report counts against deals, bids, talks and campaigns (nearly always a
player's or a season's there), but a club's new training ground or stand is what it is in any
article. "The club" is a body: never the player the report named last.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one

_MATCH = (
    "\n\nThornby Town beat Lowfield 3-0 on Saturday to go top of the league table. Striker "
    "Owen Blake scored twice and the goalkeeper saved a penalty.\n\nThe manager said the squad "
    "was unbeaten in seven matches and the captain would be fit for the cup tie.\n"
)


def test_a_new_ground_in_a_match_report_is_listed() -> None:
    text = (
        "Thornby Town have bought a site for a new training ground, which the club hopes to "
        "open in 2027." + _MATCH
    )
    fact = _one(text, "training ground")
    assert fact.status == "planned"
    assert fact.actor != "Owen Blake"


def test_the_club_is_not_the_player_named_before() -> None:
    text = "Thornby Town won again." + _MATCH + "The club will also spend £3m on a new stand."
    assert _one(text, "new stand").actor != "Owen Blake"
