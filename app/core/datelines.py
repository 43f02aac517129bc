"""Datelines: where a news paragraph opens with the place and agency it was filed from.

"OSLO (Reuters) - Prices rose ...", "SAN JOSE, Calif. (AP) — ...", "LEEDS, 3 December - ...",
"(AFP) - ...", and a site's domain used the same way ("Harbournews.net - ..."). The dateline is
page furniture for its prefix only (`app.core.furniture`): the sentence after it is the news.
"""

from __future__ import annotations

import re

_LETTERS = re.compile(r"[^\W\d_]+")
# A dateline: "OSLO (Reuters) -", "SAN JOSE, Calif. (AP) —", "BERLIN --", "Indianapolis –".
# The day it was filed may follow the place: "LEEDS, 3 December -", "OSLO, Dec. 3 (Reuters) -".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*){0,4})"
    r"(?:\s*,\s*[A-Z][a-z]{1,12}\.?(?:\s[A-Z][a-z]{1,12}\.?)?)?"
    rf"(?P<day>\s*,\s*(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?)?"
    r"(?:\s*\((?:[A-Z][\w.&' -]{0,30})\))?"
    r"\s*(?:--|[-–—])\s+(?=\S)"
)
# A site's domain used as a dateline: "Harbournews.net - ", "(Gazette.com) -".
_SITE_DATELINE = re.compile(
    r"^\(?[A-Za-z][\w-]*\.(?:com|net|org|info|co\.uk|in|ru|am|ng)\)?\s*(?:--|[-–—])\s+(?=\S)",
    re.IGNORECASE,
)
# News agencies, as they sign a dateline ("(AP)") or a byline ("Ana Ruiz, Associated Press").
NEWS_AGENCIES = (
    "Associated Press",
    "AP",
    "Reuters",
    "Agence France-Presse",
    "AFP",
    "Bloomberg",
    "Press Association",
    "PA Media",
    "PA",
    "CNN",
    "UPI",
    "dpa",
    "IANS",
    "PTI",
)
AGENCY_PATTERN = (
    "(?:" + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in NEWS_AGENCIES) + ")"
)
_AGENCY = re.compile(rf"^\({AGENCY_PATTERN}\)\s*(?:--|[-–—])?\s*")


_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_DAY_OF_MONTH = re.compile(
    r"(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]+)|(?P<month2>[A-Za-z]+)\.?\s+(?P<day2>\d{1,2})"
)


def dateline_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a dateline that opens `text` and gives the day it was filed without its
    year ("LEEDS, 3 December - ", "OSLO, Dec. 3 (Reuters) - "), else None."""
    if not dateline_prefix(text):
        return None
    match = _DATELINE.match(text)
    if match is None or match["day"] is None or re.search(r"\d{4}", match["day"]):
        return None
    day = _DAY_OF_MONTH.search(match["day"])
    if day is None:
        return None
    month = _MONTH_NUMBERS.get((day["month"] or day["month2"])[:3].lower())
    number = int(day["day"] or day["day2"])
    return (month, number) if month is not None and 1 <= number <= 31 else None


def dateline_prefix(text: str) -> int:
    """The length of a dateline that opens `text` ("OSLO (Reuters) - "), else 0.

    The place must be in capitals (or a place and a state, "Indianapolis, Ind. -"), so a
    sentence that opens with a name and a dash ("Ana - who ...") is not taken for one.
    """
    match = _DATELINE.match(text)
    if match is not None:
        head = match.group(0)
        place = re.split(r"[,(]", head, maxsplit=1)[0].strip(" -–—")
        letters = "".join(_LETTERS.findall(place))
        marked = letters.isupper() or "(" in head or ("," in head and match["day"] is None)
        if letters and marked and len(place) <= 40:
            return match.end()
    agency = _AGENCY.match(text) or _SITE_DATELINE.match(text)
    return agency.end() if agency is not None else 0
