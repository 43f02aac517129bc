import lxml.html

from app.core.formats.html import extract_html
from app.core.formats.html.cards import fold_cards

CARD = (
    '<span class="person-card"><img src="/p/lee.jpg" alt="">'
    '<a href="/people/lee">Ann Marie Lee</a>'
    '<a href="/n/1">Lee presses the port board over dredging costs</a> '
    '<a href="/n/2">Harbour vote delayed again</a> '
    '<a href="/people/lee">MORE</a></span>'
)


def _paragraph_text(html: str) -> str:
    tree = lxml.html.fromstring(f"<div>{html}</div>")
    fold_cards(tree)
    return " ".join(str(p.text_content()) for p in tree.iter("p"))


def test_a_card_hanging_from_a_name_reads_as_the_name():
    html = (
        '<p>The plan was opposed by Rep. <span class="hover"><a href="/people/lee">Ann Lee</a>'
        f"{CARD}</span> (D-Ore.), who called it rushed.</p>"
    )
    assert (
        _paragraph_text(html)
        == "The plan was opposed by Rep. Ann Lee (D-Ore.), who called it rushed."
    )


def test_a_card_after_its_name_with_the_photo_first_goes_whole():
    html = f'<p>Rep. <a href="/people/lee">Ann Lee</a>{CARD} said the vote was premature.</p>'
    assert _paragraph_text(html) == "Rep. Ann Lee said the vote was premature."


def test_prose_with_links_and_an_image_is_no_card():
    html = (
        '<p><span>The <a href="/a">harbour board</a> met on Tuesday <img src="/i/wave.png" alt="">'
        ' and the <a href="/b">port authority</a> agreed to publish its accounts.</span></p>'
    )
    assert _paragraph_text(html) == (
        "The harbour board met on Tuesday  and the port authority agreed to publish its accounts."
    )


def test_a_card_outside_a_paragraph_is_left_alone():
    tree = lxml.html.fromstring(f"<div><div>{CARD}</div><p>Plain text.</p></div>")
    assert fold_cards(tree) == 0


def test_a_saved_page_with_cards_reads_without_their_headlines():
    sentences = [
        "The harbour board delayed its vote on dredging the outer channel for a third time.",
        "Members said the costs given by the contractor had doubled since the spring, and asked "
        "for an independent estimate before the board meets again in January.",
        "The port depends on the channel for the container ships that call twice a week.",
    ]
    page = (
        "<html><head><title>Harbour vote delayed</title></head><body><article>"
        "<h1>Harbour vote delayed</h1>"
        f"<p>{sentences[0]} Rep. <span><a href='/people/lee'>Ann Lee</a>{CARD}</span> (D-Ore.) "
        "called the delay sensible.</p>"
        + "".join(f"<p>{s}</p>" for s in sentences[1:])
        + "</article></body></html>"
    )
    text = extract_html(page).text
    assert "Rep. Ann Lee (D-Ore.) called the delay sensible." in text
    assert "dredging costs" not in text and "MORE" not in text
