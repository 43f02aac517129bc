import datetime as dt

import pytest

from app.core.analysis import analyze
from app.core.export import to_json_dict, to_markdown, to_text
from app.core.loading import load_bytes, loaded_from_text
from app.core.options import AnalysisOptions
from app.core.page_meta import (
    PageMeta,
    byline_authors,
    clean_authors,
    declared_authors,
    is_placeholder_author,
    is_placeholder_title,
)
from tests.core.formats.makers import make_docx, make_pdf


@pytest.mark.parametrize(
    "title",
    [
        "(anonymous)",
        "Untitled",
        "untitled document",
        "Untitled-3",
        "Microsoft Word - doc1.docx",
        "Microsoft Word - Report final",
        "Document1",
        "report_v2.pdf",
        "",
        "  ",
        "---",
        None,
    ],
)
def test_placeholder_titles(title):
    assert is_placeholder_title(title)


@pytest.mark.parametrize(
    "title",
    ["Untitled: the art of naming nothing", "Town council opens a new library", "Word of mouth"],
)
def test_real_titles_are_not_placeholders(title):
    assert not is_placeholder_title(title)


def test_clean_authors_splits_and_drops_what_is_not_a_person():
    assert clean_authors(["By Ana Ruiz and Tom Lee"]) == ("Ana Ruiz", "Tom Lee")
    assert clean_authors(["MARA OLSEN, Staff Reporter"]) == ("Mara Olsen",)
    assert clean_authors(["https://example.org/people/ana", "ana@example.org"]) == ()
    assert clean_authors(["Tom Lee for Gazette.com", "Tom Lee"]) == ("Tom Lee",)
    assert clean_authors(["The Harwick Post"], site="The Harwick Post") == ()
    # A byline that runs the outlet's name on after the last author's.
    found = clean_authors(["Ana Ruiz, Tom Lee HARWICK POST"], site="Harwick Post")
    assert found == ("Ana Ruiz", "Tom Lee")
    assert clean_authors(["Theresa May Monday, November 18"]) == ("Theresa May",)


def test_a_news_agency_after_or_beside_a_reporter_is_not_an_author():
    found = clean_authors(["Ana Ruiz, TOM LEE Associated Press, Tom Lee, Associated Press"])
    assert found == ("Ana Ruiz", "Tom Lee")
    assert clean_authors(["Mara Olsen Reuters"]) == ("Mara Olsen",)
    # The same agencies that sign a dateline ("(UPI) -") sign a byline.
    assert clean_authors(["Mara Olsen UPI", "Ana Ruiz, Agence France-Presse"]) == (
        "Mara Olsen",
        "Ana Ruiz",
    )
    # An agency that is the only byline is who wrote it.
    assert clean_authors(["Reuters"]) == ("Reuters",)


def test_byline_in_the_first_lines():
    assert byline_authors(["Harbour plan approved", "By Ana Ruiz | 3 March 2024"]) == ("Ana Ruiz",)
    assert byline_authors(["BY ANA RUIZ AND TOM LEE"]) == ("Ana Ruiz", "Tom Lee")
    # "by" inside a sentence is not a byline
    assert byline_authors(["The plan was approved by the council on Monday."]) == ()
    # Round 39: "By" opening a time is no byline ("Christmas" was taken for the author)
    assert byline_authors(["By Christmas, the lanes will be open."]) == ()
    assert byline_authors(["By Boxing Day, prices had fallen."]) == ()
    assert byline_authors(["By Reuters"]) == ("Reuters",)


def test_meta_json_has_every_key_when_unknown():
    assert PageMeta().to_json() == {
        "title": None,
        "authors": [],
        "site": None,
        "published": None,
        "url": None,
    }


TEXT = (
    "Harbour plan wins approval\n\n"
    "By Ana Ruiz\n\n"
    "Published: 12 March 2024\n\n"
    "The council approved the harbour plan yesterday after a long debate. "
    "Work will start next month, the mayor said.\n"
)


def test_text_metadata_and_reference_date():
    analysis = analyze(loaded_from_text(TEXT, "pasted text"))
    meta = to_json_dict(analysis)["meta"]
    assert meta == {
        "title": "Harbour plan wins approval",
        "authors": ["Ana Ruiz"],
        "site": None,
        "published": "2024-03-12",
        "url": None,
    }
    values = {d.text: d.value for d in analysis.facts.dates}
    assert values["yesterday"] == "2024-03-11"
    assert "Ana Ruiz · 12 March 2024" in to_text(analysis).splitlines()[1]
    assert "Ana Ruiz · 12 March 2024" in to_markdown(analysis)


