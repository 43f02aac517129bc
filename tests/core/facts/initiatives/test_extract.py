"""Initiatives: whole noun phrases of undertakings, their actor and status (issue 11, item 4).

Every sentence here is written for these tests. Each test asserts that something is listed, so
it fails when `extract` returns nothing; the fragment tests also name the fragment the previous
extractor listed for such a sentence, so they fail on that behaviour too.
"""

from __future__ import annotations

import pytest

from app.core.document import Document
from app.core.facts.initiatives import extract
from app.core.facts.model import InitiativeFact


def _facts(text: str) -> list[InitiativeFact]:
    return extract(Document.from_text(text))


def _one(text: str, words: str) -> InitiativeFact:
    """The listed initiative whose text holds `words` (fails when there is none)."""
    facts = _facts(text)
    found = [f for f in facts if words in f.text]
    assert found, f"{words!r} not listed; got {[f.text for f in facts]}"
    return found[0]


def _texts(text: str) -> list[str]:
    return [f.text for f in _facts(text)]


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


def test_items_are_whole_phrases_located_in_the_text() -> None:
    text = (
        "Harbourside Ferries has launched a night service between Oban and Mull.\n"
        "The company also opened a new booking office in the town."
    )
    facts = _facts(text)
    assert len(facts) >= 2
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
        assert fact.text == fact.text.strip()
        assert fact.text[0].isalnum() and fact.text[-1].isalnum()


# Actors: the verb's subject or the possessor in the sentence, never the article's main subject,
# a dateline or a title alone.
def test_actor_is_the_subject_of_the_sentence_not_the_articles_main_subject() -> None:
    text = (
        "Google has spent years building its games business.\n"
        "Google says its players want more choice, and Google plans more titles.\n"
        "Microsoft launched Project Skyline, a cloud gaming service, in October."
    )
    fact = _one(text, "Project Skyline")
    assert fact.actor == "Microsoft"


def test_possessive_pronoun_is_the_body_it_refers_to() -> None:
    text = (
        "Google has spent years building its games business.\n"
        "Microsoft said on Tuesday that it had expanded its Project Skyline to Brazil."
    )
    fact = _one(text, "Project Skyline")
    assert fact.actor == "Microsoft"


def test_a_dateline_is_never_the_actor() -> None:
    text = (
        "RIVERSIDE, Calif. (AP) — The county opened a £1.2 million pilot scheme for homeless"
        " veterans on Tuesday.\n"
        "Officials said the first places would be filled within weeks."
    )
    fact = _one(text, "pilot scheme")
    assert fact.actor is not None
    assert "RIVERSIDE" not in fact.actor
    assert "county" in fact.actor


def test_a_title_alone_is_never_the_actor() -> None:
    text = "Mr. Okafor on Monday opened China trade talks with officials in Beijing."
    fact = _one(text, "trade talks")
    assert fact.actor is not None
    assert "Okafor" in fact.actor


def test_passive_takes_the_by_agent() -> None:
    fact = _one(
        "A new cycle-hire scheme was launched by the Northgate city council on Monday.",
        "cycle-hire scheme",
    )
    assert fact.actor is not None and "council" in fact.actor
    assert fact.status == "launched"


def test_possessor_name_is_the_actor() -> None:
    fact = _one(
        "Vendia's new £40m innovation fund will back start-ups in Wales.", "innovation fund"
    )
    assert fact.actor == "Vendia"


# Status from the governing verb's tense and aspect.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The council will launch a recycling scheme for flats.", "planned"),
        ("The council plans to launch a recycling scheme for flats.", "planned"),
        ("The council launched a recycling scheme for flats.", "launched"),
        ("The council has launched a recycling scheme for flats.", "launched"),
        ("The council would introduce a recycling scheme for flats.", "proposed"),
        ("The council is developing a recycling scheme for flats.", "ongoing"),
        ("The council has scrapped its recycling scheme for flats.", "cancelled"),
        ("The council signed a recycling agreement with Binco.", "completed"),
        ("The council announced a recycling scheme for flats.", "announced"),
    ],
)
def test_status_comes_from_tense_and_aspect(text: str, status: str) -> None:
    fact = _one(text, "recycling")
    assert fact.status == status


def test_status_is_a_known_value() -> None:
    known = {"announced", "proposed", "planned", "launched", "ongoing", "completed", "cancelled"}
    facts = _facts(
        "The board approved a merger with Tallis Group.\n"
        "It is also considering a new bond programme for next year."
    )
    assert facts
    assert {f.status for f in facts} <= known | {"unknown"}


