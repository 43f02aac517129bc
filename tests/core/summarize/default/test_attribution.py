"""A quotation that names its speaker only by a pronoun goes with the earlier sentence that names
the speaker, across sentences that name no one (`_attribution`), and never across one that could
name someone else."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.document import Document
from app.core.options import SummaryLength
from app.core.summarize import summarize, sumy_document
from app.core.summarize._sumy import stop_words
from app.core.summarize.default._attribution import (
    names_no_one,
    speaker_sentences,
    unnamed_neighbours,
)
from app.core.summarize.default._method import DUPLICATE, REDUNDANCY, KeyfactsSummarizer
from app.core.summarize.default._select import Features, select
from app.core.summarize.default._text import linked_flags, reading_flags

NAMED = "The harbour master, Ruth Vale, said the quay would open again in spring."
NO_ONE = "The quay has been shut to boats since the storm in the autumn."
QUOTE = '"We are nearly there, and the boats can come back soon," she said.'


def _speakers(texts: list[str], paragraphs: list[int] | None = None) -> list[tuple[int, ...]]:
    paragraphs = paragraphs if paragraphs is not None else [0] * len(texts)
    flags = linked_flags(texts, paragraphs, [reading_flags(t) for t in texts])
    return speaker_sentences(texts, paragraphs, flags, stop_words())


def test_the_speaker_is_named_across_a_sentence_that_names_no_one() -> None:
    texts = [NAMED, NO_ONE, QUOTE]
    assert _speakers(texts) == [(), (), (0,)]


def test_a_quotation_by_the_same_speaker_between_may_be_the_one_held() -> None:
    texts = [NAMED, '"It was a long winter," she said.', NO_ONE, QUOTE]
    assert _speakers(texts)[3] == (0, 1)


def test_a_sentence_that_could_name_another_speaker_stops_the_search() -> None:
    for between in (
        "The mayor, Tom Dunn, wants it open by Easter.",  # another name
        "Her deputy is less sure of the date.",  # another person, by a pronoun
        "A boatman told the paper the repairs were slow.",  # another speaker
        '"Not before summer," he said.',  # a quotation by someone else
    ):
        assert _speakers([NAMED, between, QUOTE])[2] == (), between


def test_only_the_same_paragraph_or_the_one_before() -> None:
    texts = [NAMED, NO_ONE, "It is the third storm in a decade.", QUOTE]
    assert _speakers(texts, [0, 1, 1, 1])[3] == (0,)
    assert _speakers(texts, [0, 1, 2, 2])[3] == ()


def test_a_speaker_named_only_by_a_pronoun_is_no_speaker_named() -> None:
    texts = ["She said the quay would open again in spring.", NO_ONE, QUOTE]
    assert _speakers(texts)[2] == ()


def test_what_names_no_one() -> None:
    words = stop_words()
    assert names_no_one(NO_ONE, words)
    assert names_no_one("The cost rose by a third.", words)
    assert not names_no_one("Vale's team rebuilt the wall.", words)  # opens on a name
    assert not names_no_one("The wall was rebuilt by Dunn's team.", words)
    assert not names_no_one("The cost rose, they said.", words)


def _features(text: str) -> Features:
    model, _ = sumy_document(Document.from_text(f"Quay to reopen\n\n{text}\n"))
    return KeyfactsSummarizer()._features(model)


def test_the_summary_takes_the_quotation_without_the_sentence_between() -> None:
    f = _features(" ".join([NAMED, NO_ONE, QUOTE]))
    assert f.flags[2].backward  # read alone, nobody would know who "she" is
    score = np.array([1.0, 0.1, 0.9])
    assert select(f, score, REDUNDANCY, DUPLICATE, 2) == [0, 2]
    # Its neighbour names no one: with it alone, "she" would still be nobody, so the quotation
    # comes only once the sentence that names her is in the summary.
    assert f.flags[2].unnamed_before
    assert select(f, np.array([0.0, 0.1, 0.9]), REDUNDANCY, DUPLICATE, 2, ()) == [1, 0]
    assert select(f, np.array([0.0, 0.1, 0.9]), REDUNDANCY, DUPLICATE, 3, ()) == [1, 0, 2]


LIBRARY = """Town library to stay open on Sundays

The town council voted on Tuesday to keep the central library open on Sundays for another year.

Councillors had been asked to close it on Sundays to save money, after visitor numbers fell during the winter.

The head librarian, Maria Okafor, said more families were now using the reading room at weekends.

The council will pay for the extra hours from its leisure budget.

"Sunday is the one day many parents can bring their children in, and we are glad the doors stay open," she said.

The library first opened on Sundays in 2019, when it moved into the old post office building.

Staff will also run a homework club on Sunday afternoons from next month.

A review of opening hours across the county's libraries is due in the autumn.
"""  # noqa: E501


def test_a_neighbour_that_names_no_one_is_no_antecedent_for_a_pronoun_speaker() -> None:
    texts = [NAMED, NO_ONE, QUOTE]
    flags = linked_flags(texts, [0] * 3, [reading_flags(t) for t in texts])
    marked = unnamed_neighbours(texts, flags, stop_words())
    assert [g.unnamed_before for g in marked] == [False, False, True]
    # A neighbour that names someone, or opens backwards itself (its own antecedent may name
    # the speaker), is an antecedent as before.
    for before in ("Ruth Vale runs the harbour.", "It has been shut since the storm."):
        texts = [NAMED, before, QUOTE]
        flags = linked_flags(texts, [0] * 3, [reading_flags(t) for t in texts])
        assert not unnamed_neighbours(texts, flags, stop_words())[2].unnamed_before, before


@pytest.mark.parametrize("count", range(1, 8))
def test_a_pronoun_speaker_is_named_in_the_summary_that_quotes_her(count: int) -> None:
    document = Document.from_text(LIBRARY)
    texts = [s.text for s in summarize(document, "default", SummaryLength(sentences=count))]
    quoted = [k for k, t in enumerate(texts) if t.startswith('"Sunday is')]
    named = [k for k, t in enumerate(texts) if "Maria Okafor" in t]
    # Before, at 5 and 6 sentences, the quotation came after "The council will pay ...": "she"
    # was nobody the summary had named.
    assert not quoted or (named and named[0] < quoted[0]), texts
