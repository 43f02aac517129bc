"""A web page's publication date from its metadata, and relative dates resolved against it."""

import datetime as dt

import lxml.html
import pytest

from app.core.analysis import analyze
from app.core.formats.published import iso_date, page_published
from app.core.loading import load_bytes

BODY = (
    "<p>The harbour board said on Tuesday that the new ferry pier would open next month.</p>"
    "<p>Work on the pier began last year and was paid for by a local trust.</p>"
    "<p>The board said the old pier would be kept as a fishing platform for residents.</p>"
)


def page(head: str) -> str:
    return (
        f"<html><head><title>Pier to open</title>{head}</head>"
        f"<body><article><h1>Pier to open</h1>{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2021-03-04T09:30:00+00:00">',
        '<meta name="pubdate" content="2021-03-04">',
        '<meta itemprop="datePublished" content="2021-03-04">',
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"dateModified": "2022-01-01", "datePublished": "2021-03-04T08:00:00Z"}</script>',
    ],
)
def test_each_common_way_of_stating_the_date_is_read(head):
    assert page_published(lxml.html.fromstring(page(head))) == dt.date(2021, 3, 4)


def test_a_page_without_one_or_with_a_broken_one_gives_none():
    assert page_published(lxml.html.fromstring(page(""))) is None
    broken = '<meta property="article:published_time" content="2021-02-30">'
    assert page_published(lxml.html.fromstring(page(broken))) is None
    assert iso_date("4 March 2021") is None and iso_date("20210304") is None


def test_relative_dates_of_a_web_page_resolve_against_its_publication_date():
    head = '<meta property="article:published_time" content="2021-03-04T09:30:00Z">'
    analysis = analyze(load_bytes(page(head).encode(), "pier.html", ".html"))
    values = {d.text: d.value for d in analysis.facts.dates}
    assert values["Tuesday"] == "2021-03-02"
    assert values["next month"] == "2021-04"
    assert values["last year"] == "2020"


def test_a_page_without_a_date_leaves_them_unresolved():
    analysis = analyze(load_bytes(page("").encode(), "pier.html", ".html"))
    assert {d.text: d.value for d in analysis.facts.dates}["Tuesday"] is None
