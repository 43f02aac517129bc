"""Initiatives, round 45: precision on copy no rule has seen. An intention that is denied
("does not want to sell him") is no plan; a verb of accusing keeps its "of <gerund>" charge
out of the name of the body accused; a headline in title case is no one's name; a
description followed by its own name in apposition gives way to the name; undertakings
opened by "other" name none in particular; an infinitive's object runs over a list of bare
nouns ("to allow grandparents, older siblings and carers to ..."); a new work that a thing
"would" make, argued for after a stance on it, is an effect, not an undertaking; a name in
capitals after a body noun ("US firm NSG") stays in the item; a change keeps the amount it
is made by ("cut its workforce by 500"); a holding measured by a percentage ("its 20%
holding in X") is a noun; "a scheme that would let passengers rent bikes" is listed
whole (a causative's bare verb and its object); a programme "on Fox News" is a broadcast;
"new technology" alone is no undertaking.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from app.core.facts.initiatives._candidate import Candidate
from app.core.facts.initiatives._merging import _named_after
from tests.core.facts.initiatives._helpers import _facts, _one, _texts


def test_a_denied_intention_is_no_plan() -> None:
    text = "Harwick Rovers manager Tom Bell says he does not want to sell Danny Moss."
    assert _texts(text) == []
    assert _texts("The mayor does not plan to close the library.") == []
    # guard: the same intention, not denied
    assert _one("The mayor plans to close the library.", "library").actor == "The mayor"


def test_the_charge_of_a_verb_of_accusing_is_not_in_the_name() -> None:
    text = "Ministers accused the council and the Greenway campaign of misleading voters."
    assert not any("misleading" in t for t in _texts(text))
    # guard: a policy's own "of <gerund>" stays in its name
    text = "The council launched a policy of closing branches on Sundays."
    assert _one(text, "policy").text == "policy of closing branches"


_HEADLINE = (
    "Halvorsen Administration To Widen Scheme To Let Rural Families Reach Work.\n\n"
    "The Halvorsen administration announced plans on Tuesday to widen a scheme that lets "
    "rural families use buses for free.\n"
    "In response to the floods, the administration increased aid to farmers but also made "
    "the decision to open new family support centres in three towns."
)


def test_a_headline_in_title_case_is_no_actor() -> None:
    fact = _one(_HEADLINE, "support centres")
    assert fact.actor is None  # never the headline read as one long name


def _cand(text: str, name: str, actor: str | None) -> Candidate:
    start = text.index(name)
    return Candidate(0, start, start + len(name), "program", frozenset(), 5.0, actor, "planned")


def test_a_description_gives_way_to_its_name_in_apposition() -> None:
    text = "Officials will widen one key program, the Rural Bus Pass program, next year."
    described = _cand(text, "one key program", "Officials")
    name = _cand(text, "Rural Bus Pass program", None)
    kept = _named_after([described, name], text)
    assert [(text[c.start : c.end], c.actor) for c in kept] == [
        ("Rural Bus Pass program", "Officials")
    ]
    # guard: two programmes of different heads, or one not in apposition, both stay
    other = "Officials will widen one key program, and the Rural Bus Pass program, next year."
    both = [_cand(other, "one key program", None), _cand(other, "Rural Bus Pass program", None)]
    assert len(_named_after(both, other)) == 2


def test_undertakings_of_no_one_in_particular_are_not_listed() -> None:
    text = (
        "The council will widen its bus pass scheme to all villages. "
        "Other efforts to help rural families will also be expanded, officials said."
    )
    assert [f.text for f in _facts(text)] == ["bus pass scheme"]


def test_an_infinitives_object_runs_over_a_list_of_bare_nouns() -> None:
    text = (
        "The council is planning to expand the scheme to allow grandparents, older siblings "
        "and carers to claim free passes, officials announced."
    )
    fact = _one(text, "scheme")
    assert fact.text == (
        "scheme to allow grandparents, older siblings and carers to claim free passes"
    )
    # guard: a list of undertakings, each opened by its determiner, stays apart
    texts = _texts(
        "The government will set up a fund for schools, a bond for savers and a new bank."
    )
    assert "fund for schools" in texts


def test_a_new_work_argued_as_a_things_effect_is_not_listed() -> None:
    text = "The mayor defended the £40m deal, arguing that it would open two new bus routes."
    assert _texts(text) == []
    text = "The mayor defended the partnership, arguing that it would open a new training centre."
    assert _texts(text) == []
    # guard: the body's own plan, with an argument after it
    text = (
        "The mayor said the council would open a new training centre in the town, arguing "
        "that jobs were needed."
    )
    assert _one(text, "training centre").actor == "the council"


def test_a_name_in_capitals_after_a_body_noun_stays_in_the_item() -> None:
    text = "The Dutch company is due to complete its $4.5bn acquisition of US firm NSG next month."
    assert _one(text, "acquisition").text == "$4.5bn acquisition of US firm NSG"
    # guard: a shouted function word is no name
    assert _one("The group said it would sell its stake in the firm AND its shops.", "stake")


def test_a_change_keeps_the_amount_it_is_made_by() -> None:
    assert _texts("The firm plans to cut its workforce by 500 next year.") == [
        "cut its workforce by 500"
    ]
    text = "Norvane will reduce its workforce by between 700 and 800 a year, it said."
    assert _one(text, "workforce").text == "reduce its workforce by between 700 and 800"
    # round 45: a percentage keeps its sign ("by 27" read as a count)
    text = "Harbour Foods said it will raise its interim dividend by 12%."
    assert _one(text, "dividend").text.endswith("by 12%")


def test_a_holding_measured_by_a_percentage_stays_in_the_item() -> None:
    text = "The bank will sell its 20% holding in the insurer."
    assert _one(text, "holding").text == "sell its 20% holding"


def test_a_causatives_bare_verb_and_its_object_stay_in_the_item() -> None:
    text = "The council approved a scheme that would let passengers rent bikes at every station."
    assert _one(text, "scheme").text == "scheme that would let passengers rent bikes"
    text = "The council approved a scheme to let passengers rent bikes at every station."
    assert _one(text, "scheme").text == "scheme to let passengers rent bikes"
    # guard: a clause that goes on with a verb after a non-causative stays a fragment
    assert _texts("The council backed proposals that could see fathers take leave.") == []


def test_a_programme_on_a_network_is_a_broadcast() -> None:
    text = (
        "Why had Ted Lyle called into Jo Marsh's program on Fox News, resulting in the "
        "network cutting away from the remarks?"
    )
    assert _texts(text) == []
    # guard: a programme on a place is a scheme there
    text = "The charity will launch a reading programme on Tyneside for young children."
    assert _one(text, "programme").text == "reading programme on Tyneside"


def test_new_means_alone_are_no_undertaking() -> None:
    text = '"To build a lasting industry, we have to invest in new technology," a spokesman said.'
    assert _texts(text) == []
    # guard: a named kind of it is one
    text = "The firm will invest £5m in new 3D printing technology at its Leeds plant."
    assert _one(text, "technology").text == "new 3D printing technology"