def test_repeated_mentions_are_listed_once() -> None:
    text = (
        "The city launched a solar roof scheme in March.\n"
        "The solar roof scheme pays for panels on schools.\n"
        "Critics say the scheme is too small."
    )
    facts = _facts(text)
    assert sum("scheme" in f.text for f in facts) == 1


def test_items_of_a_plan_list_are_listed() -> None:
    fact = _one(
        "The party has unveiled plans for a national housing bank, a rail fund and free bus"
        " passes.",
        "housing bank",
    )
    assert fact.status == "planned"


def test_a_policy_gerund_is_a_whole_phrase() -> None:
    text = "The party campaigned for scrapping university tuition fees and cutting rail fares."
    texts = _texts(text)
    assert any(t.startswith("scrapping university tuition fees") for t in texts), texts


def test_readers_comments_at_the_end_are_not_read() -> None:
    body = (
        "The health board launched a dental outreach programme for rural schools.\n"
        "Dentists will visit forty schools in the first year.\n"
    )
    comments = (
        "I think the government should launch a national tooth scheme for adults.\n"
        "In my town we need a new dental hospital project more than anything.\n"
        "I would set up a free toothbrush fund for every family.\n"
    )
    texts = _texts(body + comments)
    assert any("dental outreach programme" in t for t in texts), texts
    assert not any("tooth scheme" in t or "toothbrush fund" in t for t in texts), texts


def test_a_short_list_for_a_short_article() -> None:
    text = " ".join(
        f"The council launched a new {kind} scheme for the town." for kind in "abcdefghijklmno"
    )
    assert 1 <= len(_facts(text)) <= 8


def test_a_subject_across_an_aside_set_off_by_commas() -> None:
    fact = _one("Orvana, for its part, launched a new office in Lagos this spring.", "new office")
    assert fact.actor == "Orvana"
    assert fact.status == "launched"


def test_what_is_due_to_launch_is_the_undertaking() -> None:
    fact = _one("A regional ferry project is due to launch in Cork next year.", "ferry project")
    assert fact.status == "planned"


def test_examples_after_includes_are_listed() -> None:
    text = (
        "Tallis said it had taken several steps in the region.\n"
        "This includes a regional payments platform to help shops sell online, a data centre"
        " to run its apps and a logistics hub near the port."
    )
    texts = _texts(text)
    assert any("payments platform" in t for t in texts), texts
    assert any("logistics hub" in t for t in texts), texts


def test_what_a_setting_up_noun_names_is_listed() -> None:
    fact = _one(
        "The minister backed the establishment of a coastal free trade zone with Norway.",
        "free trade zone",
    )
    assert fact.status == "planned"


def test_his_party_is_the_body_named_before_the_persons_role() -> None:
    fact = _one(
        "Greens leader Maya Lund said her party would introduce a rail freight fund for ports.",
        "rail freight fund",
    )
    assert fact.actor == "Greens"


def test_an_intended_action_is_listed_as_its_verb_phrase() -> None:
    fact = _one("Nordbrew plans to shut 300 stores in Norway, its chief executive said.", "shut")
    assert fact.text == "shut 300 stores"
    assert fact.actor == "Nordbrew"
    assert fact.status == "planned"


def test_actions_of_one_pledge_are_each_listed() -> None:
    texts = _texts(
        "The Greens pledged to abolish toll roads and freeze rail fares for five years, their"
        " leader said on Tuesday."
    )
    assert "abolish toll roads" in texts
    assert "freeze rail fares" in texts


def test_an_intended_launch_names_what_is_launched() -> None:
    fact = _one("The ferry group agreed to launch a budget crossing to Bergen.", "crossing")
    assert fact.text == "budget crossing"
    assert fact.status == "announced"


def test_an_action_without_anyone_intending_it_is_not_listed() -> None:
    text = "Analysts said higher prices will increase household debts. Nordbrew will cut 300 jobs."
    texts = _texts(text)
    assert "cut 300 jobs" in texts  # a named body intends it
    assert not any("debts" in t for t in texts)


def test_a_head_noun_tagged_as_a_verb_is_still_the_head() -> None:
    fact = _one(
        "The city council launched a cleanup drive worth $40m last spring.", "drive"
    )  # the tagger reads "drive" here as a base verb
    assert fact.text == "cleanup drive"


