"""What an undertaking itself will do, told in a relative clause on it or with it as the
subject of a modal ("the agreement would boost exports"): "a new training
programme, which will fund 60 students" says what the programme is, so "fund 60 students" is
no second undertaking beside it (a fragment of the first).

The clause's subject is the relative pronoun right before the verb (past a modal or an
adverb), and the noun phrase it hangs on, or one that phrase is an "of/in/for" phrase of
("a programme in plasma physics, which will ..."), is headed by an undertaking noun of the
lexicon.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.core.facts.initiatives._law_clauses import LAW_HEADS
from app.core.facts.initiatives._lexicon import Head
from app.core.facts.nlp.phrases import Phrase
from app.core.facts.nlp.tagger import Token

_PRONOUNS = frozenset({"which", "that"})
# Between the pronoun and the verb: "which will fund", "that would also build".
_BETWEEN = frozenset({"MD", "RB"})
# Phrases a head's own phrase may run on through before the clause ("a scheme for schools in
# the north, which will ...").
_LINKS = frozenset({"of", "in", "for", "on", "at"})
# Words that join phrases hung on a subject ("a merger between X and Y").
_SUBJECT_LINKS = _LINKS | {"between", "with", "and"}


def undertaking_doing(
    tokens: Sequence[Token],
    phrases: Sequence[Phrase],
    heads: Mapping[str, Head],
    verb: int,
) -> bool:
    """Whether the verb at `verb` has for subject a relative pronoun standing for a noun phrase
    headed by an undertaking noun ("a fund, which will pay for X"): what that undertaking
    does, not another one."""
    k = verb - 1
    while k >= 0 and tokens[k].tag in _BETWEEN and verb - k <= 3:
        k -= 1
    if k < 1 or tokens[k].text.lower() not in _PRONOUNS:
        return False
    end = k - 1 if tokens[k - 1].text == "," else k
    by_end = {p.end: p for p in phrases}
    for _ in range(3):
        phrase = by_end.get(end)
        if phrase is None:
            return False
        if tokens[phrase.head].text.lower() in heads:
            return True
        link = phrase.start - 1
        if link < 1 or tokens[link].text.lower() not in _LINKS:
            return False
        end = link
    return False


def undertaking_subject(
    tokens: Sequence[Token],
    phrases: Sequence[Phrase],
    heads: Mapping[str, Head],
    modal: int,
) -> bool:
    """Whether the modal at `modal` has for subject a common noun phrase headed by a noun that
    names an undertaking ("officials said the agreement would boost exports", "the scheme will
    cut queues"): what the undertaking will do is its effect, not another undertaking."""
    subject = next((p for p in phrases if p.end == modal), None)
    by_end = {p.end: p for p in phrases}
    for _ in range(4):
        # "A merger between Harland Bank and First Coastal would create": the phrase the
        # clause opens on, before the phrases hung on it
        link = subject.start - 1 if subject is not None else 0
        if link < 1 or tokens[link].text.lower() not in _SUBJECT_LINKS:
            break
        subject = by_end.get(link)
    if subject is None or tokens[subject.head].tag not in {"NN", "NNS"}:
        return False
    if any(t.text[:1].isupper() for t in tokens[subject.body : subject.end]):
        return False  # "the Clean Rivers Partnership will plant": a named body acting
    word = tokens[subject.head].text.lower()
    if word in LAW_HEADS:
        return False  # "the legislation would ban X": what a law does is what it is
    head = heads.get(word)
    return head is not None and head.weight >= 2
