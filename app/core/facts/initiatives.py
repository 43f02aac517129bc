"""Initiative facts: concrete undertakings (projects, schemes, funds, zones, bids, ...) and actors.

Rule- and lexicon-based, no model. Per sentence:

1. Candidates. A noun phrase whose head is in the head lexicon ("digital free trade zone"),
   extended right over a "to ..." or prepositional phrase where the head takes one ("cap on
   donations"); and a verb phrase after a planning cue ("plans to cut 200 jobs", "would reduce
   corporation tax", "for scrapping tuition fees"). Items of a list are separate candidates.
2. Evidence. A trigger verb near the phrase (launch, set up, propose, sign, scrap, ...) sets the
   status and adds to the score; modifiers, capitalised names and a possessor add too; a bare
   head ("the plan") or a plural with no modifier scores low.
3. Actor: the possessor ("Alibaba's investment"), the "by" agent, the subject of the trigger
   verb, else the sentence's subject; pronouns resolve to an earlier sentence's subject.
4. Repeated mentions (same head, one's modifiers a subset of the other's) merge into the best
   scored one; the rest above a threshold are kept, at most a length-dependent number.

Weights and thresholds were tuned by hand on bbc-facts-dev (20 articles), keeping the rules
general English; see benchmarks/bench_initiatives.py for the figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.document import Document
from app.core.facts.initiatives_actor import (
    Discourse,
    by_agent,
    possessor,
    sentence_subject,
    subject_left,
)
from app.core.facts.initiatives_chunk import (
    DETERMINERS,
    PARTICLES,
    POSSESSIVE,
    Token,
    left_edge,
    lowercase_vocabulary,
    name_right,
    np_right,
    right_edge,
    tokenize,
)
from app.core.facts.initiatives_lexicon import Lexicon, lexicon
from app.core.facts.model import InitiativeFact

__all__ = ["extract"]

_MODALS = frozenset("will would should could due".split())
# Words that make a following verb an intention: "plans to cut", "would introduce".
_INTENT = frozenset(
    """plan plans planned planning pledge pledged pledges promise promised promises vow vowed
    aim aims aimed propose proposes proposed proposal proposals want wants wanted intend intends
    intended seek seeks sought would will should decided agreed move bid hopes expects""".split()
)
_FUNCTION = frozenset("the a an of for on in to with and or its their his her".split())
_VERB_SLOT = frozenset({"to", "would", "will", "should", "could", "and", ",", "or"})
_GERUND_SLOT = frozenset({"for", "by", "including", "on", "of", ",", "and", "or", "started", "be"})
_GENERIC_MODIFIERS = frozenset("various other several further certain same such".split())
_AUXILIARIES = frozenset(
    "is are was were be been being has have had will would should could to due now also formally"
    " already finally officially".split()
)
_OBJECT_FILLERS = frozenset("up out also for on with more than further new its their".split())
_DIRECT = 2.0
_INDIRECT = 1.0
_PLACE_NOUNS = frozenset("centre center heart hub core part".split())
_NAME_LINKS = frozenset("of the and for".split())
_MEDIA = frozenset("website site programme channel network service".split())
_TOLD = frozenset("told tell tells telling wrote writing".split())
_LIST_INTRODUCERS = frozenset("include includes included including".split())
_NAMING = frozenset("called named dubbed".split())
_MERGE_REACH = 40
_PLURAL_PENALTY = 0.5
_THRESHOLD = 3.0
_WINDOW_LEFT = 10
_WINDOW_RIGHT = 6


@dataclass
class _Candidate:
    tokens: list[Token]
    first: int  # token index of the first word
    end: int  # token index one past the last word
    head: int  # token index of the head (verb for a verb phrase)
    sentence: int
    score: float
    modifiers: frozenset[str]
    head_key: str
    actor: str | None = None
    status: str = "unknown"
    triggered: bool = False
    own_actor: tuple[int, int] | None = None  # "Tory" in "Tory plans": character span

    @property
    def start_char(self) -> int:
        return self.tokens[self.first].start

    @property
    def end_char(self) -> int:
        return self.tokens[self.end - 1].end


_SPELLING = {"program": "programme", "center": "centre", "rollout": "roll-out"}


def _head_key(word: str) -> str:
    singular = _singular(word)
    return _SPELLING.get(singular, singular)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _merge_set(tokens: list[Token], first: int, end: int, head: int) -> frozenset[str]:
    """Content words of a candidate other than its head, singular, for merging mentions."""
    return frozenset(
        _singular(t.low)
        for k, t in enumerate(tokens[first:end], first)
        if k != head and t.is_word and t.low not in _GENERIC_MODIFIERS and t.low not in _FUNCTION
    )


def _noun_candidates(tokens: list[Token], sentence: int, lex: Lexicon) -> list[_Candidate]:
    found: list[_Candidate] = []
    n = len(tokens)
    for i, token in enumerate(tokens):
        entry = lex.heads.get(token.low)
        if entry is None:
            continue
        nxt = tokens[i + 1] if i + 1 < n else None
        if nxt is not None and (nxt.low in lex.heads or nxt.low in lex.reject_after):
            continue  # a modifier of a longer compound ("loan agreement", "project manager")
        prev = tokens[i - 1].low if i > 0 else ""
        if prev in {"to", "will", "would", "could", "should", "it", "he", "she", "they", "we"}:
            continue  # a verb: "to fund", "it plans"
        first = left_edge(tokens, i, lex)
        end = right_edge(tokens, i, lex)
        if (
            token.low == "deal"
            and nxt is not None
            and nxt.low == "with"
            and prev not in DETERMINERS
        ):
            continue  # the verb: "helps websites deal with traffic"
        if token.is_cap and nxt is not None and nxt.is_cap and nxt.is_word:
            continue  # inside a name: "Bill Gammell", "Fund Management Ltd"
        if token.low in _PLACE_NOUNS and prev == "the" and nxt is not None and nxt.low == "of":
            continue  # "at the centre of the talks"
        mods = frozenset(
            t.low for t in tokens[first:i] if t.is_word and t.low not in _GENERIC_MODIFIERS
        )
        score = float(entry.weight)
        if all(m in lex.generic for m in mods) and end == i + 1:
            score -= 3.0 if token.low == _singular(token.low) else 4.0
        if any(t.is_name for t in tokens[first:i]) or (token.is_name and i > 0):
            score += 1.0
        if "new" in mods:
            score += 1.0
        elif token.low != _singular(token.low) and entry.weight < 3 and not token.is_cap:
            score -= _PLURAL_PENALTY  # "peer-to-peer programs", "music programmes": a kind
        if (first < i or token.is_cap) and all(
            t.is_cap or not t.is_word or t.low in _NAME_LINKS for t in tokens[first:end]
        ):
            # A proper name ending in a head ("International Monetary Fund", "Sage Centre") is
            # usually an established body or place, not a new undertaking.
            score -= 2.0
        if end > i + 1:
            score += 0.5
        if end == i + 1 and end + 1 < n and tokens[end].low in _NAMING and tokens[end + 1].is_name:
            # "a science-based city called Cyberjaya": the name is the shortest phrase for it.
            first = end + 1
            end = name_right(tokens, first, lex)
            score += 1.0
        merge_set = _merge_set(tokens, first, end, i)
        cand = _Candidate(tokens, first, end, i, sentence, score, merge_set, _head_key(token.low))
        if entry.name_is_actor and tokens[first].is_name:
            last = first
            while last + 1 < i and tokens[last + 1].is_name:
                last += 1
            cand.own_actor = (tokens[first].start, tokens[last].end)
        found.append(cand)
    return found


def _verb_candidates(tokens: list[Token], sentence: int, lex: Lexicon) -> list[_Candidate]:
    found: list[_Candidate] = []
    for i, token in enumerate(tokens):
        base = lex.actions.get(token.low)
        if base is None or i == 0 or token.is_cap:
            continue
        prev = tokens[i - 1].low
        gerund = token.low.endswith("ing") and len(token.low) > 5
        if not (prev in _GERUND_SLOT if gerund else prev in _VERB_SLOT):
            continue
        scheduled = i >= 2 and prev == "to" and tokens[i - 2].low in {"is", "are", "set"}
        if not scheduled and not any(t.low in _INTENT for t in tokens[max(0, i - 12) : i]):
            continue  # "X is to cut 2,850 jobs", "plans to cut", "would reduce"
        j = i + 1
        if j < len(tokens) and tokens[j].low in PARTICLES:
            j += 1
        elif base == "set":
            continue  # only "set up" starts something
        end = np_right(tokens, j, lex, max_words=5)
        if end == j:
            continue
        obj_head = tokens[end - 1].low
        entry = lex.heads.get(obj_head)
        if entry is not None and entry.weight >= 2:
            continue  # the object is itself an initiative noun phrase: "introduce a grant"
        mods = frozenset(t.low for t in tokens[j:end] if t.is_word)
        found.append(_Candidate(tokens, i, end, i, sentence, 2.0, mods, base + ":" + obj_head))
    return found


def _trigger(cand: _Candidate, lex: Lexicon) -> tuple[int, str, bool] | None:
    """The nearest status word governing the candidate: (token index, status, direct).

    `direct` when only determiners and the like stand between ("launched a new office") or
    only auxiliaries after it ("the scheme was scrapped").
    """
    tokens = cand.tokens
    if cand.head == cand.first and ":" in cand.head_key:
        # A verb phrase: its own verb says what it is; the intention cue makes it planned.
        own = lex.status_of.get(tokens[cand.head].low)
        return (cand.head, "planned" if own is None or own == "ongoing" else "proposed", True)
    existential = _existential(tokens, cand.first)
    if existential is not None:
        return existential
    best: tuple[int, int, str, bool] | None = None  # (distance, index, status, direct)
    for k in range(cand.first - 1, max(-1, cand.first - 1 - _WINDOW_LEFT), -1):
        if tokens[k].low in {".", ";", ":"}:
            break
        status = lex.status_of.get(tokens[k].low)
        if status is not None and not tokens[k].is_cap:
            direct = all(_between_object(t) for t in tokens[k + 1 : cand.first])
            best = (cand.first - k, k, status, direct)
            break
    for k in range(cand.end, min(len(tokens), cand.end + _WINDOW_RIGHT)):
        if tokens[k].low in {".", ";", ":", ","}:
            break
        status = lex.status_of.get(tokens[k].low)
        if status is not None and not tokens[k].is_cap:
            direct = all(t.low in _AUXILIARIES for t in tokens[cand.end : k])
            if best is None or (direct and not best[3]) or k - cand.end + 1 < best[0]:
                best = (k - cand.end + 1, k, status, direct)
            break
    return None if best is None else (best[1], best[2], best[3])


def _existential(tokens: list[Token], first: int) -> tuple[int, str, bool] | None:
    """ "there should be a cap on ...", "there would also be a local income tax": a proposal."""
    k = first - 1
    while k >= 0 and (tokens[k].low in DETERMINERS or tokens[k].low == "also"):
        k -= 1
    if k < 1 or tokens[k].low != "be":
        return None
    k -= 1
    while k >= 0 and tokens[k].low == "also":
        k -= 1
    if k < 0 or tokens[k].low not in _MODALS:
        return None
    # The index returned is "be", not the modal: this is a firm proposal, not a bare "would".
    be = first - 1
    while tokens[be].low != "be":
        be -= 1
    return (be, "planned" if tokens[k].low in {"will", "would"} else "proposed", True)


def _between_object(token: Token) -> bool:
    """A word that may stand between a verb and its object ("set up a new", "backs its")."""
    return (
        token.low in DETERMINERS
        or token.low in _OBJECT_FILLERS
        or token.is_number
        or token.low in POSSESSIVE
    )


def _in_purpose_clause(cand: _Candidate, others: list[_Candidate]) -> bool:
    """True for "a hub to serve <this>": the phrase only says what another one is for."""
    tokens = cand.tokens
    for k in range(cand.first - 1, max(-1, cand.first - 5), -1):
        if tokens[k].low == "to" and k > 0:
            return any(o is not cand and o.end <= k and k - o.end <= 6 for o in others)
    return False


def _after_as(cand: _Candidate) -> bool:
    """True for "serve as an operations centre": a role of something named before."""
    k = cand.first - 1
    while k >= 0 and cand.tokens[k].low in DETERMINERS:
        k -= 1
    return k >= 0 and cand.tokens[k].low == "as"


def _addressee(cand: _Candidate) -> bool:
    """True for "told the BBC News website", "on the BBC website": a medium, not an undertaking."""
    k = cand.first - 1
    while k >= 0 and cand.tokens[k].low in DETERMINERS:
        k -= 1
    if k < 0:
        return False
    if cand.tokens[k].low in _TOLD:
        return True
    named = any(t.is_name for t in cand.tokens[cand.first : cand.head])
    return named and cand.head_key in _MEDIA and cand.tokens[k].low in {"on", "to", "for"}


def _list_follower(cand: _Candidate, tokens: list[Token]) -> bool:
    k = cand.first - 1
    while k >= 0 and tokens[k].low in DETERMINERS:
        k -= 1
    return k >= 0 and tokens[k].low in {",", "and", "or"}


def _score_sentence(
    cands: list[_Candidate], tokens: list[Token], text: str, lex: Lexicon, discourse: Discourse
) -> None:
    previous: _Candidate | None = None
    for cand in sorted(cands, key=lambda c: c.first):
        trig = _trigger(cand, lex)
        if trig is not None:
            index, status, direct = trig
            cand.status = status
            modal = tokens[index].low in _MODALS
            cand.triggered = not modal
            cand.score += 0.5 if modal else (_DIRECT if direct else _INDIRECT)
            if tokens[index].low in _LIST_INTRODUCERS and previous is not None:
                cand.actor = previous.actor  # "Alibaba's investment, including City Brain"
            else:
                cand.actor = subject_left(tokens, index, text, lex, discourse)
        elif previous is not None and previous.triggered and _list_follower(cand, tokens):
            cand.status, cand.actor, cand.triggered = previous.status, previous.actor, True
            cand.score += 2.0
        owner = possessor(tokens, cand.first, text, lex, discourse)
        if owner is not None:
            cand.actor = owner
            cand.score += 1.0
        agent = by_agent(tokens, cand.end, text, lex)
        if agent is not None:
            cand.actor = agent
        if cand.own_actor is not None and owner is None:
            cand.actor = text[cand.own_actor[0] : cand.own_actor[1]]
        if (
            cand.actor is not None
            and cand.own_actor is None
            and cand.actor in text[cand.start_char : cand.end_char]
        ):
            cand.actor = None  # "Buntes Fernsehen" is the project's name, not who runs it
        if _in_purpose_clause(cand, cands):
            cand.score -= 2.0
        if _after_as(cand):
            cand.score -= 1.5
        if _addressee(cand):
            cand.score -= 3.0
        if cand.triggered or previous is None:
            previous = cand


def _overlaps(a: _Candidate, b: _Candidate) -> bool:
    return a.sentence == b.sentence and a.first < b.end and b.first < a.end


def _resolve_overlaps(cands: list[_Candidate], lex: Lexicon) -> list[_Candidate]:
    """Keep the best of overlapping candidates.

    A head at least as strong that ends another's prepositional phrase is the more specific
    name: "debt relief" rather than "plans for debt relief", "funding programme" rather than
    "agreement on a funding programme".
    """
    for outer in cands:
        for inner in cands:
            entry = lex.heads.get(inner.tokens[inner.head].low)
            outer_entry = lex.heads.get(outer.tokens[outer.head].low)
            outer_weight = 2 if outer_entry is None else outer_entry.weight
            if (
                inner is not outer
                and entry is not None
                and entry.weight >= max(2, outer_weight)
                and outer.head < inner.first
                and inner.head == outer.end - 1
            ):
                inner.score = max(inner.score, outer.score)
                outer.score = inner.score - 0.5
    kept: list[_Candidate] = []
    # On a tie the outer phrase wins: "series of adverts" over "adverts in newspapers".
    for cand in sorted(cands, key=lambda c: (-c.score, c.head, -(c.end - c.first))):
        if not any(_overlaps(cand, k) for k in kept):
            kept.append(cand)
    return kept


@dataclass
class _Group:
    """Mentions of one initiative, with the distinct word sets seen (bounded, for speed)."""

    head_key: str
    members: list[_Candidate]
    sets: set[frozenset[str]]

    def add(self, cand: _Candidate) -> None:
        self.members.append(cand)
        if cand.modifiers:
            self.sets.add(cand.modifiers | {cand.head_key})


def _find_group(
    recent: list[_Group], by_head: dict[str, list[_Group]], cand: _Candidate
) -> _Group | None:
    """The group a later mention belongs to: same head, and one's words contain the other's.

    A bare mention ("the scheme") joins the most recent group with its head; a bare first
    mention is taken over by the next qualified one. Only recent groups are searched, so long
    texts stay linear.
    """
    words = cand.modifiers | {cand.head_key}
    bare_home: _Group | None = None
    for group in reversed(by_head.get(cand.head_key, [])[-_MERGE_REACH:]):
        if not cand.modifiers:
            return group
        if not group.sets:
            bare_home = bare_home or group
        elif any(words <= s or s <= words for s in group.sets):
            return group
    if bare_home is not None or len(words) < 3:
        return bare_home
    # Different heads, same thing: "new 50% tax on top earners", "new 50% tax band for top
    # earners".
    for group in reversed(recent[-_MERGE_REACH:]):
        if any(len(words & s) >= 0.75 * len(words) for s in group.sets):
            return group
    return None


def _merge(cands: list[_Candidate]) -> list[_Candidate]:
    """One candidate per initiative: repeated mentions fold into the best scored one."""
    groups: list[_Group] = []
    by_head: dict[str, list[_Group]] = {}
    for cand in sorted(cands, key=lambda c: c.start_char):
        home = _find_group(groups, by_head, cand)
        if home is None:
            home = _Group(cand.head_key, [], set())
            groups.append(home)
            by_head.setdefault(cand.head_key, []).append(home)
        home.add(cand)
    merged: list[_Candidate] = []
    for group in groups:
        best = max(group.members, key=lambda c: (c.score, len(c.modifiers), -c.start_char))
        best.score += 0.5 * min(4, len(group.members) - 1)
        if best.actor is None:
            best.actor = next((c.actor for c in group.members if c.actor is not None), None)
        if best.status == "unknown":
            best.status = next(
                (c.status for c in group.members if c.status != "unknown"), "unknown"
            )
        if best.status == "unknown" and ":" not in best.head_key:
            # Named without any verb of launching, planning or ending: an existing undertaking
            # the article refers to ("the BBC's iCan project").
            best.status = "ongoing"
        merged.append(best)
    return merged


def _limit(document: Document) -> int:
    return max(7, document.word_count // 70)


def _scored_candidates(document: Document) -> list[_Candidate]:
    """Every merged candidate with its score (the benchmark's --show prints these)."""
    lex = lexicon()
    text = document.text
    discourse = Discourse.of(text)
    common = lowercase_vocabulary(text)
    cands: list[_Candidate] = []
    for sentence in document.sentences:
        tokens = tokenize(text, sentence.start, sentence.end, common)
        found = _noun_candidates(tokens, sentence.index, lex)
        found += _verb_candidates(tokens, sentence.index, lex)
        _score_sentence(found, tokens, text, lex, discourse)
        subject = sentence_subject(tokens, text, lex, discourse)
        for cand in found:
            if cand.actor is None:
                fallback = subject if subject is not None else discourse.resolve("it")
                if fallback is not None and fallback not in text[cand.start_char : cand.end_char]:
                    cand.actor = fallback
        if subject is not None:
            discourse.subjects.append(subject)
        cands.extend(_resolve_overlaps(found, lex))
    return _merge(cands)


def extract(document: Document) -> list[InitiativeFact]:
    """The initiatives of `document`, in text order, each once, with actor and status."""
    text = document.text
    chosen = [c for c in _scored_candidates(document) if c.score >= _THRESHOLD]
    chosen = sorted(chosen, key=lambda c: -c.score)[: _limit(document)]
    facts = []
    for cand in sorted(chosen, key=lambda c: c.start_char):
        start, end = cand.start_char, cand.end_char
        facts.append(
            InitiativeFact(text[start:end], start, end, cand.sentence, cand.actor, cand.status)
        )
    return facts