def test_there_would_also_be_proposes_what_follows() -> None:
    fact = _one(
        "Farmers would get cheaper loans. There would also be a regional water levy to replace"
        " the old charges, the union said.",
        "levy",
    )
    assert fact.status == "proposed"


def test_every_gerund_of_a_pledge_list_is_listed() -> None:
    texts = _texts(
        "The savings would pay for raising child benefit by 5%, building more rural"
        " clinics and restoring weekly bin collections, the party said."
    )
    assert any(t.startswith("building more rural clinics") for t in texts), texts
    assert any(t.startswith("restoring weekly bin collections") for t in texts), texts


def test_overlapping_names_of_one_undertaking_are_listed_once() -> None:
    texts = _texts(
        "Mayor Ana Ruiz said there would also be a wider drive to set up weekly advice"
        " centres for tenants."
    )
    assert [t for t in texts if "advice centres" in t] == ["weekly advice centres for tenants"]


def test_examples_of_a_plain_thing_are_no_undertakings() -> None:
    text = (
        "Vendia unveiled its investment in Kenya. This includes a new logistics hub in Mombasa."
        " It has spent years refining its cloud technology, including a sophisticated fraud"
        " detection program."
    )
    texts = _texts(text)
    assert any("logistics hub" in t for t in texts), texts
    assert not any("fraud detection" in t for t in texts), texts


def test_a_negated_verb_undertakes_nothing() -> None:
    texts = _texts(
        "Nordbrew did not announce a new recycling scheme on Monday. Nordbrew has no plans to"
        " shut 300 stores. Nordbrew will open a new depot in Oslo."
    )
    assert "new depot" in texts
    assert not any("recycling scheme" in t or "stores" in t for t in texts), texts


def test_a_day_is_never_the_actor() -> None:
    fact = _one("Friday's budget launched a £40m flood defence scheme for coastal towns.", "scheme")
    assert fact.actor != "Friday"


def test_a_verb_after_and_shares_the_first_verbs_subject() -> None:
    fact = _one(
        "Finance minister Lena Berg spoke in Oslo on Monday. The minister is expected to freeze"
        " bus fares and cut the ferry tax for islanders.",
        "ferry tax",
    )
    assert fact.actor == "Lena Berg"


def test_an_expected_action_is_planned() -> None:
    fact = _one("Nordbrew is expected to shut 40 depots in Finland next year.", "depots")
    assert fact.text == "shut 40 depots"
    assert fact.status == "planned"


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Vendia launches a new payments platform for market traders",
        "Photo: Vendia's new payments platform for market traders (Getty Images)",
    ],
    ids=["related_link", "caption"],
)
def test_furniture_lines_are_not_read(line: str) -> None:
    text = (
        f"Harbour Trust opened a pilot scheme for homeless veterans on Tuesday.\n{line}\n"
        "Officials said more places would follow."
    )
    texts = _texts(text)
    assert any("pilot scheme" in t for t in texts), texts
    assert not any("payments platform" in t for t in texts), texts


def test_the_documents_dateline_is_cut_before_tagging() -> None:
    text = (
        "Indianapolis, Ind. (AP) — The county opened a pilot scheme for homeless veterans.\n"
        "Officials said more places would follow."
    )
    fact = _one(text, "pilot scheme")
    assert fact.actor is not None and "county" in fact.actor


def test_found_as_the_past_of_find_creates_nothing() -> None:
    text = (
        "One survey of 300 farmers found a new irrigation programme had helped. The charity"
        " founded a support network for carers."
    )
    texts = _texts(text)
    assert any("support network" in t for t in texts), texts
    assert not any("irrigation programme" in t for t in texts), texts


def test_a_name_and_plans_to_is_a_clause_not_a_phrase() -> None:
    text = (
        "According to figures published by the agency in March, new capacity for the first"
        " nine months of the year reached 2.75 GW and Accra plans to install 15.5 GW of wind"
        " power by 2031."
    )
    assert not any("Accra plans" in t for t in _texts(text))


@pytest.mark.parametrize(
    ("text", "real", "fragment"),
    [
        pytest.param(
            "Analysts doubt the two sides could agree to end a near 2-1/2 year tariff war, and"
            " Vendia launched a new export scheme.",
            "export scheme",
            "end a near 2-1",
            id="a_number_cut_at_its_slash",
        ),
        pytest.param(
            "The clinic develops strategies to improve your sleep and has opened a new sleep"
            " centre in Leeds.",
            "sleep centre",
            "your sleep",
            id="advice_to_the_reader",
        ),
    ],
)
def test_pieces_of_words_and_advice_are_not_listed(text: str, real: str, fragment: str) -> None:
    texts = _texts(text)
    assert any(real in t for t in texts), texts
    assert not any(fragment in t for t in texts), texts


