"""Pop-up cards inside a paragraph of a web page, folded back to the words a reader sees.

Some sites put a card in the running text behind a name: a photo, the person's full name, their
latest headlines and a "MORE" link, all shown only while the pointer rests on the name. The card
is in the HTML, so both extractors read it as part of the sentence, and the article then says
"Rep. Ann LeeAnn Marie LeeLee pushes Congress on flood maps | Senate passes ... MORE (D-Ore.)":
the quote finder takes the glued names as a speaker and the card's headlines as initiatives.

What marks a card is its shape, not a site's class names: an element inside a paragraph that
holds an image and two or more links, and whose text is nearly all link text (prose a reader
reads has few links; a card is all links). Such an element is replaced by its first link's
text (the name the reader saw) when that link opens it, so the sentence reads as on screen; a
card that follows its name's link, photo first, goes whole. A figure or a caption is a block of
its own, not inside a paragraph, and is left to the furniture rules.
"""

from __future__ import annotations

from typing import Any

# Share of an element's letters that lie in its links, from which it reads as a card.
_LINK_DENSITY = 0.95
_MIN_LINKS = 2


def fold_cards(tree: Any) -> int:
    """Replace each pop-up card inside a <p> of `tree` (modified) by its first link's text.

    Returns:
        How many cards were folded.
    """
    folded = 0
    for paragraph in list(tree.iter("p")):
        for element in _outermost_cards(paragraph):
            _replace_by_first_link(element)
            folded += 1
    return folded


def _outermost_cards(paragraph: Any) -> list[Any]:
    cards: list[Any] = []
    for element in paragraph.iterdescendants():
        if any(element in card.iterdescendants() for card in cards):
            continue
        if _is_card(element):
            cards.append(element)
    return cards


def _is_card(element: Any) -> bool:
    if not isinstance(element.tag, str) or element.tag in ("a", "img"):
        return False
    links = element.xpath(".//a")
    if len(links) < _MIN_LINKS or not element.xpath(".//img"):
        return False
    letters = _letters(str(element.text_content()))
    in_links = sum(_letters(str(link.text_content())) for link in links)
    return letters > 0 and in_links >= _LINK_DENSITY * letters


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalnum())


def _replace_by_first_link(element: Any) -> None:
    first = element.xpath(".//a")[0]
    shown = str(first.text_content()) if _is_trigger(element, first) else ""
    tail = element.tail or ""
    parent = element.getparent()
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + shown + tail
    else:
        parent.text = (parent.text or "") + shown + tail
    parent.remove(element)


def _is_trigger(element: Any, link: Any) -> bool:
    """Whether `link` is what the reader sees of the card: its text opens the element, before the
    card's image (a card's own copy of the name comes after its photo)."""
    before = str(element.text_content()).split(str(link.text_content()), 1)[0]
    image = element.xpath(".//img")[0]
    order = {node: i for i, node in enumerate(element.iter())}
    return not before.strip() and order[link] < order[image]
