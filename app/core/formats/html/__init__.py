"""Saved web pages: the article's main text and title, without navigation, ads or comments.

Two well-kept extractors run on every page and the result is chosen by how their outputs
overlap (measured by `benchmarks/bench_html.py` on the 92 pages of ../shared/data/html):

- trafilatura (precision mode, comments off) is right most often, but sometimes keeps a block
  of teasers or related links next to the article, or stops early.
- readability-lxml finds one main container. When readability's text is (almost) all inside
  trafilatura's but trafilatura has much more, the extra is boilerplate: readability is taken.
  When trafilatura's text is all inside readability's and readability has about twice as much,
  trafilatura stopped early: readability is taken. Otherwise trafilatura is.

The thresholds were chosen on that same set (there is no held-out twin), and the results were
flat around them (0.85-0.90 for the first). Before either runs, a page holding several
`<article>`s of which exactly one has the page's title as its `<h1>` drops the others that read
as other posts: blogs list the next posts as whole articles under the main one. An `<article>`
with no heading of its own that is longer than the headed one is not another post but the
story itself (the headed one held only the headline and a standfirst), and stays. When neither
extractor finds an article (a page of a few short lines), all of the page's visible text is
used. Photo captions, which both extractors drop, are set back under the paragraph their
figure follows (`html.captions`), as furniture. Pop-up cards inside paragraphs (a photo and
headlines behind a name) are folded back to the name first (`html.cards`), and a bold label
that opens a paragraph ("Summary Studies show ...") is set on a line of its own and marked as
a heading (`html.run_in`).

Safety: the page is parsed by lxml's HTML parser with the network off; scripts are never run
and nothing remote is fetched (neither extractor fetches). libxml2 caps nesting at 256 levels
and drops what is deeper, so a page that reaches the cap falls back to the plain text of all
its tags, read by the standard library's non-recursive `html.parser`.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections import Counter
from html.parser import HTMLParser
from typing import Any

import lxml.html

from app.core.formats import BYTE_ORDER_MARKS, Extracted, FormatError, with_title, words
from app.core.formats.html.captions import figure_captions, with_captions
from app.core.formats.html.cards import fold_cards
from app.core.formats.html.furniture import furniture_hints
from app.core.formats.html.meta import page_meta
from app.core.formats.html.run_in import split_run_in_headings
from app.core.page_meta import is_placeholder_title

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# libxml2's HTML parser stops nesting here; a tree this deep has lost content.
_LIBXML_MAX_DEPTH = 255
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
# A title tail this short after a separator is a site or section name.
_SITE_NAME_WORDS = 3
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote", "pre")
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
# Overlap thresholds of the chooser (see the module docstring).
_INSIDE = 0.98
_MOSTLY_BOILERPLATE = 0.88
_STOPPED_EARLY = 0.6
# Keeping one <article> that yields fewer words than this, when the whole page yields this many
# times more, left a fragment (the headline and a standfirst): the whole page is read instead.
_FRAGMENT_WORDS = 80
_FRAGMENT_RATIO = 3


def decode_html(data: bytes) -> str:
    """Decode a page: BOM, the <meta charset> it declares, UTF-8, then charset-normalizer."""
    for bom, encoding in BYTE_ORDER_MARKS:
        if data.startswith(bom):
            return data.decode(encoding, "replace")
    match = _CHARSET.search(data[:4096])
    if match:
        try:
            return data.decode(match.group(1).decode("ascii"), "replace")
        except LookupError:  # an unknown charset name: fall through
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("cp1252", "replace")


def extract_html(data: bytes | str) -> Extracted:
    """The article of a saved web page, one paragraph per line, title first.

    Raises:
        FormatError: the page holds no text.
    """
    page = decode_html(data) if isinstance(data, bytes) else data
    # lxml refuses str input that declares an encoding, and control characters that XML
    # forbids (a NUL would also end its input early).
    page = _XML_FORBIDDEN.sub("", re.sub(r"^\s*<\?xml[^>]*>", "", page))
    if not page.strip():
        raise FormatError("the page is empty")
    tree = _parse(page)
    if tree is None:
        raise FormatError("the page holds no text")
    title = page_title(tree)
    meta = page_meta(tree, title)  # before main_text, which prunes the tree
    headings = split_run_in_headings(tree)  # a bold label glued to its sentence: a line
    hints = furniture_hints(tree, headings)  # before main_text, likewise
    captions = figure_captions(tree)  # likewise
    body = main_text(page, tree)
    if not body.strip():
        raise FormatError("no article text found in the page")
    extracted = with_title(with_captions(body.split("\n"), captions), meta.title)
    return dataclasses.replace(
        extracted, published=meta.published, meta=meta, furniture_hints=hints
    )


def main_text(page: str, tree: Any = None) -> str:
    """The article body of a decoded page, one paragraph per line (no title added).

    Args:
        page: the page's HTML.
        tree: the page already parsed by this module (it is modified), or None to parse it.
    """
    tree = _parse(page) if tree is None else tree
    if tree is None:
        return ""
    if _depth(tree) >= _LIBXML_MAX_DEPTH:
        return "\n".join(_all_text(page))
    fold_cards(tree)
    others = _other_articles(tree)
    whole = copy.deepcopy(tree) if others else None
    for article in others:
        article.drop_tree()
    body = _extracted(tree)
    if whole is not None and len(words(body)) < _FRAGMENT_WORDS:
        # Keeping one <article> left a fragment: the story was elsewhere; read the whole page.
        whole_body = _extracted(whole)
        if len(words(whole_body)) >= _FRAGMENT_RATIO * len(words(body)):
            body = whole_body
    return body if body.strip() else "\n".join(_all_text(page))


def _extracted(tree: Any) -> str:
    cleaned = lxml.html.tostring(tree, encoding="unicode")
    return choose(_trafilatura(cleaned), _readability(cleaned))


def choose(by_trafilatura: str, by_readability: str) -> str:
    """Pick one extractor's text by how much of each lies inside the other (token bags)."""
    if not by_trafilatura.strip():
        return by_readability
    if not by_readability.strip():
        return by_trafilatura
    traf, read = _tokens(by_trafilatura), _tokens(by_readability)
    shared = sum((traf & read).values())
    traf_inside = shared / max(1, traf.total())
    read_inside = shared / max(1, read.total())
    if read_inside >= _INSIDE and traf_inside < _MOSTLY_BOILERPLATE:
        return by_readability
    if traf_inside >= _INSIDE and read_inside < _STOPPED_EARLY:
        return by_readability
    return by_trafilatura


