"""A web page's publication date, from its metadata: the date relative dates are said on.

News pages state when they were published for search engines and social sites: Open Graph's
`article:published_time`, schema.org's `datePublished` (as a meta tag, an itemprop or in JSON-LD),
and older `pubdate`/`date`/Dublin Core meta tags. The first of these that holds an ISO date
(`2019-11-19`, `2019-11-19T08:12:00Z`) wins; a modified date is never used. 71 of the 92 benchmark
pages in ../shared/data/html state one this way.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

# Meta names and properties, most specific first (lower case).
_META_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])")
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def page_published(tree: Any) -> dt.date | None:
    """The publication date an lxml HTML tree states in its metadata, or None."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (
            (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        )
        if key in _META_KEYS and key not in found:
            found[key] = meta.get("content") or ""
    candidates = [found[key] for key in _META_KEYS if key in found]
    for element in tree.xpath('//*[@itemprop="datePublished"]'):
        candidates.append(element.get("datetime") or element.get("content") or "")
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        candidates += _JSON_LD_DATE.findall(script.text or "")
    for value in candidates:
        date = iso_date(value)
        if date is not None:
            return date
    return None


def iso_date(value: str) -> dt.date | None:
    """The calendar date an ISO date or timestamp starts with, or None."""
    match = _ISO_DATE.match(value)
    if match is None:
        return None
    try:
        date = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return date if 1900 <= date.year <= 2200 else None
