"""Page furniture: classified by kind, kept in the text, never summarised nor a fact source."""

from __future__ import annotations

import json

import pytest

from app.core.analysis import analyze
from app.core.document import Document
from app.core.export import to_json_dict
from app.core.formats.html import extract_html
from app.core.formats.markdown import extract_markdown
from app.core.furniture import (
    FurnitureKind,
    byline_prefix,
    classify,
    classify_line,
    classify_sentence,
)
from app.core.loading import load_bytes, loaded_from_text
from app.core.options import AnalysisOptions, SummaryLength

K = FurnitureKind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("By Mara Lindqvist and Tobias Fenn", K.BYLINE),
        ("By Staff Reporter, 4 April 2023", K.BYLINE),
        ("Reviewed by: Ola Brandt | Price: £12.50", K.BYLINE),
        ("Updated 10:42 AM GMT, April 4, 2023", K.TIMESTAMP),
        ("7:15 PM CET 04/04/2023 by Ola Brandt", K.TIMESTAMP),
        ("Iven Dahl contributed reporting from Tromsø.", K.CREDIT),
        ("Wire writers Iven Dahl and Ruth Amsel in Bergen contributed to this report.", K.CREDIT),
        ("Contributing: Iven Dahl", K.CREDIT),
        ("— Ruth Amsel (@ruthamsel) April 4, 2023", K.CREDIT),
        ("Photo: Ola Brandt for the Courier", K.CAPTION),
        ("Image copyright Getty Images", K.CAPTION),
        ("(Pictured: the new ferry on its first crossing)", K.CAPTION),
        ("(Photo: crews lift the ferry's ramp at dawn)", K.CAPTION),
        ("[Image: the new ferry ramp at dawn. Photo: Harbour Courier]", K.CAPTION),
        ("THE VOTE THAT SPLIT THE TOWN", K.HEADING),
        ("Where the Ferries Go Next", K.HEADING),
        ("How Will the Harbour Pay?", K.HEADING),
        ("Read more: Why the ferry fares went up", K.RELATED),
        ("SOURCE: Harbour Authority annual report", K.RELATED),
        ("Follow the Courier on Twitter and Instagram.", K.RELATED),
        ("More:", K.RELATED),
        ("SEE MORE: Ferry strike: crews walk out for a second day", K.RELATED),
        ("Harbour crane topples in storm [VIDEO]", K.RELATED),
        ("Mayor hits back at ferry critics [INSIGHT]|", K.RELATED),
        ("Tags: ferries, harbour, town council", K.RELATED),
        ("Filed under: Transport", K.RELATED),
        ("Related Topics", K.RELATED),
        ("Image source, Harbour Courier", K.CAPTION),
        ("Media caption,", K.CAPTION),
        ("Published", K.TIMESTAMP),
        ("2 hours ago", K.TIMESTAMP),
        ("Updated 35 minutes ago", K.TIMESTAMP),
        ("Share", K.CONTROL),
        ("close panel", K.CONTROL),
        ("Facebook Twitter WhatsApp Email", K.CONTROL),
        ("Advertisement", K.CONTROL),
        ("Media playback is unsupported on your device", K.CONTROL),
        ("Listen to this article", K.CONTROL),
        ("View this email in your browser", K.CONTROL),
        ("Having trouble viewing this newsletter? Open it online.", K.CONTROL),
        ("You are receiving this email because you signed up at the ferry office.", K.CONTROL),
        ("Unsubscribe | Manage your subscription", K.CONTROL),
        ("Forward to a friend", K.CONTROL),
        ("Page 2 of 6", K.CONTROL),
        ("Continued on page 4", K.CONTROL),
        ("Home | News | Sport", K.CONTROL),
        ("News > Local > Harbour", K.CONTROL),
        ("Home › Transport", K.CONTROL),
        ("Dear members,", K.GREETING),
        ("Hi everyone!", K.GREETING),
    ],
)
def test_lines_are_classified_by_kind(line: str, kind: FurnitureKind) -> None:
    assert classify_line(line) is kind


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, ferry fares had doubled.",
        "By Monday the harbour was open again.",
        "The ferry left at 10:42 on April 4, 2023 with 80 people on board.",
        "Copyright lawyers say the new rules are unclear.",
        "The ferry carries 120 passengers across the bay.",
        "and then the rain came",
        "- 2 cups of flour",
        "The council voted [WORDS MISSING] to close the pier. The vote was close [VIDEO]",
        "Share prices fell by a third.",
        "The ferry sank two hours ago.",
        "Published in 1998, the report was ignored.",
        "Close to 300 people came.",
        "Hi-tech ferries will join the fleet in May.",
        "Page 3 of the report says the ferry lost money.",
        "Dear members of the ferry club will pay more from May.",
        "Unsubscribed readers can still read the ferry timetable online, the council said.",
        "Ferry fares to rise by a third | Harbour Courier",
        "Sales rose 3 > 2 in the ferry office",
    ],
)
def test_article_sentences_are_not_furniture(line: str) -> None:
    assert classify_line(line) is None


