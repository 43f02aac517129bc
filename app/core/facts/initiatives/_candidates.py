"""Initiative candidates: head-noun phrases and intention verb phrases in one sentence.

Part of `app.core.facts.initiatives._extract`; see that module for the whole method.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.facts.initiatives._chunk import (
    DETERMINERS,
    PARTICLES,
    Token,
    left_edge,
    name_right,
    np_right,
    right_edge,
)
from app.core.facts.initiatives._lexicon import Lexicon
from app.core.facts.initiatives._senses import sense_penalty, verb_object_penalty

# Words that make a following verb an intention: "plans to cut", "would introduce".
INTENT = frozenset(
    """plan plans planned planning pledge pledged pledges promise promised promises vow vowed
    aim aims aimed propose proposes proposed proposal proposals want wants wanted intend intends
    intended seek seeks sought would will should decided agreed move bid hopes expects""".split()
)
_BEFORE_VERB = frozenset(
    """to will would could should can may might must cannot did does do it he she they we
    help helps helped""".split()
)
_FUNCTION = frozenset("the a an of for on in to with and or its their his her".split())
_VERB_SLOT = frozenset({"to", "would", "will", "should", "could", "and", ",", "or"})
_GERUND_SLOT = frozenset({"for", "by", "including", "on", "of", ",", "and", "or", "started", "be"})
_GENERIC_MODIFIERS = frozenset("various other several further certain same such".split())
_PLACE_NOUNS = frozenset("centre center heart hub core part".split())
_NAMING = frozenset("called named dubbed".split())
PLURAL_PENALTY = 0.5
_NAME_LINKS = frozenset("of the and for".split())


@dataclass
class Candidate:
    """A phrase that may name an initiative, with the evidence gathered for it so far.

    Attributes:
        modifiers: its content words other than the head, singular: what merging compares.
        head_key: the head's singular, normalised spelling ("programme"); "verb:object" for a
            verb phrase.
        own_actor: character span of a name inside the phrase that is the actor ("Tory
            plans", "an offer from Quiksilver").
    """

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
    one = singular(word)
    return _SPELLING.get(one, one)


def singular(word: str) -> str:
    """A crude singular, enough to compare mentions ("schemes" -> "scheme")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten twelve twenty fifty hundred".split()
)


_DURATIONS = ("year", "month", "week", "day", "hour", "match", "game", "season")


def _quantity(token: Token) -> bool:
    """A sum or size: "£40m", "60%", "five-point", "10-year"; not a count ("300 firms")."""
    if token.text[0] in "£$€¥" or token.text.endswith("%"):
        return True
    first, _, rest = token.low.partition("-")
    if rest.startswith(_DURATIONS):
        return False  # "two-year deal": how long (a player's contract), not how big
    return bool(rest) and (first in _NUMBER_WORDS or first.isdigit())


def _merge_set(tokens: list[Token], first: int, end: int, head: int) -> frozenset[str]:
    """Content words of a candidate other than its head, singular, for merging mentions."""
    return frozenset(
        singular(t.low)
        for k, t in enumerate(tokens[first:end], first)
        if k != head and t.is_word and t.low not in _GENERIC_MODIFIERS and t.low not in _FUNCTION
    )


def noun_candidates(tokens: list[Token], sentence: int, lex: Lexicon) -> list[Candidate]:
    """Noun phrases headed by a lexicon head, scored on their own words (no context yet)."""
    found: list[Candidate] = []
    n = len(tokens)
    for i, token in enumerate(tokens):
        entry = lex.heads.get(token.low)
        if entry is None:
            continue
        nxt = tokens[i + 1] if i + 1 < n else None
        if nxt is not None and (nxt.low in lex.heads or nxt.low in lex.reject_after):
            continue  # a modifier of a longer compound ("loan agreement", "project manager")
        prev = tokens[i - 1].low if i > 0 else ""
        if prev in _BEFORE_VERB:
            continue  # a verb: "to fund", "it plans", "helped drive", "can fund"
        if (
            token.low in lex.status_of
            and i > 0
            and tokens[i - 1].is_name
            and nxt is not None
            and nxt.low == "to"
        ):
            continue  # "Corvan plans to ...": a verb; the verb phrase after it is the plan
        first = left_edge(tokens, i, lex)
        end = right_edge(tokens, i, lex)
        if (
            token.low == "deal"
            and nxt is not None
            and nxt.low == "with"
            and prev.endswith("s")
            and prev not in DETERMINERS
        ):
            continue  # the verb after a plural subject: "helps websites deal with traffic"
        if token.is_cap and nxt is not None and nxt.is_cap and nxt.is_word:
            continue  # inside a name: "Bill Gammell", "Fund Management Ltd"
        if token.low in _PLACE_NOUNS and prev == "the" and nxt is not None and nxt.low == "of":
            continue  # "at the centre of the talks"
        mods = frozenset(
            t.low for t in tokens[first:i] if t.is_word and t.low not in _GENERIC_MODIFIERS
        )
        score = float(entry.weight)
        if all(m in lex.generic for m in mods) and end == i + 1:
            score -= 3.0 if token.low == singular(token.low) else 4.0
        if any(t.is_name for t in tokens[first:i]) or (token.is_name and i > 0):
            score += 1.0
        if any(_quantity(t) for t in tokens[first:i]):
            score += 1.0  # "£40 million plan", "five-point plan": a concrete, sized undertaking
        if any(t.text == "new" for t in tokens[first:i]):
            score += 1.0  # lower case only: "New Order", "New York" are names
        elif token.low != singular(token.low) and entry.weight < 3 and not token.is_cap:
            score -= PLURAL_PENALTY  # "peer-to-peer programs", "music programmes": a kind
        if (first < i or token.is_cap) and all(
            t.is_cap or not t.is_word or t.low in _NAME_LINKS for t in tokens[first : i + 1]
        ):
            # A proper name ending in a head ("International Monetary Fund", "Sage Centre") is
            # usually an established body or place, not a new undertaking.
            score -= 2.0
        if end > i + 1:
            score += 0.5
        score -= sense_penalty(tokens, first, i, end, lex.generic)
        if end == i + 1 and end + 1 < n and tokens[end].low in _NAMING and tokens[end + 1].is_name:
            # "a science-based city called Cyberjaya": the name is the shortest phrase for it.
            first = end + 1
            end = name_right(tokens, first, lex)
            score += 1.0
        merge_set = _merge_set(tokens, first, end, i)
        cand = Candidate(tokens, first, end, i, sentence, score, merge_set, _head_key(token.low))
        if entry.name_is_actor and tokens[first].is_name and not token.is_cap:
            # "Tory plans" says whose plans; in "the Marshall Plan" the name is the title.
            last = first
            while last + 1 < i and tokens[last + 1].is_name:
                last += 1
            cand.own_actor = (tokens[first].start, tokens[last].end)
        found.append(cand)
    return found


