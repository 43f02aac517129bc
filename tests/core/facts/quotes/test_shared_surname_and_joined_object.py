"""Round 43 (issue 11): a bare surname that two people introduced in one sentence share ("Mark
Ashdown and his brother Simon Ashdown ... Ashdown said") is not the first of them; a name that
opens the words after a quotation inside a clause and stands before ", and said" is that
clause's object, not the speaker. Sentences are our own; the first two tests fail on the commit
before, the others are guards."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_surname_two_people_introduced_together_share_names_neither() -> None:
    body = (
        "Mark Ashdown and his brother Simon Ashdown run the family's haulage firm in Leek.\n\n"
        "“We have never had a year like this,” Ashdown said."
    )
    assert speakers_of("", body) == ["Ashdown"]


def test_the_object_before_and_said_after_quoted_words_does_not_speak() -> None:
    body = (
        "A spokeswoman for the senator, Jane Ortiz, denied that he had ever “attacked” "
        "Governor Dean, and said he “respects the office.”"
    )
    assert speakers_of("", body)[1] != "Dean"


def test_guard_a_relative_brought_in_later_leaves_the_surname_to_the_first() -> None:
    body = (
        "Mark Ashdown founded the haulage firm in 1990. His wife, Clare Ashdown, joined him "
        "in 1995.\n\n“We argue about everything except the lorries,” Ashdown said."
    )
    assert speakers_of("", body) == ["Mark Ashdown"]


def test_guard_a_subject_whose_own_verb_is_joined_by_and_speaks() -> None:
    body = (
        "Senate leader Howard Gaines, who was named in the memo, had earlier attacked the "
        "senator's office, and said he “expected an apology.”"
    )
    assert speakers_of("", body) == ["Howard Gaines"]