def test_a_site_menu_above_the_headline_is_no_title() -> None:
    text = (
        "Advertisement\n\nHome | News | Transport\n\nFerry fares to rise by a third\n\n"
        "Fares on the harbour ferry will rise from May, the operator said on Monday.\n\n"
        "The operator said fuel had doubled in price."
    )
    doc = Document.from_text(text)
    assert doc.title is not None and doc.title.text == "Ferry fares to rise by a third"


def test_a_credit_inside_a_paragraph_is_furniture_for_its_own_sentence() -> None:
    assert classify_sentence("Ruth Amsel contributed reporting.") is K.CREDIT
    assert classify_sentence("The ferry will sail again in June.") is None
    line = "The ferry will sail again in June. Ruth Amsel contributed reporting."
    assert classify_line(line) is None  # the line is news; only its last sentence is a credit


def test_short_unstopped_line_above_a_paragraph_is_a_heading() -> None:
    body = "The harbour authority said on Monday that the crossing would reopen within a week."
    assert classify(["The ferry crossing", body]) == [K.HEADING, None]
    assert classify(["Player", "Plays"]) == [None, None]  # short lines above short lines


def test_closing_run_of_headline_links_is_related() -> None:
    lines = [
        "The harbour authority said on Monday that the crossing would reopen soon.",
        "- Nine Ferries That Changed the Coast",
        "- Why Harbour Towns Are Going Electric",
    ]
    assert classify(lines) == [None, K.RELATED, K.RELATED]


def test_the_tags_under_a_tags_label_are_related() -> None:
    story = "The harbour authority said on Monday that the crossing would reopen soon."
    tags = "harbour ferries, bay crossing, town council 2024, fares"
    assert classify([story, "Tags", tags]) == [None, K.RELATED, K.RELATED]
    # A comma list that is the story's own text stays body text.
    assert classify([story, tags]) == [None, None]


def test_a_block_of_three_headline_links_before_a_note_is_related() -> None:
    story = "The harbour authority said on Monday that the crossing would reopen soon."
    note = "Mara Lindqvist writes about ships; her book on ferries came out in 2022."
    links = [
        "- Nine Ferries That Changed the Coast",
        "- Photos: Harbour Towns Going Electric",
        "- Tidal Power: What the Pilots Found",
    ]
    assert classify([story, *links, note]) == [None, K.RELATED, K.RELATED, K.RELATED, None]
    # Two such items with the story going on after them stay body text.
    assert classify([story, *links[:2], note]) == [None, None, None, None]


def test_a_caption_under_its_label_and_topics_under_theirs_are_furniture() -> None:
    story = "The harbour authority said on Monday that the crossing would reopen within a week."
    lines = ["Image caption,", "Crews lift the ferry's ramp", story, "Related Topics", "Bergen"]
    assert classify(lines) == [K.CAPTION, K.CAPTION, None, K.RELATED, K.RELATED]
    # A short line after a caption that has its own text is body text again.
    assert classify(["Photo: Ola Brandt", "Eastwick", story]) == [K.CAPTION, K.HEADING, None]


def test_a_copied_page_summarises_its_story_not_its_controls() -> None:
    page = (
        "Ferry crew praised for rescue\n\nPublished\n2 hours ago\n\nShare\nclose panel\n\n"
        "Image source, Harbour Courier\nImage caption,\n"
        "The crew pulled four people from the sea\n\n"
        "A ferry crew rescued four kayakers off Eastwick on Sunday after their boats "
        "overturned.\n\n"
        "The harbour master said the crew had reached them within ten minutes.\n\n"
        "Media playback is unsupported on your device\n\nRelated Topics\nEastwick\n"
    )
    analysis = analyze(
        loaded_from_text(page, "paste"), AnalysisOptions(length=SummaryLength(sentences=3))
    )
    summary = " ".join(s.text for s in analysis.summary)
    assert summary.startswith("A ferry crew rescued four kayakers"), summary
    for piece in ("Share", "close panel", "Image source", "ago", "Media playback", "pulled four"):
        assert piece not in summary


