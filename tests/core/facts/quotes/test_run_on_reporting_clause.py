"""A quotation whose words run on, unquoted and in lower case, into a reporting clause that
closes the sentence ('"..." there and in the states that vote in March, the memo stated.'):
the clause's subject speaks, not the speaker of the quotation before. Sentences are our own;
each test fails on 1382b88 except the guards, marked."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Politics\n\n")


def test_a_memo_whose_quoted_words_run_on_speaks_for_itself() -> None:
    body = (
        "“Our volunteers knocked on every door,” campaign manager Lila Orcutt wrote in an email. "
        "“We feel very good about our chances” in the western counties and in the cities that "
        "vote next week, the memo stated."
    )
    assert speakers(body) == ["Lila Orcutt", "the memo"]


def test_a_named_speaker_after_the_run_on_words() -> None:
    body = (
        "“The budget is balanced,” said Governor Ruth Halloran. "
        "“Nobody will lose a pension” under the plan the unions rejected on Friday, "
        "State Treasurer Anil Varga said."
    )
    assert speakers(body) == ["Ruth Halloran", "Anil Varga"]


def test_an_open_apposition_keeps_the_name() -> None:
    """Guard (passes on 1382b88): '..., Ana Ruiz, the senator from Ohio said' is no run-on."""
    body = "“The plan is fair,” Ana Ruiz, the senator from Ohio said."
    assert speakers(body) == ["Ana Ruiz"]


def test_a_run_on_with_no_closing_reporting_clause_keeps_the_run() -> None:
    """Guard (passes on 1382b88): no reporting clause ends the sentence, so the quotation
    before it still gives the speaker."""
    body = (
        "“The plan is fair,” Ana Ruiz said. “We will win” in every county of the state, and soon."
    )
    assert speakers(body) == ["Ana Ruiz", "Ana Ruiz"]
