"""Quoted words with no cue of their own inside a sentence: whose they are.

'needed "a coherent framework" and "dedicated funding"' (the earlier quotation's speaker), 'Ms
Doe offered help, but not for "free"' (the name the sentence opens with), 'Ten years of "golden"
growth may end, the Trust has warned' (the clause that closes the sentence).
"""

from __future__ import annotations

import re

from app.core.document import Document
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.lexicon import roles, speech_verbs, titles
from app.core.facts.nlp.tagger import tag_sentence
from app.core.facts.quotes._closing_clause import closing_clause_cue
from app.core.facts.quotes._pieces import Piece
from app.core.facts.quotes._speaker_descriptions import tagged_proper_noun
from app.core.facts.quotes._speaker_names import resolve
from app.core.facts.quotes._speakers import clause_subject


def attribute_fragments(document: Document, pieces: list[Piece], people: Discourse) -> None:
    """Quoted words with no cue of their own, inside a sentence: they belong to the speaker of an
    earlier quotation in the same sentence ('needed "a coherent framework" and "dedicated
    funding"'), else to the name the sentence opens with ('Ms Doe offered help, but not for
    "free"'), which is how news quotes a word or two of someone's."""
    text = document.text
    for index, piece in enumerate(pieces):
        if piece.cue is not None or piece.sentence is None:
            continue
        previous = pieces[index - 1] if index > 0 else None
        if (
            previous is not None
            and previous.cue is not None
            and previous.sentence is not None
            and previous.sentence.index == piece.sentence.index
            and (_is_fragment(text, piece) or _plain_link(text, previous, piece))
        ):
            if _new_speaker_between(text, previous, piece):
                continue  # 'One woman called it "dreadful" and another said "..."': not hers
            piece.cue, piece.speaker = previous.cue, previous.speaker
            continue
        if not _is_fragment(text, piece):
            continue
        sentence = piece.sentence
        closing = closing_clause_cue(text, sentence, piece.span.end)
        if closing is not None:
            speaker = resolve(closing, people, text)
            if speaker is not None:
                piece.cue, piece.speaker = closing, speaker
                continue
        if _introduced_by_verb(text, sentence.start, piece.span.outer_start):
            continue  # 'X held up a sign saying "..."': the cue finder read the verb, no speaker
        if sentence.start < piece.span.outer_start:
            cue = clause_subject(text, sentence.start, piece.span.outer_start)
            if cue is not None and not _one_person_named(cue.phrase):
                continue  # "Vance and Porter signed ...", "the note Palm wrote was ..."
            if cue is not None and not _WORD.search(text, cue.end, piece.span.outer_start):
                continue  # 'Those Acme "side gig" adverts': the words are part of the subject
            if cue is not None and _passive_subject(text, cue.end, piece.span.outer_start):
                continue  # 'Tom Hale was shot after he "armed himself"': the police's words
            if (
                cue is not None
                and " " not in cue.phrase
                and not tagged_proper_noun(text, cue.start)
            ):
                continue  # "Plumes like these send out 'free samples'": a plural noun, no name
            speaker = resolve(cue, people, text) if cue is not None else None
            # One capitalised word counts only as a known person's name or an acronym (IMF):
            # otherwise it is as likely a place or a product ("EB-5 requires ...").
            # A body as the subject ("The Tories have accused X of being "terrified"") is
            # left out: such words are most often a named member's, said elsewhere.
            person = speaker is not None and people.full_name(speaker, piece.start) is not None
            if person and speaker is not None and " " in speaker:
                piece.cue, piece.speaker = cue, speaker


def _introduced_by_verb(text: str, lo: int, start: int) -> bool:
    """Whether a speech verb stands just before the quotation (three words at most between): its
    speaker was for the cue finder to read, and it found none to trust."""
    words = _WORD.findall(text, max(lo, start - _VERB_REACH), start)[-_VERB_WORDS:]
    return any(w in speech_verbs() for w in words)


