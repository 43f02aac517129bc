"""Dates (`_context.Context`, `_clause.opens_coordinated_clause`): a date opening a clause
joined to the one before by ", and", ", but" ... is governed by its own clause's verb, not by a
"would" or "will" of the clause before ("..., and in October the mill announced": the October
just past, said on Monday 7 December). With no verb of its own after it, the clause before
still governs it."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        (
            "In the spring Harlow Foods said it would cut 200 jobs, and in October the Pellam "
            "mill announced it was shutting.",
            "October",
            "2026-10",
        ),
        (
            "The trust said the ward would reopen, but in September managers told staff it "
            "would stay shut.",
            "September",
            "2026-09",
        ),
    ],
)
def test_a_date_is_governed_by_its_own_clause(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        # The joined clause's own verb is a future one.
        ("Work will start in March, and in October the line will reopen.", "October", "2027-10"),
        # A saying set off by commas is an aside, not the joined clause's verb.
        (
            "Fees will rise in April, and in October, the trust said, they could rise again.",
            "October",
            "2027-10",
        ),
        # No verb of its own: the "will" before governs it.
        ("The library will hold workshops in March, and in October too.", "October", "2027-10"),
    ],
)
def test_guard_the_clause_before_when_the_date_has_no_verb_of_its_own(
    sentence: str, date: str, value: str
) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value
