"""A web page's metadata: title, authors, site name, publication date and canonical address.

News pages describe themselves for search engines and social sites. Read in this order, the
first that gives a field wins:

1. JSON-LD (`<script type="application/ld+json">`): the first article-like object (NewsArticle,
   Article, BlogPosting, ...; inside lists and `@graph` too) gives `headline`, `author` (a
   name, a Person, or a list of them), `publisher.name` and `datePublished`; a WebSite object
   gives the site's name.
2. Meta tags: `og:title`, `og:site_name`, `og:url`, `author`, `article:author` (when it is a
   name rather than a profile address), `application-name`.
3. The page itself: `itemprop="author"`, `rel="author"` links, a byline's class, a "By NAME"
   line, `<link rel="canonical">`.

The site's name is the first declared one that the page's address bears out ("Live Science" at
livescience.com), else the address's host: pages declare a section ("U.S.") or, for a syndicated
story, the agency as their site.

The publication date comes from `published.page_published` (meta tags, itemprop, JSON-LD), and
else from the first `<time datetime>` inside the article. Measured against trafilatura's
`extract_metadata` in `benchmarks/bench_html_meta.py`.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

from app.core.formats.published import iso_date, page_published
from app.core.page_meta import PageMeta, byline_authors, clean_authors, is_placeholder_title

_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "scholarlyarticle",
        "techarticle",
        "report",
        "liveblogposting",
        "socialmediaposting",
    }
)
_SITE_TYPES = frozenset({"website", "organization", "newsmediaorganization"})
# Not inside comments, whose authors are readers.
_NOT_IN_COMMENTS = (
    "[not(ancestor-or-self::*[contains(@class, 'comment') or contains(@id, 'comment')])]"
)
# A link to a writer's page ("/author/ana-ruiz/").
_AUTHOR_LINK = "//a[contains(@href, '/author/') or contains(@href, '/authors/')]" + _NOT_IN_COMMENTS
# A byline by its class.
_BYLINE_CLASS = (
    "//*[contains(@class, 'byline') or contains(@class, 'author-name')"
    " or contains(@class, 'article-author')][not(self::body)]" + _NOT_IN_COMMENTS
)
# A byline by its words, in an element no class names ("By Ana Ruiz | 3 March 2024").
_BY_LINE = (
    "//*[self::p or self::div or self::span or self::li]"
    "[starts-with(normalize-space(.), 'By ') or starts-with(normalize-space(.), 'BY ')]"
    + _NOT_IN_COMMENTS
)
_MAX_BYLINE_CHARS = 80
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d?)/(\d\d?)/")
# JSON-LD blocks larger than this are not metadata worth parsing.
_MAX_JSON_CHARS = 500_000


def page_meta(tree: Any, title: str | None = None) -> PageMeta:
    """The metadata an lxml HTML tree declares.

    Args:
        tree: the parsed page (not modified).
        title: the title already chosen for the page (`html.page_title`), used when the
            JSON-LD gives no headline.
    """
    article, site_object, nodes = _json_ld(tree)
    meta_tags = _meta_tags(tree)
    if title is None or is_placeholder_title(title):
        title = _text(article.get("headline")) or _text(article.get("name"))
    url = _url(tree, meta_tags, article)
    declared = (
        _first_name(article.get("publisher"), nodes),
        site_object.get("name"),
        meta_tags.get("og:site_name"),
        meta_tags.get("application-name"),
    )
    site = _site(declared, url)
    return PageMeta(
        title=None if is_placeholder_title(title) else title,
        authors=_authors(tree, article, nodes, meta_tags, site),
        site=site,
        published=_published(tree, article, url),
        url=url,
    )


def _authors(
    tree: Any,
    article: dict[str, Any],
    nodes: dict[str, dict[str, Any]],
    meta_tags: dict[str, str],
    site: str | None,
) -> tuple[str, ...]:
    """The first source that names people: JSON-LD, meta tags, itemprop, rel, a byline's class."""
    sources: tuple[Callable[[], list[str]], ...] = (
        lambda: _names(article.get("author"), nodes, lambda name: _shown(tree, name)),
        lambda: [meta_tags[key] for key in ("author", "article:author") if key in meta_tags],
        lambda: _element_texts(tree.xpath('//*[@itemprop="author"]')),
        lambda: _element_texts(tree.xpath('//a[@rel="author"]')),
        lambda: _element_texts(tree.xpath(_BYLINE_CLASS)),
        lambda: _sole_author_link(tree),
        lambda: list(byline_authors(_element_texts(tree.xpath(_BY_LINE)))),
    )
    for source in sources:
        authors = clean_authors(source(), site)
        if authors:
            return authors
    return ()


