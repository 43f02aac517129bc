"""Initiatives: a result reported ("announced net profits"), a time ("the year beginning 1
April"), a sum paid ("the remaining $20m will be paid by insurers") and what a merger named as
the subject would create ("the country's third biggest lender") are no undertakings.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_a_result_announced_is_no_undertaking() -> None:
    text = "The carrier announced net profits of 300m euros, compared with a loss a year earlier."
    assert _texts(text) == []


def test_a_time_is_no_undertaking() -> None:
    text = (
        "The spending plan for the year beginning 1 April is banking on strong growth to raise "
        "tax income by 4%."
    )
    assert not any("year" in t for t in _texts(text))


def test_a_sum_paid_is_no_undertaking() -> None:
    assert _texts("The remaining $20m will be paid by the company's insurers.") == []


def test_what_a_merger_would_create_is_its_effect() -> None:
    text = (
        "A merger between Harland Bank and Boston-based First Coastal would create the "
        "country's third biggest lender."
    )
    assert not any("lender" in t for t in _texts(text))


def test_a_new_scheme_announced_still_counts() -> None:
    text = "The carrier announced a new loyalty scheme for business travellers."
    assert _texts(text) == ["new loyalty scheme for business travellers"]
