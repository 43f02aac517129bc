"""Appositions: "NAME, DESCRIPTION," -- a name set off by a description between commas.

`name_before_apposition(text, lo, end)` reads text[lo:end] that ends with ", DESCRIPTION," (or
", DESCRIPTION" right before a verb) and returns the name before the first comma: in "Ana Ruiz,
head of operations at Nordline, said", the speaker is Ana Ruiz, not Nordline.
`name_after_apposition(text, position, stop)` reads the other order, a name set off after a
description: "the firm's chief executive, Ana Ruiz." -> Ana Ruiz. `name_before_age` reads a name
with an age set off after it ("Ana Ruiz, 44, of Eastport, Maine, who ..., said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.facts.nlp.lexicon import NAME_RUN, NOT_NAMES, speech_verbs, titles

# A description is short and has no finite verb of its own ("head of operations at Nordline",
# "a former secretary of state"), or is a short relative clause ("who is an actor").
_MAX_DESCRIPTION_WORDS = 24
_NOT_IN_DESCRIPTION = frozenset(
    """is was are were has have had will would said says told who which that and but
    because when while if""".split()
)
_MAX_RELATIVE_WORDS = 14
_RELATIVES = frozenset({"who", "whose"})
# A relative clause has one verb group: a second auxiliary is the main clause's verb ("the
# engineers who had worked on it for years were tired").
_AUXILIARIES = frozenset("is was are were has have had will would".split())
# A company's suffix set off by a comma ("Nordline, Inc."): part of the description's name.
_BODY_SUFFIXES = frozenset({"inc", "ltd", "llc", "co", "corp", "plc", "lp", "llp", "ag", "sa"})
# ", Ana Ruiz." / ", Ana Ruiz, in a statement": a name set off by a comma, ending its clause.
_NAME_AFTER = re.compile(
    r",[ \u00a0]+(" + NAME_RUN.pattern + r")(?=[ \u00a0]*(?:[,.;:]|$)|[ \u00a0]+(?:in|on|at)\b)"
)
_WORD = re.compile(r"[\w'’.-]+")


def _describes(words: list[str]) -> bool:
    """Whether a description opens like one: lower case ("the former governor") or with an
    owner ("Clara's brother and Nordline's editor")."""
    return words[0].islower() or (len(words) > 1 and words[0].endswith(("'s", "’s")))


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text and its words."""

    start: int
    end: int
    text: str


def _before_list(text: str, lo: int, comma: int) -> int:
    """The comma before a list of names whose last comma is at `comma` ("Defense, Space, and
    Security": the one before "Defense"'s description), or -1."""
    previous = text.rfind(",", lo, comma)
    while previous >= 0 and NAME_RUN.fullmatch(text[previous + 1 : comma].strip()):
        comma, previous = previous, text.rfind(",", lo, previous)
    return previous


