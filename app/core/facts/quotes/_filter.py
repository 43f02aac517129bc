"""Tell quotations from scare quotes, titles and terms that merely sit in quotation marks.

Heuristics, tuned on bbc-facts-dev and PolNeAR train (read for errors, no learned weights):

* a naming cue right before the marks ("so-called", "dubbed", "known as", "the term", "called"
  with nothing in between) makes it a term, not a quotation; "called the plan" + more than a few
  words is a verdict someone gave, so a quotation;
* title-like content (every longer word capitalised: a film, a book, a show, a nickname, a
  subheading) is not a quotation;
* a short fragment (up to `SHORT_WORDS` words) counts only when a speaker goes with it (X said
  he understood it "very well"; Ms Doe offered help but not for "free", see
  `quotes._attribute_fragments`) or it speaks in the first person;
* anything longer, or ending like a sentence, is a quotation.
"""

from __future__ import annotations

import re

from app.core.facts.quotes._marks import MarkedSpan

SHORT_WORDS = 3
# Title-case words with a closing mark inside (US style: on "Face the Nation,") are a title after
# these words, or when nobody is quoted; with a speaker ('"Hopefully," he said') they are words.
_TITLE_CONTEXT = re.compile(r"(?:\b(?:on|of|in|at|from|for|to|the|by)|['’]s?)\s*$", re.IGNORECASE)
_NAMING = re.compile(
    r"(?:(?P<object>(?:dubbed|nicknamed|named|labell?ed|branded|termed|called)"
    r"(?: (?!for\b|on\b|in\b|off\b)[\w'’-]+){1,3} ?)|"  # dubbed the ferry "...", not called for
    r"so[- ]called|dubbed|known as|nicknamed|titled|entitled|named|labell?ed|branded|"
    r"termed|called|the (?:word|words|term|phrase|slogan|hashtag|headline|motto|label|name)|"
    r"the (?:book|film|movie|show|song|album|series|programme|program|play|novel|report|"
    r"article|column|documentary|campaign))\s*$",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I’m|I've|I’ve|we|we're|we’re|our|us|my|me)\b", re.IGNORECASE
)
# First words that make title-case text a sentence someone says, not a title.
_SPEAKING_OPENERS = frozenset(
    "i i'm i've we we're we've it it's you you're they he she this that there".split()
)
_WORD = re.compile(r"[\w'’-]+")
_SMALL_WORDS = frozenset("a an and the of in on at to for or but with from by as vs".split())


def is_quotation(text: str, span: MarkedSpan, start: int, end: int, has_cue: bool) -> bool:
    """Whether the words text[start:end], found inside `span`'s marks, are someone's words.

    Args:
        text: the document text.
        span: the quotation-mark span the words come from.
        start: start of the (trimmed) words.
        end: end of the (trimmed) words.
        has_cue: whether a speaker cue was found for them.
    """
    inner = text[start:end]
    words = _WORD.findall(inner)
    if not words:
        return False
    window = text[max(0, span.outer_start - 40) : span.outer_start]
    naming = _NAMING.search(window)
    # "called the plan “a template for every harbour”" is someone's verdict, not a name: a naming
    # verb with an object and more than a few words in the marks is a quotation.
    if naming and not (naming.group("object") and len(words) > SHORT_WORDS):
        return False
    closing = text[span.start : span.end].rstrip()[-1:] in (".", "?", "!", ",", "…")
    if _title_like(words) and (
        not closing or _TITLE_CONTEXT.search(window) is not None or not has_cue
    ):
        return False
    if len(words) <= SHORT_WORDS and not closing:
        return has_cue or _FIRST_PERSON.search(inner) is not None
    return True


def _title_like(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content or not words[0][:1].isupper():
        return False
    if words[0].lower().replace("’", "'") in _SPEAKING_OPENERS:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in content)
