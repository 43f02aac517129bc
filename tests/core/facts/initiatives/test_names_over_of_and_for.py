"""Initiatives: an actor whose capitalised name runs on over "of" or "for" into capitalised
words ("Friends of Hallam Park", "Campaign for Cleaner Rivers") is named whole, not cut at
its first word; a person named before, or one named after a role, is not taken into it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_a_name_running_over_of_or_for_is_the_actor_whole() -> None:
    fact = _one("Friends of Hallam Park launched a campaign to stop the sale.", "campaign")
    assert fact.actor == "Friends of Hallam Park"
    fact = _one("Campaign for Cleaner Rivers has launched a petition drive.", "petition")
    assert fact.actor == "Campaign for Cleaner Rivers"


def test_capitals_that_describe_a_noun_or_a_person_stay_out() -> None:
    fact = _one("Parents of Year 7 pupils launched a campaign against the cuts.", "campaign")
    assert fact.actor is None
    text = "Chairman of Orrin Foods Dan Pike launched a campaign against the cuts."
    assert _one(text, "campaign").actor is None  # never "of Orrin Foods Dan Pike"
    text = (
        "Maria Lund runs a charity in the town. "
        "Lund of Tarn Trust launched a campaign against the cuts."
    )
    assert _one(text, "campaign").actor is None  # never "Lund of Tarn Trust"