def name_before_apposition(text: str, lo: int, end: int) -> Span | None:
    """The name in "NAME, DESCRIPTION," when text[lo:end] ends with such an apposition."""
    tail = text[lo:end].rstrip()
    if not tail.endswith(","):
        return None
    close = lo + len(tail) - 1
    open_ = text.rfind(",", lo, close)
    if open_ >= 0 and text[open_ + 1 : close].strip().lower().rstrip(".") in _BODY_SUFFIXES:
        open_ = text.rfind(",", lo, open_)  # "..., head of sales for Nordline, Inc., says"
    if open_ < 0:
        return None
    if text[open_ + 1 : close].split()[:1] in (["and"], ["or"]):
        # "..., head of space at Boeing Defense, Space, and Security, said": the commas of a
        # list of names inside the description; the apposition opens before the list.
        open_ = _before_list(text, lo, open_)
        if open_ < 0:
            return None
    words = _WORD.findall(text[open_ + 1 : close])
    if not words or len(words) > _MAX_DESCRIPTION_WORDS:
        return None
    lowered = [w.lower() for w in words]
    # "Mr Guerrero, who is an actor, said": a short relative clause describes the name too,
    # alone or after a description ("a Republican from Arizona who leads a caucus in the House").
    relative = next((i for i, w in enumerate(lowered) if w in _RELATIVES), len(words))
    if relative < len(words) and (
        len(words) - relative > _MAX_RELATIVE_WORDS
        or any(w in speech_verbs() for w in lowered[relative:])
        or sum(w in _AUXILIARIES for w in lowered[relative:]) > 1
        or (relative > 0 and not _describes(words))
    ):
        return None
    head = words[:relative]
    if any(w.lower() in _NOT_IN_DESCRIPTION for w in head if not (w == "and" and _describes(head))):
        return None  # ("and" may join two descriptions: "the former governor and a candidate")
    name = _name_run_ending(text, lo, lo + len(text[lo:open_].rstrip()))
    if name is None:
        return None
    start = name.start
    linked = text[lo:start].split()[-1:]
    if linked and linked[0] in _LINKS and "," in text[lo:start]:
        # "Ana Ruiz, a spokeswoman for Harbour Watch, the monitor, said": the name is the object
        # of an earlier description; the person is the name before that one.
        return name_before_apposition(text, lo, open_ + 1)
    link = _AFFILIATION.search(text, lo, start)
    if link is not None:
        # "Senator Ana Ruiz of New Mexico, who ..., said", "Ana Ruiz of the Harbour Trust, the
        # tenants' group, said", "the Bank of England, the central bank, said": the name is
        # where the one named before the link is from, or part of its name.
        owner = _name_run_ending(text, lo, link.start())
        if owner is not None:
            return Span(owner.start, name.end, text[owner.start : name.end])
    return name


def _name_run_ending(text: str, lo: int, end: int) -> Span | None:
    """The run of capitalised words (titles and openers off) that ends right at `end`."""
    last = None
    for match in NAME_RUN.finditer(text, lo, end):
        last = match
    if last is None or last.end() != end:
        return None
    words = last.group().split()
    while words and words[0].lower().rstrip(".") in NOT_NAMES | titles():
        words = words[1:]
    if not words:
        return None
    start = last.end() - len(" ".join(words))
    return Span(start, last.end(), text[start : last.end()])


_LINKS = frozenset({"for", "of", "at", "with", "from", "by", "in"})
# "of", "from", "at" (and "the") right before a name, after a word: the link to its owner.
_AFFILIATION = re.compile(r"(?<=\S) (?:of|from|at)(?: the)? $")


def name_before_open_apposition(text: str, lo: int, end: int) -> Span | None:
    """The name in "NAME, DESCRIPTION" when text[lo:end] is just that, the description's closing
    comma left out before its verb ("Ana Ruiz, an analyst at the Harbour Institute told"): the
    name is the whole of what comes before the first comma, and the description opens with an
    article or "from"/"of"/"at" and holds no verb or clause word; or None."""
    words_end = len(text[lo:end].rstrip())
    comma = text.find(",", lo, lo + words_end)
    if comma < 0:
        return None
    name = NAME_RUN.fullmatch(text, lo + len(text[lo:comma]) - len(text[lo:comma].lstrip()), comma)
    words = _WORD.findall(text[comma + 1 : lo + words_end])
    if name is None or not words or len(words) > _MAX_DESCRIPTION_WORDS:
        return None
    lowered = [w.lower() for w in words]
    if lowered[0] not in _DESCRIPTION_OPENERS or lowered[-1] in NOT_NAMES:
        return None
    if any(w in _NOT_IN_DESCRIPTION and w != "and" for w in lowered):
        return None
    name_words = name.group().split()
    if len(name_words) < 2 or name_words[0].lower().rstrip(".") in NOT_NAMES:
        return None  # "Later, a fellow ..." is an opening word, not a name
    return Span(name.start(), name.end(), name.group())


