"""A participle that describes a thing's state ("existing", "ageing") before its noun.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_a_gerund_of_policy_keeps_an_object_described_as_existing() -> None:
    text = (
        "Port news. The harbour board is trying to win back shipping lines by scrapping "
        "existing discount schemes for small vessels, its chairman said."
    )
    fact = _one(text, "scrapping")
    assert fact.text == "scrapping existing discount schemes for small vessels"
