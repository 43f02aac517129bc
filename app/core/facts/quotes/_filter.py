"""Tell quotations from scare quotes, titles and terms that merely sit in quotation marks.

Heuristics, tuned on bbc-facts-dev and PolNeAR train (read for errors, no learned weights):

* a naming cue right before the marks ("so-called", "dubbed", "known as", "the term", "a play
  called") makes it a term, not a quotation, unless the naming verb is someone's act: with an
  object of its own ("called the plan", "labelled the court") or after a relative and its subject
  ("what Ms Doe called", "whom he dubbed"), what is in the marks is that someone's verdict, a
  quotation, unless it reads as a proper name ("called the ferry “the Old Kettle”");
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
_TITLE_CONTEXT = re.compile(
    r"(?:\b(?:on|of|in|at|from|for|to|the|by|like)|['’]s?)\s*$", re.IGNORECASE
)
_NAMING = re.compile(
    r"\b(?:(?P<object>(?:dubbed|nicknamed|named|labell?ed|branded|termed|called)"
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
_DETERMINERS = frozenset("a an the".split())
# "what Ms Doe called", "whom he dubbed", "which the mayor has called": a relative, its subject
# (a few words) and the naming verb, right before the marks (an article may come between).
_RELATIVE_NAMING = re.compile(
    r"\b(?:what|which|whom|who|that)\s+(?P<subject>(?:[\w.'’-]+\s+){1,6}?)"
    r"(?:dubbed|nicknamed|labell?ed|branded|termed|called|calls|dubs)\s+(?:(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)
_RELATIVE_REACH = 70
# A form of "be" in the relative's subject makes the naming verb passive ("what was called").
_PASSIVE = frozenset("is was were are be been being 's".split())
_CONTRACTED_IS = re.compile(r"^[a-z]+['’]s$")  # "what's called", "that's called"
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
    verdict = _after_naming(text, span, words)
    if verdict is not None:
        return verdict
    window = text[max(0, span.outer_start - 40) : span.outer_start]
    closing = text[span.start : span.end].rstrip()[-1:] in (".", "?", "!", ",", "…")
    if _title_like(words) and (
        not closing or _TITLE_CONTEXT.search(window) is not None or not has_cue
    ):
        return False
    # A comma inside the marks ends a said sentence only when the marks open the sentence
    # ('“It works,” ...'); mid-sentence it is US punctuation: 'the front trunk, or “frunk,”
    # holds a bag' is a term unless someone is cued as saying it.
    last = text[span.start : span.end].rstrip()[-1:]
    ends_sentence = last in (".", "?", "!", "…") or (last == "," and _opens_sentence(text, span))
    if len(words) <= SHORT_WORDS and not ends_sentence:
        return has_cue or _FIRST_PERSON.search(inner) is not None
    return True


def is_headline_quotation(text: str, span: MarkedSpan, start: int, end: int) -> bool:
    """Whether the words text[start:end] in `span`'s marks, in a headline, are someone's words:
    not a title ("'Dancing with the Stars'") nor a term after a naming word, however short (a
    headline quotes one word: "UK's 'useless' quangos")."""
    words = _WORD.findall(text[start:end])
    if not words:
        return False
    verdict = _after_naming(text, span, words)
    return verdict if verdict is not None else not _title_like(words)


def _after_naming(text: str, span: MarkedSpan, words: list[str]) -> bool | None:
    """For words in marks after a naming word ("called", "dubbed"), whether they are someone's
    verdict ("called the plan “a template for every harbour”") rather than a name or a term
    (`_verdict`); None when no naming word comes right before the marks."""
    window = text[max(0, span.outer_start - 40) : span.outer_start]
    naming = _NAMING.search(window)
    return _verdict(text, span.outer_start, naming, words) if naming else None


def _verdict(text: str, opening: int, naming: re.Match[str], words: list[str]) -> bool:
    """Whether words in marks after a naming cue are someone's verdict: the naming verb is an act
    of a subject (it has an object, or a relative and a subject before it: "whom Ms Doe called")
    and the words do not read as a proper name ("the Hump")."""
    if _proper_name(words):
        return False
    obj = naming.group("object")
    if obj is not None and any(w.lower() not in _DETERMINERS for w in _WORD.findall(obj)[1:]):
        return True  # "called the plan", "labelled the court": an object of its own
    lead = text[max(0, opening - _RELATIVE_REACH) : opening]
    relative = _RELATIVE_NAMING.search(lead)
    return relative is not None and not any(
        w.lower() in _PASSIVE or _CONTRACTED_IS.search(w) for w in relative.group("subject").split()
    )


def _opens_sentence(text: str, span: MarkedSpan) -> bool:
    """Whether the opening mark starts a sentence: nothing but a sentence end, a colon, another
    closing mark or a line break before it."""
    before = text[max(0, span.outer_start - 3) : span.outer_start].rstrip(" \u00a0")
    return not before or before[-1] in ".?!:\n”\"’'"


def _proper_name(words: list[str]) -> bool:
    """Every content word capitalised ("the Old Kettle", "Hump"): a name, not a verdict."""
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _title_like(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content or not words[0][:1].isupper():
        return False
    # "It works" is said; a lone "We" in marks ("the use of “We.”") is a name or a word mentioned.
    if len(words) > 1 and words[0].lower().replace("’", "'") in _SPEAKING_OPENERS:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in content)
