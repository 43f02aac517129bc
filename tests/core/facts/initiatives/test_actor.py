"""Initiatives: who is behind an undertaking as the article names them (pronouns, datelines,
titles, possessors, leaders and spokesmen).

Every sentence here is written for these tests; each test asserts that something is listed
(or that a named item is), so it fails when `extract` returns nothing.
"""

from __future__ import annotations

import pytest

from app.core.document import Document
from app.core.facts.initiatives._candidates import _Sentence
from app.core.facts.initiatives._lexicon import lexicon
from app.core.facts.initiatives._phrasing import _tokens
from app.core.facts.initiatives._weights import WEIGHTS
from app.core.facts.nlp.discourse import Discourse
from tests.core.facts.initiatives._helpers import _DESCRIBED, _facts, _one


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


def test_possessor_name_is_the_actor() -> None:
    fact = _one(
        "Vendia's new £40m innovation fund will back start-ups in Wales.", "innovation fund"
    )
    assert fact.actor == "Vendia"


def test_his_party_is_the_body_named_before_the_persons_role() -> None:
    fact = _one(
        "Greens leader Maya Lund said her party would introduce a rail freight fund for ports.",
        "rail freight fund",
    )
    assert fact.actor == "Greens"


def test_a_day_is_never_the_actor() -> None:
    fact = _one("Friday's budget launched a £40m flood defence scheme for coastal towns.", "scheme")
    assert fact.actor != "Friday"


def test_a_sentence_adverb_is_no_part_of_the_actor() -> None:
    fact = _one("Now Vendia has shelved its loyalty scheme for pensioners.", "loyalty scheme")
    assert fact.actor == "Vendia"


def test_a_description_cut_to_one_word_is_no_actor() -> None:
    text = (
        "The We Company said the firm would cut jobs. The company shelved its plans for a"
        " stock market listing."
    )
    facts = _facts(text)
    assert facts, facts
    assert all(f.actor != "Company" for f in facts), facts


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


def test_a_spokesman_leads_nothing() -> None:
    text = (
        "Spokeswoman Lena Brooks says the candidate has always run a lean campaign.\n"
        "Brooks says the campaign will seek federal matching funds for the spring."
    )
    facts = _facts(text)
    assert facts, facts
    assert all(f.actor is None or "Brooks" not in f.actor for f in facts), facts


def test_a_person_after_a_bodys_possessive_is_the_actor() -> None:
    fact = _one("The Harbour Party's Lena Brooks launched a new housing fund.", "housing fund")
    assert fact.actor == "Lena Brooks"


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


def test_he_is_never_resolved_to_a_body() -> None:
    fact = _one(
        "A report by Civic Audit was published on Monday. He added that there should be a cap"
        " on the number of advisers.",
        "cap on the number",
    )
    assert fact.actor is None  # "Civic Audit" is no person "he" could be


@pytest.mark.parametrize(
    "text",
    [
        "The bus operator, Marlow Coaches, launched a night service for students in Leeds.",
        "The bus operator, Marlow Coaches, said on Monday that it had launched a night service"
        " for students in Leeds.",
    ],
)
def test_a_name_set_off_after_a_description_is_the_actor(text: str) -> None:
    fact = _one(text, "night service")
    assert fact.actor == "Marlow Coaches"


def test_a_firm_the_article_has_described_is_read_as_a_name() -> None:
    # "Velastic" alone reads as an adjective; the article has said it is a firm.
    text = (
        "British firm Velastic makes sound chips for phones. Velastic offers its technology on "
        "a chip or in software and is about to release a new version which improves battery life."
    )
    assert _one(text, "new version").actor == "Velastic"
    assert all("technology" not in f.text for f in _facts(text))  # what it sells, no proposal


def test_the_company_is_a_one_word_firm_with_a_spokesperson_of_its_own() -> None:
    text = (
        "A Quillmark spokeswoman declined to comment on the report.\n"
        "Investors sold shares in Quillmark on Monday.\n"
        "The company shelved its plans for an initial public offering."
    )
    assert _one(text, "initial public offering").actor == "Quillmark"


def test_what_the_plan_includes_is_the_plans_actors() -> None:
    text = (
        "Harbour officials unveiled a plan to rebuild the pier. "
        "The plan includes a new visitor centre and a cycle path."
    )
    fact = _one(text, "visitor centre")
    assert fact.actor == "Harbour officials"
    assert fact.status == "planned"


def test_what_it_includes_is_the_actors_of_what_was_named_before() -> None:
    text = (
        "Orvana announced a restructuring of its mining arm. "
        "It includes the sale of two smelters and a new research hub."
    )
    assert _one(text, "research hub").actor == "Orvana"


