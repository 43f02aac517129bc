"""Tests for app.core.facts.initiatives._extract on our own short news-like paragraphs."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.document import Document
from app.core.facts.initiatives import extract
from app.core.facts.model import InitiativeFact
from tests.fixtures.shared import DATA, REPO


def _facts(text: str) -> list[InitiativeFact]:
    return extract(Document.from_text(text))


def _by_text(facts: list[InitiativeFact]) -> dict[str, InitiativeFact]:
    return {f.text: f for f in facts}


# An undertaking every reading finds, set after a negative so that the test fails if nothing is
# found.
_CONTROL = "Separately, the Ulverby museum has launched a new education programme for schools."
_CONTROL_PHRASE = "education programme"


def _facts_beside_control(text: str) -> list[InitiativeFact]:
    """`_facts` of `text` followed by the `_CONTROL` paragraph, less its undertaking (which must
    be found)."""
    facts = _facts(f"{text}\n{_CONTROL}")
    others = [f for f in facts if _CONTROL_PHRASE not in f.text]
    assert len(others) == len(facts) - 1, facts
    return others


def test_list_items_with_known_heads_are_split() -> None:
    text = (
        "Vendia unveils services\n"
        "Vendia has launched a payments platform, a cloud storage service and a "
        "logistics hub for small traders."
    )
    texts = [f.text for f in _facts(text)]
    assert "payments platform" in texts
    assert "cloud storage service" in texts
    assert any(t.startswith("logistics hub") for t in texts)


def test_actor_is_the_subject_of_the_trigger_verb() -> None:
    text = (
        "Council backs scheme\n"
        "Northfield Council has launched a cycle hire scheme for the city centre. "
        "Riders welcomed it."
    )
    facts = _facts(text)
    scheme = next(f for f in facts if "cycle hire scheme" in f.text)
    assert scheme.actor == "Northfield Council"
    assert scheme.status == "launched"


def test_actor_from_possessive() -> None:
    text = (
        "Fund set up\n"
        "Analysts praised Kestrel Bank's green energy fund, which opened to savers in May."
    )
    fund = next(f for f in _facts(text) if "green energy fund" in f.text)
    assert fund.actor == "Kestrel Bank"
    assert fund.text == "green energy fund"


def test_actor_from_by_agent() -> None:
    text = (
        "Rail plan\n"
        "A high-speed rail project was announced by Transport Minister Ana Ruiz last week, "
        "ending months of doubt."
    )
    project = next(f for f in _facts(text) if "rail project" in f.text)
    assert project.actor is not None and "Ana Ruiz" in project.actor
    assert project.status == "announced"


def test_repeated_mentions_are_merged() -> None:
    text = (
        "Water scheme\n"
        "The regional government launched a rainwater harvesting scheme in March. "
        "The scheme has been popular with farmers. "
        "Officials said the rainwater harvesting scheme would be extended next year."
    )
    schemes = [f for f in _facts(text) if "scheme" in f.text]
    assert len(schemes) == 1
    assert schemes[0].text == "rainwater harvesting scheme"
    assert schemes[0].sentence == 0


def test_offsets_and_sentences_point_into_the_text() -> None:
    text = (
        "Tech park\n"
        "Meridia’s government has set up a digital innovation zone near the airport. "
        "Separately, the Orbis Group announced a £20m training programme for apprentices."
    )
    doc = Document.from_text(text)
    facts = extract(doc)
    assert {f.text for f in facts} >= {"digital innovation zone"}
    for fact in facts:
        assert doc.text[fact.start : fact.end] == fact.text
        sentence = doc.sentence_at(fact.start)
        assert sentence is not None and sentence.index == fact.sentence
    programme = next(f for f in facts if "training programme" in f.text)
    assert programme.actor == "Orbis Group"
    assert programme.status == "announced"


def test_plans_to_verb_phrase() -> None:
    text = (
        "Carmaker cuts\n"
        "Stellwerk said it plans to cut 400 jobs in Bremen and would reduce its dealer network."
    )
    texts = [f.text for f in _facts(text)]
    assert any(t.startswith("cut 400 jobs") for t in texts)


def test_empty_and_title_only_documents() -> None:
    assert _facts("") == []
    assert _facts("Only a headline here") == []
    assert _facts_beside_control("Only a headline here") == []


_VOCABULARY = (
    "the a plan scheme fund launched by Acme 's it to cut and , . new project hub "
    "government would build zone of in for Mr Smith said ’s ' ( ) £5m 50%"
)
_WORDS = st.sampled_from([*_VOCABULARY.split(), "\n", "  "])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=60))
def test_never_crashes_and_offsets_hold(words: list[str]) -> None:
    # The control paragraph first: whatever follows it, its undertaking is still found.
    text = " ".join(words)
    doc = Document.from_text(f"Notes\n{_CONTROL}\n{text}")
    found = extract(doc)
    assert any(_CONTROL_PHRASE in f.text for f in found)
    for fact in found:
        assert doc.text[fact.start : fact.end] == fact.text
        assert fact.status in {
            "announced",
            "proposed",
            "planned",
            "launched",
            "ongoing",
            "completed",
            "cancelled",
            "unknown",
        }


def test_list_items_share_the_trigger_and_actor() -> None:
    text = (
        "Port plans\n"
        "The Brindlemouth port authority said it would build a container park, "
        "a rail freight centre and a customs clearance hub on the old docks."
    )
    facts = _by_text(_facts(text))
    assert "rail freight centre" in facts
    assert "customs clearance hub" in facts
    assert facts["customs clearance hub"].actor == facts["rail freight centre"].actor


def test_existential_proposal() -> None:
    text = (
        "Watchdog report\n"
        "The Fairplay Authority said there should be a cap on fees charged by letting agents."
    )
    cap = next(f for f in _facts(text) if f.text.startswith("cap on fees"))
    assert cap.status == "proposed"


def test_named_city_is_given_by_its_name() -> None:
    text = (
        "Tech city\n"
        "The government set up a new technology city called Verdanta in 2001 to attract firms."
    )
    texts = [f.text for f in _facts(text)]
    assert "Verdanta" in texts


def test_text_without_full_stops_is_cut_into_pieces() -> None:
    # Thousands of words in one "sentence": repeated mentions still merge to one each.
    chunk = "the council launched a new cycle hire scheme and a green energy fund "
    facts = _facts("Notes\n" + chunk * 400)
    texts = sorted(f.text for f in facts)
    assert texts == ["green energy fund", "new cycle hire scheme"]
    assert all(f.sentence == 0 for f in facts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    doc = Document.from_text(f"Notes\n{_CONTROL}\n" + text.replace("\r", "\n"))
    found = extract(doc)
    assert any(_CONTROL_PHRASE in f.text for f in found)
    for fact in found:
        assert doc.text[fact.start : fact.end] == fact.text
        assert fact.actor is None or fact.actor.strip()


def test_purpose_clause_keeps_the_actor_of_its_phrase() -> None:
    text = (
        "Retail\n"
        "Dunmore Foods has launched a delivery platform for grocers, a data centre to develop "
        "a stock tracking system and a packaging hub for the north."
    )
    facts = _by_text(_facts(text))
    hub = next(f for t, f in facts.items() if t.startswith("packaging hub"))
    assert hub.actor == "Dunmore Foods"


def test_scheme_named_like_a_title_is_kept() -> None:
    text = (
        "Skills\nThe government launched the Fresh Start programme for jobless teenagers in 2003."
    )
    texts = [f.text for f in _facts(text)]
    assert any("Fresh Start programme" in t for t in texts)


def test_named_outlet_is_not_an_initiative_unless_launched() -> None:
    quiet = "Poll\nThe figures were published on the Harwick Post website on Monday."
    assert _facts(quiet) == []
    launched = "Kanal\nNordmedia has launched the Kanal Vest channel for regional viewers."
    assert any("Kanal Vest channel" in f.text for f in _facts(launched))


def test_a_great_deal_is_not_a_deal() -> None:
    text = "Costs\nThe council has spent a great deal of money on consultants this year."
    assert all("deal" not in f.text for f in _facts_beside_control(text))


def test_actor_is_not_a_word_of_the_phrase() -> None:
    text = (
        "Contract lost\n"
        "Tarvik lost a $4bn government contract after a review of the tender. "
        "The contract was cancelled in June."
    )
    contract = next(f for f in _facts(text) if "government contract" in f.text)
    assert contract.actor is None or "government" not in contract.actor


def test_centre_with_a_kind_is_kept() -> None:
    text = "Care\nThe city council opened a new dementia care centre in Rowley on Monday."
    assert any("dementia care centre" in f.text for f in _facts(text))


def test_a_clause_with_people_as_subject_is_not_a_name() -> None:
    text = "Viewing habits\nSurveys show more people stream programmes on their phones."
    assert all("people" not in f.text for f in _facts_beside_control(text))


def test_in_an_effort_is_not_part_of_the_name() -> None:
    text = "Clampdown\nThe league has launched a ticket checking system in an effort to stop touts."
    system = next(f for f in _facts(text) if "ticket checking system" in f.text)
    assert "effort" not in system.text


def test_bare_definite_mention_takes_the_earlier_actor() -> None:
    text = (
        "Harbour\n"
        "Governor Ilse Varga said she was proud of her Northgate harbour project. "
        "Analysts were impressed. "
        "The project included the construction of a marine research park called Selkie Point."
    )
    park = next(f for f in _facts(text) if "Selkie Point" in f.text)
    assert park.actor is not None and "Varga" in park.actor


def test_phrase_ending_another_names_the_inner_undertaking() -> None:
    text = (
        "Accounts\n"
        "Orvel said it would change how it books a deal with Dutch publisher Kamp's "
        "purchase of a stake in Orvel Nordic."
    )
    texts = [f.text for f in _facts(text)]
    assert any(t.startswith("purchase of a stake") for t in texts)
    assert not any(t.startswith("deal with") for t in texts)


def test_with_phrase_only_names_the_other_party_of_a_deal() -> None:
    text = (
        "Trail\n"
        "Ms Ray launched her election campaign with a rally in Leeds. "
        "Corvel has signed a new agreement with Hanta Motors."
    )
    texts = [f.text for f in _facts(text)]
    assert "election campaign" in texts
    assert "new agreement with Hanta Motors" in texts


def test_a_sentence_opening_with_a_head_is_not_the_actor() -> None:
    text = (
        "Schools\n"
        "Plans for longer school days were set out on Monday. "
        "Despite protests the Ferry Board opened a new ferry hub in Hull."
    )
    hub = next(f for f in _facts(text) if "ferry hub" in f.text)
    assert hub.actor is not None and "Despite" not in hub.actor


def test_a_time_phrase_is_not_part_of_a_name() -> None:
    text = "Ferries\nThe operator said the first boat would enter service in the autumn of 2029."
    assert all("autumn" not in f.text for f in _facts_beside_control(text))


def test_stations_and_bonds_are_undertakings_but_tv_stations_are_not() -> None:
    text = (
        "Harbour scheme\n"
        "Lowport Council has approved a plan for cleaner buses. "
        "The plan includes a hydrogen refuelling station at the depot and a climate bond "
        "worth £8m. Separately, the council has launched a television station."
    )
    texts = [f.text for f in _facts(text)]
    assert any(t.startswith("hydrogen refuelling station") for t in texts)
    assert any(t.startswith("climate bond") for t in texts)
    assert not any("television station" in t for t in texts)


def test_readers_comments_after_the_article_are_not_read() -> None:
    text = (
        "Parking row\n"
        "Dunmere Council has launched a residents' parking scheme in the old town.\n"
        'The leader said: "I think it will help shops."\n'
        "Traders had asked for the change since 2019.\n"
        "I think the council should set up a free shuttle bus service instead.\n"
        "Why not build a park and ride site? It works elsewhere.\n"
        "My street has had no parking for years and I doubt a new permit system will help.\n"
        "I would back a congestion charge programme for the centre."
    )
    texts = [f.text for f in _facts(text)]
    assert any("parking scheme" in t for t in texts)
    assert not any("shuttle" in t or "congestion" in t or "permit" in t for t in texts)


def test_a_quoted_first_person_paragraph_is_the_article() -> None:
    text = (
        "Parking row\n"
        "Dunmere Council has launched a residents' parking scheme in the old town.\n"
        "Traders had asked for the change since 2019.\n"
        '"I think we will also set up a shuttle bus service," the leader said.\n'
        '"My view is that it will help," she added.\n'
        '"I have asked for a congestion charge programme for the centre," he said.'
    )
    texts = [f.text for f in _facts(text)]
    assert any("congestion charge programme" in t for t in texts)


def test_a_meeting_used_as_a_date_or_taking_place_is_not_an_undertaking() -> None:
    text = (
        "Trade\n"
        "Vendia shares fell after a Senate inquiry into its accounts. "
        "A Nordic summit is due to take place in May. "
        "The ministers agreed in order for the talks to go on."
    )
    texts = [f.text for f in _facts_beside_control(text)]
    assert not any("inquiry" in t or "summit" in t or "order" in t for t in texts)


def test_a_summit_being_organised_is_still_an_undertaking() -> None:
    text = (
        "Trade\nThe prime minister announced a regional summit on flood defences for next spring."
    )
    assert any("summit on flood defences" in f.text for f in _facts(text))


def test_an_untriggered_plural_kind_is_not_an_undertaking() -> None:
    text = (
        "Broadband\n"
        "Faster lines could bring exciting new services to rural homes. "
        "Critics said his proposals for a regional broadband fund were vague."
    )
    texts = [f.text for f in _facts(text)]
    assert not any("new services" in t for t in texts)
    assert any("regional broadband fund" in t or "proposals" in t for t in texts)


def test_a_sized_plan_keeps_its_name_over_what_it_is_about() -> None:
    text = (
        "Aid\n"
        "The pledge is part of a seven-point plan on clean water, schools and roads. "
        "Ministers backed his plans for debt relief."
    )
    facts = _by_text(_facts(text))
    assert any(t.startswith("seven-point plan") for t in facts)
    relief = next(f for f in facts.values() if "debt relief" in f.text)
    assert relief.status == "planned"


def test_is_to_and_agreed_to_announce_an_undertaking_whatever_the_verb() -> None:
    text = (
        "Carmaker\n"
        "Halvard Motors is to recall 40,000 vans fitted with faulty brakes. "
        "Its rival has agreed to refund customers who bought the older model."
    )
    texts = [f.text for f in _facts(text)]
    assert any(t.startswith("recall 40,000 vans") for t in texts)
    assert any(t.startswith("refund customers") for t in texts)


def test_is_to_after_a_defining_noun_or_if_is_no_commitment() -> None:
    text = (
        "Music\n"
        "The singer said the job of artists is to question governments. "
        "Networks must improve if they are to deliver faster downloads."
    )
    texts = [f.text for f in _facts_beside_control(text)]
    assert not any("question" in t or "deliver" in t for t in texts)


def test_a_sentence_opening_common_word_is_not_an_actor() -> None:
    text = "Phones\nSpeculation grew that Corvan would launch a mobile phone venture in March."
    venture = next(f for f in _facts(text) if "venture" in f.text)
    assert venture.actor != "Speculation"
    text = "Banks\nCommentators welcomed the new savings scheme for pupils."
    scheme = next(f for f in _facts(text) if "savings scheme" in f.text)
    assert scheme.actor != "Commentators"


def test_a_match_report_needs_more_than_a_bare_deal() -> None:
    report = (
        "Rovers win\n"
        "Rovers beat City 2-1 in the league match, with the striker scoring both goals. "
        "The coach said the squad would now talk about a new deal for the goalkeeper. "
        "The captain was booked and the referee gave a late penalty in the cup tie."
    )
    news = "Rovers\nThe club board said it would talk about a new deal with its main sponsor."
    assert not any("deal" in f.text for f in _facts(report))
    assert any("deal" in f.text for f in _facts(news))


def test_a_capitalised_bonds_after_a_name_is_a_surname() -> None:
    text = "Baseball\nBarry Bonds launched a new charity fund for young players."
    texts = [f.text for f in _facts(text)]
    assert not any("Bonds" in t for t in texts)
    assert any("charity fund" in t for t in texts)


def test_reviews_names_and_times_are_not_undertakings() -> None:
    text = (
        "Arts\n"
        "The play launched to rave reviews for its lead actor. "
        "The band New Order agreed to open every night of the festival. "
        "The museum has launched a new education programme for schools."
    )
    texts = [f.text for f in _facts(text)]
    assert not any("reviews" in t or "New Order" in t or "every night" in t for t in texts)
    assert any("education programme" in t for t in texts)


def test_a_lone_head_is_shown_by_its_clearest_mention_or_not_at_all() -> None:
    text = (
        "Roads\n"
        "The Carran bypass programme was discussed. "
        "Officials said the council's programme had been approved. "
        "The council's plan was also approved."
    )
    texts = [f.text for f in _facts(text)]
    assert "programme" not in texts
    assert "plan" not in texts
    assert any("Carran bypass programme" in t for t in texts)


def test_whose_plans_for_a_named_undertaking_name_the_undertaking() -> None:
    text = (
        "Aid\n"
        "Ministers backed the Danish Global Water Facility on Monday. "
        "Critics attacked Danish plans for a Global Water Facility."
    )
    texts = [f.text for f in _facts_beside_control(text)]
    assert not any(t.startswith(("Danish plans", "Critics")) for t in texts)


def test_status_follows_the_intention_cue_of_a_verb_phrase() -> None:
    text = (
        "Pledges\n"
        "The Green Party unveiled proposals to scrap road tolls. "
        "The Liberal Party would cut rail fares for pensioners. "
        "Northfield Council plans to close two libraries."
    )
    facts = _facts(text)
    status = {f.text.split()[0]: f.status for f in facts}
    assert status.get("proposals", status.get("scrap")) == "proposed"
    assert status.get("cut") == "proposed"
    assert status.get("close") == "planned"


def test_results_and_taking_office_are_not_undertakings() -> None:
    text = (
        "Bank results\n"
        "Orla Bank reported a 12% rise in net income. "
        "Sales have grown since Ms Kerr took office in May. "
        "Orla Bank has launched a new savings scheme for pupils."
    )
    texts = [f.text for f in _facts(text)]
    assert not any("income" in t or "office" in t for t in texts)
    assert any("savings scheme" in t for t in texts)


def test_a_place_after_a_preposition_is_not_the_actor() -> None:
    text = "Rail\nIn Spain, a new high-speed rail project was approved on Monday."
    project = next(f for f in _facts(text) if "rail project" in f.text)
    assert project.actor != "Spain"


def test_offers_recalls_and_the_bidder_after_from() -> None:
    text = (
        "Skis\n"
        "Alpina Sports has rejected a takeover offer from Quiksilver on Monday. "
        "Separately, Halvard Motors announced a recall of 4,000 vans."
    )
    facts = _facts(text)
    offer = next(f for f in facts if "takeover offer" in f.text)
    assert offer.actor == "Quiksilver"
    assert any("recall of 4,000 vans" in f.text for f in facts)


def test_hoped_for_results_are_not_undertakings_but_cuts_are() -> None:
    text = (
        "Brewer\n"
        "The brewer Corvan said it would boost sales in Asia. "
        "The brewer Corvan said it would close its Leeds brewery."
    )
    texts = [f.text for f in _facts(text)]
    assert not any(t.startswith("boost sales") for t in texts)
    assert any(t.startswith("close its Leeds brewery") for t in texts)


def test_name_plans_to_is_a_verb_and_a_second_to_is_a_second_plan() -> None:
    text = (
        "Brewer\n"
        "Corvan Breweries plans to open a bottling plant in Asia and to cut 300 jobs in Leeds."
    )
    facts = _facts(text)
    texts = [f.text for f in facts]
    assert not any(t.startswith("Corvan Breweries plans") for t in texts)
    cut = next(f for f in facts if f.text.startswith("cut 300 jobs"))
    assert cut.actor == "Corvan Breweries"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            (
                "Rovers win again\n"
                "Rovers beat City 3-1 in Saturday's match at the stadium. "
                "The club reported a profit of £4m for the year. "
                "Striker Tom Hale said technology had changed the game. "
                "Fans praised the manager."
            ),
            id="non_initiatives_are_rejected",
        ),
        pytest.param(
            (
                "Comment\n"
                "Mr Patel told the Daily Record website that prices would rise. "
                "He added on the Newsround programme that shoppers were worried."
            ),
            id="a_medium_is_not_an_initiative",
        ),
        pytest.param(
            (
                "Harriers slump\n"
                "Harriers began their league campaign with a loss on Saturday. "
                "Winger Ed Marsh is serving a two-year drugs ban and missed the second round. "
                "Marsh won his 30th cap last year and said he plans to end his career in May."
            ),
            id="sport_campaign_and_sanctions_are_not_initiatives",
        ),
        pytest.param(
            (
                "Weekend viewing\n"
                "The channel will launch two new TV programmes about cookery. "
                "Mr Dale told BBC Radio's Morning Desk programme that the Irish rock band would "
                "tour."
            ),
            id="broadcast_programmes_and_bands_are_not_initiatives",
        ),
        pytest.param(
            (
                "Film week\n"
                "Wexford centre Liam Dowd missed a wild card entry. "
                "The comedy starring actor Ned Grant topped the box office. "
                "The story centres on a retired sailor."
            ),
            id="positions_idioms_and_surnames_are_not_initiatives",
        ),
        pytest.param(
            (
                "Defence\n"
                "The two centre-backs could form a new partnership in the squad for the cup tie. "
                "The striker signed a new deal with the league leaders."
            ),
            id="sport_senses_of_partnership_and_deal",
        ),
    ],
)
def test_no_initiative_in(text: str) -> None:
    assert _facts_beside_control(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "actor"),
    [
        pytest.param(
            (
                "Brewer invests\n"
                "Hollin Breweries reported higher sales. It also unveiled a new bottling plant in "
                "Leeds."
            ),
            "bottling plant",
            "Hollin Breweries",
            id="pronoun_subject_resolves_to_earlier_name",
        ),
        pytest.param(
            (
                "Budget\n"
                "Chancellor Maria Lund presented her budget on Tuesday. "
                "The chancellor unveiled a new first-time buyers scheme worth £2bn."
            ),
            "first-time buyers scheme",
            "Maria Lund",
            id="description_resolves_to_a_name",
        ),
        pytest.param(
            (
                "Party pledges\n"
                "Green Party leader Ann Holt said her party would introduce a rural bus fund next "
                "year."
            ),
            "rural bus fund",
            "Green Party leader Ann Holt",
            id="actor_keeps_the_body_a_spokesman_speaks_for",
        ),
        pytest.param(
            (
                "Robotics push\n"
                "Corvane Systems opened a lab in Porto last year. "
                "Its founder Lena Vos said several projects had been started by her company "
                "for Portugal. These include a warehouse robotics centre near Braga."
            ),
            "warehouse robotics centre",
            "Corvane Systems",
            id="his_company_is_the_firm_not_the_person",
        ),
        pytest.param(
            (
                "Border deal\n"
                "The minister welcomed plans for a joint customs zone between Veltria and Osmark."
            ),
            "joint customs zone",
            "Veltria and Osmark",
            id="parties_between_two_names_are_the_actor",
        ),
        pytest.param(
            (
                "Visit\n"
                "Premier Joss Harlan discussed Brightwell Energy's investment in Chile, including "
                "a solar testing plant in Atacama."
            ),
            "solar testing plant",
            "Brightwell Energy",
            id="items_after_including_belong_to_the_phrase_before",
        ),
        pytest.param(
            (
                "Apology\n"
                "Regulators fined Harlow Aviation and Marling last year. "
                "Marling apologised and pledged to improve its safety checks."
            ),
            "improve its safety checks",
            "Marling",
            id="sentence_initial_ing_name_is_a_name_when_capitalised_elsewhere",
        ),
        pytest.param(
            (
                "Rail link\n"
                "Opposition councillor Ruth Baines questioned the cost. "
                "The bus operator, Greyline Coaches, said on Friday that it had signed a "
                "joint-venture "
                "agreement with Arden Rail."
            ),
            "agreement",
            "Greyline Coaches",
            id="it_after_a_reporting_verb_and_a_time_phrase_is_the_reporter",
        ),
        pytest.param(
            (
                "Office plan\n"
                "Carlow Transit said fares would rise in May. "
                "Opposition councillor Tom Reddy criticised the rise. "
                "It also announced a new ticket office in Carlow."
            ),
            "ticket office",
            "Carlow Transit",
            id="it_never_resolves_to_a_person_named_after_a_role",
        ),
        pytest.param(
            (
                "Tram plans\n"
                "The Wexbury transport board met on Monday. "
                "Commuters complain every winter, and other commuters agree. "
                "Critics noted that the board had scrapped a similar tram proposal in 2019."
            ),
            "tram proposal",
            "The Wexbury transport board",
            id="a_description_falls_back_to_a_name_not_a_plural_noun",
        ),
    ],
)
def test_actor_of_the_phrase(text: str, phrase: str, actor: str) -> None:
    fact = next(f for f in _facts(text) if phrase in f.text)
    assert fact.actor == actor


# --- the held-out annotations (ids + offsets into ../shared/data; skipped where absent) -------

_HELDOUT = REPO / "benchmarks" / "data" / "initiatives-heldout.jsonl"
_BBC = DATA / "summaries" / "bbc-dev.jsonl"


@pytest.mark.data
def test_heldout_offsets_cut_whole_words_of_their_articles() -> None:
    if not _BBC.exists():
        pytest.skip(f"needs ../shared/data ({_BBC} is absent)")
    texts = {}
    for line in _BBC.open(encoding="utf-8"):
        row = json.loads(line)
        texts[row["id"]] = row["text"]
    rows = [json.loads(line) for line in _HELDOUT.open(encoding="utf-8")]
    assert len(rows) >= 25
    for row in rows:
        text = texts[row["id"]]
        for item in row["initiatives"]:
            spans = [(item["start"], item["end"])]
            if item["actor_start"] is not None:
                spans.append((item["actor_start"], item["actor_end"]))
            for start, end in spans:
                assert 0 <= start < end <= len(text)
                assert text[start].isalnum() or text[start] in "£$"
                assert end == len(text) or not text[end].isalnum()
