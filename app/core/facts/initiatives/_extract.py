"""Initiative facts: undertakings named by whole noun phrases (or an intended action), with
actor and status.

Per sentence, on the shared language layer (`facts.nlp`: tagged tokens, noun-phrase chunks,
clause subjects):

1. Candidates are whole noun phrases: the object of a verb of undertaking ("launched a
   pilot scheme", "set up a new office", "invest in a data centre"; the lexicon
   initiatives_verbs.txt), the subject of one in the passive ("the scheme was launched"), or a
   phrase headed by an undertaking noun ("the Connected World initiative", "an inquiry into
   X"; initiatives_heads.txt). The name is the phrase without its determiner or possessor,
   with the of/for/on/into phrase or "to <verb> <object>" its head takes. One kind is a verb
   phrase: an action verb and its object under an intention that someone holds ("Nordbrew
   plans to shut 40 depots"; initiatives_actions.txt), when no undertaking noun names it.
2. Evidence is scored with `_weights.WEIGHTS` (a verb of undertaking, the head's weight, a name,
   "new", a sum, a possessor, repeated mention; a bare head, an unnamed plural, a head used in
   another sense, a match report count against).
3. The actor is the verb's subject, the "by" agent of a passive, the possessor ("its Project
   xCloud" -> the body "its" refers to), or the parties "between A and B"; pronouns and
   descriptions resolve through the shared tracker (`nlp.discourse`); a dateline is never read.
4. The status comes from the verb's kind, tense and aspect (`_status`).
5. Repeated mentions (same head, one's words within the other's) merge; those at or above the
   threshold are listed, at most `max_items` (more for a long article), best first.

Readers' comments at a page's end (`_comments`) are not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.core.document import Document, Sentence
from app.core.facts.initiatives._actor import (
    actor_name,
    between_parties,
    by_agent,
    is_person,
    owner_name,
)
from app.core.facts.initiatives._comments import comment_start
from app.core.facts.initiatives._lexicon import Head, Lexicon, Verb, lexicon, singular
from app.core.facts.initiatives._senses import figure_complement, other_sense, sport_report
from app.core.facts.initiatives._status import verb_status
from app.core.facts.initiatives._weights import WEIGHTS, Weights
from app.core.facts.model import InitiativeFact, InitiativeStatus
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.names import NameKind, read_name
from app.core.facts.nlp.phrases import (
    NOUN_TAGS,
    PROPER_TAGS,
    VERB_TAGS,
    Phrase,
    Subjects,
    phrases,
)
from app.core.facts.nlp.tagger import Token, tag_sentence

__all__ = ["extract"]

# "RIVERSIDE, Calif. (AP) —": a dateline opening a paragraph, not part of any clause.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,40}(?:,[^—–\n]{1,40}?)?\s*(?:\([^)\n]{1,30}\)\s*)?(?:—|–|--|-)\s+"
)
_PIECE = 1500  # characters of one tagged piece: a "sentence" without full stops is cut
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_BE = frozenset("is are was were be been being 's 're".split())
_PREPOSITIONS: dict[str, frozenset[str] | None] = {
    # preposition -> the heads it opens a complement for (None: any head that takes one)
    "of": None,
    "for": None,
    "on": None,
    "into": None,
    "against": None,
    "in": frozenset("investment investments stake".split()),
    "to": None,
    "with": frozenset(
        """deal deals agreement agreements partnership partnerships talks pact merger
        alliance venture joint-venture settlement contract""".split()
    ),
}
_TIME_HEADS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday year years month months week weeks
    day days decade time quarter spring summer autumn winter""".split()
)
_STATUS_OF_HEAD: dict[str, InitiativeStatus] = {
    "plan": "planned",
    "proposal": "proposed",
    "call": "proposed",  # "calls for a lowering of the voting age"
    "request": "proposed",  # "granted the request for a pause on fees"
    "pledge": "announced",
    "promise": "announced",
}
# Words that introduce examples of what was just named: "This includes A, B and C".
_INCLUDING = frozenset("include includes included including".split())
# Nouns for setting something up: "the establishment of X" says X is being set up.
_NOMINALISATIONS: dict[str, InitiativeStatus] = {
    "establishment": "planned",
    "creation": "planned",
    "introduction": "planned",
    "construction": "planned",
    "development": "planned",
    "building": "planned",
    "launch": "launched",
    "opening": "launched",
}
_LIST_REACH = 6  # tokens between two gerunds of one list ("by 5%, building ...")
_PURPOSE_REACH = 16  # tokens of a purpose clause between two items of a list
# Modifiers that do not say which one: "other projects", "such reforms", "the latest tool".
_GENERIC = frozenset(
    """other such further more various same several many own latest current existing previous
    new first second third last next similar possible major big key general reported
    alleged proposed planned""".split()
)
# Heads whose capitalised modifier is whose they are: "Tory plans", "Scottish Executive campaign".
_OWNED_BY_NAME = frozenset(
    """campaign plan proposal policy reform strategy bid takeover investment offer purchase
    drive effort""".split()
)
# Outlets: a website, channel or programme named after its owner ("the BBC News website") is an
# undertaking only when a verb says it is being launched.
_OUTLETS = frozenset("website websites site channel channels programme network service".split())
# Verbs whose object is who is asked to act ("urged Parliament to approve the amnesty"): the
# undertaking is the one who urges.
_CONTROL = frozenset(
    """urge urges urged urging ask asks asked asking call calls called press presses pressed
    tell tells told force forced allow allows allowed persuade persuaded""".split()
)