def test_a_thing_as_subject_undertakes_nothing() -> None:
    text = (
        "Economists warned that the new tariffs would reduce the regional product by 0.4 percent."
        " The council has launched a new export scheme for small firms."
    )
    texts = _texts(text)
    assert any("export scheme" in t for t in texts), texts
    assert not any("regional product" in t or "reduce" in t for t in texts), texts


def test_a_things_use_after_for_is_no_pledge() -> None:
    text = (
        "The rocket is the only vehicle for launching crews to the station, and the agency"
        " opened a new training centre."
    )
    texts = _texts(text)
    assert any("training centre" in t for t in texts), texts
    assert not any("launching crews" in t for t in texts), texts


def test_no_longer_negates_the_verb() -> None:
    text = (
        "The board decided to no longer fund the night bus scheme. The board launched a new"
        " cycle-hire scheme in March."
    )
    texts = _texts(text)
    assert any("cycle-hire scheme" in t for t in texts), texts
    assert not any("night bus scheme" in t for t in texts), texts


def test_a_sentence_adverb_is_no_part_of_the_actor() -> None:
    fact = _one("Now Vendia has shelved its loyalty scheme for pensioners.", "loyalty scheme")
    assert fact.actor == "Vendia"


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


def test_talks_about_an_undertaking_list_the_undertaking() -> None:
    text = "On Friday the mayor held talks with Okafor about Vendia's investment in Ghana."
    texts = _texts(text)
    assert any(t.startswith("investment in Ghana") for t in texts), texts
    assert not any("talks" in t for t in texts), texts


def test_examples_of_an_undertaking_with_a_complement_are_its_own() -> None:
    text = (
        "The mayor held talks with Okafor about Vendia's investment in Ghana, including"
        " Harbour Pay and the Smart Road cloud service."
    )
    fact = _one(text, "Smart Road cloud service")
    assert fact.actor == "Vendia"


@pytest.mark.parametrize(
    "text",
    [
        "The review follows the Hartley Report, which recommended a new inspection scheme for"
        " care homes.",
        "It follows last year's government-commissioned Hartley Report which recommended a new"
        " inspection scheme.",
    ],
    ids=["after_a_comma", "without_a_comma"],
)
def test_which_stands_for_the_name_before_it(text: str) -> None:
    fact = _one(text, "inspection scheme")
    assert fact.actor == "Hartley Report"


def test_the_subject_of_a_gerund_after_of_is_the_clauses() -> None:
    fact = _one(
        "Defender Sam Okoro is on the verge of signing a new deal with the club.", "new deal"
    )
    assert fact.actor == "Sam Okoro"


def test_a_description_cut_to_one_word_is_no_actor() -> None:
    text = (
        "The We Company said the firm would cut jobs. The company shelved its plans for a"
        " stock market listing."
    )
    facts = _facts(text)
    assert facts, facts
    assert all(f.actor != "Company" for f in facts), facts


def test_every_verb_phrase_of_a_list_shares_its_subject() -> None:
    text = (
        "Green Party leader Ana Ruiz said her party would introduce a £500 grant for first"
        " time buyers, cut fuel duty and introduce a citizens pension."
    )
    assert _one(text, "citizens pension").actor == _one(text, "£500 grant").actor


def test_the_subject_of_an_unrelated_verb_is_no_actor() -> None:
    fact = _one(
        "Jane Okafor complained about noise from the new £2m bike-sharing scheme.",
        "bike-sharing scheme",
    )
    assert fact.actor is None


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        pytest.param(
            "The tram scheme that Vendia launched last year has been a success.",
            "tram scheme",
            "Vendia",
            id="that",
        ),
        pytest.param(
            "Okafor looks after several centres of excellence which the telco has set up with"
            " universities.",
            "centres of excellence",
            "the telco",
            id="which_after_an_of_phrase",
        ),
    ],
)
def test_the_object_of_a_relative_clause_is_the_phrase_before_it(
    text: str, words: str, actor: str
) -> None:
    fact = _one(text, words)
    assert fact.actor == actor
    assert fact.status == "launched"