def _sole_author_link(tree: Any) -> list[str]:
    """The name of the author pages the page links to, when they all name one person (a page
    that links to several is listing other writers' articles beside its own)."""
    names = {" ".join(" ".join(a.itertext()).split()) for a in tree.xpath(_AUTHOR_LINK)[:20]}
    names.discard("")
    return list(names) if len(names) == 1 else []


def _element_texts(elements: list[Any]) -> list[str]:
    """The short texts of the first few elements (a byline, not an author's biography)."""
    # Words of neighbouring tags are kept apart ("Jeff Foust<span>Monday</span>").
    texts = [" ".join(" ".join(e.itertext()).split()) for e in elements[:3]]
    return [text for text in texts if len(text) <= _MAX_BYLINE_CHARS]


def _published(tree: Any, article: dict[str, Any], url: str | None) -> dt.date | None:
    """The metadata's date; the URL's (/2019/11/18/) when they are a day apart or there is none.

    A timestamp in UTC ("2019-11-19T02:10Z") can fall on the day after the one the site filed
    the story under. Without either, htmldate (trafilatura's) reads the page's markup.
    """
    published = page_published(tree) or iso_date(_text(article.get("datePublished")) or "")
    if published is None:
        for value in tree.xpath("(//article//time/@datetime | //time[@pubdate]/@datetime)[1]"):
            published = iso_date(str(value))
    from_url = _url_date(url or "")
    if from_url is not None and (published is None or abs((published - from_url).days) <= 1):
        return from_url
    if published is None:
        published = _htmldate(tree, url)
    return published


def _url_date(url: str) -> dt.date | None:
    match = _URL_DATE.search(url)
    if match is None:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _htmldate(tree: Any, url: str | None) -> dt.date | None:
    """htmldate's reading of the markup only (its search of the text guesses too freely)."""
    try:
        from htmldate import find_date

        # A copy: htmldate may prune the tree it is given, and the page is read after this.
        found = find_date(copy.deepcopy(tree), extensive_search=False, original_date=True, url=url)
    except Exception:  # a third-party reader must not make a page unreadable
        return None
    return iso_date(found or "")