def page_title(tree: Any) -> str | None:
    """og:title, else <title>, else the first <h1>; without a short " | Site name" tail.

    A placeholder ("Untitled document", "index.html") is passed over for the next.
    """
    og_title = tree.xpath('//meta[@property="og:title"]/@content')
    for found in (
        str(og_title[0]) if og_title else "",
        str(tree.xpath("string((//title)[1])")),
        str(tree.xpath("string((//h1)[1])")),
    ):
        title = " ".join(found.split())
        if title and not is_placeholder_title(title):
            return _without_site_name(title)
    return None


def _without_site_name(title: str) -> str:
    """ "Headline | Gazette" -> "Headline" when the tail is short and the head is not."""
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if separators:
        head, tail = title[: separators[-1].start()], title[separators[-1].end() :]
        if len(tail.split()) <= _SITE_NAME_WORDS and len(head.split()) >= _SITE_NAME_WORDS:
            return head
    return title


def _parse(page: str) -> Any:
    parser = lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, recover=True
    )
    try:
        return lxml.html.document_fromstring(page, parser=parser)
    except Exception:  # lxml.etree.ParserError for documents with no elements at all
        return None


def _depth(tree: Any) -> int:
    deepest, stack = 0, [(tree, 0)]
    while stack:  # iterative: a recursive walk is what a hostile page would overflow
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _other_articles(tree: Any) -> list[Any]:
    """Of several top-level <article>s, the ones to drop beside the one whose <h1> is the title.

    Only when exactly one has the page's title as its <h1>: the others are dropped when they
    have a heading of their own (another post) or are no longer than it (a teaser); a longer
    one without a heading is the story's body and stays.
    """
    title = _comparable(page_title(tree) or "")
    if not title:
        return []
    articles = [
        a for a in tree.iter("article") if not any(p.tag == "article" for p in a.iterancestors())
    ]
    if len(articles) < 2:
        return []
    headed = [
        a
        for a in articles
        if any(_same_headline(_comparable(str(h.text_content())), title) for h in a.iter("h1"))
    ]
    if len(headed) != 1:
        return []
    main_length = len(str(headed[0].text_content()))
    others = [
        article
        for article in articles
        if article is not headed[0]
        and (article.xpath(".//h1|.//h2|.//h3") or len(str(article.text_content())) <= main_length)
    ]
    return others


def _comparable(text: str) -> str:
    return " ".join(words(text))


def _same_headline(heading: str, title: str) -> bool:
    return bool(heading) and (heading in title or title in heading)


def _trafilatura(page: str) -> str:
    import trafilatura  # imported lazily: it costs a second at start-up

    text = trafilatura.extract(
        page, favor_precision=True, include_comments=False, include_tables=True
    )
    return text or ""


def _readability(page: str) -> str:
    from readability import Document

    try:
        summary = Document(page).summary(html_partial=True)
        element = lxml.html.fromstring(summary)
    except Exception:  # readability raises its own Unparseable, lxml ParserError on empty
        return ""
    for block in element.iter(*_BLOCKS):
        block.tail = "\n" + (block.tail or "")
        block.text = "\n" + (block.text or "")
    return "\n".join(line for line in str(element.text_content()).split("\n") if line.strip())


def _tokens(text: str) -> Counter[str]:
    return Counter(words(text))


class _TextCollector(HTMLParser):
    """All text outside scripts and styles, a new line at each block tag; never recursive."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def _all_text(page: str) -> list[str]:
    collector = _TextCollector()
    collector.feed(page)
    collector.close()
    return [line for line in "".join(collector.parts).split("\n") if line.strip()]