# Words before "to <verb>" that state an intention, and the status they give: "plans to shut
# 40 depots", "proposals to lift the fee cap", "agreed to refit its ferries".
_INTENT_TO: dict[str, InitiativeStatus] = {
    **dict.fromkeys(
        """plan plans planned planning intend intends intended aim aims aimed set move moves
        moved bid decision expected due poised preparing ready""".split(),
        "planned",
    ),
    **dict.fromkeys(
        """propose proposes proposed proposal proposals want wants wanted seek seeks sought
        call calls called""".split(),
        "proposed",
    ),
    **dict.fromkeys(
        """pledge pledges pledged promise promises promised vow vows vowed agree agrees agreed
        decide decides decided""".split(),
        "announced",
    ),
}
# Chain words that stand before "<verb>" with a named subject: "Nordbrew will shut 40 depots".
_INTENT_MODAL: dict[str, InitiativeStatus] = {"will": "planned", "would": "proposed"}
_INTENT_SKIP = frozenset("also now then further still soon jointly both".split())

# Verb chains after "and" that share the first verb's subject ("and is about to release").
_SHARED_CHAIN = frozenset({"MD", "RB", "TO", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG"})
_SHARED_WORDS = frozenset("to about due set".split())
_SHARED_REACH = 12  # tokens from "and" back to the first verb


@dataclass
class Candidate:
    """One mention that may name an undertaking, with its evidence."""

    sentence: int
    start: int  # character offsets of the name
    end: int
    head: str  # the head noun, singular, lower case
    words: frozenset[str]  # its other words, lower case: what merging compares
    score: float
    actor: str | None
    status: InitiativeStatus
    bare: bool = False  # only the head: a named mention of the same thing lifts the penalty


@dataclass(frozen=True, slots=True)
class _Verb:
    index: int
    entry: Verb
    actor: str | None
    passive: bool


def _tokens(text: str, sentence: Sentence, first_in_paragraph: bool) -> list[Token]:
    """The sentence's tagged tokens, without a dateline; a very long one in pieces."""
    start = sentence.start
    if first_in_paragraph:
        dateline = _DATELINE.match(text, start, sentence.end)
        if dateline is not None:
            start = dateline.end()
    tokens: list[Token] = []
    while start < sentence.end:
        end = sentence.end
        if end - start > _PIECE:
            cut = text.rfind(" ", start, start + _PIECE)
            end = cut if cut > start else start + _PIECE
        tokens += tag_sentence(text, start, end)
        start = end
    return _head_nouns(tokens, lexicon())


def _head_nouns(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """ "a cleanup drive worth $40m": an undertaking head tagged as a base verb right
    after the noun of a determined phrase, with no object after it, is the phrase's head."""
    for i in range(2, len(tokens)):
        token = tokens[i]
        if token.tag not in {"VB", "VBP"} or token.text.lower() not in lex.heads:
            continue
        if tokens[i - 1].tag != "NN" or not any(
            t.tag in {"DT", "PRP$", "POS"} for t in tokens[max(0, i - 4) : i - 1]
        ):
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            after is not None
            and after.tag in {"DT", "PRP", "PRP$", "NN", "NNS", "NNP", "JJ", "CD"}
            and after.text.lower() != "worth"
        ):
            continue  # "the firm plan a merger" (unlikely) keeps its verb
        tokens[i] = replace(token, tag="NN")
    return tokens


_QUANTIFIERS = (
    ("more", "than"),
    ("less", "than"),
    ("fewer", "than"),
    ("up", "to"),
    ("at", "least"),
)


def _phrase_at(tokens: Sequence[Token], by_start: dict[int, Phrase], j: int) -> Phrase | None:
    """The noun phrase that starts at `j`, past a quantifier ("more than 10,000 jobs")."""
    if j + 2 < len(tokens):
        pair = (tokens[j].text.lower(), tokens[j + 1].text.lower())
        if pair in _QUANTIFIERS:
            inner = by_start.get(j + 2)
            if inner is not None:
                return Phrase(j, inner.end, inner.head, j, inner.owner)
    return by_start.get(j)


def _complement_end(
    tokens: Sequence[Token], phrase: Phrase, head: Head, by_start: dict[int, Phrase]
) -> int:
    """The token end of the name with the complement its head takes, or the phrase's end."""
    k = phrase.end
    if k + 1 >= len(tokens):
        return k
    word = tokens[k].text.lower()
    head_word = tokens[phrase.head].text.lower()
    if head.takes_to and word == "to" and tokens[k + 1].tag == "VB":
        j = k + 2
        if j < len(tokens) and tokens[j].tag == "RP":
            j += 1
            if j < len(tokens) and tokens[j].tag == "IN":
                j += 1  # "a campaign to clamp down on file-sharing"
        obj = _phrase_at(tokens, by_start, j)
        return obj.end if obj is not None else k
    allowed = _PREPOSITIONS.get(word, frozenset())
    if not head.takes_pp or (allowed is not None and head_word not in allowed):
        return k
    if word == "to" and tokens[k + 1].tag not in {"DT", "PRP$"}:
        return k  # "to" opens a noun phrase only with a determiner: "reforms to its tax system"
    obj = by_start.get(k + 1)
    if obj is None or tokens[obj.head].text.lower() in _TIME_HEADS:
        return k  # "in 2005", "for the next five years": when, not what
    if tokens[obj.head].tag == "CD":
        return k
    end = obj.end
    if end + 1 < len(tokens) and tokens[end].text.lower() == "and":
        other = by_start.get(end + 1)
        if other is not None and tokens[other.head].tag in NOUN_TAGS:
            end = other.end  # "reforms to its tax and benefits system": both are its object
    if end + 1 < len(tokens) and tokens[end].text.lower() in {"of", "to"}:
        more = by_start.get(end + 1)  # "campaign against operators of file-sharing networks"
        if more is not None and tokens[more.head].text.lower() not in _TIME_HEADS:
            end = more.end
    return end


def _inner_head(tokens: Sequence[Token], phrase: Phrase, end: int, lex: Lexicon) -> Phrase | None:
    """The head of the complement when it names the undertaking better than the phrase does.

    "a general agreement on a new funding programme", "talks about a merger": the programme
    and the merger are what is agreed or discussed; a head at least as strong as the outer one
    (and at least a "deal") inside the complement is the name a reader wants.
    """
    outer = lex.heads.get(tokens[phrase.head].text.lower())
    if outer is None or end == phrase.end:
        return None
    start = phrase.end + 1
    for k in range(start, end):
        entry = lex.heads.get(tokens[k].text.lower())
        if (
            entry is not None
            and entry.weight >= max(2, outer.weight)
            and tokens[k].tag in NOUN_TAGS
            and (k + 1 == end or tokens[k + 1].tag not in NOUN_TAGS)
        ):
            return Phrase(start, k + 1, k, start)
    return None


def _coordinated(
    tokens: Sequence[Token], by_start: dict[int, Phrase], obj: Phrase, purpose: bool = False
) -> list[Phrase]:
    """Further objects of the same verb: "launched a platform, a data centre and a hub".

    One prepositional phrase may stand after an object ("a hub in Leeds and a fund"); with
    `purpose`, also a purpose clause ("a platform to help firms sell abroad, a hub ...").
    """
    out: list[Phrase] = []
    end = obj.end
    while end + 1 < len(tokens) and len(out) < 4:
        if purpose and tokens[end].tag == "TO" and tokens[end + 1].tag == "VB":
            stop = next(
                (
                    m
                    for m in range(end + 2, min(len(tokens), end + _PURPOSE_REACH))
                    if tokens[m].text in {",", ";"}
                    or (
                        tokens[m].text == "and"
                        and m + 1 < len(tokens)
                        and tokens[m + 1].tag == "DT"
                    )
                ),
                None,
            )
            if stop is None:
                break
            end = stop  # past "to help SMEs sell their products globally"
        if tokens[end].tag == "IN" and (place := by_start.get(end + 1)) is not None:
            end = place.end  # past "in Lisbon" to what follows it
        if end + 1 >= len(tokens) or tokens[end].text.lower() not in {",", "and", "or"}:
            break
        k = end + 1
        if tokens[end].text == "," and k < len(tokens) and tokens[k].text.lower() == "and":
            k += 1
        nxt = by_start.get(k)
        if nxt is None:
            break
        out.append(nxt)
        end = nxt.end
    return out


def _existential(tokens: Sequence[Token], start: int) -> InitiativeStatus | None:
    """ "there should be X" -> proposed, "there will be X" -> planned, else None."""
    k = start - 1
    while k >= 0 and tokens[k].tag in {"RB", "RBR"}:
        k -= 1  # "there would also be"
    if k < 2 or tokens[k].text.lower() != "be":
        return None
    k -= 1
    while k > 0 and tokens[k].tag in {"RB", "RBR"}:
        k -= 1  # "there would also be"
    if tokens[k].tag != "MD":
        return None
    m = k - 1
    while m >= 0 and tokens[m].tag in {"RB", "RBR"}:
        m -= 1
    if m < 0 or tokens[m].text.lower() != "there":
        return None
    return "planned" if tokens[k].text.lower() in {"will", "shall", "'ll"} else "proposed"


_NEGATIONS = frozenset("not n't never no".split())


def _negated(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the verb at `verb` is negated: "did not announce", "will never launch",
    "has no plans to cut"."""
    k = verb - 1
    while (
        k >= 0
        and verb - k <= 4
        and (tokens[k].tag in {"MD", "RB", "TO", "VBD", "VBZ", "VBP"} or tokens[k].text == "to")
    ):
        if tokens[k].text.lower() in _NEGATIONS:
            return True
        k -= 1
    if k >= 1 and tokens[k].text.lower() in {"plans", "plan", "intention"}:
        return tokens[k - 1].text.lower() == "no"  # "has no plans to cut"
    return False


def _after_be(tokens: Sequence[Token], i: int) -> bool:
    """True for a participle after a form of "be" ("was launched", "has been set up")."""
    k = i - 1
    while k >= 0 and tokens[k].tag in {"RB", "RBR"}:
        k -= 1
    return k >= 0 and tokens[k].text.lower() in _BE


class _Sentence:
    """The candidates of one sentence, built on its phrases and clause subjects."""

    def __init__(
        self,
        text: str,
        index: int,
        tokens: list[Token],
        lex: Lexicon,
        discourse: Discourse,
        weights: Weights,
    ) -> None:
        self.text = text
        self.index = index
        self.tokens = tokens
        self.lex = lex
        self.discourse = discourse
        self.w = weights
        self.phrases = phrases(tokens, text)
        self.subjects = Subjects(tokens, text, self.phrases)
        self.by_start = {p.start: p for p in self.phrases}
        self.found: dict[int, Candidate | None] = {}
        # Items of a plan's list ("plans for X and Y"): their status and actor.
        self.listed: dict[int, tuple[InitiativeStatus, str | None, float]] = {}
        self.last_gerund: tuple[int, float, InitiativeStatus] | None = None

    def actor_of_subject(self, verb: int) -> str | None:
        controller = self._controller(verb)
        if controller is not None:
            verb = controller
        subject = self.subjects.subject_of(verb)
        if subject is None:
            shared = self._shared_verb(verb)
            subject = self.subjects.subject_of(shared) if shared is not None else None
        if subject is None:
            return None
        return actor_name(self.text, self.tokens, subject, self.discourse)

    def _shared_verb(self, verb: int) -> int | None:
        """ "X sells scanners and is about to launch Y": the finite verb before "and" whose
        subject the verb at `verb` shares, or None."""
        tokens = self.tokens
        k = verb - 1
        while (
            k >= 0
            and verb - k <= 6
            and (tokens[k].tag in _SHARED_CHAIN or tokens[k].text.lower() in _SHARED_WORDS)
        ):
            k -= 1
        if k < 1 or tokens[k].text.lower() != "and" or tokens[k - 1].text == ",":
            return None
        for m in range(k - 1, max(-1, k - _SHARED_REACH), -1):
            if tokens[m].text.lower() in {",", ";", ":", "and", "but"}:
                return None
            if tokens[m].tag in _FINITE or tokens[m].tag == "MD":
                return m
        return None

    def _controller(self, verb: int) -> int | None:
        """For "urged the Parliament to approve": the index of "urged", else None."""
        tokens = self.tokens
        if verb < 3 or tokens[verb - 1].tag != "TO":
            return None
        asked = next((p for p in self.phrases if p.end == verb - 1), None)
        if asked is None or asked.start < 1:
            return None
        k = asked.start - 1
        if tokens[k].text.lower() == "on":
            k -= 1  # "called on the council to"
        return k if k >= 0 and tokens[k].text.lower() in _CONTROL else None

    def run(self) -> list[Candidate]:
        tokens = self.tokens
        for i, token in enumerate(tokens):
            if token.tag not in VERB_TAGS:
                continue
            entry = self.lex.verbs.get(token.text.lower())
            if token.text.lower() in self.lex.policy and self._gerund(i):
                continue
            if entry is None:
                if token.tag in _FINITE:
                    self.actor_of_subject(i)  # a named subject is noted for a later "it"
                continue
            if token.tag == "VBN" and _after_be(tokens, i):
                subject = self.subjects.subject_of(i)
                if subject is not None and tokens[subject.head].tag in NOUN_TAGS:
                    agent = by_agent(self.text, tokens, i + 1, self.phrases, self.discourse)
                    self.add(subject, _Verb(i, entry, agent, passive=True))
                continue
            j = i + 1
            if j < len(tokens) and tokens[j].tag == "RP" and entry.particle is None:
                j += 1
            if entry.particle is not None:
                if j < len(tokens) and tokens[j].text.lower() == entry.particle:
                    j += 1
                elif entry.particle in {"up", "out"}:
                    continue  # "set out her position" starts nothing: only "set up" does
            obj = self.by_start.get(j)
            if obj is None:
                self._intransitive(i, entry)
                continue
            if _negated(tokens, i):
                continue  # "did not announce a new scheme": nothing is undertaken
            verb = _Verb(i, entry, self.actor_of_subject(i), passive=False)
            if self._plan_list(obj, verb):
                continue
            for phrase in [obj, *_coordinated(tokens, self.by_start, obj)]:
                self.add(phrase, verb)
        for phrase in self.phrases:
            if phrase.start not in self.found and self._plan_list(phrase, None):
                continue
        self._examples()
        self._nominalised()
        self._intended()
        for phrase in self.phrases:
            if phrase.start not in self.found:
                self.add(phrase, None)  # a listed one with its list's evidence
        return [c for c in self.found.values() if c is not None]

    def _plan_list(self, phrase: Phrase, verb: _Verb | None) -> bool:
        """ "plans for X, Y and Z": X, Y and Z are the plans; True when that was the case.

        Each item takes the plan's evidence (its verb, "planned"/"proposed"); the plan noun
        itself is not listed.
        """
        tokens = self.tokens
        head = singular(tokens[phrase.head].text.lower())
        if head not in _STATUS_OF_HEAD or phrase.end + 1 >= len(tokens):
            return False
        if tokens[phrase.end].text.lower() != "for":
            return False
        first = self.by_start.get(phrase.end + 1)
        if first is None:
            return False
        status = verb_status(tokens, verb.index, verb.entry) if verb else _STATUS_OF_HEAD[head]
        if verb is not None and verb.entry.kind in {"announce", "create"}:
            status = _STATUS_OF_HEAD[head]  # "unveiled plans for X": X is planned
        actor = verb.actor if verb is not None else None
        bonus = self.w.pledge_context + (self.w.verb_object if verb is not None else 0.0)
        for item in [first, *_coordinated(tokens, self.by_start, first)]:
            self.listed[item.start] = (status, actor, bonus)
            self.add(item, None)
        self.found[phrase.start] = None
        return True

    def _examples(self) -> None:
        """ "This includes A, B and C", "its investment, including A and B": the items are
        undertakings of the kind named before (what the list gives examples of)."""
        tokens = self.tokens
        for k, token in enumerate(tokens[:-1]):
            if token.text.lower() not in _INCLUDING:
                continue
            first = self.by_start.get(k + 1)
            if first is None or first.start in self.found or not self._of_undertakings(k):
                continue
            status: InitiativeStatus = "unknown"
            for item in [first, *_coordinated(tokens, self.by_start, first, purpose=True)]:
                if tokens[item.head].text.lower() in self.lex.heads:
                    self.listed.setdefault(item.start, (status, None, self.w.pledge_context))
                    self.add(item, None)

    def _of_undertakings(self, k: int) -> bool:
        """Whether the list after "include(s)/including" at `k` gives examples of undertakings:
        what comes before is a pronoun ("This includes"), an undertaking noun of weight 2 or 3
        ("its investment, including") or a plan word; not "its cloud technology, including a
        fraud detection program"."""
        tokens = self.tokens
        m = k - 1
        while m >= 0 and (tokens[m].text == "," or tokens[m].tag in {"RB", "VBZ", "VBD", "VBP"}):
            m -= 1
        if m < 0:
            return False
        word = tokens[m].text.lower()
        head = self.lex.heads.get(word)
        undertaking = head is not None and head.weight >= 2  # not "technology", "system"
        return tokens[m].tag in {"PRP", "DT"} or undertaking or singular(word) in _STATUS_OF_HEAD

    def _nominalised(self) -> None:
        """ "the establishment of a free trade zone", "the launch of X": X is being set up."""
        tokens = self.tokens
        for phrase in self.phrases:
            word = tokens[phrase.head].text.lower()
            status = _NOMINALISATIONS.get(word)
            end = phrase.end
            if status is None or end + 1 >= len(tokens) or tokens[end].text.lower() != "of":
                continue
            item = self.by_start.get(end + 1)
            if item is not None and item.start not in self.found:
                actor = owner_name(self.text, tokens, phrase, self.discourse)
                self.listed.setdefault(item.start, (status, actor, self.w.verb_object))
                self.found.setdefault(phrase.start, None)
                self.add(item, None)

    def _intent_at(self, i: int) -> tuple[InitiativeStatus, int] | None:
        """The status an intention before the base verb at `i` gives ("plans to", "agreed to",
        "BMW will"), and the index of its word; None when there is none."""
        tokens = self.tokens
        k = i - 1
        while k > 0 and tokens[k].text.lower() in _INTENT_SKIP:
            k -= 1
        low = tokens[k].text.lower() if k >= 0 else ""
        if low in _INTENT_MODAL:
            return _INTENT_MODAL[low], k
        if low != "to" or k < 1:
            return None
        k -= 1
        while k > 0 and tokens[k].text.lower() in _INTENT_SKIP:
            k -= 1
        cue = tokens[k].text.lower()
        if cue in _INTENT_TO:
            return _INTENT_TO[cue], k
        if cue in {"is", "are"}:
            return "planned", k  # "the firm is to shut 40 depots"
        return None

    def _misread_subject(self, phrase: Phrase) -> str | None:
        """ "Nordbrew plans to": a verb read as the head of a noun phrase after a name; the
        name before it is the subject."""
        tokens = self.tokens
        cue = phrase.head
        if cue - 1 < phrase.body or tokens[cue - 1].tag not in PROPER_TAGS:
            return None
        if not tokens[cue].text.endswith("s"):
            return None
        name = Phrase(phrase.start, cue, cue - 1, phrase.body)
        return actor_name(self.text, tokens, name, self.discourse)

    def _intended(self) -> None:
        """ "plans to shut 40 depots", "Nordbrew will refit its ferries", "pledged to abolish X and
        merge Y": a base verb of action under an intention, with its object, is an
        undertaking named by a verb phrase (when no undertaking noun names it already)."""
        tokens, w = self.tokens, self.w
        last: tuple[int, InitiativeStatus, str | None] | None = None  # end, status, actor
        for i, token in enumerate(tokens):
            if token.tag != "VB" or token.text.lower() not in self.lex.actions or i == 0:
                continue
            listed = (
                last is not None
                and tokens[i - 1].text.lower() in {"and", "or", ","}
                and i - last[0] <= 2
            )
            intent = None if listed or _negated(tokens, i) else self._intent_at(i)
            if intent is None and not listed:
                continue
            j = i + 1
            if j < len(tokens) and tokens[j].tag == "RP":
                j += 1
            if token.text.lower() == "set" and tokens[j - 1].text.lower() != "up":
                continue  # only "set up" starts something
            obj = self.by_start.get(j)
            if obj is None or tokens[obj.head].tag not in NOUN_TAGS:
                continue
            if tokens[obj.head].text.lower() in _TIME_HEADS or obj.start in self.found:
                continue
            entry = self.lex.heads.get(tokens[obj.head].text.lower())
            if entry is not None and entry.weight >= 2:
                continue  # "introduce a grant": the noun names it
            actor = self.actor_of_subject(i)
            if intent is not None:
                status, cue = intent
                if actor is None:
                    cue_phrase = next((p for p in self.phrases if p.end == cue + 1), None)
                    if cue_phrase is not None:
                        actor = owner_name(self.text, tokens, cue_phrase, self.discourse)
                    if actor is None and cue_phrase is not None and cue_phrase.head == cue:
                        actor = self._misread_subject(cue_phrase)
            else:
                assert last is not None
                status, actor = last[1], actor or last[2]
            end = obj.end
            if (
                end + 1 < len(tokens)
                and tokens[end].text.lower() == "of"
                and (of := self.by_start.get(end + 1)) is not None
            ):
                end = of.end  # "halve the number of regional offices"
            score = w.intended_action
            if any(t.tag == "CD" or t.text[:1] in "£$€" for t in tokens[j:end]):
                score += w.quantity
            actor = actor or self._reporter()
            if actor is None:
                continue  # "prices will increase X", "a pact which aims to cut": nobody intends it
            words = frozenset(
                singular(t.text.lower()) for t in tokens[j:end] if t.text[:1].isalnum()
            )
            key = token.text.lower() + ":" + singular(tokens[obj.head].text.lower())
            verb = self.lex.verbs.get(token.text.lower())
            first = token.start
            if verb is not None and verb.kind == "create":
                first = tokens[obj.body].start  # "agreed to launch a budget crossing": the crossing
            self.found[obj.start] = Candidate(
                self.index, first, tokens[end - 1].end, key, words, score, actor, status
            )
            last = (end, status, actor)

    def _intransitive(self, i: int, entry: Verb) -> None:
        """ "a larger project is due to launch", "the service opens in May": the subject of a
        creating verb with no object is what is being created."""
        if entry.kind != "create" or entry.particle is not None:
            return
        subject = self.subjects.subject_of(i)
        if subject is None or self.tokens[subject.head].tag not in NOUN_TAGS:
            return
        if self.lex.heads.get(self.tokens[subject.head].text.lower()) is None:
            return
        self.add(subject, _Verb(i, entry, None, passive=True))

    def _gerund(self, i: int) -> bool:
        """A gerund phrase of policy ("for scrapping tuition fees"): add it; True if added.

        Only in a noun's place: after a preposition, a comma or "and" (a list of pledges), never
        after a form of "be" ("is cutting jobs" is a clause). The phrase is the gerund, its
        whole object and one prepositional phrase ("putting more police on the streets").
        """
        tokens, w = self.tokens, self.w
        before = tokens[i - 1] if i > 0 else None
        if before is None or before.text.lower() in _BE:
            return False
        if before.tag not in {"IN", "CC", ","} and before.text != ",":
            return False
        obj = _phrase_at(tokens, self.by_start, i + 1)
        whole = self.by_start.get(i)
        if obj is None and whole is not None and whole.end > i + 1:
            obj = Phrase(i + 1, whole.end, whole.head, i + 1)  # chunked as "scrapping fees"
        if obj is None or tokens[obj.head].tag not in NOUN_TAGS:
            return False
        end = obj.end
        if (
            end + 1 < len(tokens)
            and tokens[end].text.lower() in {"on", "in", "for", "to", "from"}
            and (pp := self.by_start.get(end + 1)) is not None
            and tokens[pp.head].text.lower() not in _TIME_HEADS
        ):
            end = pp.end
        head = self.lex.heads.get(tokens[obj.head].text.lower())
        score = w.gerund + (w.head * head.weight if head is not None else 0.0)
        status: InitiativeStatus = "proposed" if before.text.lower() == "for" else "unknown"
        if before.text.lower() in {"for", "including"}:
            score += w.pledge_context
        elif self.last_gerund is not None and self._same_list(self.last_gerund[0], i):
            score += self.last_gerund[1]  # the next pledge of the same list keeps its context
            status = self.last_gerund[2]
        self.last_gerund = (end, score - w.gerund, status)
        words = frozenset(t.text.lower() for t in tokens[i + 1 : end] if t.text[:1].isalnum())
        key = tokens[i].text.lower() + ":" + singular(tokens[obj.head].text.lower())
        actor = self._clause_subject(Phrase(i, i + 1, i, i)) or self._reporter()
        self.found[i] = Candidate(
            self.index, tokens[i].start, tokens[end - 1].end, key, words, score, actor, status
        )
        for k in range(i + 1, end):
            self.found.setdefault(k, None)  # its object is no candidate of its own
        return True

    def _same_list(self, end: int, i: int) -> bool:
        """True when the gerund at `i` follows the one ending at `end` in one list: only a
        comma or "and"/"or" before it, and no finite verb, colon or semicolon between."""
        tokens = self.tokens
        if (
            end > i - 1
            or i - end > _LIST_REACH
            or tokens[i - 1].text.lower() not in {",", "and", "or"}
        ):
            return False
        return not any(
            t.tag in _FINITE or t.tag == "MD" or t.text in {";", ":"} for t in tokens[end:i]
        )

    def add(self, phrase: Phrase, verb: _Verb | None) -> None:
        """Score `phrase` as a candidate (governed by `verb` or by none) if it may be one."""
        tokens, lex, w = self.tokens, self.lex, self.w
        head_token = tokens[phrase.head]
        if head_token.tag not in NOUN_TAGS or phrase.head < phrase.body:
            return
        body = tokens[phrase.body : phrase.end]
        # A name: every word capitalised ("International Monetary Fund", "Project xCloud").
        proper = all(t.text[:1].isupper() or not t.text[:1].isalnum() for t in body) and (
            head_token.tag in PROPER_TAGS or len(body) > 1
        )
        head_word = head_token.text.lower()
        entry = lex.heads.get(head_word)
        established = proper and entry is not None and len(body) > 1
        if established and (verb is None or verb.entry.kind != "create"):
            return  # "International Monetary Fund", "Sage Centre": a body or a place that exists
        named_head = None
        if proper and entry is None:
            # "Project xCloud", "Operation Clean Sweep": a head word opening a name.
            named_head = lex.heads.get(body[0].text.lower())
        if other_sense(tokens, phrase.body, phrase.head, lex):
            return
        if (
            phrase.body < phrase.head
            and phrase.body > 0
            and tokens[phrase.body - 1].text.lower() in {"and", "to", "or"}
            and lex.verbs.get(tokens[phrase.body].text) is not None
        ):
            return  # "and introduce market reforms" read as one noun phrase: a misread verb
        if (
            (verb is None or verb.entry.kind != "create")
            and head_word in _OUTLETS
            and any(t.tag in PROPER_TAGS for t in body[:-1])
            and not any(t.text == "new" for t in body)
        ):
            return  # "told the BBC News website", "the Today programme"
        score = 0.0
        end = phrase.end
        if entry is not None:
            score += w.head * entry.weight
            end = _complement_end(tokens, phrase, entry, self.by_start)
            if figure_complement(tokens, phrase.head, end, lex):
                return  # "an increase in retail prices": a figure
            inner = _inner_head(tokens, phrase, end, lex)
            if inner is not None and phrase.start not in self.listed:
                inner_phrase = self.by_start.get(inner.start)
                if inner_phrase is not None and inner_phrase.head == inner.head:
                    status = verb_status(tokens, verb.index, verb.entry) if verb else "unknown"
                    actor = verb.actor if verb else None
                    bonus = w.verb_object if verb is not None else 0.0
                    self.listed[inner.start] = (status, actor, bonus)
                    self.found[phrase.start] = None
                    return
            if end > phrase.end:
                score += w.complement
        elif named_head is not None:
            score += w.head * named_head.weight
        if verb is not None:
            score += w.passive_subject if verb.passive else w.verb_object
            if entry is None and named_head is None:
                if not (proper and verb.entry.kind == "create") or phrase.start != verb.index + 1:
                    return  # "raise £4.5bn", "opened the door": no undertaking named
                name = read_name(self.text, body[0].start, body[-1].end)
                if name is not None and name.kind in {NameKind.ORGANISATION, NameKind.PLACE}:
                    return  # "launched handsets with Fujitsu": a firm or a place, no venture
                if is_person([t.text for t in body]):
                    return  # "introduced Jane Okafor to the board": a person, no venture
                score += w.named_object
        elif _existential(tokens, phrase.start) is not None:
            score += w.verb_object  # "there should be a cap on donations": a proposal
        elif phrase.start not in self.listed:  # a listed item has its list's evidence
            score += w.no_verb
        if verb is None and entry is None and named_head is None:
            if phrase.start not in self.listed:
                return
            score += w.head  # "plans for a housing bank": the plan says it is an undertaking
        mods = body[:-1]
        if not proper and any(any(c.isupper() for c in t.text) for t in mods):  # "iCan"
            score += w.named_modifier
        if any(t.text == "new" for t in mods):
            score += w.new_modifier
        if any(t.tag in {"CD", "$"} or t.text[:1] in "£$€" for t in mods):
            score += w.quantity
        owner = owner_name(self.text, tokens, phrase, self.discourse)
        if phrase.owner is not None:
            score += w.possessor
        bare = (
            all(
                (t.text.lower() in _GENERIC and t.text != "new") or not t.text[:1].isalnum()
                for t in mods
            )
            and end == phrase.end
            and not proper
        )
        if bare:
            score += w.bare
        if (
            verb is None
            and head_token.tag == "NNS"
            and phrase.owner is None
            and not any(t.tag in PROPER_TAGS for t in body)
        ):
            score += w.plural_kind
        actor, status = self._actor_status(phrase, verb, owner, end)
        actor = actor or self._reporter()
        if phrase.start in self.listed:
            status, listed_actor, bonus = self.listed[phrase.start]
            score += bonus
            actor = actor if owner is not None else listed_actor or actor
        first = phrase.body
        while not tokens[first].text[:1].isalnum() and tokens[first].text[:1] not in "£$€":
            first += 1  # an opening quotation mark
        start_char = tokens[first].start
        words = (
            frozenset(
                singular(t.text.lower()) for t in tokens[phrase.body : end] if t.text[:1].isalnum()
            )
            - {singular(head_word)}
            - _GENERIC
        )
        self.found[phrase.start] = Candidate(
            self.index,
            start_char,
            tokens[end - 1].end,
            singular(head_word),
            words,
            score,
            actor,
            status,
            bare,
        )

    def _actor_status(
        self, phrase: Phrase, verb: _Verb | None, owner: str | None, end: int
    ) -> tuple[str | None, InitiativeStatus]:
        tokens = self.tokens
        if verb is not None:
            actor = verb.actor
            if owner is not None and (actor is None or verb.passive):
                actor = owner
            controller = self._controller(verb.index)
            if controller is not None:
                entry = self.lex.verbs.get(tokens[controller].text.lower())
                if entry is not None and entry.kind == "propose":
                    return actor, "proposed"  # "urged Parliament to approve it": proposed
            return actor, verb_status(tokens, verb.index, verb.entry)
        head = singular(tokens[phrase.head].text.lower())
        status = _existential(tokens, phrase.start) or _STATUS_OF_HEAD.get(head, "unknown")
        actor = owner or between_parties(self.text, tokens, end, self.phrases)
        if actor is None and head in _OWNED_BY_NAME:
            names = [k for k in range(phrase.body, phrase.head) if tokens[k].text[:1].isupper()]
            if names and names == list(range(phrase.body, names[-1] + 1)):
                actor = self.text[tokens[names[0]].start : tokens[names[-1]].end]
        if actor is None:
            actor = self._governor_subject(phrase)
        if actor is None:
            actor = self._clause_subject(phrase)
        return actor, status

    def _reporter(self) -> str | None:
        """Who the sentence reports ("X should be capped, the watchdog has said"): the
        proposal is theirs."""
        for _, subject in self.subjects.reporters:
            name = actor_name(self.text, self.tokens, subject, self.discourse)
            if name is not None:
                return name
        return None

    def _clause_subject(self, phrase: Phrase) -> str | None:
        """The subject of the nearest finite verb before the phrase, if it names someone."""
        for k in range(phrase.start - 1, -1, -1):
            if self.tokens[k].tag in _FINITE or self.tokens[k].tag == "MD":
                subject = self.subjects.subject_of(k)
                if subject is None:
                    return None
                return actor_name(self.text, self.tokens, subject, self.discourse)
        return None

    def _governor_subject(self, phrase: Phrase) -> str | None:
        """For an object of any verb ("the council runs a scheme"): that verb's subject."""
        k = phrase.start - 1
        if k >= 0 and self.tokens[k].tag in {"RP", "IN"} and k - 1 >= 0:
            k -= 1
        if k >= 0 and self.tokens[k].tag in VERB_TAGS and self.tokens[k].text.lower() not in _BE:
            return self.actor_of_subject(k)
        return None


def _merge(cands: list[Candidate], weights: Weights) -> list[Candidate]:
    """One candidate per undertaking: mentions with the same head whose words nest merge."""
    groups: list[list[Candidate]] = []
    by_head: dict[str, list[list[Candidate]]] = {}
    for cand in cands:
        home = next(
            (
                g
                for g in reversed(by_head.get(cand.head, []))
                if any(cand.words <= m.words or m.words <= cand.words for m in g)
            ),
            None,
        )
        if home is None:
            home = []
            groups.append(home)
            by_head.setdefault(cand.head, []).append(home)
        home.append(cand)
    merged: list[Candidate] = []
    for group in groups:
        if any(not c.bare for c in group):
            # "the amnesty" after "a one-off tax amnesty": the bare mention's verb counts.
            group = [replace(c, score=c.score - weights.bare) if c.bare else c for c in group]
        best = max(group, key=lambda c: (c.score, len(c.words), -c.start))
        named = [c for c in group if c.words]
        if not best.words and named:
            clearest = max(named, key=lambda c: (c.score, len(c.words), -c.start))
            best = replace(clearest, score=best.score, status=best.status, actor=best.actor)
        extra = weights.repeated * min(weights.repeats_counted, len(group) - 1)
        actor = best.actor or next((c.actor for c in group if c.actor is not None), None)
        status = best.status
        if status == "unknown":
            status = next((c.status for c in group if c.status != "unknown"), "unknown")
        merged.append(replace(best, score=best.score + extra, actor=actor, status=status))
    return merged


def _innermost(cands: list[Candidate]) -> list[Candidate]:
    """One item per stretch of text: of overlapping names ("a greater effort to set up weekly
    advice centres" and "weekly advice centres for tenants"), the shortest, with the
    higher score and the other's actor or status where it has none."""
    out: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: c.end - c.start):
        inner = next((o for o in out if cand.start < o.end and o.start < cand.end), None)
        if inner is None:
            out.append(cand)
            continue
        status = inner.status if inner.status != "unknown" else cand.status
        out[out.index(inner)] = replace(
            inner,
            score=max(inner.score, cand.score),
            actor=inner.actor or cand.actor,
            status=status,
        )
    return out


_WORDS = re.compile(r"[A-Za-z][a-z-]*")


def _may_hold_one(sentence: str, lex: Lexicon) -> bool:
    """False when no word of the sentence can start a candidate (tagging is the costly part).

    Every candidate needs an undertaking head, a policy gerund, a setting-up noun, a verb of
    action and an intention, or a creating verb with a capitalised object.
    """
    words = {w.lower() for w in _WORDS.findall(sentence)}
    if any(w in lex.heads or w in lex.policy or w in _NOMINALISATIONS for w in words):
        return True
    if any(w in lex.actions for w in words) and any(
        w in _INTENT_TO or w in _INTENT_MODAL or w in {"is", "are"} for w in words
    ):
        return True  # "plans to shut 40 depots"
    creating = any((verb := lex.verbs.get(w)) is not None and verb.kind == "create" for w in words)
    return creating and any(c.isupper() for c in sentence[1:])


def extract(document: Document, weights: Weights = WEIGHTS) -> list[InitiativeFact]:
    """The initiatives of `document`, in text order, each once, with actor and status."""
    text = document.text
    lex = lexicon()
    discourse = Discourse()
    comments = comment_start(document)
    cands: list[Candidate] = []
    previous_paragraph = -1
    for sentence in document.sentences:
        if comments is not None and sentence.paragraph >= comments:
            break  # readers' views after the article: their proposals are not its facts
        first = sentence.paragraph != previous_paragraph
        previous_paragraph = sentence.paragraph
        if not _may_hold_one(sentence.text, lex):
            discourse.add_sentence(text, sentence.start, sentence.end)
            continue  # no head, setting-up noun or creating verb: not worth tagging
        tokens = _tokens(text, sentence, first)
        discourse.add_sentence(text, tokens[0].start if tokens else sentence.start, sentence.end)
        cands += _Sentence(text, sentence.index, tokens, lex, discourse, weights).run()
    if sport_report(text, lex):
        cands = [replace(c, score=c.score + weights.sport_report) for c in cands]
    chosen = _innermost([c for c in _merge(cands, weights) if c.score >= weights.threshold])
    limit = weights.max_items + document.word_count // weights.words_per_extra_item
    chosen = sorted(chosen, key=lambda c: -c.score)[:limit]
    return [
        InitiativeFact(text[c.start : c.end], c.start, c.end, c.sentence, c.actor, c.status)
        for c in sorted(chosen, key=lambda c: c.start)
    ]