def test_the_campaign_of_someone_is_theirs() -> None:
    fact = _one("Readers praised the new £2m campaign of Dana Marlow to save the pier.", "campaign")
    assert fact.actor == "Dana Marlow"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The state regulator, the Harbour Authority, opened an inquiry into the crash.",
            "Harbour Authority",
        ),
        ("The ferry operator, Tidewater, launched a new coastal service.", "Tidewater"),
        (
            "The largest ferry operator in the region, Tidewater Lines, launched a new coastal"
            " service.",
            "Tidewater Lines",
        ),
    ],
)
def test_a_body_named_after_its_description_is_the_actor(text: str, actor: str) -> None:
    facts = _facts(text)
    assert facts, "nothing listed"
    assert facts[0].actor == actor


def test_people_owned_by_a_name_act_themselves() -> None:
    fact = _one(
        "Orbix collapsed in May. Lawyers for Orbix’s customers who are suing the regulator"
        " will study the report.",
        "suing the regulator",
    )
    assert fact.actor == "Orbix’s customers"
    treaty = _one("Mr Blair's treaty would establish a new carbon fund.", "carbon fund")
    assert treaty.actor == "Blair"


def test_a_name_joined_by_an_ampersand_is_the_whole_actor() -> None:
    fact = _one("Hale & Corwin has launched a cycle repair scheme for students.", "scheme")
    assert fact.actor == "Hale & Corwin"


def test_a_body_named_with_and_is_the_whole_actor() -> None:
    text = "The Rail and Harbour Authority has launched a new night ferry service."
    assert _one(text, "ferry").actor == "Rail and Harbour Authority"


def test_its_finds_the_nearest_described_body_of_its_sentence() -> None:
    text = (
        "The sale follows four deliveries last week: two to Halden Air and two to the"
        " Tanzanian government ahead of its launch of a new national airline."
    )
    assert _one(text, "national airline").actor == "the Tanzanian government"
    # A body named as the clause's subject comes first: not the regulator, whoever "it" is.
    text = "Norvik Airways told the regulator that it had launched its new cargo service."
    assert _one(text, "cargo service").actor != "the regulator"


def test_it_finds_a_body_named_short_in_the_sentence_before() -> None:
    text = (
        "Corvant Airlines opened a lounge in Oslo. Tove Berg, its chief executive, spoke"
        " briefly. As of May, Corvant had a fleet of 90 aircraft. Besides the lounge, it"
        " announced an order of 20 cargo jets on Monday."
    )
    # Reported by its full name since round 22 (a body's short form, `nlp.body_names`).
    assert _one(text, "order of 20 cargo jets").actor == "Corvant Airlines"


def test_a_deal_to_buy_a_share_of_what_is_named_is_one_item() -> None:
    text = "Halden Rail finalised a deal to buy 12 of Kestrel's night trains on Friday."
    fact = _one(text, "deal")
    assert fact.text == "deal to buy 12 of Kestrel's night trains"
    assert fact.actor == "Halden Rail"


def test_the_states_launch_is_the_place_named_before() -> None:
    text = "Vermont Gov. Ana Ruiz is defending the state's launch of a new anti-litter campaign."
    assert _one(text, "campaign").actor == "Vermont"


def test_a_described_body_opening_a_that_clause_may_be_its_subject() -> None:
    text = (
        "Ana Ruiz told reporters that the harbour authority, with the city council, was ready"
        " for the launch of its new ferry service."
    )
    assert _one(text, "ferry service").actor == "the harbour authority"


def test_a_bodys_name_goes_on_after_of() -> None:
    text = (
        "Tarnia's Ministry of Mines, Forests and Rivers has unveiled a plan to replant the"
        " northern hills.\n"
        "The Department of Water and Coastal Works has launched a scheme to rebuild the sea wall.\n"
        "The Ministry of Roads has launched a scheme to repave the ring road."
    )
    assert _one(text, "replant").actor == "Tarnia's Ministry of Mines, Forests and Rivers"
    assert _one(text, "sea wall").actor == "Department of Water and Coastal Works"
    assert _one(text, "ring road").actor == "Ministry of Roads"


def test_the_name_set_off_after_an_owners_description_is_the_actor() -> None:
    text = (
        "Corvale Foods opened a bakery in Derby.\n"
        "Corvale's rival, Tamsin Mills, last month scrapped its plans for a flour depot in Leeds."
    )
    assert _one(text, "depot").actor == "Tamsin Mills"


def test_by_after_an_undertaking_names_who_is_behind_it() -> None:
    text = (
        "The Calder Gallery has agreed to return six carved masks to Ghana, ending a long"
        " campaign by Ghanaian officials.\n"
        "The council has approved a new plan by Tarn Homes to build 300 flats.\n"
        "Fares will fall under a new scheme by 2030."
    )
    assert _one(text, "campaign").actor == "Ghanaian officials"
    assert _one(text, "plan").actor == "Tarn Homes"


