import gzip
import json

import pytest

from app.core.formats import FormatError
from app.core.formats.html import choose, decode_html, extract_html, main_text
from tests.fixtures.shared import DATA as SHARED_DATA

BODY = [
    "The county library will stay open until ten at night from next month, the council said.",
    "Readers had asked for longer hours for years, and a survey last spring found that most "
    "of them could only visit after work.",
    "The extra hours will be paid for by closing the mobile library van, which carried fewer "
    "than twenty readers a week.",
    "Staff will work in two shifts, and the reading room will be heated until closing time.",
]

PAGE = f"""<!DOCTYPE html>
<html><head><title>Library stays open late | County Gazette</title>
<script>document.write("SCRIPT TEXT MUST NOT APPEAR")</script>
<style>body {{ color: red }}</style></head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<main><article>
<h1>Library stays open late</h1>
{"".join(f"<p>{p}</p>" for p in BODY)}
</article></main>
<aside class="related"><h3>Most read</h3><ul><li><a href="/a">Council tax to rise</a></li>
<li><a href="/b">Bridge closed for repairs</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment">First! COMMENT TEXT MUST NOT APPEAR</div></section>
<footer>Copyright County Gazette. All rights reserved. Privacy policy.</footer>
</body></html>"""


def test_article_text_title_first_without_boilerplate():
    extracted = extract_html(PAGE.encode("utf-8"))
    lines = extracted.text.split("\n")
    assert extracted.title == "Library stays open late"
    assert lines[0] == "Library stays open late"
    for paragraph in BODY:
        assert paragraph in lines
    for junk in ("SCRIPT TEXT", "COMMENT TEXT", "cookies", "Most read", "Copyright", "Sport"):
        assert junk not in extracted.text


def test_title_is_not_repeated_when_it_is_already_the_first_line():
    text = extract_html(PAGE.encode()).text
    assert text.count("Library stays open late") == 1


def test_declared_charset_is_honoured():
    page = PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').replace(
        "ten at night", "ten at night, café included"
    )
    assert "café included" in extract_html(page.encode("latin-1")).text
    sentence = "<p>Le café du marché ouvre tôt, dit la propriétaire.</p>"
    assert decode_html(sentence.encode("cp1252")) == sentence


def test_no_network_and_no_entity_expansion():
    # An external entity must not be fetched or expanded: the page has only a doctype.
    page = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f"<html><body><article><p>{BODY[0]} &xxe;</p><p>{BODY[1]}</p></article></body></html>"
    )
    text = extract_html(page.encode()).text
    assert "root:" not in text and BODY[0] in text


def test_deeply_nested_page_keeps_its_text():
    page = "<html><body>" + "<div>" * 10_000 + f"<p>{BODY[0]}</p>" + "</div>" * 10_000
    extracted = extract_html(page.encode())
    assert BODY[0] in extracted.text


@pytest.mark.parametrize("page", [b"", b"   ", b"<html></html>", b"<html><body><script>x</script>"])
def test_pages_without_text_raise_a_format_error(page):
    with pytest.raises(FormatError):
        extract_html(page)


def test_choose_prefers_readability_when_trafilatura_only_adds_boilerplate():
    article = " ".join(BODY)
    boiler = " ".join(f"related story number {i} about something else" for i in range(30))
    assert choose(article + "\n" + boiler, article) == article


def test_choose_keeps_trafilatura_when_both_differ():
    assert choose(BODY[0] + "\n" + BODY[1], BODY[1] + "\n" + BODY[2]) == BODY[0] + "\n" + BODY[1]


def test_choose_prefers_readability_when_trafilatura_stopped_early():
    assert choose(BODY[0], "\n".join(BODY * 2)) == "\n".join(BODY * 2)
    assert choose("", BODY[1]) == BODY[1] and choose(BODY[1], "") == BODY[1]


DATA = SHARED_DATA / "html"