@pytest.mark.parametrize(
    "text",
    [
        "Mediators hope to bring the Northern Front to the negotiating table by June.",
        "Asked for an example, Okafor brought up the Harbour Lights program.",
    ],
    ids=["bring_without_in", "bring_up"],
)
def test_a_verb_without_its_particle_undertakes_nothing(text: str) -> None:
    assert _texts(text) == []


def test_a_participle_with_a_by_agent_is_a_passive() -> None:
    text = "A £5m fund set up by the council will help small firms to export."
    fact = _one(text, "£5m fund")
    assert fact.actor == "the council"
    assert fact.status == "launched"


def test_any_or_every_names_no_one_undertaking() -> None:
    text = "Any video programme created by the villagers is shown on the portal."
    assert not any("video programme" in t for t in _texts(text))


def test_a_leader_introduced_with_a_body_stands_for_the_body() -> None:
    text = (
        "Green Party leader Ana Ruiz set out her pledges in Leeds.\n"
        "Ms Ruiz said she would introduce a £500 grant for first time buyers."
    )
    assert _one(text, "£500 grant").actor == "Green Party"


def test_a_former_leader_stands_for_no_body() -> None:
    text = (
        "Former Vendia boss Ana Ruiz has set up a new charity fund for young inventors.\n"
        "She said the fund would open in May."
    )
    assert _one(text, "charity fund").actor == "Ana Ruiz"


def test_a_body_with_a_name_in_it_is_no_description_of_the_last_one() -> None:
    text = (
        "The Hartley Trust funds research. The solar programme launched by the U.S."
        " government in 2011 aims to cut costs."
    )
    assert _one(text, "solar programme").actor == "the U.S. government"


def test_a_pronoun_reporter_is_resolved() -> None:
    text = (
        "The Electoral Commission published a report on Monday. It also says there should be"
        " more state funding for small parties."
    )
    assert _one(text, "state funding").actor == "Electoral Commission"


def test_mentions_of_the_same_sum_are_one_undertaking() -> None:
    text = (
        "The minister launched a £300m initiative to let rural schools open sports halls.\n"
        "The money will come from a new £300m fund for rural areas."
    )
    texts = _texts(text)
    assert any("£300m initiative" in t for t in texts), texts
    assert len([t for t in texts if "£300m" in t]) == 1, texts


def test_a_gerund_with_a_bare_object_is_no_pledge() -> None:
    text = (
        "The party attacked its rivals for cutting taxes and campaigned for scrapping"
        " regional bridge tolls."
    )
    texts = _texts(text)
    assert any("scrapping regional bridge tolls" in t for t in texts), texts
    assert not any("cutting taxes" in t for t in texts), texts


def test_the_body_someone_speaks_or_works_for_is_no_undertaking() -> None:
    text = (
        'A spokesman for the Ruiz-Okafor campaign said: "We took that step for security."'
        " The web team of the Ruiz-Okafor campaign started using a new hosting firm. Staff of"
        " the Ruiz-Okafor campaign declined to comment."
    )
    assert not any("campaign" in t for t in _texts(text))


def test_a_possessive_body_is_no_affiliation() -> None:
    text = (
        "Vendia's chief Frank Stone spoke in Leeds on Monday.\n"
        "Mr Stone launched a new cultural fund for young painters."
    )
    assert _one(text, "cultural fund").actor == "Frank Stone"


def test_he_far_from_any_name_is_no_actor() -> None:
    grounds = ("north", "south", "east", "west", "river", "harbour", "hill", "park")
    filler = " ".join(f"Ticket sales at the {g} stadium rose again this month." for g in grounds)
    text = (
        f"Tom Okafor, the city's mayor, spoke in Leeds on Monday. {filler}\n"
        "He has launched a new cycle-hire scheme for students."
    )
    assert _one(text, "cycle-hire scheme").actor is None


def test_a_first_name_alone_is_a_person_not_a_venture() -> None:
    text = "Senator Ana Ruiz, who introduced Paul at the rally, launched a new youth fund."
    texts = _texts(text)
    assert any("youth fund" in t for t in texts), texts
    assert "Paul" not in texts


