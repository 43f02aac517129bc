"""A superlative with "of its kind" ranks a thing among its like ("one of the largest studies
of its kind"): a description, no item, even when someone later "led the study". Every sentence
here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_a_ranked_study_is_no_item() -> None:
    text = (
        "Doctors found the link in one of the biggest trials of its kind. "
        "Dr Ana Pike, who led the trial, said more work was needed."
    )
    assert _texts(text) == []


def test_guard_a_first_of_its_kind_launched_is_kept() -> None:
    text = "The council launched the first pilot scheme of its kind in Wales."
    assert _texts(text) == ["first pilot scheme of its kind"]