def test_reference_date_option_wins_over_page_metadata():
    options = AnalysisOptions(reference_date=dt.date(2020, 1, 10))
    analysis = analyze(loaded_from_text(TEXT, "pasted text"), options)
    values = {d.text: d.value for d in analysis.facts.dates}
    assert values["yesterday"] == "2020-01-09"
    assert analysis.meta.published == dt.date(2024, 3, 12)


PAGE = """<!doctype html><html><head>
<title>Harbour plan wins approval | Gazette</title>
<link rel="canonical" href="https://news.harwickgazette.example/harbour-plan">
<meta property="og:site_name" content="The Harwick Gazette">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Harwick Gazette Online"},
  {"@type": ["NewsArticle"], "headline": "Harbour plan wins approval",
   "datePublished": "2024-03-12T09:30:00+00:00", "dateModified": "2024-04-01",
   "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Tom Lee"}],
   "publisher": {"@type": "Organization", "name": "The Harwick Gazette"}}]}
</script></head><body><article><h1>Harbour plan wins approval</h1>
<p>The council approved the harbour plan yesterday after a long debate that ran late.</p>
<p>Work on the quay will start next month, the mayor told reporters outside the hall.</p>
</article></body></html>"""


def test_page_metadata_from_json_ld_graph_reaches_the_json_and_dates():
    analysis = analyze(load_bytes(PAGE.encode(), "page.html", ".html"))
    assert to_json_dict(analysis)["meta"] == {
        "title": "Harbour plan wins approval",
        "authors": ["Ana Ruiz", "Tom Lee"],
        "site": "The Harwick Gazette",
        "published": "2024-03-12",
        "url": "https://news.harwickgazette.example/harbour-plan",
    }
    values = {d.text: d.value for d in analysis.facts.dates}
    assert values["yesterday"] == "2024-03-11"


@pytest.mark.parametrize(
    "name",
    [
        "Administrator",
        "admin",
        "user",
        "USER",
        "",
        "  ",
        "(anonymous)",
        "Windows User",
        "Microsoft Office User",
        "Preferred Customer",
        "Owner",
        "---",
    ],
)
def test_placeholder_authors(name):
    assert is_placeholder_author(name)
    assert declared_authors([name]) == ()


def test_declared_authors_keep_people_and_split_lists():
    assert not is_placeholder_author("Ana Ruiz")
    assert declared_authors(["Ana Ruiz; Tom Lee", None]) == ("Ana Ruiz", "Tom Lee")
    assert declared_authors(["Ana Ruiz and Administrator"]) == ("Ana Ruiz",)
    assert declared_authors(["jdoe", "ana@example.org"]) == ()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        (
            "report.docx",
            make_docx([("Normal", "The ferry sails twice a day from May.")], author="Ana Ruiz"),
        ),
        ("report.pdf", make_pdf([["The ferry sails twice a day from May."]], author="Ana Ruiz")),
    ],
)
def test_a_documents_author_reaches_the_json_meta(name, data):
    loaded = load_bytes(data, name, "." + name.rsplit(".", 1)[1])
    meta = to_json_dict(analyze(loaded))["meta"]
    assert meta["authors"] == ["Ana Ruiz"]


TWO_LINE_BYLINE = """Harbour plan wins approval

Share this article
Facebook Twitter Email

Ana Ruiz
Harbour correspondent
Updated 09:10, 12 March 2024

The harbour board yesterday approved a plan to rebuild the old stone pier by the summer.
"""


def test_an_author_named_over_a_role_line_and_an_update_line_further_down():
    analysis = analyze(loaded_from_text(TWO_LINE_BYLINE, "pasted text"))
    meta = to_json_dict(analysis)["meta"]
    assert meta["authors"] == ["Ana Ruiz"] and meta["published"] == "2024-03-12"
    kinds = {analysis.document.text[f.start : f.end]: f.kind for f in analysis.document.furniture}
    assert kinds["Ana Ruiz"] == kinds["Harbour correspondent"] == "byline"
    assert {d.text: d.value for d in analysis.facts.dates}["yesterday"] == "2024-03-11"
