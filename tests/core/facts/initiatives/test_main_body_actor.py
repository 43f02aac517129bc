"""Initiatives: "the company" behind an undertaking is the article's main body, not a
body named last in passing (an analyst's employer, a takeover target). Sentences are our own."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one

_LEAD = (
    "Kestrel Motors, the Swedish truck maker, said on Tuesday it would build an electric van "
    "in Gothenburg. Kestrel Motors reported record orders in March. "
)


def test_the_company_after_an_analysts_employer_is_the_main_body() -> None:
    text = (
        _LEAD + "Analyst Ruth Pale of Linden Partners said the plan was bold. "
        "The company will open a new battery plant in Umea next year."
    )
    assert _one(text, "battery plant").actor == "Kestrel Motors"


def test_the_company_after_a_takeover_target_is_the_main_body() -> None:
    text = (
        _LEAD + "Kestrel Motors is also in talks to buy Varga Axles Ltd. "
        "The company will launch a recycling scheme for old batteries next year."
    )
    assert _one(text, "recycling scheme").actor == "Kestrel Motors"


def test_the_company_after_a_rival_in_a_comparison_is_the_main_body() -> None:
    text = (
        _LEAD + "Its orders grew faster than at rival Mosel Trucks AG. "
        "The company will launch a recycling scheme for old batteries next year."
    )
    assert _one(text, "recycling scheme").actor == "Kestrel Motors"


def test_a_utility_named_by_what_it_supplies_is_a_body_for_it() -> None:
    # "Tarnmoor Water", "Ashby Power": the name's last word marks a firm, so "it" can be one.
    text = (
        "Tarnmoor Water will pay £18m into a fund for river projects, the regulator said. "
        "The firm said it accepted the findings. It said it had begun a £600m programme to "
        "upgrade storm overflows."
    )
    assert _one(text, "£600m programme to upgrade storm overflows").actor == "Tarnmoor Water"
