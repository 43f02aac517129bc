import lxml.html

from app.core.formats.html import extract_html
from app.core.formats.html.run_in import split_run_in_headings
from app.core.furniture import FurnitureKind, normalise


def _split(html: str) -> tuple[list[str], list[str]]:
    tree = lxml.html.fromstring(f"<div>{html}</div>")
    headings = split_run_in_headings(tree)
    lines = [" ".join(str(e.text_content()).split()) for e in tree.iter("p", "blockquote")]
    return headings, lines


def test_a_bold_label_before_a_sentence_becomes_a_line_of_its_own():
    headings, lines = _split(
        "<blockquote><strong>In short</strong> Walking after meals may steady blood sugar"
        " in older adults.</blockquote>"
    )
    assert headings == ["In short"]
    assert lines == ["In short", "Walking after meals may steady blood sugar in older adults."]


def test_bold_words_that_begin_the_sentence_stay_in_it():
    headings, lines = _split(
        "<p><b>The harbour board</b> said on Friday that the ferries would run late.</p>"
    )
    assert headings == []
    assert lines == ["The harbour board said on Friday that the ferries would run late."]


def test_a_label_with_a_colon_reads_on_into_its_sentence():
    headings, lines = _split("<p><strong>Why it matters:</strong> Rents rose for a third year.</p>")
    assert headings == []
    assert lines == ["Why it matters: Rents rose for a third year."]


def test_a_bold_phrase_before_a_short_fragment_is_no_heading():
    headings, _ = _split("<p><strong>Saturday</strong> Nov 30</p>")
    assert headings == []


def test_a_saved_page_marks_the_label_as_a_heading():
    paragraphs = "".join(
        f"<p>Paragraph {i} of the guide explains how a short walk after dinner can help the body"
        f" handle the sugar in a meal, according to several small trials of older adults.</p>"
        for i in range(6)
    )
    page = (
        "<html><head><title>Walking after meals</title></head><body><article>"
        f"<h1>Walking after meals</h1>{paragraphs}"
        "<blockquote><strong>Bottom line</strong> A ten-minute walk after eating is an easy"
        " habit that may help some people keep their blood sugar steady.</blockquote>"
        f"{paragraphs}</article></body></html>"
    )
    extracted = extract_html(page)
    lines = extracted.text.split("\n")
    assert "Bottom line" in lines
    assert any(line.startswith("A ten-minute walk after eating") for line in lines)
    assert (normalise("Bottom line"), FurnitureKind.HEADING) in extracted.furniture_hints
