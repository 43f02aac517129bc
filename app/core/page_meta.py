"""What a page says about itself: title, authors, site, publication date and address.

`PageMeta` is filled by the format readers from the file's own metadata (a web page's JSON-LD
and meta tags, a Word document's core properties), by the URL fetcher (`url`) and by the
analysis from the text itself (a dateline or "Published:" line, a "By NAME" byline). Every
field may be unknown: None, or no authors. The JSON output carries it as the contract's `meta`
object (`to_json`).
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass
from typing import Any

from app.core.datelines import AGENCY_PATTERN

# A byline: "By Ana Ruiz", "By Ana Ruiz and Tom Lee, Staff Reporters", "BY ANA RUIZ |
# 3 March 2024". Names are capitalised words (with initials, particles and hyphens).
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|del|la|le|bin|al-\w+))*"
_BYLINE = re.compile(
    rf"^\s*(?:[Bb]y|BY)\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*(?:$|[,|–—•·(]|\s-\s|\s+\d)"
)
# Words that end a byline's names or show the "name" is not a person's.
_NOT_A_NAME = frozenset(
    {"by", "staff", "reporter", "reporters", "correspondent", "editor", "writer", "the", "updated"}
)
# A date run into a byline's name ("Jeff Foust<br>Monday, November 18") is cut off; months
# that are also first names (April, May, June, August) are left alone.
_DATE_WORD = re.compile(
    r"\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march"
    r"|july|september|october|november|december|updated|published)\b.*$",
    re.IGNORECASE,
)
# A news agency named after a reporter ("Tom Lee Associated Press") credits the agency.
_AGENCY = rf"(?:the\s+)?{AGENCY_PATTERN}"
_AGENCY_TAIL = re.compile(rf"\s+{_AGENCY}$", re.IGNORECASE)
_AGENCY_ALONE = re.compile(rf"^{_AGENCY}$", re.IGNORECASE)
_DOMAIN = re.compile(r"\w\.(?:com|org|net|co|uk|ru|de|fr|br|in|io)\b", re.IGNORECASE)
_MAX_NAME_WORDS = 5
_MAX_AUTHORS = 6
# Titles that are a program's placeholder, not the document's (see `is_placeholder_title`).
_PLACEHOLDER_TITLE = re.compile(
    r"""^(?:
        \(?\s*(?:anonymous|untitled|no\ title|none|null|undefined|title|document|home|index)\s*\)?
        |untitled(?:\s+(?:document|page|presentation|spreadsheet))?(?:\s*[-_(]?\s*\d+\)?)?
        |(?:new\s+)?(?:microsoft\s+)?word\s+document(?:\s*\(\d+\))?
        |microsoft\s+(?:word|powerpoint|excel)\s*-\s*.*
        |doc(?:ument)?\s*\d+
        |(?:title|headline)\s+(?:goes\s+)?here
        |.*\.(?:docx?|pdf|odt|rtf|txt|tex|indd|pages|html?|qxd)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Author names that a program or a machine's setup filled in, not a person's name: Word takes
# the author from the user account ("Administrator", "Windows User", "Preferred Customer").
_PLACEHOLDER_AUTHOR = re.compile(
    r"""^(?:
        (?:the\ )?(?:administrator|admin|user|owner|author|unknown|anonymous|none|null|guest
           |default|test|root|me|customer|pc|name|your\ name|author\ name|owner\ name)
        |(?:windows|microsoft(?:\ office)?|office|mac|apple|authori[sz]ed|licensed|registered
           |valued|preferred|default|local|standard)\ (?:user|customer|owner|admin)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class PageMeta:
    """A page's or document's metadata; every field may be unknown.

    Attributes:
        title: the title the page declares (og:title, JSON-LD headline), else the article's.
        authors: the authors' names, in the order given, each once.
        site: the site's or publisher's name ("The Harwick Post").
        published: the publication date (never a modification date where both are given).
        url: the page's address: the one it was fetched from, else its canonical URL.
    """

    title: str | None = None
    authors: tuple[str, ...] = ()
    site: str | None = None
    published: datetime.date | None = None
    url: str | None = None

    def filled_from(self, other: PageMeta) -> PageMeta:
        """These values, with the unknown ones taken from `other`."""
        return PageMeta(
            title=self.title or other.title,
            authors=self.authors or other.authors,
            site=self.site or other.site,
            published=self.published or other.published,
            url=self.url or other.url,
        )

    def replace(self, **changes: Any) -> PageMeta:
        """A copy with the given fields changed."""
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The contract's `meta` object: all five keys, None/[] when unknown."""
        return {
            "title": self.title,
            "authors": list(self.authors),
            "site": self.site,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
        }

    def line(self) -> str:
        """One line for a reader: "Ana Ruiz, Tom Lee · The Harwick Post · 3 March 2024"."""
        parts = []
        if self.authors:
            parts.append(", ".join(self.authors))
        if self.site:
            parts.append(self.site)
        if self.published:
            parts.append(f"{self.published.day} {self.published:%B %Y}")
        return " · ".join(parts)


def is_placeholder_title(title: str | None) -> bool:
    """Whether a declared title is a program's placeholder ("Untitled", "Microsoft Word - x").

    An empty title, one without letters or digits, and a file name count as placeholders too.
    """
    if title is None:
        return True
    text = " ".join(title.split())
    if not any(char.isalnum() for char in text):
        return True
    return bool(_PLACEHOLDER_TITLE.match(text))


def is_placeholder_author(name: str | None) -> bool:
    """Whether a declared author is a program's or an account's placeholder ("Administrator").

    An empty name, one without letters, and one in brackets ("(anonymous)") count too.
    """
    if name is None:
        return True
    text = " ".join(name.split()).strip("()[]<> ")
    if not any(char.isalpha() for char in text):
        return True
    return bool(_PLACEHOLDER_AUTHOR.match(text))


def declared_authors(values: list[str | None]) -> tuple[str, ...]:
    """The authors a file's own metadata names (a PDF's /Author, a Word file's creator).

    Each value may hold several names ("Ana Ruiz; Tom Lee"); placeholders ("Administrator",
    "Windows User") and what does not look like a person's name (a login such as "jdoe", an
    e-mail address) are left out, as placeholder titles are (`is_placeholder_title`).
    """
    names = [value for value in values if value and not is_placeholder_author(value)]
    return tuple(name for name in clean_authors(names) if not is_placeholder_author(name))


def clean_authors(names: list[str], site: str | None = None) -> tuple[str, ...]:
    """Author names as people read them: no "By", e-mail, address or site name; each once.

    A value that holds several names ("Ana Ruiz and Tom Lee", "Ana Ruiz, Tom Lee") is split.
    """
    found: list[str] = []
    for value in names:
        value = " ".join(value.split())
        value = re.sub(r"^(?:by|written by|posted by)\s*:?\s+", "", value, flags=re.IGNORECASE)
        for part in re.split(r"\s*(?:,|;|\||\b(?i:and)\b|&)\s*", value):
            name = re.sub(r"\s+for\s+.*$", "", part)  # "Ana Ruiz for NJ.com"
            name = _DATE_WORD.sub("", name).strip(" .·•-–—")
            if site and name.lower().endswith(" " + site.lower()):  # "Ana Ruiz USA TODAY"
                name = name[: -len(site)].strip(" .·•-–—")
            name = _AGENCY_TAIL.sub("", name)
            if name.isupper() and len(name) > 3:  # "ANA RUIZ" as people write the name
                name = name.title()
            if not _looks_like_name(name) or (site and name.lower() == site.lower()):
                continue
            if name.lower() not in (known.lower() for known in found):
                found.append(name)
    people = [name for name in found if not _AGENCY_ALONE.match(name)]
    # "Ana Ruiz, Associated Press": the agency is her employer, not a second author.
    return tuple((people or found)[:_MAX_AUTHORS])


def _looks_like_name(name: str) -> bool:
    if not name or "@" in name or "/" in name or "http" in name.lower() or "*" in name:
        return False
    if _DOMAIN.search(name):  # "Gazette.com" is a site
        return False
    words = name.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or any(char.isdigit() for char in name):
        return False
    return name[0].isupper() and not any(word.lower() in _NOT_A_NAME for word in words)


def byline_authors(lines: list[str]) -> tuple[str, ...]:
    """The authors a "By NAME" line among the given lines (the top of an article) names.

    "By" also opens a time ("By Christmas, the shops ...", "By Friday, ...") or a manner: a
    name that is one word, unless it is a news agency's ("By Reuters"), or that holds a day's,
    a month's or a feast's word is no byline's.
    """
    for line in lines:
        match = _BYLINE.match(line)
        if match:
            authors = clean_authors([match.group(1)])
            authors = tuple(name for name in authors if _bylined(name))
            if authors:
                return authors
    return ()


def _bylined(name: str) -> bool:
    """Whether a name read after "By" may be a writer's (see `byline_authors`)."""
    words = name.lower().split()
    if _AGENCY_ALONE.match(name):
        return True
    return len(words) > 1 and not any(word in _TIME_WORDS for word in words)


# Words of a time that "By" may open ("By Boxing Day", "By New Year's Eve", "By Monday").
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december day days year years eve christmas
    easter midnight noon dawn then now""".split()
)