# ("Ana Ruiz, from the Harbour Institute told": "from", "of" and "at" open one too.)
_DESCRIPTION_OPENERS = frozenset({"a", "an", "the", "from", "of", "at"})


def holder_of_apposition(text: str, lo: int, name_start: int) -> Span | None:
    """The name that opens "NAME, DESCRIPTION, OTHER," when OTHER starts at `name_start`: in "Ana
    Ruiz, the elder sister of the firm's heir, Carl, said", Carl renames the noun that ends the
    description ("heir"), and the clause's subject is Ana Ruiz; or None.

    The description must end with a lower-case noun (what OTHER renames) and the first name must
    open the clause (text[lo:] or right after an opening phrase's comma).
    """
    comma = text.rfind(",", lo, name_start)
    if comma < 0 or text[comma + 1 : name_start].strip():
        return None
    renamed = _WORD.findall(text[lo:comma])[-1:]
    if not renamed or not renamed[0].islower():
        return None
    holder = name_before_apposition(text, lo, comma + 1)
    if holder is None:
        return None
    lead = text[lo : holder.start].split()
    while lead and lead[-1][:1].isupper() and not lead[-1].endswith(","):
        lead.pop()  # a title before the name ("Prince", "Lord")
    return holder if not lead or lead[-1].endswith(",") else None


def name_after_apposition(text: str, position: int, stop: int) -> Span | None:
    """A name of two or more words set off by a comma at `position` (", Ana Ruiz." or ", Ana
    Ruiz, in a statement"), read no further than `stop`; or None."""
    match = _NAME_AFTER.match(text, position, min(stop, len(text)))
    if match is None or len(match.group(1).split()) < 2:
        return None
    return Span(match.start(1), match.end(1), match.group(1))


def aside_start(text: str, lo: int, end: int) -> int | None:
    """Where an aside that text[lo:end] ends with opens: a "which" clause set off by commas
    ("Harbour Media, which manages Ella Brandt,") or anything set off by spaced dashes ("Sam
    Ortiz - who manages Ella Brandt -"), right before a verb. A name inside it is what the aside
    is about, never the clause's subject; or None."""
    begin = max(lo, end - _ASIDE_REACH)
    window = text[begin:end]
    found = _DASH_ASIDE.search(window) or _WHICH_ASIDE.search(window)
    return begin + found.start() if found is not None else None


_ASIDE_REACH = 160
# (A comma between digits, "employs 3,000 people", is inside the aside, not its end.)
_WHICH_ASIDE = re.compile(r",[ \u00a0]+which\b(?:[^,;:!?\"“”]|(?<=\d),(?=\d)){1,120},[ \u00a0]*$")
_DASH_ASIDE = re.compile(r"[ \u00a0][-–—][ \u00a0][^-–—;:!?\"“”]{1,120}[ \u00a0][-–—][ \u00a0]*$")


# "Ana Ruiz, 44, of Eastport, Maine, who ..., said": a person's age set off right after the name.
_AGED_NAME = re.compile(r"(" + NAME_RUN.pattern + r"),[ \u00a0]+\d{1,3},[ \u00a0]")


def name_before_age(text: str, lo: int, end: int) -> Span | None:
    """The name in "NAME, AGE, DESCRIPTION," when text[lo:end] is just that (its last comma closing
    the description before the verb): an age set off after a name makes it a person, however long
    the description that follows (places, a relative clause); or None."""
    words_end = lo + len(text[lo:end].rstrip())
    begin = lo + len(text[lo:words_end]) - len(text[lo:words_end].lstrip())
    aged = _AGED_NAME.match(text, begin, words_end)
    if aged is None or not text[begin:words_end].endswith(","):
        return None
    name_words = aged.group(1).split()
    if len(name_words) < 2 or name_words[0].lower().rstrip(".") in NOT_NAMES:
        return None
    return Span(aged.start(1), aged.end(1), aged.group(1))
