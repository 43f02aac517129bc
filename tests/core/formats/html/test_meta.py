import datetime as dt

import lxml.html

from app.core.formats.html import extract_html
from app.core.formats.html.meta import page_meta


def meta_of(head, body="<p>Body text of the story.</p>"):
    return page_meta(lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>"))


def test_open_graph_and_meta_tags():
    meta = meta_of(
        '<meta property="og:site_name" content="Harwick Gazette">'
        '<meta property="og:url" content="https://www.harwickgazette.example/a">'
        '<meta name="author" content="Ana Ruiz, Tom Lee">'
        '<meta property="article:published_time" content="2023-07-01T10:00:00Z">'
    )
    assert meta.site == "Harwick Gazette"
    assert meta.url == "https://www.harwickgazette.example/a"
    assert meta.authors == ("Ana Ruiz", "Tom Lee")
    assert meta.published == dt.date(2023, 7, 1)


def test_json_ld_list_with_author_string_and_publisher():
    meta = meta_of(
        '<script type="application/ld+json">[{"@type": "BreadcrumbList"},'
        '{"@type": "BlogPosting", "author": "Mara Olsen", "datePublished": "2022-05-06",'
        '"publisher": {"name": "Olsen Notes"}, "url": "https://olsen.example/post"}]</script>'
    )
    assert meta.authors == ("Mara Olsen",)
    assert meta.site == "Olsen Notes"
    assert meta.published == dt.date(2022, 5, 6)
    assert meta.url == "https://olsen.example/post"


def test_broken_json_ld_and_profile_links_are_ignored():
    meta = meta_of(
        '<script type="application/ld+json">{"@type": "NewsArticle", oops</script>'
        '<meta property="article:author" content="https://social.example/ana">'
    )
    assert meta.authors == ()
    assert meta.published is None


def test_itemprop_author_time_and_byline_class():
    body = (
        '<article><p class="byline">By <span>Ana Ruiz</span></p>'
        '<time datetime="2021-09-30T08:00">30 Sept</time><p>Story text here.</p></article>'
    )
    meta = meta_of('<link rel="canonical" href="http://example.org/story">', body)
    assert meta.authors == ("Ana Ruiz",)
    assert meta.published == dt.date(2021, 9, 30)
    assert meta.url == "http://example.org/story"


def test_a_by_line_no_class_names_gives_the_author():
    # Round 39: a byline in a plain "meta" block was dropped with the block and never read.
    body = (
        '<div class="meta">By Nia Corran | 14 October 2026 | 3 min read</div>'
        "<p>By Christmas the new lanes will be open.</p>"
    )
    assert meta_of("", body).authors == ("Nia Corran",)
    assert meta_of("", "<p>By Christmas, the new lanes will be open.</p>").authors == ()


def test_comment_authors_are_not_the_page_authors():
    body = '<div class="comments"><span class="author-name">Some Reader</span></div>'
    assert meta_of("", body).authors == ()


def test_url_date_wins_over_a_utc_timestamp_a_day_later():
    meta = meta_of(
        '<link rel="canonical" href="https://example.org/2019/11/18/story">'
        '<meta property="article:published_time" content="2019-11-19T02:10:00Z">'
    )
    assert meta.published == dt.date(2019, 11, 18)


def test_placeholder_page_title_is_not_the_title():
    page = (
        "<html><head><title>Untitled document</title></head><body>"
        "<p>The ferry timetable changes on Monday for the winter season.</p></body></html>"
    )
    extracted = extract_html(page)
    assert extracted.title is None
    assert not extracted.text.startswith("Untitled")
    assert extracted.meta is not None and extracted.meta.title is None


def test_a_site_name_that_lists_sections_is_its_first_part():
    meta = meta_of('<meta property="og:site_name" content="Sailing | Racing | Boats | Gear">')
    assert meta.site == "Sailing"
    assert meta_of('<meta property="og:site_name" content="Ana | Tom">').site == "Ana | Tom"


GRAPH = (
    '<script type="application/ld+json">{"@graph": ['
    '{"@type": "NewsArticle", "headline": "Ferry fares fall",'
    ' "author": {"@id": "https://harbour.example/#/person/7"},'
    ' "publisher": {"@id": "https://harbour.example/#org"}},'
    '{"@type": "Person", "@id": "https://harbour.example/#/person/7", "name": "Ana Ruiz"},'
    '{"@type": "Organization", "@id": "https://harbour.example/#org", "name": "Harbour Post"}'
    "]}</script>"
)


def test_a_json_ld_author_given_by_reference_is_read_when_the_page_shows_the_name():
    shown = meta_of(GRAPH, "<p>by Ana Ruiz</p><p>Fares fell by a tenth on Monday.</p>")
    assert shown.authors == ("Ana Ruiz",)
    assert shown.site == "Harbour Post"
    # Blog software fills the reference with the account that posted the page: a name the
    # reader never sees is not the byline's.
    hidden = meta_of(GRAPH, "<p>Fares fell by a tenth on Monday.</p>")
    assert hidden.authors == ()
    assert hidden.site == "Harbour Post"


def test_links_to_one_writers_page_name_the_author_but_links_to_several_do_not():
    link = '<a href="/author/ana-ruiz/">Ana Ruiz</a>'
    one = f"{link}<p>Story.</p>{link}"
    assert meta_of("", one).authors == ("Ana Ruiz",)
    several = '<a href="/author/ana-ruiz/">Ana Ruiz</a><a href="/author/tom-lee/">Tom Lee</a>'
    assert meta_of("", several).authors == ()


def test_a_declared_site_name_the_address_does_not_bear_out_gives_way_to_the_host():
    def site(names: str, url: str) -> str | None:
        return meta_of(f'{names}<link rel="canonical" href="{url}">').site

    section = '<meta property="og:site_name" content="World">'
    assert site(section, "https://www.harbourpost.example/a") == "harbourpost.example"
    # A wire agency as publisher of a story on a newspaper's site: the newspaper's own name.
    wire = (
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "publisher": {"name": "Wire Agency"}}</script>'
        '<meta property="og:site_name" content="Harbour Post">'
    )
    assert site(wire, "https://harbourpost.example/a") == "Harbour Post"
    # Names that fit their address: initials, a name holding the host, another script.
    nyt = '<meta property="og:site_name" content="The Harbour Post Times">'
    assert site(nyt, "https://www.hpt.example/a") == "The Harbour Post Times"
    assert site('<meta property="og:site_name" content="HP.com">', "https://hp.com/a") == "HP.com"
    kana = '<meta property="og:site_name" content="みなと新聞">'
    assert site(kana, "https://minato.example/a") == "みなと新聞"
