"""What "it" or "its" stands for when its own sentence names a body by a description.

"Boeing sold three jets to the Ghanaian government ahead of its launch of a carrier": the
tracker (`nlp.discourse`) keeps named bodies only, so "its" would find Boeing; a reader takes
the nearest fitting body, "the Ghanaian government". `body_for_pronoun` reads the sentence as
the tracker reads a sentence's named bodies for "it" (`Organisations.last`): of the bodies
before the pronoun, named or described ("the ministry", "the state"), the first that may be
its clause's subject, else the last one. It answers only when that one is a description; a
named body stays the tracker's to resolve.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.nlp.bodies import FIRM_WORDS, ORGANISATION_NOUNS
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.lexicon import speech_verbs
from app.core.facts.nlp.names import NameKind, name_kind
from app.core.facts.nlp.phrases import PROPER_TAGS, VERB_TAGS, Phrase, phrases
from app.core.facts.nlp.tagger import Token

# Common nouns for a body "it" may stand for: a body's noun ("the ministry", "the carrier") or
# a place acting as one ("the state", "the city"); not "side", "body" or "paper", said of
# other things as often.
BODY_HEADS = (ORGANISATION_NOUNS - {"side", "body", "paper", "network"}) | (
    FIRM_WORDS
    | frozenset(
        """administration state country nation city county province parliament congress senate
        court police army cabinet""".split()
    )
)
# Words tagged as prepositions that open a clause, whose subject follows them.
_OPENS_CLAUSE = frozenset("that whether if because while although though since unless".split())
# Words before a phrase that make it an object, never its clause's subject.
_OBJECT_BEFORE = frozenset({"IN", "TO"}) | VERB_TAGS


def body_for_pronoun(
    text: str, tokens: Sequence[Token], k: int, discourse: Discourse
) -> Phrase | None:
    """The described body ("the Ghanaian government") that "it"/"its" at token `k` stands for,
    or None when the sentence names none before it or a named body comes first."""
    if k == 0:
        return None
    # (start offset, may be a subject, the described phrase or None for a named body)
    bodies: list[tuple[int, bool, Phrase | None]] = [
        (m.start, not m.weak, None)
        for m in discourse.organisations_between(tokens[0].start, tokens[k].start)
    ]
    for phrase in phrases(tokens[:k], text):
        head = tokens[phrase.head]
        before = tokens[phrase.start - 1] if phrase.start > 0 else None
        subject = before is None or before.tag not in _OBJECT_BEFORE
        if before is not None and before.text.lower() in _OPENS_CLAUSE:
            subject = True  # "told reporters that the airline will ...": its clause's subject
        if head.tag in PROPER_TAGS:
            # A name the tracker has not typed ("Norvik Airways told the regulator it ..."):
            # no person's, so it may be the body "it" stands for; the tracker's to resolve.
            words = [t.text for t in tokens[phrase.body : phrase.end]]
            if name_kind(words) is not NameKind.PERSON:
                bodies.append((tokens[phrase.start].start, subject, None))
            continue
        if head.text.lower() not in BODY_HEADS:
            continue
        owner = phrase.owner is not None and tokens[phrase.owner[0]].tag in PROPER_TAGS
        if tokens[phrase.start].text.lower() != "the" and not owner:
            if subject and _reports_it(tokens, phrase.end, k):
                # "A local business group said it would sue": the one reporting is "it"
                bodies.append((tokens[phrase.start].start, subject, phrase))
            continue  # "a carrier": no one in particular
        bodies.append((tokens[phrase.start].start, subject, phrase))
    if not any(described is not None for _, _, described in bodies):
        return None
    bodies.sort(key=lambda b: b[0])
    chosen = next((b for b in bodies if b[1]), bodies[-1])
    return chosen[2]


def _reports_it(tokens: Sequence[Token], end: int, k: int) -> bool:
    """Whether only a verb of saying (and "that") stands between a phrase ending at `end` and
    "it" at `k`: "A local business group said (that) it would ..."."""
    between = [t.text.lower() for t in tokens[end:k]]
    if between[-1:] == ["that"]:
        between = between[:-1]
    return len(between) == 1 and between[0] in speech_verbs()
