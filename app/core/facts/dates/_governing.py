"""The verb that governs a date, read from the shared tagger's tags where the words alone
(`_clause`'s patterns) cannot tell a verb from a noun ("faces", "hopes", "hold").

Only called where `_context` has already found a tense word and needs to know whether a verb
between it and the date takes the date over: a handful of sentences per article, so the tagger's
cost stays small.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.core.facts.lexicon import lexicon

if TYPE_CHECKING:
    from app.core.facts.nlp.tagger import Token

# Have or has, and at most two adverbs, right before a participle: a present perfect ("have
# voted", "has already agreed", "have today published").
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have|having|['’]ve)\s+(?:[a-z]+ly\s+|not\s+|been\s+|already\s+|now\s+|also\s+|just\s+|today\s+){0,2}$",
    re.IGNORECASE,
)
# Tags of a finite verb of the present: "faces", "is", "hold" after its subject.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# A base form is finite after its subject ("MPs face a vote"), not after "to", a modal or an
# auxiliary ("to face", "will face", "did face").
_NOT_FINITE_BEFORE = frozenset({"TO", "MD", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG"})
# Present verbs that are no event of a day: being, having, saying, showing, seeming.
_NOT_AN_EVENT = frozenset(
    """
    is are am 's 're 'm do does say says tell tells add adds claim claims insist insists warn
    warns believe believes think thinks show shows suggest suggests mean means remain remains
    seem seems need needs want wants hope hopes expect expects know knows follow follows
    estimate estimates
    """.split()
)
# Verbs whose past is their base form: "announcements put out on Friday" is a past, whatever
# the tagger says.
_SAME_FORM_PAST = frozenset(
    "put set cut hit shut let quit spread cost hurt read beat bet bid cast forecast".split()
)
# Words that may put the date before the verb: "remains shut after a crash on Saturday", "faces
# charges for an attack on Friday", "up from 30 on Friday".
_BEHIND = frozenset("after since following over ago from than for of about against".split())
# Auxiliaries of a perfect or of possession: "has" before a participle is no new present.
_HAVE = frozenset({"has", "have", "'s", "’s", "'ve", "’ve"})


def is_present_perfect(text: str, lo: int, participle_start: int) -> bool:
    """Whether the past form at `participle_start` is the participle of a present perfect
    ("MPs have voted", "has already agreed"), reading back no further than `lo`."""
    return (
        _PERFECT_BEFORE.search(text, max(lo, participle_start - 40), participle_start) is not None
    )


# Verbs of facing or holding a coming event, in the present (`facing_present`).
_FACING = re.compile(
    r"\b(?:" + "|".join(sorted(lexicon("dates_facing_verbs.txt"), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def present_verb_between(text: str, lo: int, after: int, before: int) -> str | None:
    """How a finite verb of the present in `text[after:before]`, the words between a tense word
    and the date it might govern, reads the date: "ahead" when it is the last verb before the
    date, an active verb of an event ("have set aside money for refunds, which begin Monday"),
    with no "after" or "since" putting the date behind it; "present" for any other ("have
    backed the bill, which faces a final vote before Christmas" is "ahead"; "a vote is
    expected before Christmas" is "present"); None when there is none. The words are tagged
    from `lo` (the clause's start), so the tagger sees the subject before the verb."""
    # Imported here: the GUI reads `dates.labels` at start-up, and the tagger's numpy is the
    # engine's, loaded on the first analysis.
    return _last_present(text, lo, after, before)[0]


def _last_present(
    text: str, lo: int, after: int, before: int, hi: int | None = None
) -> tuple[str | None, str]:
    """`present_verb_between`'s reading, with the present verb it read (lower case; "" when
    there is none); the words are tagged up to `hi` when given (the clause's end), so that the
    tagger sees what follows a word ("holds steady in October, figures show")."""
    from app.core.facts.nlp.tagger import tag_sentence

    tokens = tag_sentence(text, lo, before if hi is None else hi)
    previous: Token | None = None
    found: str | None = None
    verb = ""
    for token in tokens:
        if token.start >= before:
            break
        if token.start >= after and _finite_present(token, previous):
            verb = token.text.lower()
            event = verb not in _NOT_AN_EVENT and verb not in _SAME_FORM_PAST
            found = "ahead" if event else "present"
        elif (
            token.text.lower() == "for"
            and previous is not None
            and previous.text.lower() == verb
            and _FACING.fullmatch(verb)
        ):
            pass  # "stands for re-election", "sits for a portrait": the verb's own "for"
        elif (
            (token.tag == "JJ" or token.text.lower() == "at")
            and previous is not None
            and previous.text.lower() == verb
            and _FACING.fullmatch(verb)
        ):
            found = "present"  # "holds steady", "stands at 4%": a state of now, no event
        elif token.tag.startswith("VB") or token.tag == "MD" or token.text.lower() in _BEHIND:
            found = "present" if found is not None else None
        elif found is not None and token.tag == "CD":
            found = "present"  # "stands at 4% in October", "holds 40 seats": a figure of now
        if token.tag != "RB":
            previous = token
    return found, verb if found is not None else ""


def facing_present(text: str, lo: int, before: int, hi: int) -> bool:
    """Whether the verb that governs a date at `before`, in a clause from `lo` to `hi` that has
    no tense word before the date, is a finite present of facing, holding or standing in a
    coming event ("The mayor faces a recall vote in March", "The union holds a ballot in May",
    "The MP stands again in May"): the last verb before the date, as `present_verb_between`
    reads it (no "after", "over", "for" or a figure putting the date behind or making it a
    figure of now: "faces charges over an attack in March", "stands at 4% in October")."""
    if _FACING.search(text, lo, before) is None:
        return False  # most dates: the tagger is not run
    found, verb = _last_present(text, lo, lo, before, hi)
    return found == "ahead" and _FACING.fullmatch(verb) is not None


def _finite_present(token: Token, previous: Token | None) -> bool:
    if token.text.lower() in _HAVE:
        return False  # "has seen", "have voted": a perfect, no present of its own
    if token.tag in _PRESENT_TAGS:
        return True
    return token.tag == "VB" and previous is not None and previous.tag not in _NOT_FINITE_BEFORE


# An aside of "who" or "which" set off by commas: ", who took office in January,".
_CLOSED_ASIDE = re.compile(r",\s+(?:who|which)\b[^,;]*,")


def present_after_aside(text: str, lo: int, word_start: int, start: int) -> bool:
    """Whether the past word at `word_start`, the tense word nearest before the date at
    `start` in the clause that opens at `lo`, stands in an aside of "who" or "which" closed by
    a comma before the date, and the verb after the aside is a finite present of an event
    ("The mayor, who took office in January, faces a recall vote in March": "faces"), not of
    being or saying (`present_verb_between`)."""
    aside = next(
        (m for m in _CLOSED_ASIDE.finditer(text, lo, start) if m.start() < word_start < m.end()),
        None,
    )
    return aside is not None and present_verb_between(text, lo, aside.end(), start) == "ahead"


# Auxiliaries before a participle that make it a perfect: "have today published".
_PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'ve", "’ve"})
_PAST_TAGS = frozenset({"VBD", "VBN"})


def past_verb_governs(text: str, lo: int, start: int, hi: int) -> bool:
    """Whether the verb nearest an adverb of time at `start` ("today") in its clause
    `text[lo:hi]` is a past one: the verb right after it ("Ministers today published
    figures", "have today published"), else the last verb before it ("published figures today
    showing ..."). A past verb makes "today" the day of an event, not "nowadays"."""
    from app.core.facts.nlp.tagger import tag_sentence

    tokens = tag_sentence(text, lo, hi)
    at = next((i for i, token in enumerate(tokens) if token.start == start), None)
    if at is None:
        return False
    following = next((t for t in tokens[at + 1 :] if t.tag != "RB"), None)
    if following is not None and following.tag.startswith("VB"):
        return following.tag in _PAST_TAGS
    before = [t for t in tokens[:at] if t.tag.startswith("VB") or t.tag == "MD"]
    if not before:
        return False
    verb = before[-1]
    if verb.tag == "VBD":
        return True
    auxiliary = before[-2].text.lower() if len(before) > 1 else ""
    return verb.tag == "VBN" and auxiliary in _PERFECT_AUXILIARIES
