import dataclasses
import datetime as dt
import json
import re

from app.core import export
from app.core.analysis import analyze
from app.core.loading import loaded_from_text
from app.core.options import AnalysisOptions, SummaryLength
from tests.fixtures.articles import SCRAPED


def analysis():
    return analyze(
        loaded_from_text(SCRAPED, "cafe.txt"), AnalysisOptions(length=SummaryLength(sentences=2))
    )


def test_json_has_the_contract_fields_and_valid_offsets():
    result = analysis()
    data = json.loads(json.dumps(export.to_json_dict(result)))
    assert set(data) >= {"source", "title", "text", "method", "dedup", "summary", "facts"}
    assert data["source"] == "cafe.txt" and data["method"] == "default"
    assert data["dedup"]["original_chars"] == len(SCRAPED)
    for removed in data["dedup"]["removed"]:
        assert SCRAPED[removed["start"] : removed["end"]] == removed["text"]
        assert set(removed) >= {"start", "end", "text", "reason", "duplicate_of"}
        start, end = removed["duplicate_of"]
        assert 0 <= start < end <= len(SCRAPED)
    text = data["text"]
    assert len(data["summary"]) == 2
    items = data["summary"] + [f for kind in data["facts"].values() for f in kind]
    for item in items:
        assert text[item["start"] : item["end"]] == item["text"]
    assert set(data["facts"]) == {"dates", "quotes", "initiatives"}
    contract_value = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2}")
    for date in data["facts"]["dates"]:
        assert date["value"] is None or contract_value.fullmatch(date["value"]), date
    assert all("speaker" in q for q in data["facts"]["quotes"])
    assert all("actor" in i for i in data["facts"]["initiatives"])


def test_text_and_markdown_hold_the_summary_and_facts():
    result = analysis()
    summary = [s.text for s in result.summary]
    text = export.to_text(result)
    markdown = export.to_markdown(result)
    for sentence in summary:
        assert sentence in text
        assert sentence.replace("*", "\\*").replace("_", "\\_") in markdown
    for heading in ("Dates", "Initiatives", "Quotes"):
        assert heading in text
        assert f"### {heading}" in markdown
    for date in result.facts.dates:
        assert export.describe_date(date) in text


def test_summary_text_is_verbatim_and_html_is_escaped():
    result = analysis()
    plain = export.summary_text(result)
    for sentence in result.summary:
        assert sentence.text in plain
    assert "<p>" in export.summary_html(result)
    assert "<script" not in export.summary_html(result)


def test_dedup_report_counts():
    result = analysis()
    n = len(result.dedup.removed)
    chars = sum(r.end - r.start for r in result.dedup.removed)
    assert export.dedup_report(result.dedup) == f"Removed {n} duplicates, {chars:,} characters"


def test_text_output_counts_one_sentence_in_the_singular():
    result = analyze(
        loaded_from_text(SCRAPED, "cafe.txt"), AnalysisOptions(length=SummaryLength(sentences=1))
    )
    assert "(default, 1 sentence)" in export.to_text(result)


def test_kept_duplicates_are_not_reported_as_none_found():
    result = analyze(loaded_from_text(SCRAPED, "cafe.txt"), AnalysisOptions(keep_duplicates=True))
    for rendered in (export.to_text(result), export.to_markdown(result)):
        assert "No duplicates found" not in rendered
        assert "Duplicate removal skipped" in rendered


def test_markdown_escapes_what_markdown_would_not_show_verbatim():
    assert export.escape_markdown("a *b* _c_ `d` [e](f) <b>g</b> \\") == (
        "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<b>g\\</b> \\\\"
    )
    # Block markers at a line's start: a heading, a quote, a list item, a numbered item, a rule.
    assert export.escape_markdown("# 1 in the charts") == "\\# 1 in the charts"
    assert export.escape_markdown("> no quote\n- no list") == "\\> no quote\n\\- no list"
    assert export.escape_markdown("1997. The year it began.") == "1997\\. The year it began."
    assert export.escape_markdown("Up 3.5% in 2024 - and # 2") == "Up 3.5% in 2024 - and # 2"


def test_markdown_of_an_article_with_markup_characters_keeps_them_literal():
    text = (
        "Prices <b>rose</b> again\n# 1 seller named by the town's shopkeepers this week.\n"
        "The club said so. It was [sic] true."
    )
    markdown = export.to_markdown(analyze(loaded_from_text(text, "m.txt")))
    assert "\\<b>rose\\</b>" in markdown and " <b>" not in markdown
    assert "\n# 1 seller" not in markdown and "\\# 1 seller" in markdown


def test_a_date_that_reads_as_its_value_is_not_repeated():
    result = analyze(
        loaded_from_text(
            "Ferry plan approved\nThe ferry will run by 2028 and from June 3, 2026.", "f.txt"
        )
    )
    text = export.to_text(result)
    assert "  - 2028\n" in text and "2028 → 2028" not in text
    assert "June 3, 2026 → 3 Jun 2026" in text


def test_a_fact_said_several_times_is_listed_once_with_its_count():
    text = (
        "Court hears appeal\nThe first trial was in 2010. A second one was held in 2010 too.\n"
        "The judge said both trials were fair. A new hearing is set for 2026."
    )
    result = analyze(loaded_from_text(text, "c.txt"))
    assert [d.text for d in result.facts.dates].count("2010") == 2  # every mention is kept
    for rendered in (export.to_text(result), export.to_markdown(result)):
        assert rendered.count("2010 (2×)") == 1
        assert "2026 (" not in rendered and "2026" in rendered


