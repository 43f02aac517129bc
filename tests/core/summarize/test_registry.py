"""The summarizer registry: every method, one call shape, limits that refuse instead of freezing."""

from __future__ import annotations

import dataclasses

import pytest

from app.core.document import Document
from app.core.options import SummaryLength
from app.core.summarize import (
    METHODS,
    SummaryError,
    default_sentence_count,
    method_names,
    registry,
    summarize,
    sumy_document,
)
from app.core.summarize.default import KeyfactsSummarizer

TEXT = """Library extends opening hours

The city library will stay open until ten in the evening from next month, the council said.
Students asked for longer hours during the exam season last spring.
The council will pay for two more librarians from its culture budget.
Reading rooms on the second floor will also open on Sunday afternoons.
The library lends about 9,000 books a week, up from 7,000 five years ago.
A new study area with forty desks opens in the basement in June.
Visitors can borrow laptops at the front desk with a library card.
The change is a trial for one year and will be reviewed next spring.
"""


@pytest.fixture
def document() -> Document:
    return Document.from_text(TEXT)


def test_method_names_cover_the_contract() -> None:
    names = method_names()
    assert names[0] == "default"
    expected = {
        "default",
        "lead",
        "lexrank",
        "lsa",
        "textrank",
        "luhn",
        "edmundson",
        "kl",
        "sumbasic",
        "reduction",
    }
    assert expected <= set(names)


def test_default_is_keyfacts_own_method() -> None:
    assert isinstance(METHODS["default"].build(), KeyfactsSummarizer)


@pytest.mark.parametrize("method", method_names())
def test_every_method_returns_document_sentences_in_order(document: Document, method: str) -> None:
    result = summarize(document, method, SummaryLength(sentences=3))
    assert 1 <= len(result) <= 3
    assert all(s in document.sentences for s in result)
    assert [s.index for s in result] == sorted({s.index for s in result})
    assert all(document.text[s.start : s.end] == s.text for s in result)


def test_lead_takes_the_first_sentences(document: Document) -> None:
    result = summarize(document, "lead", SummaryLength(sentences=2))
    assert result == list(document.sentences[:2])


def test_unknown_method_is_refused(document: Document) -> None:
    with pytest.raises(SummaryError, match="unknown method"):
        summarize(document, "nonesuch")


def test_slow_method_over_its_limit_is_refused(
    document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    limited = dataclasses.replace(METHODS["lexrank"], max_sentences=3)
    monkeypatch.setitem(registry.METHODS, "lexrank", limited)
    with pytest.raises(SummaryError, match=r"too slow for 8 sentences.*limit is 3"):
        summarize(document, "lexrank")
    # Under the limit it runs.
    short = Document.from_text("One ferry. Two ferries now. Three ferries soon.")
    assert summarize(short, "lexrank", SummaryLength(sentences=1))


def test_every_slow_method_has_a_limit() -> None:
    for name in ("lexrank", "textrank", "reduction", "kl", "lsa"):
        assert METHODS[name].max_sentences is not None
    assert METHODS["default"].max_sentences is None


def test_empty_document_gives_an_empty_summary() -> None:
    assert summarize(Document.from_text("   \n"), "lexrank") == []


def test_default_sentence_count_bounds() -> None:
    def doc(n: int) -> Document:
        return Document.from_text(" ".join(f"Sentence number {i} is here." for i in range(n)))

    assert default_sentence_count(doc(2)) == 2
    assert default_sentence_count(doc(10)) == 3
    assert default_sentence_count(doc(48)) == 6
    assert default_sentence_count(doc(400)) == 10


def test_ratio_and_words_lengths(document: Document) -> None:
    assert len(summarize(document, "lead", SummaryLength(ratio=0.5))) == 4
    by_words = summarize(document, "lead", SummaryLength(words=30))
    assert sum(len(s.text.split()) for s in by_words) <= 30
    assert len(summarize(document, "lead", SummaryLength(words=1))) == 1


def test_sumy_document_maps_back_and_keeps_the_title(document: Document) -> None:
    model, by_id = sumy_document(document)
    assert [str(h) for h in model.headings] == ["Library extends opening hours"]
    assert [by_id[id(s)] for s in model.sentences] == list(document.sentences)


def test_word_budget_for_sumy_methods_takes_one_run(monkeypatch):
    """A word budget hands sumy a callable count: one ranking, the best sentences that fit."""
    summary_module = registry
    from app.core.document import Document
    from app.core.options import SummaryLength

    text = "\n".join(
        f"Sentence number {i} talks about ferries, harbours and the {i} new boats."
        for i in range(30)
    )
    document = Document.from_text(text)
    calls = []
    original = summary_module.WordBudget.__call__

    def spy(self, infos):
        calls.append(self.words)
        return original(self, infos)

    monkeypatch.setattr(summary_module.WordBudget, "__call__", spy)
    chosen = summary_module.summarize(document, "lexrank", SummaryLength(words=30))
    assert calls == [30]
    assert len(chosen) >= 1 and sum(len(s.text.split()) for s in chosen) <= 30


@pytest.mark.parametrize("method", ["default", "lead"])
def test_a_summary_sentence_starts_after_its_dateline(method: str) -> None:
    # The copied summary holds the news, not the wire's dateline; the span follows, so the
    # article pane highlights the same words.
    text = TEXT.replace("The city library", "LEEDS (Wire) — The city library")
    document = Document.from_text(text)
    assert document.sentences[0].text.startswith("LEEDS (Wire)")
    first = summarize(document, method, SummaryLength(sentences=3))[0]
    assert first.index == 0
    assert first.text.startswith("The city library will stay open")
    assert document.text[first.start : first.end] == first.text


WALKING = """Walking helps the heart, study finds
Researchers say 30 minutes a day may be enough
A study of 4,000 adults has found that a brisk half-hour walk each day cut the risk of heart disease by a fifth.
The team followed the volunteers for ten years and recorded how far each of them walked.
Those who walked most had lower blood pressure and slept better than those who walked least.
The lead author, Dr Anna Berg, said the findings should encourage people who find the gym daunting.
The researchers now plan a second study of older adults living alone.
"""  # noqa: E501


@pytest.mark.parametrize("method", ["default", "lead"])
def test_no_summary_holds_the_standfirst(method: str) -> None:
    # The unstopped subtitle under the headline was the default summary's first sentence
    # (and the lead's): a headline's words without a stop, before the lead that says it in full.
    document = Document.from_text(WALKING)
    for count in (1, 2, 3):
        summary = summarize(document, method, SummaryLength(sentences=count))
        assert all(not s.text.startswith("Researchers say") for s in summary), count
    first = summarize(document, method, SummaryLength(sentences=1))[0]
    assert first.text.startswith("A study of 4,000 adults")
