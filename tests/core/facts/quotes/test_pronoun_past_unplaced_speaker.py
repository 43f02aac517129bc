"""'"...," Dorran explained. [more of his quotations] Dorran is finalising the funding. And he
confessed ... He said: "..."': the speaker is the lone surname that signed the run of quotations
just before, which the tracker cannot place (never named in full), not a person named before
him; a "he" the tracker read past him in between is its own guess carried on, no one new.
Sentences are our own; each test fails on 1382b88 except the guards, marked."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Sport\n\n")


def test_he_after_a_carried_he_is_the_unplaced_speaker() -> None:
    body = (
        "The club held on to its captain Liam Corrigan last summer. "
        "“Any idea we are going to accept offers for Liam is not on the agenda,” Dorran said. "
        "Dorran is currently finalising funding for the new stadium. "
        "And he confessed a rival's sponsorship deal has given the board food for thought. "
        "He said: “I have to say it is something I have always been against.”"
    )
    assert speakers(body) == ["Dorran", "Dorran"]


def test_he_after_a_run_of_quotations_the_surname_signed() -> None:
    body = (
        "The club held on to its captain Liam Corrigan last summer. "
        "“Any idea we are going to accept offers for Liam is not on the agenda,” Dorran "
        "explained. “We told the other clubs he was not for sale.”\n\n"
        "“You can forget that.” Dorran is currently finalising funding for the new stadium. "
        "He said: “I have to say it is something I have always been against.”"
    )
    assert speakers(body) == ["Dorran", "Dorran", "Dorran", "Dorran"]


def test_a_run_a_description_began_is_left_to_the_tracker() -> None:
    """Guard (passes on 1382b88): the run before "she said" was begun by "The minister", a
    description (not a name the tracker could not place); the pronoun keeps the tracker's
    person rather than the description."""
    body = (
        "Trade Secretary Carla Fenwick spoke at the conference in Leeds.\n\n"
        "Ms Fenwick also announced a new drive to help women into male dominated trades. "
        "Women in full-time work earn 19% less than men, according to the Equality Board.\n\n"
        "The minister told delegates that getting rid of “career sexism” was vital.\n\n"
        "“Career sexism limits the chances of women of all ages. "
        "“It is simply wrong to assume someone cannot do a job because of their sex,” she said."
    )
    assert speakers(body)[-1] == "Carla Fenwick"
