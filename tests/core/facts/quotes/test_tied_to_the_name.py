"""Round 45 (issue 11): someone described by their tie to a named person ("a source close to
Mr X", "an ally of X", "an aide to X") is not that person: the speaker is the description as
written. Sentences are our own; the first test fails on the commit before, the second is a
guard."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_LEAD = "The harbour commissioner, Evelyn Strand, was accused on Monday of hiding a report. "


def test_a_source_close_to_a_named_person_is_not_that_person() -> None:
    assert speakers_of(
        "", _LEAD + "“She never saw the report,” a source close to Ms Strand said."
    ) == ["a source close to Ms Strand"]
    ally = speakers_of(
        "", _LEAD + "An old ally of Evelyn Strand said: “The claims are pure spite.”"
    )
    assert ally in (["An old ally of Evelyn Strand"], [None])


def test_guard_a_named_person_with_a_role_of_a_body_is_still_that_person() -> None:
    assert speakers_of("", _LEAD + "Ms Strand said: “The claims are pure spite.”") == [
        "Evelyn Strand"
    ]