# "X is to recall all cars", "has agreed to restate its accounts", "offered to pay $300m":
# a commitment announced, whatever the verb. These verbs after it say no undertaking (a
# performance, a candidacy, a personal step: "is to perform live", "is to resign").
_COMMITTING = frozenset("agreed offered pledged promised vowed".split())
_NOT_UNDERTAKINGS = frozenset(
    """be blame face get receive have take go come appear stand play meet visit continue remain
    return lose leave become see hear know say tell give make do keep win look perform sing star
    contest attend speak host present headline marry retire resign quit step testify
    appeal""".split()
)


# "The role is to ...": the subject is defined, nobody commits to anything ("the plan is
# to ..." does state an intention, so plan words are not here).
_DEFINING = frozenset(
    "role job task challenge answer solution point trick key way thing problem danger".split()
)


def _committed(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True for a plain verb right after "is to" / "are to" / "agreed to" / "offered to"."""
    if i < 2 or tokens[i - 1].low != "to":
        return False
    token = tokens[i]
    if (
        token.is_cap
        or not token.is_word
        or token.is_number
        or token.low in lex.stop_left
        or token.low in _NOT_UNDERTAKINGS
        or token.low.endswith(("ing", "ed", "ly", "s"))
    ):
        return False
    before = tokens[i - 2].low
    if before in _COMMITTING:
        return True
    if before not in {"is", "are"} or i < 3:
        return False
    subject = tokens[max(0, i - 6) : i - 2]  # "the job of artists is to ..."
    # "the role is to question", "if they are to deliver": no commitment.
    return not any(t.low in _DEFINING or t.low == "if" for t in subject)


def verb_candidates(tokens: list[Token], sentence: int, lex: Lexicon) -> list[Candidate]:
    """Verb phrases after an intention ("plans to cut 200 jobs", "for scrapping fees")."""
    found: list[Candidate] = []
    for i, token in enumerate(tokens):
        base = lex.actions.get(token.low)
        if base is None and _committed(tokens, i, lex):
            base = token.low
        if base is None or i == 0 or token.is_cap:
            continue
        prev = tokens[i - 1].low
        gerund = token.low.endswith("ing") and len(token.low) > 5
        if not (prev in _GERUND_SLOT if gerund else prev in _VERB_SLOT):
            continue
        scheduled = i >= 2 and prev == "to" and tokens[i - 2].low in {"is", "are", "set"}
        # The next item of a list of verb phrases: "..., putting more police on the streets
        # and reintroducing free eye checks".
        listed = prev in {",", "and", "or"} and bool(found) and i - found[-1].end <= 8
        if prev == "," and gerund and not listed:
            continue  # a participle clause: "..., reducing the revenues available"
        if not (scheduled or listed) and not any(
            t.low in INTENT for t in tokens[max(0, i - 12) : i]
        ):
            continue  # "X is to cut 2,850 jobs", "plans to cut", "would reduce"
        j = i + 1
        if j < len(tokens) and tokens[j].low in PARTICLES:
            j += 1
        if base == "set" and tokens[j - 1].low != "up":
            continue  # only "set up" starts something, not "set out her position"
        end = np_right(tokens, j, lex, max_words=5)
        if end == j:
            continue
        obj_head = tokens[end - 1].low
        entry = lex.heads.get(obj_head)
        if entry is not None and entry.weight >= 2:
            continue  # the object is itself an initiative noun phrase: "introduce a grant"
        mods = frozenset(t.low for t in tokens[j:end] if t.is_word)
        score = 2.0 - verb_object_penalty(tokens, i, end)
        found.append(Candidate(tokens, i, end, i, sentence, score, mods, base + ":" + obj_head))
    return found