def test_glued_byline_prefix_is_split_off() -> None:
    text = "Ferries go green by Ola Brandt Monday, April 3, 2023 The harbour opened a line."
    assert text[: byline_prefix(text)].rstrip() == (
        "Ferries go green by Ola Brandt Monday, April 3, 2023"
    )
    document = Document.from_text("Harbour news\n" + text)
    assert [s.kind for s in document.sentences] == [K.BYLINE, None]


ARTICLE = """Harbour town opens solar ferry line

By Mara Lindqvist
Updated 10:42 AM GMT, April 4, 2023
BERGEN (Wire) - The harbour town of Eastwick opened a solar ferry line on Monday, officials said.
The ferry carries up to 120 passengers and crosses the bay in 25 minutes on solar power.
WHAT THE FERRY COSTS
Town officials said the line cost 4 million euros, paid for by a regional climate fund.
"We waited ten years for this," said the mayor, Ana Ruiz.
Photo: "A greener crossing," the mayor said on April 1, 2023. (Photo: Ola Brandt)
Iven Dahl contributed reporting from Tromsø on April 2, 2023.
"""


def test_document_keeps_furniture_in_the_text_with_offsets() -> None:
    document = Document.from_text(ARTICLE)
    assert document.text == ARTICLE
    kinds = {document.text[f.start : f.end]: f.kind for f in document.furniture}
    assert kinds["By Mara Lindqvist"] is K.BYLINE
    assert kinds["Updated 10:42 AM GMT, April 4, 2023"] is K.TIMESTAMP
    assert kinds["BERGEN (Wire) - "] is K.DATELINE
    assert kinds["WHAT THE FERRY COSTS"] is K.HEADING
    assert kinds["Iven Dahl contributed reporting from Tromsø on April 2, 2023."] is K.CREDIT
    # The sentence a dateline opens is the news itself.
    opening = document.sentence_at(document.text.index("BERGEN"))
    assert opening is not None and opening.kind is None
    assert all(s.kind is None for s in document.candidates)
    assert len(document.candidates) == 4


def test_furniture_is_never_summarised_by_any_method() -> None:
    loaded = loaded_from_text(ARTICLE, "test")
    for method in ("default", "lead", "lexrank", "textrank"):
        for length in (SummaryLength(sentences=10), SummaryLength(ratio=1.0)):
            analysis = analyze(loaded, AnalysisOptions(method=method, length=length))
            assert analysis.summary
            assert all(s.kind is None for s in analysis.summary), method


def test_facts_inside_furniture_are_dropped() -> None:
    analysis = analyze(loaded_from_text(ARTICLE, "test"))
    values = [d.text for d in analysis.facts.dates]
    assert "April 4, 2023" not in values  # the timestamp
    assert "April 2, 2023" not in values  # the credit
    assert "April 1, 2023" not in values  # the caption
    assert [q.text for q in analysis.facts.quotes] == ["We waited ten years for this"]


def test_json_lists_furniture_as_an_extra_field() -> None:
    data = json.loads(json.dumps(to_json_dict(analyze(loaded_from_text(ARTICLE, "test")))))
    furniture = data["furniture"]
    assert {"start", "end", "kind"} <= set(furniture[0])
    assert {f["kind"] for f in furniture} >= {"byline", "timestamp", "dateline", "heading"}
    for f in furniture:
        assert data["text"][f["start"] : f["end"]].strip()


PAGE = """<html><head><title>Ferry line opens</title></head><body><article>
<h1>Ferry line opens</h1>
<div class="article-byline">Mara Lindqvist</div>
<p>The harbour town of Eastwick opened a solar ferry line on Monday, officials said today.</p>
<p>The ferry carries up to 120 passengers and crosses the bay in 25 minutes on solar power.</p>
<h2>The crossing takes a quarter of an hour by sea.</h2>
<p>Town officials said the line cost 4 million euros, paid for by a regional climate fund.</p>
<figure><img src="x.jpg"><figcaption>The new ferry leaves the harbour at dawn.</figcaption>
</figure>
<p>Islanders on Carrow have waited ten years for a faster and cleaner ferry to the town.</p>
</article></body></html>"""