def test_mentions_that_differ_only_in_case_are_one_line():
    text = (
        "Harbour reopens\nToday the harbour reopened after repairs.\n"
        "Boats may moor there from today, the port said."
    )
    result = analyze(
        loaded_from_text(text, "h.txt"), AnalysisOptions(reference_date=dt.date(2025, 3, 3))
    )
    rendered = export.to_text(result)
    assert "Today → 3 Mar 2025 (2×)" in rendered
    assert "today →" not in rendered


def test_an_untitled_article_is_headed_by_its_file_name_in_markdown():
    text = "The ferry will run from May 2026, the council said. It will carry cars."
    result = analyze(loaded_from_text(text, "/home/ana/notes/ferry plan.txt"))
    assert result.title is None
    assert export.to_markdown(result).startswith("# ferry plan.txt\n")
    assert export.to_markdown(analyze(loaded_from_text(text, "-"))).startswith("# Standard input\n")


def test_text_says_unattributed_and_date_not_resolved_where_that_is_the_truth():
    result = analyze(
        loaded_from_text(
            "Harbour reopens\n\n"
            'A sign on the gate read "closed for repairs until further notice" on Friday.\n'
            '"We are glad to be back," said Ana Ruiz, the harbour master.',
            "h.txt",
        )
    )
    text = export.to_text(result)
    assert "“closed for repairs until further notice” — unattributed" in text
    assert "— Ana Ruiz" in text
    assert "Friday → date not resolved" in text
    data = export.to_json_dict(result)
    assert {q["speaker"] for q in data["facts"]["quotes"]} == {None, "Ana Ruiz"}


def test_a_quote_outside_every_sentence_is_sentence_minus_one_in_json():
    # The model says None; the JSON keeps the -1 it has always given for "no sentence".
    result = analysis()
    quote = result.facts.quotes[0]
    facts = dataclasses.replace(
        result.facts, quotes=(dataclasses.replace(quote, sentence=None), *result.facts.quotes[1:])
    )
    data = export.to_json_dict(dataclasses.replace(result, facts=facts))
    assert data["facts"]["quotes"][0]["sentence"] == -1
    assert data["facts"]["quotes"][0]["text"] == quote.text
    assert export.to_json_dict(result)["facts"]["quotes"][0]["sentence"] == quote.sentence >= 0


def test_a_quote_without_a_speaker_says_unattributed():
    from app.core.facts.model import QuoteFact

    quote = QuoteFact("We will sail", 0, 12, 0, None)
    assert export.describe_quote(quote).endswith("— unattributed")
    assert "unattributed" not in export.describe_quote(
        QuoteFact("We will sail", 0, 12, 0, "Maria Lindqvist")
    )


def test_an_article_in_another_language_is_flagged_in_every_format():
    from tests.core.test_language import FRENCH

    foreign = analyze(loaded_from_text(FRENCH, "quai.txt"))
    english = analysis()
    assert export.to_json_dict(foreign)["english"] is False
    assert export.to_json_dict(english)["english"] is True
    assert "does not look like English" in export.to_text(foreign)
    assert "does not look like English" in export.to_markdown(foreign)
    assert "does not look like English" not in export.to_text(english)
    assert "does not look like English" not in export.to_markdown(english)


def test_a_page_of_list_rows_says_why_it_has_no_summary():
    rows = "\n".join(f"- Stage {n}: {n + 3} May, Harbour Ring" for n in range(1, 9))
    loaded = loaded_from_text(f"Harbour Ring race calendar\n\n{rows}\n", source="calendar.txt")
    result = analyze(loaded, AnalysisOptions())
    assert result.summary == ()
    assert export.NO_SUMMARY in export.to_text(result)
    assert export.NO_SUMMARY in export.to_markdown(result)


# My own lines: a relative day, and nothing that says when they were written.
_UNDATED = "Ferry strike called off\n\nUnion leaders called off the ferry strike on Thursday.\n"


def test_the_dates_heading_says_which_day_they_were_read_from():
    given = analyze(
        loaded_from_text(_UNDATED, "f.txt"), AnalysisOptions(reference_date=dt.date(2026, 12, 6))
    )
    assert "Dates (read from 6 Dec 2026)\n  - Thursday → 3 Dec 2026" in export.to_text(given)
    assert "### Dates (read from 6 Dec 2026)" in export.to_markdown(given)
    assert export.to_json_dict(given)["reference_date"] == "2026-12-06"


def test_the_dates_heading_says_why_relative_dates_are_not_placed():
    undated = analyze(loaded_from_text(_UNDATED, "f.txt"))
    text = export.to_text(undated)
    assert "Dates (the article does not say when it was written: relative dates not placed)" in text
    assert export.to_json_dict(undated)["reference_date"] is None
    # With only absolute dates there is nothing to explain.
    plain = analyze(loaded_from_text(_UNDATED.replace("on Thursday", "on 3 May 2026"), "f.txt"))
    assert "\nDates\n  - 3 May 2026\n" in export.to_text(plain)
