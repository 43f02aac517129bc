"""A "cap" counted ("his 40th cap", "won six caps for Wales") is a game played for a side, no
limit anyone imposes; "a £500 cap on care costs" is one.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.core.facts.initiatives._helpers import _texts


@pytest.mark.parametrize(
    "text",
    [
        "Rugby. Tom Barra, winning his 40th cap, kicked three penalties in the first half.",
        "Obituary. Jan Velde also won six caps for the Netherlands as a tall centre half.",
    ],
)
def test_caps_counted_for_a_side_are_not_listed(text: str) -> None:
    assert not any("cap" in t for t in _texts(text))


def test_a_cap_on_something_is_still_listed() -> None:
    text = "Care. The health minister announced a £500 cap on home care costs."
    assert any(t.startswith("£500 cap on") for t in _texts(text))
