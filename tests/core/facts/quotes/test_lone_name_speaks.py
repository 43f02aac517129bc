"""Round 43 (issue 11): a lone surname the article never gives in full is not known to be a
person, but as the subject of a speech verb ("Bramley said he was happy") the grammar says
someone speaks: the "he" that follows is most likely that someone, so it gets no speaker
rather than the man named before, whom the tracker reached past the lone name. A body with
people who speak for it ("Harwell chief executive Dave Lane") is no such someone. Sentences are
our own; the first test fails on the commit before, the others are guards."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_he_after_a_lone_name_that_speaks_is_not_the_man_before() -> None:
    body = (
        "Harbourside Rovers manager Tom Greaves wants to sign a striker.\n\n"
        "“He would be a great signing,” Greaves said of Bramley, who scored 12 goals last "
        "season.\n\nBramley said he was happy at Leyton. “I have not thought about moving,” "
        "he said."
    )
    assert speakers_of("", body) == ["Tom Greaves", None]


def test_guard_a_lone_name_that_does_not_speak_leaves_he_alone() -> None:
    body = (
        "Harbourside Rovers manager Tom Greaves wants to sign a striker.\n\n"
        "Fulham rejected a bid for their forward last week. “They want too much money,” he "
        "said."
    )
    assert speakers_of("", body) == ["Tom Greaves"]


def test_guard_a_firm_with_a_chief_executive_is_no_one_he_stands_for() -> None:
    body = (
        "Harwell chief executive Dave Lane spoke to investors on Monday.\n\n"
        "Harwell said profits had risen by 8%. “We are very pleased with the year,” he said."
    )
    assert speakers_of("", body) == ["Dave Lane"]
