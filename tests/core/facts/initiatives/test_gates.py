"""Initiatives: phrases that are never an undertaking.

Every sentence here is written for these tests; each test asserts that something is listed
(or that a named item is), so it fails when `extract` returns nothing.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.core.document import Document
from app.core.facts.initiatives import extract
from app.core.facts.initiatives._weights import WEIGHTS
from tests.core.facts.initiatives._helpers import _one, _texts


# Fragments and things that are no undertakings: never listed, while the real one beside them is.
@pytest.mark.parametrize(
    ("text", "real", "fragment"),
    [
        pytest.param(
            "The carmaker launched a car-sharing scheme in Leeds, but most residents won't drive"
            " the vans.",
            "car-sharing scheme",
            "t drive",
            id="a_clitic_and_the_verb_after_it",
        ),
        pytest.param(
            "The council signed contracts to regularly clean the canal and launched a recycling"
            " programme for schools.",
            "recycling programme",
            "contracts to regularly",
            id="a_head_cut_off_before_its_verb",
        ),
        pytest.param(
            "The airline hopes to raise £4.5bn from investors and has set up a new cargo venture"
            " with a Dutch partner.",
            "cargo venture",
            "raise £4.5bn",
            id="a_sum_of_money_is_no_undertaking",
        ),
        pytest.param(
            "The ministry will establish a policy based on regional needs and has opened a new"
            " training centre in Dundee.",
            "training centre",
            "policy based",
            id="a_phrase_cut_inside_its_participle",
        ),
        pytest.param(
            "Okafor will announce a double-digit increase in retail prices. The chain unveiled a"
            " loyalty scheme for pensioners.",
            "loyalty scheme",
            "increase in retail",
            id="a_forecast_figure",
        ),
        pytest.param(
            "The firm launched the Tech Futures conference in Lisbon and a new payments platform"
            " for market traders.",
            "payments platform",
            "conference in Lisbon",
            id="an_event_someone_speaks_at",
        ),
        pytest.param(
            "The deal will be a key test of Okafor's mettle. The firm launched its Nimbus"
            " streaming service in May.",
            "Nimbus streaming service",
            "test of Okafor",
            id="a_figure_of_speech",
        ),
    ],
)
def test_fragments_and_non_undertakings_are_not_listed(text: str, real: str, fragment: str) -> None:
    texts = _texts(text)
    assert any(real in t for t in texts), texts
    assert not any(fragment.lower() in t.lower() for t in texts), texts
    assert not any(t.lower().endswith((" to", " based", " regularly")) for t in texts), texts


def test_a_vague_adjective_names_no_undertaking() -> None:
    text = (
        "The mall offers this unique service to shoppers. The council opened a new recycling"
        " centre in May."
    )
    texts = _texts(text)
    assert any("recycling centre" in t for t in texts), texts
    assert not any("unique service" in t for t in texts), texts


def test_a_thing_called_by_a_name_is_listed_by_its_name() -> None:
    text = (
        "The housing plan included the construction of a solar-powered town called Sunvale"
        " near the coast."
    )
    assert "Sunvale" in _texts(text)


def test_the_american_spelling_of_a_head_counts() -> None:
    text = "Vendia opened a new data center in Ohio last year to serve its cloud customers."
    fact = _one(text, "data center")
    assert fact.actor == "Vendia"


def test_any_or_every_names_no_one_undertaking() -> None:
    text = "Any video programme created by the villagers is shown on the portal."
    assert not any("video programme" in t for t in _texts(text))


def test_the_body_someone_speaks_or_works_for_is_no_undertaking() -> None:
    text = (
        'A spokesman for the Ruiz-Okafor campaign said: "We took that step for security."'
        " The web team of the Ruiz-Okafor campaign started using a new hosting firm. Staff of"
        " the Ruiz-Okafor campaign declined to comment."
    )
    assert not any("campaign" in t for t in _texts(text))


def test_a_first_name_alone_is_a_person_not_a_venture() -> None:
    text = "Senator Ana Ruiz, who introduced Paul at the rally, launched a new youth fund."
    texts = _texts(text)
    assert any("youth fund" in t for t in texts), texts
    assert "Paul" not in texts


@pytest.mark.parametrize(
    "text",
    [
        "Okafor has bought a new grey suit for the gala.",
        "A public memorial service is planned on Friday in Leeds.",
        "In his personal financial disclosures, Okafor reports investments in Hartley Motor"
        " Credit Co. worth between $500,000 and $1 million. The investments in Hartley Motor"
        " Credit Co. were first reported in June. The investments in Hartley Motor Credit Co."
        " drew criticism.",
    ],
    ids=["clothes", "a_ceremony", "a_verb_read_as_a_noun_after_a_name"],
)
def test_look_alikes_are_no_undertakings(text: str) -> None:
    texts = _texts(text)
    assert not any(w in t for t in texts for w in ("suit", "memorial", "reports")), texts


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        pytest.param(
            "Last week the Okafor campaign said it would appeal. The Okafor campaign said the"
            " figures were wrong. The Okafor campaign denied it.",
            "Okafor campaign",
            id="a_campaign_that_speaks",
        ),
        pytest.param(
            "Singer Lena Bond spoke first. The senator joined the stage to introduce Bond.",
            "Bond",
            id="a_surname_named_before",
        ),
        pytest.param(
            "In office he expanded access to clinics, implemented Wall Street reforms and cut"
            " the deficit.",
            "implemented",
            id="a_verb_after_a_comma",
        ),
    ],
)
def test_bodies_people_and_verbs_are_no_undertakings(text: str, wrong: str) -> None:
    assert not any(wrong in t for t in _texts(text))


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        pytest.param(
            '"We hope to reach a fair agreement soon," said Ana Ruiz. Vendia opened a new'
            " training centre in Leeds.",
            "agreement",
            id="a_judgement_is_no_name",
        ),
        pytest.param(
            "Separately, the budget office projects that the new tariffs will reduce the national"
            " gross domestic product by 0.3 percent. Vendia opened a new training centre in Leeds.",
            "product",
            id="a_measure_of_the_economy",
        ),
        pytest.param(
            "Vendia Play launches tomorrow and early review are mixed. Vendia opened a new"
            " training centre in Leeds.",
            "review",
            id="reviews_of_a_product",
        ),
    ],
)
def test_a_thing_that_is_no_undertaking_is_not_listed(text: str, thing: str) -> None:
    texts = _texts(text)
    assert "new training centre in Leeds" in texts or "training centre" in " ".join(texts)
    assert not any(thing in t for t in texts), texts


def test_what_a_firm_habitually_makes_is_no_undertaking() -> None:
    made = "Orbix builds its own satellite systems in Leeds. Orbix launched a new ferry service."
    assert _texts(made) == ["new ferry service"]
    assert _texts("Orbix built a satellite system in Leeds.") == ["satellite system"]


def test_a_title_and_a_name_are_a_person_whatever_the_name_means() -> None:
    assert _texts("Mr. Band passed along a request for a favour.") == []
    assert _texts("Ostrava Steel passed a new pay scheme.") == ["new pay scheme"]


def test_a_capitalised_head_after_a_named_owner_is_a_body() -> None:
    text = (
        "A Reno woman admitted tax fraud, the U.S. Attorney’s Office for the District of Nevada"
        " announced on Friday. The office referred the case to the FBI. The office had tracked"
        " her for months. Separately, Renfield Bank launched a new savings scheme."
    )
    assert _texts(text) == ["new savings scheme"]


def test_a_title_given_is_no_undertaking() -> None:
    text = (
        "Mira Holt danced for thirty years.\n"
        "Created a Dame, she made a new career for herself as a teacher.\n"
        "In 1990 Mira Holt launched a scholarship scheme for young dancers."
    )
    assert _texts(text) == ["scholarship scheme for young dancers"]


def test_who_is_told_that_is_no_relative_antecedent() -> None:
    text = "The minister told the Commons that France had agreed to release the four after talks."
    assert "Commons" not in _texts(text)


def test_a_rise_in_profits_is_a_figure_even_with_a_percentage() -> None:
    assert _texts("Norvale has announced a 12% rise in annual profits to £3m.") == []


def test_what_someone_fears_will_be_done_is_no_plan() -> None:
    assert _texts("Unions fear that the brewer will close 40 depots.") == []
    assert _one("The brewer will close 40 depots.", "close 40 depots").actor == "The brewer"


def test_a_credit_facility_is_a_loan() -> None:
    assert _texts("Its lenders have agreed to extend its credit facilities until June.") == []
    assert _one("The council opened a new sports facility in Leeds.", "sports facility")


def test_an_email_program_is_software() -> None:
    assert _texts("The virus spreads through Vendia's Postbox e-mail program.") == []


def test_a_phrase_after_of_is_not_the_subject_of_a_creating_verb() -> None:
    texts = _texts(
        "The borough council has unveiled a plan to plant 5,000 hedges. A consultation on "
        "proposals to close two of the town's five recycling centres will open next month."
    )
    assert not any("recycling centres" in t for t in texts), texts
    assert "plan to plant 5,000 hedges" in texts


def test_a_passive_verb_before_to_be_judges_its_subject() -> None:
    texts = _texts(
        "The dancer founded the Harbour Ballet in 1962. Her version of Swan Lake is still "
        "considered to be the finest of its time."
    )
    assert not any("version" in t for t in texts), texts
    assert "Harbour Ballet" in texts


def test_a_limit_that_is_cut_is_no_undertaking() -> None:
    texts = _texts(
        "The ministry launched a road safety campaign in May. The drink-drive limit was cut "
        "in 2019 and the speed limit was cut again last year."
    )
    assert not any("limit" in t for t in texts), texts
    assert "road safety campaign" in texts


def test_an_intended_creation_of_a_bare_noun_names_nothing() -> None:
    texts = _texts(
        "In March the two ministers agreed to establish a body that would advise tenants. Nordvik "
        "said it wanted to launch the Skyline in Asia."
    )
    assert not any(t == "body" for t in texts), texts
    assert "Skyline" in texts


def test_a_kind_of_thing_a_firm_offers_as_a_rule_is_no_undertaking() -> None:
    texts = _texts(
        "Harbor Telecom has launched a new fibre network in Leeds. The firm also offers "
        "internet services and runs repair workshops."
    )
    assert not any("internet services" in t for t in texts), texts
    assert "new fibre network" in texts


def test_uncounted_funds_are_money_not_a_fund() -> None:
    assert not any(
        "funds" in t
        for t in _texts("The rowing club held a regatta to raise funds for the flood appeal.")
    )
    # counted, or new, they are funds a body sets up
    assert _one("The bank launched two new funds for small savers.", "funds").actor == "The bank"


def test_the_target_of_an_action_is_not_handed_the_actions_verb() -> None:
    text = (
        "The music firm Tarvex launched action against a new streaming venture from a former "
        "rival's founder."
    )
    assert "new streaming venture" not in _texts(text)
    fact = _one(text, "action against")
    assert fact.actor == "Tarvex"


def test_a_target_named_again_does_not_replace_the_action_against_it() -> None:
    text = (
        "Phone giant Verdo launched action against a new mobile venture from a budget "
        "airline's founder. Verdo said the new mobile venture had copied its colours, and the "
        "venture's founder vowed to fight."
    )
    assert "new mobile venture" not in _texts(text)
    assert _one(text, "action against").actor == "Verdo"


def test_a_participle_clause_is_not_the_subject_of_a_passive_launch() -> None:
    text = (
        "A shaky video showing a crowd of fans chasing two stewards on a tram platform has "
        "been released."
    )
    assert _texts(text) == []


def test_a_name_after_the_noun_that_says_what_it_is_is_that_kind_of_thing() -> None:
    text = (
        "Footage obtained by conservative news publication Kestrel Review released online this "
        "month shows the senator at a diner."
    )
    assert not any("Review" in t for t in _texts(text))
    # a name after an undertaking noun, or with no noun before it, is still the undertaking's
    assert _one("The carmaker unveiled the Lumora Project in May.", "Lumora").actor == (
        "The carmaker"
    )


def test_a_report_released_on_a_named_day_is_no_undertaking() -> None:
    text = "The state medical board released a report Thursday detailing charges against a vet."
    assert not any("Thursday" in t for t in _texts(text))


def test_a_lower_case_head_alone_is_never_listed() -> None:
    # at any threshold: a bare "bill" names nothing a reader can use; "housing bill" does
    lenient = replace(WEIGHTS, threshold=-10.0)
    text = "Ministers published the bill on Monday. Peers backed the housing bill in June."
    facts = extract(Document.from_text(text), lenient)
    assert [f.text for f in facts] == ["housing bill"]


def test_future_names_no_particular_thing() -> None:
    text = "Fenwick Soft has promised that future versions will let users search the web."
    assert _texts(text) == []


def test_a_subjects_own_expectation_of_sales_is_no_undertaking() -> None:
    text = "Her spokesman said Brandt expected to sell 15,000 of the scooters this year."
    assert _texts(text) == []


def test_a_club_that_plays_is_no_undertaking() -> None:
    text = "The club beat Harwood 2-0 on Saturday and now face the league leaders."
    assert _texts(text) == []
    text = (
        "The board of the rugby club will meet on Monday. A fans' trust, Supporters First, "
        "urged the club to reject the offer."
    )
    assert not any("club" in found for found in _texts(text))


def test_a_phrase_across_a_lost_full_stop_is_no_undertaking() -> None:
    text = (
        "The singer has joined forces with soap brand Lunara. She has been revealed as the "
        "face of soap company Lunara The campaign images show her on a beach. Her agent said "
        "the campaign was her first endorsement. The campaign runs until May."
    )
    assert not any("The campaign" in found for found in _texts(text))


def test_an_aim_reached_is_an_outcome() -> None:
    text = "The squad have around £8m resting on reaching their European target this season."
    assert _texts(text) == []


def test_money_paid_is_no_thing_paid_for() -> None:
    text = "Dunmore Borough Council will pay £40,000 in damages. The council will pay for the work."
    assert _texts(text) == []