def _one_person_named(phrase: str) -> bool:
    """Whether a subject is one person's name, with its titles or role ("Ms Doe", "harbour
    master Ana Ruiz"): not two people ("Vance and Porter") nor a thing they own or made ("the
    note Ana Ruiz", which the name only qualifies)."""
    words = [w.lower().rstrip(".,") for w in phrase.split()]
    if any(w in ("and", "or", "&") for w in words):
        return False
    for i, word in enumerate(words[:-1]):
        if word in _DETERMINERS and phrase.split()[i + 1].islower():
            head = words[i + 1]
            return head in titles() or head in roles()
    return True


def _plain_link(text: str, previous: Piece, piece: Piece) -> bool:
    """Whether only a few lower-case words with no speech verb join two quotations of one
    sentence ('X says "..." because "..."'): nobody new can speak the second."""
    between = text[previous.span.end + len(previous.span.open_mark) : piece.span.outer_start]
    words = _WORD.findall(between)
    # A speech verb with no subject of its own goes on with the same speaker: ', adding, "..."',
    # 'and added: "..."'.
    return (
        0 < len(words) <= _LINK_WORDS
        and all(w.islower() for w in words)
        and all(
            w not in speech_verbs() or w.endswith("ing") or (i > 0 and words[i - 1] == "and")
            for i, w in enumerate(words)
        )
    )


def _new_speaker_between(text: str, previous: Piece, piece: Piece) -> bool:
    """Whether a clause joined after the first quotation of a sentence has a subject and a speech
    verb of its own ("and another said", "while others described it as"): the second quotation
    is that subject's, whom the cue finder could not name, not the first one's speaker. A verb
    that shares the clause's subject ("and added", "and then said", ", adding") or sits in a
    clause inside what was said ('the "reform" the council had promised became') is no such."""
    between = text[previous.span.end + len(previous.span.open_mark) : piece.span.outer_start]
    words = [w.lower() for w in _WORD.findall(between)]
    for i, word in enumerate(words):
        if word not in _COORDINATORS:
            continue
        for j in range(i + 2, min(len(words), i + 2 + _SUBJECT_WORDS)):
            verb = words[j]
            subject = words[i + 1 : j]
            if any(w in _JOINING or w.endswith("ly") for w in subject):
                break
            if verb in speech_verbs() and not verb.endswith("ing"):
                return True
    return False


# Words that join a second clause to the first, and those that may stand between "and" and a
# verb that shares the first clause's subject (no subject of its own: "and then said").
_COORDINATORS = frozenset("and but while whereas although though yet".split())
_JOINING = frozenset(
    "then also later again once further so has have had was is were are will would".split()
)
_SUBJECT_WORDS = 4


def _passive_subject(text: str, end: int, start: int) -> bool:
    """Whether the clause whose subject ends at `end` is passive ("Tom Hale, 26, was fatally
    shot after he ...", "A man was beheaded for being ..."): the subject is acted on, and the
    quoted words after it are someone else's account, not the subject's."""
    tokens = tag_sentence(text, end, start)
    verb = next((i for i, t in enumerate(tokens) if t.tag.startswith("VB")), None)
    if verb is None or (verb > 0 and (tokens[0].tag != "," or tokens[verb - 1].tag != ",")):
        # No verb, or words before it that are no apposition set off (", 26, of Mill Road,"):
        # "X, who was elected in 2010, casts ..." is no passive clause.
        return False
    if tokens[verb].text.lower() not in _BE:
        return False
    rest = [t.tag for t in tokens[verb + 1 :] if t.tag != "RB"]
    return rest[:1] == ["VBN"]


_BE = frozenset("was were is are".split())


def _is_fragment(text: str, piece: Piece) -> bool:
    """A few quoted words inside a sentence, not a quoted sentence of its own."""
    inner = text[piece.span.start : piece.span.end].rstrip()
    return len(inner.split()) <= _FRAGMENT_WORDS and inner[-1:] not in (".", "?", "!")


_FRAGMENT_WORDS = 6
_VERB_REACH = 60
_VERB_WORDS = 4
_LINK_WORDS = 4
_DETERMINERS = frozenset("the a an its his her their our".split())
_WORD = re.compile(r"\w[\w'’-]*")
