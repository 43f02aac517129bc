"""An actor told by its office ("Norland's president", "the prime minister") is the person a
sentence beside names with that office as a title ("President Okafor"), when only one is so
named there. Sentences are our own."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_an_owned_office_is_the_titled_holder_named_next() -> None:
    text = (
        "Norland's president has launched a rebuilding drive worth $2bn. "
        "President Okafor said the drive would create jobs."
    )
    assert _one(text, "rebuilding drive").actor == "President Okafor"


def test_prime_minister_is_read_as_one_office() -> None:
    text = (
        "The prime minister launched a new housing scheme on Monday. "
        "Prime Minister Ana Ruiz said it would help 5,000 families."
    )
    assert _one(text, "housing scheme").actor == "Prime Minister Ana Ruiz"


def test_guard_two_holders_named_leave_the_description() -> None:
    text = (
        "The president launched a new housing scheme. President Okafor and President Ruiz attended."
    )
    assert _one(text, "housing scheme").actor == "The president"


def test_guard_a_holder_named_far_away_is_not_read() -> None:
    text = (
        "The president launched a new housing scheme. It will cost $2m. Builders welcomed it. "
        "Critics said it was late. President Okafor later visited the site."
    )
    assert _one(text, "housing scheme").actor == "The president"