@pytest.mark.data
def test_a_real_page_from_the_data_set():
    if not (DATA / "ground-truth.jsonl").exists():
        pytest.skip(f"needs ../shared/data/html ({DATA} is absent)")
    row = json.loads((DATA / "ground-truth.jsonl").read_text(encoding="utf-8").splitlines()[0])
    page = decode_html(gzip.decompress((DATA / row["page"]).read_bytes()))
    text = main_text(page)
    gold_words = row["article_body"].split()
    assert sum(w in text for w in gold_words[:50]) > 40


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Bridge reopens after repairs | Valley News", "Bridge reopens after repairs"),
        ("Bridge reopens after repairs - The Valley Times", "Bridge reopens after repairs"),
        ("Storm - what we know so far", "Storm - what we know so far"),
        (
            "Ticket prices – rise or fall? – a guide | Daily",
            "Ticket prices – rise or fall? – a guide",
        ),
    ],
)
def test_page_title_drops_a_short_site_name(title, expected):
    page = f"<html><head><title>{title}</title></head><body><p>{BODY[0]}</p></body></html>"
    assert extract_html(page.encode()).title == expected


def test_og_title_wins_and_h1_is_the_last_resort():
    page = (
        '<html><head><meta property="og:title" content="Open late"><title>Other</title></head>'
        f"<body><h1>Heading <em>one</em></h1><p>{BODY[0]}</p></body></html>"
    )
    assert extract_html(page.encode()).title == "Open late"
    no_title = f"<html><body><h1>Heading <em>one</em></h1><p>{BODY[0]}</p></body></html>"
    assert extract_html(no_title.encode()).title == "Heading one"


def test_extraction_never_opens_a_connection(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("the HTML reader tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = PAGE.replace(
        "<head>",
        '<head><link rel="stylesheet" href="http://example.invalid/a.css">'
        '<script src="http://example.invalid/a.js"></script>',
    ).replace(
        "<main>",
        '<main><iframe src="http://example.invalid/ad"></iframe>'
        '<img src="http://example.invalid/pixel.gif">',
    )
    assert BODY[0] in extract_html(page.encode()).text


def test_a_legacy_encoding_without_a_declaration_is_detected():
    words = "Сегодня в городе открылась новая библиотека для всех жителей района."
    page = f"<html><body><article><p>{words}</p><p>{words}</p></article></body></html>"
    assert words in extract_html(page.encode("cp1251")).text


def test_pages_with_a_byte_order_mark_decode_in_every_unicode_encoding():
    page = "<html><head><title>Ferry</title></head><body><p>Die Fähre fährt.</p></body></html>"
    for codec in ("utf-8-sig", "utf-16", "utf-32"):
        assert decode_html(page.encode(codec)) == page, codec


STORY = [
    "The county library will stay open until ten o'clock on weekdays from next month, after a "
    "petition signed by more than two thousand readers asked for longer evening hours.",
    "The chief librarian said the change would cost little because volunteers from the reading "
    "group had offered to staff the desk on the late shift for the first year at least.",
    "Students preparing for their examinations were among the first to welcome the plan, saying "
    "the reading rooms were the only quiet place in town after the cafes closed in the evening.",
    "The council will review the new hours in the spring and decide whether to keep them.",
]


def _teaser(n):
    return (
        f"<article><h2>Other story {n}</h2><p>A short teaser about another local matter number "
        f"{n}, with a link to read more about it.</p></article>"
    )


def test_other_articles_are_dropped_when_they_are_next_posts():
    page = (
        "<html><head><title>Library stays open late</title></head><body>"
        "<article><h1>Library stays open late</h1>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</article>"
        + "".join(_teaser(n) for n in range(4))
        + "</body></html>"
    )
    text = main_text(page)
    assert STORY[0] in text and STORY[2] in text
    assert "Other story" not in text and "teaser" not in text


def test_a_headed_article_that_holds_only_the_headline_does_not_lose_the_story():
    page = (
        "<html><head><title>Library stays open late</title></head><body>"
        "<article><h1>Library stays open late</h1><p>Longer hours from next month.</p></article>"
        "<article class='story-body'>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</article>"
        + "".join(_teaser(n) for n in range(2))
        + "</body></html>"
    )
    text = main_text(page)
    assert STORY[0] in text and STORY[1] in text


def test_a_headline_only_article_beside_a_story_with_subheadings_reads_the_whole_page():
    page = (
        "<html><head><title>Library stays open late</title></head><body>"
        "<article><h1>Library stays open late</h1><p>Longer hours from next month.</p></article>"
        "<article class='story-body'><h2>Petition</h2>"
        + "".join(f"<p>{p}</p>" for p in STORY[:2])
        + "<h2>Students</h2>"
        + "".join(f"<p>{p}</p>" for p in STORY[2:])
        + "</article></body></html>"
    )
    text = main_text(page)
    assert STORY[0] in text and STORY[3] in text
