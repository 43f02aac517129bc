"""A description set off from a "who" clause right before the speech verb ("The 58-year-old,
who started there as an apprentice, added:") is the verb's subject, as a name would be; the
tracker reads whom it means (`_cue_before.cue_before`)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_an_age_description_before_a_who_clause() -> None:
    body = (
        "Union official Kevin Price met workers at the plant on Friday.\n\n"
        "The 58-year-old, who started at the plant as an apprentice, added: "
        '"I never thought I would see this day."'
    )
    assert speakers_of("", body) == ["Kevin Price"]


def test_a_new_person_described_before_a_who_clause() -> None:
    body = (
        "The school will close in July.\n\n"
        "A teacher at the school, who asked not to be named, said: "
        '"We found out from the newspaper."'
    )
    assert speakers_of("", body) == ["A teacher at the school"]


def test_a_name_before_a_who_clause_is_still_the_apposition() -> None:
    # A guard (passes before the change).
    body = (
        'Ana Ruiz, who has run the shop for 20 years, said: "We will stay open as long as we can."'
    )
    assert speakers_of("", body) == ["Ana Ruiz"]
