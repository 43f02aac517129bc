"""Lead-style summaries chosen as a set by word coverage (own fixtures)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from scipy import sparse

from app.core.document import Document
from app.core.summarize import sumy_document
from app.core.summarize.default._cover import Coverage, best_lead_set, word_weights
from app.core.summarize.default._method import KeyfactsSummarizer, build
from app.core.summarize.default._text import ReadingFlags

PLAIN = ReadingFlags(False, False, False, False, False, False)
BACKWARD = ReadingFlags(False, False, False, True, False, False)
BOILERPLATE = ReadingFlags(True, False, False, False, False, False)
QUESTION = ReadingFlags(False, True, False, False, False, False)


# The coverage alone decides (the first sentence is not kept for being first).
FREE = Coverage(keep_first=False)


def never(_a: int, _b: int) -> bool:
    return False


def choose(
    terms: list[set[int]],
    count: int,
    flags: list[ReadingFlags] | None = None,
    words: list[float] | None = None,
    weights: list[float] | None = None,
    repeats: Callable[[int, int], bool] = never,
    params: Coverage | None = None,
) -> list[int] | None:
    n = len(terms)
    vocabulary = max((max(t) for t in terms if t), default=0) + 1
    return best_lead_set(
        [frozenset(t) for t in terms],
        np.array(words if words is not None else [10.0] * n),
        np.array(weights if weights is not None else [1.0] * vocabulary),
        flags if flags is not None else [PLAIN] * n,
        count,
        repeats,
        params or Coverage(),
    )


def test_word_weights_favour_early_and_frequent_words() -> None:
    # Term 0 once in the first sentence, term 1 once in the last, term 2 in every sentence.
    counts = sparse.csr_matrix(np.array([[1, 0, 1], [0, 0, 1], [0, 0, 1], [0, 1, 1]]))
    weights = word_weights(counts, Coverage())
    assert weights.sum() == pytest.approx(1.0)
    assert weights[0] > weights[1]
    assert weights[2] > weights[0]
    # Emphasis above 1 gives the main word a larger share than plain frequency does.
    plain = word_weights(counts, Coverage(emphasis=1.0))
    assert weights[2] > plain[2]


def test_a_set_covering_more_words_beats_one_that_repeats() -> None:
    # Sentences 0 and 1 say the same words; 2 adds new ones.
    assert sorted(choose([{0, 1, 2}, {0, 1, 2}, {3, 4, 5}], 2) or []) == [0, 2]


def test_shorter_sentences_covering_as_much_win() -> None:
    terms = [{0, 1}, {2, 3}, {0, 1}, {2, 3}]
    picked = choose(terms, 2, words=[30.0, 30.0, 8.0, 8.0], params=FREE)
    assert sorted(picked or []) == [2, 3]


def test_a_backward_opener_needs_the_sentence_before_it() -> None:
    # Sentence 2 ("He ...") covers most, but only comes with sentence 1.
    terms = [{0}, {1}, {2, 3, 4, 5}, {6}]
    flags = [PLAIN, PLAIN, BACKWARD, PLAIN]
    picked = choose(terms, 2, flags=flags, params=FREE)
    assert sorted(picked or []) == [1, 2]
    one = choose(terms, 1, flags=flags, params=FREE)
    assert one != [2]


def test_boilerplate_repeats_and_the_window_are_respected() -> None:
    terms = [{0, 1, 2, 3}, {4}, {5}, {6}, {7, 8, 9}]
    flags = [BOILERPLATE, PLAIN, PLAIN, PLAIN, PLAIN]
    picked = choose(terms, 2, flags=flags, params=Coverage(window=4))
    assert picked is not None
    assert 0 not in picked and 4 not in picked

    def same(a: int, b: int) -> bool:
        return {a, b} == {1, 2}

    picked = choose([{0}, {1, 2}, {3, 4}, {5}], 2, repeats=same)
    assert picked is not None and not {1, 2} <= set(picked)


def test_too_few_readable_sentences_gives_none() -> None:
    assert choose([{0}, {1}], 2, flags=[BOILERPLATE, PLAIN]) is None
    assert choose([{0}, {1}], 0) is None


def test_questions_lose_to_equal_statements() -> None:
    picked = choose([{0, 1}, {2, 3}, {2, 3}], 2, flags=[PLAIN, QUESTION, PLAIN], repeats=never)
    assert sorted(picked or []) == [0, 2]


def test_best_first_order_puts_the_most_valuable_sentence_first() -> None:
    weights = [5.0, 1.0, 1.0]
    picked = choose([{1}, {0}, {2}], 2, weights=weights)
    assert picked is not None and picked[0] == 1


ARTICLE = """Night trains return to the coast