def test_a_spokesman_leads_nothing() -> None:
    text = (
        "Spokeswoman Lena Brooks says the candidate has always run a lean campaign.\n"
        "Brooks says the campaign will seek federal matching funds for the spring."
    )
    facts = _facts(text)
    assert facts, facts
    assert all(f.actor is None or "Brooks" not in f.actor for f in facts), facts


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
    ("text", "item", "status"),
    [
        pytest.param(
            "The state attorney general is investigating Vendia, according to two people"
            " familiar with the matter.",
            "investigating Vendia",
            "ongoing",
            id="is_investigating",
        ),
        pytest.param(
            "Vendia sued the city council over its parking charges.",
            "sued the city council",
            "launched",
            id="sued",
        ),
    ],
)
def test_a_lawsuit_or_investigation_named_by_its_verb(text: str, item: str, status: str) -> None:
    fact = _one(text, item)
    assert fact.actor is not None
    assert fact.status == status


def test_whoever_is_investigated_is_no_investigator() -> None:
    assert _texts("Vendia was investigated by the regulator last year.") == []


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


def test_a_person_after_a_bodys_possessive_is_the_actor() -> None:
    fact = _one("The Harbour Party's Lena Brooks launched a new housing fund.", "housing fund")
    assert fact.actor == "Lena Brooks"


def test_an_action_on_a_measure_of_the_economy_is_no_undertaking() -> None:
    texts = _texts("The ministry wants to boost growth. The council will build a flood barrier.")
    assert "build a flood barrier" in texts
    assert not any("growth" in t for t in texts), texts
    texts = _texts("Vendia plans to lower the price of its scanners in Spain.")
    assert not any("price" in t for t in texts), texts


def test_a_vague_action_only_a_reporter_intends_is_no_undertaking() -> None:
    texts = _texts(
        "Officials said the strategy is expected to reduce poverty. Nordbrew plans to shut 40"
        " depots."
    )
    assert "shut 40 depots" in texts
    assert not any("poverty" in t for t in texts), texts


def test_the_object_of_a_preposition_is_never_the_actor() -> None:
    fact = _one(
        "The union said on Twitter that the new rota had confused nurses and demanded a pay"
        " review for night staff.",
        "pay review",
    )
    assert fact.actor != "Twitter"


def test_a_speaker_is_not_the_actor_of_what_we_undertake() -> None:
    fact = _one(
        '"We will build our own launch systems," said Tom Reed, a director at Vendia.', "launch"
    )
    assert fact.actor is None  # "we" is his firm, not Tom Reed


@pytest.mark.parametrize(
    "text",
    [
        "Talks went on all week. Both sides signed a ceasefire agreement in Doha.",
        "The firm raised prices. The firm wants a tariff rise of 40% next year.",
    ],
)
def test_an_unplaced_any_body_description_is_no_actor(text: str) -> None:
    facts = _facts(text)
    assert facts, facts
    assert all(f.actor is None for f in facts), facts


def test_a_nationality_adjective_is_no_actor() -> None:
    fact = _one("Vendia is the target of a Russian disinformation campaign.", "campaign")
    assert fact.actor != "Russian"


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


def test_he_is_never_resolved_to_a_body() -> None:
    fact = _one(
        "A report by Civic Audit was published on Monday. He added that there should be a cap"
        " on the number of advisers.",
        "cap on the number",
    )
    assert fact.actor is None  # "Civic Audit" is no person "he" could be


def test_an_investigation_is_named_by_its_verb_only_against_a_party() -> None:
    texts = _texts(
        "Officials are investigating the circumstances of the fire. The regulator is"
        " investigating Vendia."
    )
    assert "investigating Vendia" in texts
    assert not any("circumstances" in t for t in texts), texts


def test_a_sentence_of_advice_to_the_reader_is_not_read() -> None:
    text = (
        "Vendia launched a recycling scheme in Leeds on Monday. The firm set up a repair fund"
        " for old scanners. Its shares rose. Sales were flat. The chain employs 900 people."
        " Analysts were pleased. When the new loyalty scheme opens, you should sign up early."
    )
    texts = _texts(text)
    assert "recycling scheme in Leeds" in texts or "recycling scheme" in " ".join(texts)
    assert not any("loyalty" in t for t in texts), texts


def test_an_article_written_to_the_reader_lists_no_initiatives() -> None:
    text = (
        "You can start small. The council launched a new savings scheme for families in May."
        " You should join the village recycling scheme. Your budget will thank you. Keep a"
        " diary of what you spend."
    )
    assert _facts(text) == []


def test_who_praises_or_admires_a_scheme_is_not_behind_it() -> None:
    fact = _one(
        "Jane Okafor visited the site. She admired the new £5m flood barrier scheme.", "scheme"
    )
    assert fact.actor is None
    fact = _one("The city council runs a new recycling scheme for flats in Leeds.", "recycling")
    assert fact.actor == "The city council"
