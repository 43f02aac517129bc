"""Quotations over sentences: where one opens, runs on and closes (sentences of our own)."""

from __future__ import annotations

from app.core.summarize.default._quotations import (
    has_double_mark,
    is_bare_quotation,
    quoted_passages,
)


def test_quoted_passages_are_found_per_paragraph() -> None:
    texts = ['He said: "Go.', "Now.", 'Fast."', 'She said: "Stop.', "Wait.", "Next part."]
    assert quoted_passages(texts, [0, 0, 0, 0, 0, 1]) == [(0, 2), (3, 4)]
    assert quoted_passages(['"Done," he said.', "Fine."], [0, 0]) == []


def test_an_opening_mark_left_at_the_end_of_the_sentence_before_opens_the_next() -> None:
    # A tokenised text or a splitter can leave the opening mark at the end of a sentence.
    texts = [
        "The runner will race for the national team in May . '",
        "I am happy to be picked .",
        "I am fit and ready , ' she said .",
        "The squad is named next week .",
    ]
    assert quoted_passages(texts, [0] * 4) == [(1, 2)]
    # A single quotation that never closes was apostrophes, not a quotation.
    assert quoted_passages(["It ended . '", "The rest is news .", "More news ."], [0] * 3) == []


def test_a_sentence_without_a_single_mark_is_not_searched_for_one(monkeypatch):
    # Most sentences hold no ' ‘ ’: the state carries over without a pattern search.
    from app.core.summarize.default import _quotations

    class Refuses:
        def finditer(self, *args):
            raise AssertionError("searched")

        search = finditer

    for name in ("_SINGLE_OPENING", "_SINGLE_CLOSING", "_SINGLE_END", "_SINGLE_LOWER"):
        monkeypatch.setattr(_quotations, name, Refuses())
    assert _quotations._single_state('The council met on "Tuesday" at noon.', True) == (True, False)
    assert _quotations._single_state("The council met on Tuesday at noon.", False) == (False, False)


def test_a_sentence_that_is_one_quotation_and_nothing_else_is_bare() -> None:
    assert is_bare_quotation('"The ferry leaves at noon."')
    assert is_bare_quotation("“Nobody told us about the closure.”")
    assert is_bare_quotation("'The bridge stays shut until spring.'")
    assert not is_bare_quotation('"The ferry leaves at noon," the captain said.')
    assert not is_bare_quotation('The captain said: "The ferry leaves at noon."')
    assert not is_bare_quotation("The ferry leaves at noon.")


def test_a_double_mark_anywhere_is_a_quotation_in_part() -> None:
    assert has_double_mark('She called the plan "bold" on Monday.')
    assert has_double_mark("« Bonjour », he said.")
    assert not has_double_mark("The players' union met on Monday.")