def test_web_page_structure_names_furniture_the_text_alone_would_not() -> None:
    extracted = extract_html(PAGE)
    hints = dict(extracted.furniture_hints)
    # Sentence-shaped and title-less: no text rule would call these furniture.
    assert hints.get("the new ferry leaves the harbour at dawn") is K.CAPTION
    heading = "The crossing takes a quarter of an hour by sea."
    assert hints.get("the crossing takes a quarter of an hour by sea") is K.HEADING
    assert classify_line(heading) is None  # by its text alone, a sentence
    loaded = load_bytes(PAGE.encode(), "page.html", ".html")
    analysis = analyze(loaded, AnalysisOptions(length=SummaryLength(sentences=10)))
    kinds = {analysis.text[f.start : f.end]: f.kind for f in analysis.document.furniture}
    assert kinds[heading] is K.HEADING
    assert heading not in [s.text for s in analysis.summary]
    # Without the page's hints the same text has no furniture.
    assert not Document.from_text(analysis.text).furniture


def test_a_sign_off_over_a_name_is_a_greeting_and_a_notice_is_no_title() -> None:
    text = (
        "View this email in your browser\n\nTHE FERRY LETTER\n\nDear members,\n\n"
        "The ferry club will meet on the pier in May to choose a new boat.\n\n"
        "Until next month,\nRuth\n\nUnsubscribe"
    )
    doc = Document.from_text(text)
    assert doc.title is not None and doc.title.text == "THE FERRY LETTER"
    assert [s.text for s in doc.candidates] == [
        "The ferry club will meet on the pier in May to choose a new boat."
    ]
    kinds = {doc.text[f.start : f.end]: f.kind for f in doc.furniture}
    assert kinds["Until next month,"] is kinds["Ruth"] is K.GREETING
    assert kinds["View this email in your browser"] is K.CONTROL


def test_a_line_is_read_no_further_than_its_kind_needs(monkeypatch):
    # A share row is decided by its first word that is no share button; a line of more than
    # 20 words is never a teaser, so it is not searched for a teaser's tag.
    from app.core.furniture import _lines

    class NotRead:
        def strip(self, *args):
            raise AssertionError("read")

    assert _lines._is_share_row(["Council", NotRead()]) is False

    class Refuses:
        def search(self, *args):
            raise AssertionError("searched")

    monkeypatch.setattr(_lines, "_TEASER_TAG", Refuses())
    long_line = "The council met on Tuesday and agreed " + "a plan " * 10 + "[VIDEO]"
    assert _lines.classify_line(long_line) is None


MARKDOWN = """# Harbour fees change

The harbour board will raise mooring fees in the spring, the board said on Monday.

## 2. Visiting yachts pay more

- Visiting yachts will pay a daily rate of 30 pounds.
- Local fishing boats keep the old rate for two more years.

## What the board said

The board said the money would repair the north quay before the summer season.
"""


def test_markdown_section_headings_are_furniture_never_summarised() -> None:
    # Round 35: a Markdown "## 2. Visiting yachts pay more" was a summary sentence.
    extracted = extract_markdown(MARKDOWN)
    hints = dict(extracted.furniture_hints)
    assert hints.get("2 visiting yachts pay more") is K.HEADING
    assert hints.get("what the board said") is K.HEADING
    assert "harbour fees change" not in hints  # the title stays the title
    loaded = load_bytes(MARKDOWN.encode(), "fees.md", ".md")
    analysis = analyze(loaded, AnalysisOptions(length=SummaryLength(sentences=10)))
    kinds = {analysis.text[f.start : f.end]: f.kind for f in analysis.document.furniture}
    assert kinds["2. Visiting yachts pay more"] is K.HEADING
    summary = [s.text for s in analysis.summary]
    assert "2. Visiting yachts pay more" not in summary
    assert "Visiting yachts will pay a daily rate of 30 pounds." in summary


def test_lines_without_hints_are_not_normalised_for_a_look_up(monkeypatch) -> None:
    from app.core.furniture import _context

    lines = ["Ferry timetable changes", "By Ana Ruiz", "The harbour board met on Tuesday."]
    kinds = _context.classify(lines)
    normalised: list[str] = []
    real = _context.normalise
    monkeypatch.setattr(_context, "normalise", lambda text: normalised.append(text) or real(text))
    assert _context.classify(lines) == kinds  # no hints: no line is normalised
    assert normalised == []
    hinted = _context.classify(lines, {"ferry timetable changes": FurnitureKind.HEADING})
    assert hinted[0] is FurnitureKind.HEADING and normalised  # with hints, each line is
