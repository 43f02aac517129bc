import dataclasses
import datetime
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.analysis import Cancelled, analyze, redate, resummarize
from app.core.loading import loaded_from_text
from app.core.options import AnalysisOptions, SummaryLength
from tests.fixtures.articles import ARTICLE, HEADLINE, PARAGRAPHS, SCRAPED


def run(text, **options):
    return analyze(loaded_from_text(text, "test.txt"), AnalysisOptions(**options))


def test_scraped_article_comes_back_clean():
    result = run(SCRAPED)
    assert result.text.rstrip("\n") == ARTICLE.rstrip("\n")
    assert result.title == HEADLINE
    assert len(result.document.paragraphs) == len(PARAGRAPHS)
    assert result.dedup.removed, "the teaser and the second copy must be reported"
    for removal in result.dedup.removed:
        assert SCRAPED[removal.start : removal.end] == removal.text


def test_keep_duplicates_skips_removal():
    result = run(SCRAPED, keep_duplicates=True)
    assert result.text == SCRAPED
    assert result.dedup.removed == ()


def test_summary_length_and_order():
    result = run(ARTICLE, length=SummaryLength(sentences=2))
    assert len(result.summary) == 2
    assert [s.index for s in result.summary] == sorted(s.index for s in result.summary)
    for sentence in result.summary:
        assert result.text[sentence.start : sentence.end] == sentence.text


def test_every_fact_points_into_the_cleaned_text():
    result = run(SCRAPED)
    facts = [*result.facts.dates, *result.facts.quotes, *result.facts.initiatives]
    assert facts, "the article has dates, quotes and initiatives"
    for fact in facts:
        assert result.text[fact.start : fact.end] == fact.text
        sentence = result.document.sentences[fact.sentence]
        assert sentence.start <= fact.start < sentence.end


def test_resummarize_keeps_dedup_and_facts():
    first = run(ARTICLE, length=SummaryLength(sentences=1))
    second = resummarize(first, "lead", SummaryLength(sentences=3))
    assert len(second.summary) == 3
    assert second.options.method == "lead"
    assert second.facts is first.facts and second.dedup is first.dedup


# My own lines: one relative day with no dateline, one with a dateline.
UNDATED = "Ferry strike called off\n\nUnion leaders called off the ferry strike on Thursday.\n"
DATED = "Ferry strike called off\n\nPublished: 2 March 2026\n\n" + UNDATED.split("\n\n", 1)[1]


def test_redate_reads_only_the_dates_again_from_the_date_given():
    first = run(UNDATED)
    assert first.reference_date is None
    assert [(d.text, d.value) for d in first.facts.dates] == [("Thursday", None)]
    # Sunday 6 December 2026: the Thursday just gone was the 3rd.
    second = redate(first, datetime.date(2026, 12, 6))
    assert [(d.text, d.value) for d in second.facts.dates] == [("Thursday", "2026-12-03")]
    assert second.reference_date == second.options.reference_date == datetime.date(2026, 12, 6)
    assert second.summary is first.summary and second.facts.quotes is first.facts.quotes
    assert second.facts.initiatives is first.facts.initiatives and second.document is first.document


def test_redate_with_none_goes_back_to_the_articles_own_date():
    first = run(DATED, reference_date=datetime.date(2026, 12, 6))
    assert first.reference_date == datetime.date(2026, 12, 6)
    second = redate(first, None)
    assert second.reference_date == datetime.date(2026, 3, 2)  # a Monday
    assert [(d.text, d.value) for d in second.facts.dates if d.text == "Thursday"] == [
        ("Thursday", "2026-02-26")
    ]


def test_resummarize_reuses_the_first_analysis_features(monkeypatch):
    from app.core.summarize import summarize
    from app.core.summarize.default import KeyfactsSummarizer

    measured = []
    original = KeyfactsSummarizer._measure

    def counting(self, document):
        measured.append(document)
        return original(self, document)

    monkeypatch.setattr(KeyfactsSummarizer, "_measure", counting)
    first = run(ARTICLE, length=SummaryLength(sentences=1))
    assert len(measured) == 1
    steps = [first]
    for count in (2, 3, 2, 4):
        steps.append(resummarize(steps[-1], "default", SummaryLength(sentences=count)))
    assert len(measured) == 1  # every slider step reused the first analysis's features
    assert all(step.summarizer is first.summarizer for step in steps)
    # Same choice as a fresh summary of that length.
    fresh = summarize(first.document, "default", SummaryLength(sentences=4))
    assert list(steps[-1].summary) == fresh
    # Another method makes its own summarizer; coming back to default makes a fresh one.
    other = resummarize(steps[-1], "lead", SummaryLength(sentences=2))
    assert other.summarizer is not first.summarizer and other.summarizer.method == "lead"


def test_cancellation_is_honoured():
    with pytest.raises(Cancelled):
        analyze(loaded_from_text(ARTICLE, "x"), is_cancelled=lambda: True)


def test_analysis_is_immutable():
    result = run(ARTICLE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.summary = ()  # type: ignore[misc]


def test_a_pages_declared_title_is_never_a_summary_sentence() -> None:
    title = "Meet the new ferries. They run on batteries."
    body = "\n".join(PARAGRAPHS)
    loaded = dataclasses.replace(loaded_from_text(f"{title}\n{body}", "page.html"), title=title)
    result = analyze(loaded, AnalysisOptions(length=SummaryLength(sentences=50)))
    assert result.document.title is not None
    assert result.document.title.text == title
    assert not any("ferries." in s.text and "Meet" in s.text for s in result.summary)


def test_importing_the_pipeline_leaves_the_initiatives_to_their_first_run():
    # A long article's initiatives run in a second process: this one need not import them.
    code = "import sys, app.core.analysis; print('app.core.facts.initiatives' in sys.modules)"
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False"]
