"""Whether the subject of a speech verb is the one who speaks.

Most of the time it is ("Ana Ruiz said: '...'"), but not in three shapes the grammar shows:

- a passive: 'Tom Vance was asked, "Where were you born?"' (the words are put to him; the one
  who speaks is the agent after "by", if the sentence names one);
- a thing that speaks: 'Ana Ruiz held up a sign saying "..."', 'a headline that said "..."' (the
  verb's subject is the common noun right before it, not the person the clause opens with);
- a later verb that introduces the quotation: 'Ortega said it was fine as the heckler yelled:
  "..."' (the quotation belongs to the verb that stands right before it, colon or comma and the
  mark, not to the plain "said" earlier in the sentence).

The tags come from the shared tagger (`nlp.tagger`); nothing here is a list of speakers.
"""

from __future__ import annotations

import re

from app.core.facts.nlp.tagger import tag_sentence
from app.core.facts.quotes._phrases import WINDOW, Cue, subject_after
from app.core.facts.quotes._speaker_shape import reads_as_name_or_role

# A form of "be" (and an adverb or two) right before a speech verb makes it passive.
_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been|being|be|get|got|gets)(?:[ \u00a0]+\w+ly)?[ \u00a0]*$", re.I
)
# Nouns that stand for their author when they "say" something: the author speaks.
_WRITTEN = frozenset(
    """statement statements letter letters email emails tweet tweets post posts message messages
    memo release note notes""".split()
)
_COMMON_NOUNS = frozenset({"NN", "NNS"})
_RELATIVES = frozenset({"that", "which"})


def is_passive(text: str, lo: int, verb_start: int, verb_end: int | None = None) -> bool:
    """Whether the speech verb at `verb_start` is passive ("was asked", "were told"; "X, 54,
    described as having a '...'": a verb that needs an object has none before "as")."""
    if _PASSIVE.search(text, max(lo, verb_start - 40), verb_start) is not None:
        return True
    if verb_end is None or text[verb_start:verb_end].lower() not in _NAMING_VERBS:
        return False
    if _WHAT_SUBJECT.search(text, max(lo, verb_start - WINDOW), verb_start):
        return False  # "in what host Ana Ruiz described as": "what" is the object, fronted
    return _AS.match(text, verb_end) is not None


# Verbs that name or describe their object ("described it as"): with "as" right after them
# they are passive participles ("a man described as 'dangerous'").
_NAMING_VERBS = frozenset("described branded labelled labeled dubbed billed styled".split())
_AS = re.compile(r"[ \u00a0]+as\b")
# "what" and a short subject right before the verb: a free relative whose object is "what".
_WHAT_SUBJECT = re.compile(r"\b[Ww]hat[ \u00a0]+(?:[\w'’.-]+[ \u00a0]+){1,4}$")


def passive_agent(text: str, verb_end: int, stop: int) -> Cue | None:
    """The agent of a passive speech verb: 'was asked by host Ana Ruiz' -> "host Ana Ruiz"."""
    stop = min(stop, verb_end + WINDOW)
    by = re.match(r"[ \u00a0]+(?:\w+[ \u00a0]+)?by[ \u00a0]+", text[verb_end:stop])
    if by is None:
        return None
    agent = subject_after(text, verb_end + by.end(), stop)
    return agent if agent is not None and reads_as_name_or_role(agent.phrase) else None


def noun_subject(text: str, lo: int, verb_start: int, verb: str) -> str | None:
    """The common noun that is a speech verb's own subject ("a sign saying", "a headline that
    said", "one of her ads asking"), lower-cased; None when the verb's subject is elsewhere ("X
    criticised the plan, saying": a comma sets the participle off; "Ana Ruiz said")."""
    tokens = tag_sentence(text, max(lo, verb_start - WINDOW), verb_start)
    if not tokens:
        return None
    last = tokens[-1]
    if last.text.lower() in _RELATIVES and not verb.endswith("ing") and len(tokens) > 1:
        last = tokens[-2]  # "a headline that said": the relative's head noun
    elif not verb.endswith("ing"):
        return None
    if text[last.end : verb_start].strip(" \u00a0") not in ("", "that", "which"):
        return None
    if last.tag not in _COMMON_NOUNS or not last.text.islower():
        return None
    return last.text


def is_written(noun: str) -> bool:
    """Whether a noun is something written that speaks for its author ("a statement saying")."""
    return noun in _WRITTEN


def introduces(window: str, verb: re.Match[str]) -> bool:
    """Whether a finite speech verb stands right before the quotation, with only a colon or a
    comma between ('the heckler yelled: "'): it, not an earlier verb, introduces the words."""
    return not verb.group().endswith("ing") and window[verb.end() :].strip() in (":", ",")
