"""A subject that names a group by who its members are: "Leaders of 14 Pacific and Indian
Ocean nations agreed to set up a fund", "A team of students at the University of Carrow has
built an app". The actor is the whole subject, as written: its head alone ("Leaders", "A team")
names no one, and its last noun phrase ("Indian Ocean nations") is only part of who acts.

The clause reader takes the noun phrase nearest the verb as its subject, or the group's head
alone; here the chain of noun phrases linked by "of", "at", "from", "in", "and" or a comma that
runs up to the verb is read back to a head of a group or of people in a role (`_GROUPS`) with
an of/at phrase, and forward to the verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.nlp.phrases import Phrase, phrase_text
from app.core.facts.nlp.tagger import Token

# Heads of a group, or of people in a role, that an of/at phrase says who they are.
_GROUPS = frozenset(
    """team teams group groups leaders heads coalition consortium alliance delegation
    delegations panel network representatives ministers members officials researchers
    scientists engineers students""".split()
)
# Words that link the phrases of one subject: "Leaders of 14 Pacific and Indian Ocean nations".
_LINKS = frozenset({"of", "at", "from", "in", "and", ","})
# Words that say who the group is (after its head): not "and" nor a comma alone, and not a
# place the members come from ("Ministers from France and Germany" are the ministers).
_OWNERS = frozenset({"of", "at"})
# What may stand between the subject and its verb.
_BEFORE_VERB = frozenset({"MD", "RB", "VBD", "VBZ", "VBP", "VB", "VBN", "VBG"})
_REACH = 14  # tokens of one subject at most: a longer chain is no name a reader scans


def group_subject(
    text: str, tokens: Sequence[Token], phrases: Sequence[Phrase], subject: Phrase
) -> str | None:
    """The whole subject as written when `subject` is, or lies in a chain after, a group's head
    with an of/at phrase, the chain running up to the verb; else None."""
    by_end = {p.end: p for p in phrases}
    by_start = {p.start: p for p in phrases}
    chain = [subject]
    while chain[0].start >= 2 and tokens[chain[0].start - 1].text.lower() in _LINKS:
        before = by_end.get(chain[0].start - 1)
        if before is None:
            break
        chain.insert(0, before)
    group = next((p for p in chain if tokens[p.head].text.lower() in _GROUPS), None)
    if group is None or group.end >= len(tokens) or tokens[group.end].text.lower() not in _OWNERS:
        return None
    end = group.end
    while end + 1 < len(tokens) and tokens[end].text.lower() in _LINKS:
        after = by_start.get(end + 1)
        if after is None and tokens[end + 1].text.lower() == "the":
            after = by_start.get(end + 2)  # "at the University of Carrow" read from its name
        if after is None:
            return None
        end = after.end
    if end < subject.end or end - group.start > _REACH:
        return None
    if end >= len(tokens) or tokens[end].tag not in _BEFORE_VERB:
        return None  # the chain does not run up to a verb: not a whole subject
    return phrase_text(text, tokens, group.start, end)
