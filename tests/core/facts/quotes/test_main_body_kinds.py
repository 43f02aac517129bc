"""Round 22 (issue 11 item 3): "the group", "the council" after a body named once in passing is
the article's main body when the article named or described it as one, else the nearest body.
Sentences are our own; each test fails on 92664cf."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Business news\n\n")


def test_the_group_is_the_company_group_not_a_lobby_named_in_passing() -> None:
    body = (
        "Calder Group, the building materials group, reported a 12% rise in profits on "
        "Thursday. Calder Group makes bricks and cement for housebuilders. Its chief executive "
        "met officials from the Greenway Campaign, a pressure group. "
        "“Housebuilders are busy again,” the group said."
    )
    assert speakers(body) == ["Calder Group"]


def test_the_group_is_the_pressure_group_not_a_firm_named_in_passing() -> None:
    body = (
        "Greenway Campaign, a pressure group, has called for a ban on new roads in the county. "
        "Greenway Campaign said traffic had doubled since 2010. Its report was sent to the "
        "chief executive of Calder Group. “Enough is enough,” the group said."
    )
    assert speakers(body) == ["Greenway Campaign"]


def test_the_council_is_the_main_council_not_one_that_helped() -> None:
    body = (
        "Marston City Council has approved 500 new homes on the old gasworks site. Marston City "
        "Council said the homes would be built by 2029. The scheme was drawn up with help from "
        "Hillside Parish Council. “This is a good day for the city,” the council said."
    )
    assert speakers(body) == ["Marston City Council"]
