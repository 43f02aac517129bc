"""Merging mentions: one candidate per undertaking (repeated mentions of one head whose words
nest, mentions of one sum), and one item per stretch of text (the innermost of overlapping
names).
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.facts.initiatives._candidate import Candidate
from app.core.facts.initiatives._lexicon import singular
from app.core.facts.initiatives._phrasing import AMOUNT_CHANGES
from app.core.facts.initiatives._titled_names import titled_text
from app.core.facts.initiatives._weights import Weights

# A sum of money in a name: "£500m", "$3.5 billion", "€40 million".
_AMOUNT = re.compile(r"[£$€]\s?\d[\d.,]*\s?(?:bn|m|k|billion|million|trillion)?\b", re.IGNORECASE)


# Words that open the name of one more of a kind: "a second advice centre", "another depot".
_ANOTHER = re.compile(r"(?:second|third|fourth|fifth|another)\b", re.IGNORECASE)


def _nested(cand: Candidate, earlier: Candidate) -> bool:
    """Whether `cand` is a mention of what `earlier` names: its words nest in the other's
    ("the amnesty" after "a tax amnesty"). A bare mention refers back to any earlier one; a
    named one never joins a bare one before it ("the deal" ... "a new record deal" are two
    deals: the bare one named nothing to refer back to)."""
    if not cand.words:
        return True
    return bool(earlier.words) and (cand.words <= earlier.words or earlier.words <= cand.words)


# Nouns for a trial run, and a trial run's length ("the six-month pilot").
_TRIAL_RUNS = frozenset({"pilot", "trial"})
_LENGTH = re.compile(r"\w+-(?:day|week|month|year)$")
_DEFINITE = re.compile(r"\b(?:the|this)\s+$", re.IGNORECASE)


def _trial_run(cand: Candidate, text: str) -> bool:
    """Whether `cand` is "the pilot" or "the six-month trial": a trial run named by nothing but
    its noun (and its length) after a definite article, which refers back to what a verb of
    trying out took before ("will pilot a four-day week ... during the pilot")."""
    return cand.head in _TRIAL_RUNS and _definite_with_length_only(cand, text)


def _definite_with_length_only(cand: Candidate, text: str) -> bool:
    """Whether `cand` follows "the"/"this" and its only words say how long it runs (none at
    all for "the pilot")."""
    return (
        all(_LENGTH.match(w) for w in cand.words)
        and _DEFINITE.search(text, max(0, cand.start - 6), cand.start) is not None
    )


def _told_by_length(cand: Candidate, text: str) -> bool:
    """Whether `cand` is "the six-month campaign", "the two-year scheme": a mention named by
    nothing but its noun and how long it runs, after a definite article, which tells more of
    the one of its kind named before rather than naming a new one."""
    return bool(cand.words) and _definite_with_length_only(cand, text)


# Verbs that give more of a thing ("increasing state funding"): more of what an earlier mention
# proposes is that undertaking again; less of it ("cutting state funding") is another.
_MORE = frozenset("increase raise boost double extend expand".split())


def _more_of(cand: Candidate, by_head: dict[str, list[list[Candidate]]]) -> list[Candidate] | None:
    """The group of an earlier mention of the thing that `cand`, an act of giving more
    ("increase:funding"), gives more of, when their words nest and one body is behind both:
    "increasing state funding for parties" after the commission's "state funding for political
    parties" is one proposal, not two; two parties' pledges to raise the state pension stay two.
    """
    verb, _, noun = cand.head.partition(":")
    if not noun or verb not in _MORE or cand.actor is None:
        return None
    words = frozenset(w for w in cand.words if singular(w) != noun)
    thing = replace(cand, head=noun, words=words)
    return next(
        (
            g
            for g in reversed(by_head.get(noun, []))
            if any(m.actor == cand.actor and _nested(thing, m) for m in g)
        ),
        None,
    )


_ARTICLE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
# Sentences after a titled mention in which a description of its kind still refers to it.
_TITLE_REACH = 1


def _described_title(
    cand: Candidate, text: str, by_head: dict[str, list[list[Candidate]]]
) -> list[Candidate] | None:
    """The group of the one titled law or scheme of `cand`'s head named in its sentence or the
    one before ("the Renters' Security Bill"), when `cand` describes one of that kind in lower
    case after an article ("a bill that would ban no-fault evictions"): the same bill told
    again, one item. None when the article titles two of that kind (which one is meant is not
    said) or the title is further back."""
    name = text[cand.start : cand.end]
    if name != name.lower() or _ARTICLE.search(text, max(0, cand.start - 4), cand.start) is None:
        return None
    titled = [
        g for g in by_head.get(cand.head, []) if any(titled_text(text[m.start : m.end]) for m in g)
    ]
    if len(titled) != 1:
        return None
    if cand.sentence - max(m.sentence for m in titled[0]) > _TITLE_REACH:
        return None
    return titled[0]


def _merge(cands: list[Candidate], weights: Weights, text: str) -> list[Candidate]:
    """One candidate per undertaking: mentions with the same head whose words nest merge, and
    so do mentions of the same sum ("a £500m initiative" ... "a new £500m fund")."""
    groups: list[list[Candidate]] = []
    by_head: dict[str, list[list[Candidate]]] = {}
    by_amount: dict[str, list[Candidate]] = {}
    for cand in cands:
        amount = _AMOUNT.search(text, cand.start, cand.end)
        key = re.sub(r"\s", "", amount.group().lower()) if amount is not None else None
        another = _ANOTHER.match(text, cand.start) is not None
        home = next(
            (g for g in reversed(by_head.get(cand.head, [])) if any(_nested(cand, m) for m in g)),
            None,
        )
        if home is None:
            home = _more_of(cand, by_head)
        if home is None and _told_by_length(cand, text) and by_head.get(cand.head):
            # "the six-month campaign" after "a campaign to cut knife crime": the last one;
            # its length joins no later mention to that one ("a two-year scheme for cyclists")
            home = by_head[cand.head][-1]
            cand = replace(cand, words=frozenset())
        if home is None and (titled := _described_title(cand, text, by_head)) is not None:
            # "a bill that would ban no-fault evictions" after "the Renters' Security Bill": the
            # title names it (its words say no more which one it is)
            home = titled
            cand = replace(cand, words=frozenset())
        if another:
            home = None  # "a second advice centre" after "a debt advice centre": a new one
        if _trial_run(cand, text):
            # "the pilot" after "will pilot a four-day week": the week's trial run
            home = next((g for g in reversed(groups) if any(c.tried_out for c in g)), home)
        if home is None and key is not None:
            home = by_amount.get(key)
        if home is None:
            home = []
            groups.append(home)
            by_head.setdefault(cand.head, []).append(home)
        if key is not None:
            by_amount.setdefault(key, home)
        home.append(cand)
    merged: list[Candidate] = []
    for group in groups:
        # Another mention lends its actor only where it reads as an undertaking of its own
        # subject: not "X welcomed the pilot" (a reaction scores below nothing).
        lenders = [c.actor for c in group if c.actor is not None and c.score > 0]
        if any(not c.bare for c in group):
            # "the amnesty" after "a one-off tax amnesty": the bare mention's verb counts.
            group = [replace(c, score=c.score - weights.bare) if c.bare else c for c in group]
        best = max(group, key=lambda c: (c.score, len(c.words), -c.start))
        named = [c for c in group if c.words]
        if not best.words and named:
            clearest = max(named, key=lambda c: (c.score, len(c.words), -c.start))
            best = replace(clearest, score=best.score, status=best.status, actor=best.actor)
        extra = weights.repeated * min(weights.repeats_counted, len(group) - 1)
        actor = best.actor or (lenders[0] if lenders else None)
        status = best.status
        if status == "unknown":
            status = next((c.status for c in group if c.status != "unknown"), "unknown")
        merged.append(replace(best, score=best.score + extra, actor=actor, status=status))
    return merged


_AGAINST = re.compile(r"\bagainst\s+(?:\S+\s+){0,2}$")  # "against a new" before the target
# "to cut " (or "to cut the ") before the object an infinitive takes
_TO_DO = re.compile(r"\bto\s+(\w+)\s+(?:(?:the|its|their)\s+)?$")
# A plan named by its act ("cut " before the object: "cut council tax", `_scoring`)
_DO = re.compile(r"(\w+)\s+(?:(?:the|its|their)\s+)?$")
# A plan whose "to" opens an inner name that is the act ("plan to cut council tax" around "cut
# council tax", `_scoring`): the act's verb is the inner name's first word.
_TO = re.compile(r"\bto\s+$")
_WORD = re.compile(r"(\w+)")


def _innermost(cands: list[Candidate], text: str) -> list[Candidate]:
    """One item per stretch of text: of overlapping names ("a greater effort to set up weekly
    advice centres" and "weekly advice centres for tenants"), the shortest, with the
    higher score and the other's actor or status where it has none. A name after "against"
    inside the other ("action against a rival's new venture"), or inside a legal step ("a legal
    challenge to the council's plans to build 400 homes"), is its target: the outer one is the
    undertaking, and keeps its own actor."""
    out: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: c.end - c.start):
        inner = next((o for o in out if cand.start < o.end and o.start < cand.end), None)
        if inner is None:
            out.append(cand)
            continue
        if cand.start < inner.start and (
            _AGAINST.search(text, cand.start, inner.start) or cand.head.startswith("legal:")
        ):  # "a legal challenge to the council's plans to build ...": what it contests
            out[out.index(inner)] = replace(cand, score=max(inner.score, cand.score))
            continue
        to_do = _TO_DO.search(text, cand.start, inner.start) if cand.start < inner.start else None
        if to_do is None and cand.head == "plan" and cand.start < inner.start:
            to_do = _DO.match(text, cand.start, inner.start)
        if to_do is None and cand.start < inner.start and _TO.search(text, cand.start, inner.start):
            to_do = _WORD.match(text, inner.start)
        if (
            to_do is not None
            and inner.end <= cand.end
            and (cand.score > inner.score or to_do.group(1).lower() in AMOUNT_CHANGES)
        ):
            # "plans to cut funding for rural bus routes": the funding is what the plan cuts,
            # named within the plan, which the stronger evidence (or a verb that changes an
            # amount: "plans to cut income tax") says is the undertaking
            out[out.index(inner)] = replace(cand, actor=cand.actor or inner.actor)
            continue
        status = inner.status if inner.status != "unknown" else cand.status
        out[out.index(inner)] = replace(
            inner,
            score=max(inner.score, cand.score),
            actor=inner.actor or cand.actor,
            status=status,
        )
    return out


# What stands between a description and its name in apposition: "one key scheme, the Rural Bus
# Pass scheme, ...".
_APPOSED = re.compile(r",\s+(?:the\s+)?", re.IGNORECASE)


def _named_after(cands: list[Candidate], text: str) -> list[Candidate]:
    """Without a description whose own name follows it in apposition, of the same head ("one
    key scheme, the Rural Bus Pass scheme"): the name is the item, with the description's
    actor where it has none; the description alone says only that there is one."""
    by_start = {c.start: c for c in cands}
    described: dict[int, Candidate] = {}  # the name's start -> the description before it
    for cand in cands:
        gap = _APPOSED.match(text, cand.end)
        name = by_start.get(gap.end()) if gap is not None else None
        if (
            name is not None
            and name.head == cand.head
            and text[name.start : name.end][:1].isupper()
        ):
            described[name.start] = cand
    gone = {id(c) for c in described.values()}
    out = []
    for cand in cands:
        if id(cand) in gone:
            continue
        before = described.get(cand.start)
        if before is not None and cand.actor is None:
            cand = replace(cand, actor=before.actor)
        out.append(cand)
    return out
