"""The one scanner of amounts the initiatives' readers share (`_amounts`), on our own sentences."""

from __future__ import annotations

from app.core.facts.initiatives._amounts import (
    CURRENCY_WORDS,
    OF_LEADS,
    RANGE_LEADS,
    SPENT_LEADS,
    amount_at,
    figure_start,
    has_money,
    sum_only,
)
from app.core.facts.nlp.tagger import Token, tag_sentence


def _words(tokens: list[Token], start: int, end: int) -> list[str]:
    return [t.text for t in tokens[start:end]]


def _index(tokens: list[Token], word: str) -> int:
    return [t.text for t in tokens].index(word)


def test_lead_words_are_skipped_and_the_figure_runs_on_through_its_words() -> None:
    tokens = tag_sentence("The guild offered a discount of up to 30 per cent for members.")
    amount = amount_at(tokens, _index(tokens, "of") + 1, RANGE_LEADS, frozenset({"per", "cent"}))
    assert _words(tokens, amount.figure, amount.end) == ["30", "per", "cent"]


def test_each_reader_keeps_its_own_lead_words() -> None:
    tokens = tag_sentence("The mill will invest another £40m in a new kiln.")
    at = _index(tokens, "invest") + 1
    spent = amount_at(tokens, at, SPENT_LEADS)
    assert _words(tokens, spent.figure, spent.end) == ["£", "40m"]
    assert has_money(tokens[spent.figure : spent.end])
    # "another" leads no amount after "of": the figure would have to start on it
    of = amount_at(tokens, at, OF_LEADS)
    assert of.figure == of.end == at


def test_further_words_never_open_a_figure() -> None:
    tokens = tag_sentence("The club set aside a year for the works.")
    at = _index(tokens, "a")
    amount = amount_at(tokens, at, RANGE_LEADS, frozenset({"a", "year"}))
    assert amount.figure == amount.end == at


def test_a_count_is_no_money() -> None:
    tokens = tag_sentence("The firm will hire about 300 staff.")
    amount = amount_at(tokens, _index(tokens, "hire") + 1, SPENT_LEADS)
    assert _words(tokens, amount.figure, amount.end) == ["300"]
    assert not has_money(tokens[amount.figure : amount.end])


def test_figure_start_walks_back_over_a_sum_and_its_currency() -> None:
    tokens = tag_sentence("The port will spend 90 million euros to dredge the channel.")
    to = _index(tokens, "to")
    assert tokens[figure_start(tokens, to, CURRENCY_WORDS) - 1].text == "spend"
    assert figure_start(tokens, _index(tokens, "spend") + 1, CURRENCY_WORDS) == (
        _index(tokens, "spend") + 1
    )


def test_a_sum_alone_may_hold_fillers_but_no_other_word() -> None:
    tokens = tag_sentence("The trust will spend an extra £2m and plans to open a cafe.")
    assert sum_only(tokens, _index(tokens, "spend") + 1, _index(tokens, "and"))
    tokens = tag_sentence("The trust will spend £2m a year and plans to open a cafe.")
    assert not sum_only(tokens, _index(tokens, "spend") + 1, _index(tokens, "and"))
    tokens = tag_sentence("The trust has launched a review and plans to open a cafe.")
    assert not sum_only(tokens, _index(tokens, "launched") + 1, _index(tokens, "and"))
    assert not sum_only(tokens, 2, 2)  # nothing at all is no sum
