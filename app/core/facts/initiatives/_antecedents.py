"""Who a pronoun or a description of a body stands for inside its own sentence.

Helpers of `_actor.actor_name`: the same "it"/"he"/"she" as the subject of an earlier clause
joined by "and"/"but" (`earlier_subject`), the named body the sentence opens on (`own_body`)
or the described one ("The port said it would ...": `own_description`), and whether a
description is inside what a named body reports (`reports`); and `is_person`, which they share
with the actor's other readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.lexicon import first_names, speech_verbs
from app.core.facts.nlp.names import NameKind, name_kind
from app.core.facts.nlp.phrases import PROPER_TAGS, Phrase
from app.core.facts.nlp.tagger import Token


def is_person(words: Sequence[str]) -> bool:
    """True when capitalised `words` name a person ("Mr Blair", "Jane Okafor", "Paul": a first
    name alone)."""
    lowered = [w.lower().rstrip(".") for w in words]
    titled = [w for w in lowered[:1] if w in {"mr", "mrs", "ms", "dr", "sir", "lord", "lady"}]
    if len(words) == 1 and lowered[0] in first_names():
        return True
    return name_kind(words[len(titled) :], titled) is NameKind.PERSON


def reports(tokens: Sequence[Token], k: int, name: str) -> bool:
    """Whether `name` is named (not as an owner) before a speech verb that comes before token
    `k` in the sentence, so that a description at `k` is inside what `name` said."""
    words = name.split()
    n = len(words)
    for i in range(k - 1, 0, -1):
        if tokens[i].tag.startswith("VB") and tokens[i].text.lower() in speech_verbs():
            # The name itself, not an owner ("Brightwater's partner said the firm ...").
            return any(
                [t.text for t in tokens[j : j + n]] == words and tokens[j + n].tag != "POS"
                for j in range(i - n + 1)
            )
    return False


def earlier_subject(tokens: Sequence[Token], k: int, pronoun: str | None) -> int | None:
    """The index of the same subject pronoun as token `k` ("it", "he", "she", before its verb)
    as the subject of an earlier clause of the sentence joined by "and"/"but", or None."""

    def subject(i: int) -> bool:
        after = tokens[i + 1].tag if i + 1 < len(tokens) else ""
        return (
            tokens[i].text.lower() == pronoun
            and tokens[i].tag == "PRP"
            and after.startswith(("VB", "MD", "RB"))
        )

    if pronoun is None or not subject(k):
        return None
    for i in range(k):
        if subject(i) and any(t.tag == "CC" for t in tokens[i + 1 : k]):
            return i
    return None


def own_body(tokens: Sequence[Token], k: int, discourse: Discourse) -> Phrase | None:
    """The name the sentence opens on as its subject ("Vexar has cut the debt it took on"), a
    body that "it" at token `k` stands for, or None: when it may be a person's name, when it
    is not right before its verb, or when another name or a "he"/"she" comes before `k`."""
    start = 1 if tokens and tokens[0].text.lower() == "the" else 0
    end = start
    while end < k and tokens[end].tag in PROPER_TAGS:
        end += 1
    verb = _past_adverbs(tokens, end, k)
    if end == start or verb >= k or not tokens[verb].tag.startswith(("VB", "MD")):
        return None
    between = tokens[end:k]
    if any(t.tag in PROPER_TAGS or t.text.lower() in {"he", "she"} for t in between):
        return None
    words = [t.text for t in tokens[start:end]]
    if is_person(words):
        return None
    if name_kind(words, []) is NameKind.ORGANISATION:
        return Phrase(start, end, end - 1, start)
    # A short name ("Vexar") stands for a body the article introduced by a longer name that no
    # first name or title marks as a person; a name never introduced may be anyone's.
    known = discourse.full_name(" ".join(words), tokens[start].start)
    if known is None or is_person(known.name.split()):
        return None
    return Phrase(start, end, end - 1, start)


def own_description(tokens: Sequence[Token], k: int, discourse: Discourse) -> Phrase | None:
    """The description of a body the sentence opens on as its subject ("The port said it would
    create ..."), that "it" at token `k` stands for when the tracker knows which body it is;
    None when the sentence opens otherwise, when a name or a "he"/"she" comes before `k`, or
    when the description names no body the article introduced and does not say "it" right
    after its verb of saying."""
    if not tokens or tokens[0].text.lower() != "the":
        return None
    end = 1
    while end < k and tokens[end].tag in {"NN", "JJ"}:
        end += 1
    if end == 1 or end >= k or tokens[end - 1].tag != "NN":
        return None
    verb = _past_adverbs(tokens, end, k)
    if verb >= k or not tokens[verb].tag.startswith(("VB", "MD")):
        return None
    between = tokens[end:k]
    if any(t.tag in PROPER_TAGS or t.text.lower() in {"he", "she"} for t in between):
        return None
    written = " ".join(t.text for t in tokens[:end])
    entity = discourse.resolve(written, tokens[0].start)
    said = tokens[verb].text.lower() in speech_verbs() and k - verb <= 2
    if (entity is None or entity.kind is not NameKind.ORGANISATION) and not said:
        return None
    # "The harbour said it would ...": the harbour's, whoever was named before, even when the
    # tracker cannot say which body it is.
    return Phrase(0, end, end - 1, 0)


def _past_adverbs(tokens: Sequence[Token], k: int, end: int) -> int:
    """The index of the first token from `k` (before `end`) that is no adverb: the verb after
    a subject in "Vexar also said", "The port later said"."""
    while k < end and tokens[k].tag == "RB":
        k += 1
    return k
