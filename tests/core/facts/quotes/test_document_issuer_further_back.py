"""Round 45 (issue 11): '"...," the statement said' a paragraph after "X said in a statement"
(also "X wrote a letter", "X published a report") is X's, when nobody else is named between;
another document of the same kind brought in between leaves it as written. Sentences are our
own; the first two tests fail on the commit before, the others are guards."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_statement_quoted_three_sentences_after_it_was_given_out() -> None:
    body = (
        "Fenwick Rail said in a statement that the line would reopen on Monday. Crews have "
        "replaced two miles of track. Buses will run until then.\n\n"
        "“We are sorry for the delays this has caused,” the statement said."
    )
    assert speakers_of("", body) == ["Fenwick Rail"]


def test_a_letter_someone_wrote_speaks_for_them() -> None:
    body = (
        "Councillor Alma Rourke wrote a letter to parents on Friday. Lessons will move online "
        "for a week. The boiler failed twice in November.\n\n"
        "“Nobody should have to learn in a cold room,” the letter said."
    )
    assert speakers_of("", body) == ["Alma Rourke"]


def test_guard_another_report_between_leaves_the_report_as_written() -> None:
    body = (
        "The Lowfield Trust published a report on river pollution in March. Fish stocks fell "
        "by half. A separate report found the sewers were overloaded.\n\n"
        "“The river cannot take any more,” the report said."
    )
    assert speakers_of("", body) == ["the report"]


def test_guard_someone_named_between_leaves_the_statement_as_written() -> None:
    body = (
        "Fenwick Rail said in a statement that the line would reopen on Monday. Crews have "
        "replaced two miles of track. Union organiser Petra Laine called that optimistic.\n\n"
        "“We are sorry for the delays this has caused,” the statement said."
    )
    assert speakers_of("", body) == ["the statement"]
