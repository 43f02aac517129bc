"""A document quoted as the speaker ('"...," the statement said') speaks for its author when
the article said who issued it ("In a statement, he said ...", "a statement from the club", "a
statement issued by her office"), and stays as written when it did not. Sentences are our own;
each test fails on b193d24 except the guards, marked."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "News\n\n")


def test_in_a_statement_he_said_makes_him_the_statements_author() -> None:
    body = (
        "Chief Superintendent Karen Lowe denied that the station would close. In a statement, "
        "she said the force had no plans to sell the building. "
        "“The front desk will stay open six days a week,” the statement said."
    )
    assert speakers(body) == ["Karen Lowe"]


def test_a_named_subject_said_in_a_statement() -> None:
    body = (
        "Dr Felix Amara said in a statement that the trial had been stopped early. "
        "“Patient safety comes first,” the statement added."
    )
    assert speakers(body) == ["Felix Amara"]


def test_a_statement_from_a_body_is_the_bodys() -> None:
    body = (
        "Ashgrove Rovers have sacked their manager after a run of eight defeats. "
        "A statement from the club thanked him for three years of work. "
        "“We wish him every success in the future,” the statement said."
    )
    assert speakers(body) == ["Ashgrove Rovers"]


def test_a_statement_issued_by_her_office_is_hers() -> None:
    body = (
        "Transport minister Nadia Kerr faced questions over the delays on Monday. A statement "
        "issued by her office said she had ordered a review. "
        "“The minister is determined to fix this,” the statement said."
    )
    assert speakers(body) == ["Nadia Kerr"]


def test_someone_who_released_a_statement() -> None:
    body = (
        "The mayor, Tom Reilly, released a statement on Friday night. "
        "“I will not step down,” the statement said."
    )
    assert speakers(body) == ["Tom Reilly"]


def test_a_report_someone_criticised_is_not_theirs() -> None:
    """Guard (passes on b193d24): "criticised the report" does not make her its author."""
    body = (
        "Ana Ruiz criticised the report on Tuesday. "
        "“Waiting times have risen in every region,” the report said."
    )
    assert speakers(body) == ["the report"]


def test_someone_named_after_the_statement_leaves_it_as_written() -> None:
    """Guard (passes on b193d24): another person named between the statement and its words."""
    body = (
        "In a statement, the minister said the scheme would go ahead. Opposition leader Paul "
        "Grant called it a waste of money. “The scheme will pay for itself,” the statement said."
    )
    assert speakers(body) == ["the statement"]


def test_a_statement_from_a_body_after_another_speakers_words_is_the_bodys() -> None:
    body = (
        "Kestrel Rail has been fined £4m for late trains. Regulator chief Ian Moss said the "
        "fine should be a warning. “Passengers deserve better,” he said. A statement from the "
        "company apologised to travellers. “We are sorry for the delays,” the statement said."
    )
    assert speakers(body) == ["Ian Moss", "Kestrel Rail"]


def test_the_subject_of_a_clause_after_the_document_is_not_its_author() -> None:
    """Guard: "X, in a letter to Y, said a new coach would ...": not "a new coach"."""
    body = (
        "Chair Ruth Okafor, in a letter to members, said a new coach would be named soon. "
        "“We will take our time,” the letter said."
    )
    assert "a new coach" not in speakers(body)