def test_it_for_a_described_body_is_the_name_set_off_after_the_description() -> None:
    text = (
        "Councillor Ann Vale asked the county audit office to review the costs.\n\n"
        "The bus operator, Harrow Coaches, announced on Monday that it had signed a partnership"
        " agreement with the Danish maker Nordvolt."
    )
    assert _one(text, "partnership agreement").actor == "Harrow Coaches"


def test_a_body_named_with_for_acts_whole() -> None:
    from tests.core.facts.initiatives._helpers import _one

    fact = _one(
        "The Department for Transport will set up a £12 million fund for rural bus routes.",
        "fund",
    )
    assert fact.actor == "Department for Transport"


def test_it_after_an_airline_said_it_is_the_airline() -> None:
    from tests.core.facts.initiatives._helpers import _one

    text = (
        "Fjordline Air cancelled 80 flights on Monday. A spokesman for the Department for "
        "Travel said ministers were watching. Fjordline said it expected to fly on Tuesday. "
        "It also promised to set up a compensation scheme for stranded passengers."
    )
    assert _one(text, "compensation scheme").actor == "Fjordline Air"  # full name: round 22


def test_it_in_a_joined_clause_is_who_the_first_it_was() -> None:
    text = (
        "Corvale Foods Ltd sells bread.\n"
        "Last year it bought the Welsh firm Tarn Grain for £40m, and in May it opened a research"
        " centre in Derby."
    )
    assert _one(text, "research centre").actor == "Corvale Foods Ltd"


def test_the_company_in_what_a_body_said_is_not_that_body() -> None:
    text = (
        "Crews at Selby Freight walked out on Monday.\n"
        "The GMT union, which represents most of the crews, said the company had unveiled a plan"
        " to cut night shifts."
    )
    assert _one(text, "night shifts").actor != "GMT"
    # An owner of who speaks is no speaker: "the firm" is still the owner.
    text = (
        "Tarn Capital agreed to buy the retailer.\n"
        "Tarn Capital's partner, Ana Ruiz, said the firm would launch a scheme to train 500"
        " apprentices."
    )
    assert _one(text, "apprentices").actor == "Tarn Capital"


def test_the_council_is_no_body_named_without_council() -> None:
    text = (
        "Councillors voted for the plan.\n"
        "Harbour Police said it would enforce the new limit.\n"
        "Signs will go up in April, and the council will launch a publicity campaign in May."
    )
    assert _one(text, "publicity campaign").actor == "the council"


def test_a_body_introduced_after_its_noun_without_a_comma_is_what_the_noun_stands_for() -> None:
    text = (
        "People who had the jab were less likely to fall ill, a study found.\n"
        "Dr Ana Ruiz, head of research at the charity Brightpath Futures, called the results"
        ' "intriguing". But she cautioned that people should wait. "The jab has clear'
        ' benefits," she said.\n'
        "The charity said it would fund a £2m trial to test the idea."
    )
    assert _one(text, "trial").actor == "Brightpath Futures"


def _candidate_actors(sentence: str) -> dict[str, str | None]:
    """Every candidate of a one-sentence text (listed or not) and its actor."""
    document = Document.from_text(sentence)
    discourse = Discourse()
    line = document.sentences[0]
    discourse.add_sentence(document.text, line.start, line.end)
    tokens = _tokens(document.text, line, None, discourse.body_words(line.start, line.end))
    found = _Sentence(document.text, 0, tokens, lexicon(), discourse, WEIGHTS).run()
    return {document.text[c.start : c.end]: c.actor for c in found}


def test_a_pronoun_of_quantity_is_no_actor() -> None:
    fact = _one(
        "Neither has yet tabled a formal bid, but the ferry operator expects one soon.",
        "formal bid",
    )
    assert fact.actor is None


def test_the_owner_of_a_decision_acts_on_it_not_the_reporter() -> None:
    text = (
        "The paper said shareholders were angry at Norvale's decision to suspend merger "
        "talks with Pellam."
    )
    fact = _one(text, "merger talks")
    assert fact.actor == "Norvale"


def test_an_offer_from_a_body_is_that_bodys() -> None:
    assert _candidate_actors("A £2bn offer from Norvale was rejected in May.") == {
        "£2bn offer": "Norvale"
    }


def test_a_newspaper_reports_others_plans_it_makes_none() -> None:
    found = _candidate_actors(
        "Despite insisting he wants to agree a friendly deal with the board, the paper "
        "suggested he may pull out of the talks and put an offer directly to shareholders."
    )
    assert "offer" in found
    assert found["offer"] is None


def test_the_owner_of_a_refusal_does_not_undertake_what_it_refuses() -> None:
    fact = _one(
        "Campaigners won a challenge to the council's refusal to order a full inquiry.", "inquiry"
    )
    assert fact.actor is None