What a night it was?
The regional rail company restarted night trains between the capital and the coast on Friday.
The night trains run three times a week and stop at five coastal towns.
Tickets for the night trains cost 40 euros, and sleeper cabins cost 90 euros.
The company said the coastal night trains would carry 60,000 passengers a year.
Tourism offices in the coastal towns welcomed the return of the trains.
Some residents asked for a stop in the hill villages too.
The last night train to the coast ran in 2009, when the line was cut.
Rail unions said staff for the new night trains were hired this spring.
A mountain line is to follow next year if the coast trains pay their way.
The ministry pays part of the running cost for the first three years.
Fares will be reviewed after the first winter.
Station cafes in the coastal towns will stay open late for arriving passengers.
"""


def test_a_three_sentence_summary_is_a_set_of_early_sentences() -> None:
    document = Document.from_text(ARTICLE)
    model, by_id = sumy_document(document)
    picked = sorted(by_id[id(s)].index for s in build()(model, 3))
    assert len(picked) == 3
    assert max(picked) < Coverage().window
    # The teaser question shares no words with the story: a set without it covers more.
    assert 0 not in picked


def test_the_set_is_only_for_summaries_up_to_max_share_of_the_text() -> None:
    document = Document.from_text(ARTICLE)  # 13 sentences: 3 of them are 23% of the text
    model, by_id = sumy_document(document)

    def picks(cover: Coverage) -> list[int]:
        return sorted(by_id[id(s)].index for s in KeyfactsSummarizer(cover=cover)(model, 3))

    ranked = picks(Coverage(max_share=0.0))
    assert picks(Coverage(max_share=0.2)) == ranked
    assert picks(Coverage(max_share=0.25)) != ranked


MORE = """Night buses will meet the first morning trains at the capital's main station.
Bicycle racks were added to two carriages after requests from cycling clubs.
The sleeper cabins have two beds each and a small washbasin.
A dining car serves local dishes from the coastal towns until midnight.
Travel agents reported strong bookings for the summer months.
The company plans a loyalty card for regular travellers next year.
Some environmental groups praised the move away from short flights.
Hotel owners in the coastal towns expect more weekend visitors.
The timetable will be reviewed each season by the regional council.
Students get a discount of twenty percent on all night train tickets.
The trains were refurbished in a workshop near the capital over two years.
Each train has room for 300 passengers in seats and cabins.
Platform staff will help travellers with heavy luggage at night.
"""


def test_summaries_grow_by_sentences() -> None:
    # 26 sentences: up to 3 is the lead-style set, longer ones start from it, and shorter
    # ones are its best part.
    document = Document.from_text(ARTICLE + MORE)
    model, by_id = sumy_document(document)
    summarizer = build()

    def picks(count: int) -> set[int]:
        return {by_id[id(s)].index for s in summarizer(model, count)}

    three = picks(3)
    assert picks(1) <= three and picks(2) <= three
    for count in range(3, 6):
        assert picks(count) <= picks(count + 1), count


def test_a_first_sentence_that_reads_well_stays_in_the_set() -> None:
    # Sentence 0 is the news but long; two short later ones cover more per word.
    terms = [{0, 1}, {2, 3}, {0, 1}, {2, 3}]
    words = [30.0, 30.0, 8.0, 8.0]
    assert sorted(choose(terms, 2, words=words, params=FREE) or []) == [2, 3]
    assert 0 in (choose(terms, 2, words=words) or [])
    # A question, fragment, caption or run-on first is not kept for being first.
    flagged = [QUESTION, PLAIN, PLAIN, PLAIN]
    assert 0 not in (choose(terms, 2, words=words, flags=flagged) or [])

    # Nor when no readable set holds it (here it repeats every other sentence).
    def repeats_first(a: int, b: int) -> bool:
        return 0 in (a, b)

    assert sorted(choose([{0}, {1, 2}, {3}], 2, repeats=repeats_first) or []) == [1, 2]
