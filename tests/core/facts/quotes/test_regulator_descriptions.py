""" "The regulator" / "the watchdog" stand only for a body whose name or description says it
regulates ("Authority", "Commission", "Data Standards Office", "the water regulator"; not the
"Home Office" or the "Post Office"; "Ofwat has fined X": what it does), however far back within
the article's reach and whatever firm or charity was named since; "the authority" for the one
council named before. Sentences are our own; each test fails on 10c1fe0 except the guards,
marked."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "News\n\n")


def test_the_regulator_is_the_office_named_before_a_bank_and_a_charity() -> None:
    body = (
        "The Data Standards Office has fined Pixelhop £1m. Pixelhop said it would appeal. "
        "Harwell Bank said the fine was fair. The children's charity Safe Screens said the "
        "penalty was overdue. “The rules are clear,” the regulator said."
    )
    assert speakers(body) == ["Data Standards Office"]


def test_the_regulator_is_an_authority_named_five_sentences_back() -> None:
    body = (
        "The Civil Aviation Authority has fined Skyway Airlines £3m for delaying refunds. "
        "Skyway said it regretted the delays. The consumer group Which Way said passengers "
        "had waited months. The group said it had received 2,000 complaints. Some waited a "
        "year. “Airlines must pay back passengers promptly,” the regulator said."
    )
    assert speakers(body) == ["Civil Aviation Authority"]


def test_the_watchdog_is_no_water_firm_named_since() -> None:
    """Ofwat is no regulator by its name; what it does ("has fined") says it is one."""
    body = (
        "Ofwat has fined Southvale Water £12m for failing to report sewage spills. The Rivers "
        "Trust, a conservation charity, said the fine was too small. "
        "“Customers deserve better,” the watchdog said."
    )
    assert speakers(body) == ["Ofwat"]


def test_the_authority_is_the_one_council_named_before() -> None:
    body = (
        "Devon County Council had proposed cutting 12 rural bus routes. Villagers said the "
        "cuts would leave them cut off. More than 4,000 people took part in the consultation, "
        "which closed in May. By Friday, the authority had withdrawn the plan. "
        "“We have listened to residents,” the authority said."
    )
    assert speakers(body) == ["Devon County Council"]


def test_the_regulator_is_no_department_named_since() -> None:
    """ "Home Office" names a department, not a regulator (10c1fe0 gave the Home Office); the
    body that fined the firm is one."""
    body = (
        "Ofcom has fined Brightline Telecom £1m. The Home Office said it had not been "
        "consulted. Brightline said it would appeal. “Adverts must be honest,” the regulator said."
    )
    assert speakers(body) == ["Ofcom"]


def test_the_regulator_is_no_firm_whose_name_ends_with_office() -> None:
    """The Post Office, fined, is not "the regulator"; Ofcom, which fined it, is (10c1fe0 left
    it as written)."""
    body = (
        "Ofcom has fined the Post Office £1m over misleading adverts. The Post Office said it "
        "would pay. Customers were angry. Many complained. “Adverts must be honest,” the "
        "regulator said."
    )
    assert speakers(body) == ["Ofcom"]


def test_a_body_described_as_the_regulator_is_the_regulator() -> None:
    """ "Ofwat, the water regulator," is "the regulator", not the firm it fined (10c1fe0 gave
    Southvale Water, the subject named last)."""
    body = (
        "Ofwat, the water regulator, has fined Southvale Water £12m. Southvale Water said it "
        "was sorry. “Customers deserve better,” the regulator said."
    )
    assert speakers(body) == ["Ofwat"]


def test_the_authority_after_two_councils_is_neither() -> None:
    """Guard (passes on 10c1fe0): two councils named before, "the authority" is either."""
    body = (
        "Devon County Council had proposed cutting 12 rural bus routes. Exeter City Council "
        "said the cuts would leave villages cut off. More than 4,000 people took part in the "
        "consultation. Most opposed the plan. By Friday, the authority had withdrawn it. "
        "“We have listened to residents,” the authority said."
    )
    assert speakers(body) == ["the authority"]


def test_the_health_authority_is_no_council_named_before() -> None:
    """Guard (passes on 10c1fe0): a modifier may say another kind ("the health authority" is
    no county council), so the council named four sentences back is not it."""
    body = (
        "Devon County Council approved a new care home. Parents welcomed it. The plan will "
        "cost £20m. Building starts in May. “We have concerns about staffing,” the health "
        "authority said."
    )
    assert speakers(body) == [None]