def _meta_tags(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        value = " ".join((meta.get("content") or "").split())
        if key and value and key not in found:
            found[key] = value
    return found


def _json_ld(tree: Any) -> tuple[dict[str, Any], dict[str, Any], dict[str, dict[str, Any]]]:
    """(the first article-like JSON-LD object, the first site/organisation object, the objects
    by their `@id`: an article's author may be only a reference to a Person elsewhere in the
    `@graph`)."""
    article: dict[str, Any] = {}
    site: dict[str, Any] = {}
    nodes: dict[str, dict[str, Any]] = {}
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        source = script.text or ""
        if len(source) > _MAX_JSON_CHARS:
            continue
        try:
            data = json.loads(source)
        except ValueError:
            continue
        for item in _objects(data):
            if isinstance(item.get("@id"), str) and "name" in item:
                nodes.setdefault(item["@id"], item)
            kinds = {kind.lower() for kind in _types(item)}
            if not article and kinds & _ARTICLE_TYPES:
                article = item
            elif not site and kinds & _SITE_TYPES:
                site = item
    return article, site, nodes


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """The JSON-LD objects of a block: itself, the items of a list, of its `@graph`."""
    stack, seen = [data], 0
    while stack and seen < 200:  # a bound: a page controls this structure
        item = stack.pop(0)
        seen += 1
        if isinstance(item, list):
            stack[:0] = item
        elif isinstance(item, dict):
            yield item
            if isinstance(item.get("@graph"), list):
                stack[:0] = item["@graph"]


def _types(item: dict[str, Any]) -> list[str]:
    kind = item.get("@type")
    if isinstance(kind, str):
        return [kind]
    return [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else []


def _names(
    value: Any, nodes: dict[str, dict[str, Any]], shown: Callable[[str], bool] = bool
) -> list[str]:
    """The names an `author` value holds: a string, a Person/Organization, or a list of them.

    A reference to a Person elsewhere in the `@graph` (by its `@id`) counts only when the page
    shows that name: blog software fills it with the account that posted the article, which
    is not always the byline's writer.
    """
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values[:10]:
        text = _text(_first_name(item, nodes))
        referenced = isinstance(item, dict) and "name" not in item
        if text and (not referenced or shown(text)):
            names.append(text)
    return names


def _shown(tree: Any, name: str) -> bool:
    """Whether `name` is in the page's visible text (not its scripts, styles or meta tags)."""
    texts = tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]")
    return name.casefold() in " ".join(" ".join(texts).split()).casefold()


def _first_name(value: Any, nodes: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        if "name" not in value and isinstance(value.get("@id"), str):
            value = nodes.get(value["@id"], value)
        return value.get("name")
    return value


def _site(declared: tuple[Any, ...], url: str | None) -> str | None:
    """The site's name: the first declared name that the page's address bears out, else the
    address's host ("reuters.com") when the names declared are something else (a section,
    "U.S."; the agency of a syndicated story on a newspaper's site)."""
    names = [name for name in (_site_name(_text(value)) for value in declared) if name]
    host = (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
    if not names or not host:
        return names[0] if names else None
    return next((name for name in names if _names_host(name, host)), host)


def _names_host(name: str, host: str) -> bool:
    """Whether a site name fits its host: it holds the host's name ("NJ.com"), or a word of it,
    its initials or a word's first letters begin the host ("The New York Times" / nytimes.com,
    "Live Science" / livescience.com). A name in another script cannot be compared: it fits."""
    words = [w for w in re.findall(r"[a-z0-9]+", _folded(name)) if w != "the"]
    if not words:
        return True
    core = re.sub(r"[^a-z0-9]", "", _folded(host.rsplit(".", 1)[0]))
    initials = "".join(w[0] for w in words)
    return (
        (len(core) >= 2 and core in "".join(words))
        or any(len(w) >= 3 and w in core for w in words)
        or (len(initials) >= 2 and core.startswith(initials))
        or any(len(w) >= 4 and core.startswith(w[:3]) for w in words)
    )


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _site_name(site: str | None) -> str | None:
    """A site's name as a reader knows it: the first of a list of sections that some pages
    declare as their name ("Autoracing | F1 | Indy | MotoGP" -> "Autoracing")."""
    if site is None:
        return None
    parts = [part.strip() for part in site.split("|")]
    return parts[0] if len(parts) >= 3 and parts[0] else site


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _url(tree: Any, meta_tags: dict[str, str], article: dict[str, Any]) -> str | None:
    entity = article.get("mainEntityOfPage")
    candidates = [
        *(str(href) for href in tree.xpath('//link[@rel="canonical"]/@href')[:1]),
        meta_tags.get("og:url", ""),
        _text(article.get("url")) or "",
        _text(entity.get("@id") if isinstance(entity, dict) else entity) or "",
    ]
    for candidate in candidates:
        parts = urlsplit(candidate.strip())
        if parts.scheme in ("http", "https") and parts.netloc:
            return candidate.strip()
    return None