def test_whose_stands_for_the_body_before_it() -> None:
    fact = _one(
        "The whale was tracked, according to a statement from the Harwell Marine Institute, "
        "whose scientists helped conduct the whale-tracking study.",
        "study",
    )
    assert fact.actor == "Harwell Marine Institute"


def test_it_after_the_sentences_own_named_body_is_that_body() -> None:
    text = (
        "Shares in Delmont Foods rose on talk of a bid by Britain's Vexar Ardley. The Globe "
        "said the two were a good fit. Vexar has cut the debt it took on to fund the Kelso "
        "purchase, and said it was seeking acquisitions."
    )
    assert _one(text, "Kelso purchase").actor == "Vexar Ardley"


def test_the_company_is_not_the_analysts_firm_named_last() -> None:
    text = (
        'Corvex Motors reported higher sales on Tuesday. "Demand is strong," said Barrow '
        "Securities analyst Dan Fell. The company opened its first Ohio plant in March."
    )
    assert _one(text, "Ohio plant").actor == "Corvex Motors"


def test_a_name_after_a_common_owner_is_the_actor_without_its_s() -> None:
    text = "A sweeping reform of the pension laws has been approved by the country's Senate."
    assert _one(text, "reform").actor == "Senate"


def test_a_peoples_word_is_not_who_runs_a_reform() -> None:
    # "Palestinian" read as a name (the article named the Palestinian Authority before).
    text = (
        "The Palestinian Authority said it wanted talks. Monday's summit on Palestinian reform "
        "is being hosted by the foreign minister."
    )
    # Round 26: the topic of a summit is no undertaking at all (test_occasions.py); if it were
    # listed, no people's word would be its actor.
    assert all(f.actor is None for f in _facts(text) if "reform" in f.text)


def test_a_day_word_between_subject_and_verb_keeps_the_actor() -> None:
    text = "Brookfield Homes today announced a £9m scheme to fit solar panels on 800 homes."
    assert _one(text, "scheme").actor == "Brookfield Homes"
    text = "The Marlow council yesterday launched a repair fund for village halls."
    assert _one(text, "repair fund").actor == "The Marlow council"


def test_an_intention_word_before_a_second_predicate_is_the_verb() -> None:
    text = (
        "Oakmere Theatre Trust runs two stages. The trust plans to open a studio theatre "
        "in Millbrook next year and has asked the council for land."
    )
    assert _one(text, "studio theatre").actor == "Oakmere Theatre Trust"
    text = (
        "Brandt, the German scooter maker, showed a new model. The company plans to hire "
        "staff in Leeds and will offer a repair scheme for old scooters."
    )
    assert _one(text, "repair scheme").actor == "Brandt"


def test_a_medium_is_not_who_runs_a_campaign() -> None:
    text = (
        "The summer range opened with a TV advertising campaign, featuring its founder. "
        "The TV advertising campaign ran for six weeks in Wales."
    )
    assert _one(text, "TV advertising campaign").actor is None


def test_a_bodys_name_with_a_possessive_in_it_stays_whole() -> None:
    text = "St Cuthbert's Hospice Trust has launched a campaign to fund night nurses at home."
    assert _one(text, "campaign").actor == "St Cuthbert's Hospice Trust"


def test_the_second_part_of_a_name_joined_by_and_is_the_whole_body() -> None:
    text = (
        "Westmoor Fire and Rescue Service will close its Hatton station at night. "
        "The Rescue Service said it would recruit 25 on-call firefighters."
    )
    assert _one(text, "recruit 25").actor == "Westmoor Fire and Rescue Service"


def test_two_capitalised_adjectives_sharing_a_noun_are_one_actor() -> None:
    text = "The Dutch and Belgian governments are appealing against the court's ruling on tolls."
    assert _one(text, "appealing").actor == "The Dutch and Belgian governments"


def test_an_opening_it_stands_for_the_body_the_sentence_before_described() -> None:
    assert _one(_DESCRIBED, "scheme").actor == "the district council"
    # In another paragraph "It" may be anything: the description is not carried over.
    apart = _DESCRIBED.replace(". It", ".\n\nIt")
    assert all(f.actor != "the district council" for f in _facts(apart))


def test_the_grocer_stands_for_the_firm_named_before() -> None:
    # Kinds of firm that business copy calls its main body ("the grocer", "the insurer",
    # "the housebuilder") resolve as "the retailer" does.
    text = (
        "Brackenfield Foods reported a fall in profits on Tuesday. The grocer also announced "
        "plans to close 12 smaller shops over the next year."
    )
    fact = _one(text, "close 12 smaller shops")
    assert fact.actor == "Brackenfield Foods"
