"""The one scorer for key facts against hand gold (issue 11's matching rule), shared by benchmarks.

Matching: a predicted item matches a gold item one-to-one when the F1 of their content-word tokens
(lower-cased word tokens less sumy's English stop words) is >= 0.5; pairs are taken greedily, best
score first. When an item has no content word at all ("last week", "the past"), all its word tokens
stand in, so such spans can still match (only dates have them in practice).

Speaker (or actor) against a gold speaker:
- right: the two share a *name word*: a word of 3+ letters, not a title (Mr, President, minister,
  spokesman, chief, ...) and not a stop word, a trailing possessive dropped ("Sondland's" ->
  "sondland"); a title or stop word that ends a name is a surname and counts ("Mr. King",
  "Charlie King": "king"; "Theresa May": "may"; not "Prime Minister"); or their texts are
  equal once lower-cased and stripped of determiners ("the prime minister's spokesman" against
  the same words);
- wrong: a speaker is given and is not right (it names another person or body);
- none: no speaker given (None).
Speaker figures are over matched quotes whose gold names a speaker.

Second, lenient reading (reported beside the strict one, never instead of it): PolNeAR's gold
often gives the description a sentence uses ("the governor", "the group") where we give the name
it stands for. With `Tally(appositions=True)` and the article text passed to `add`, a "wrong"
speaker counts right when `named_by_apposition` holds: the gold is a description (it opens with
"the", "a" or "an" and has no capitalised word after that) and the article itself gives our name
that description's head noun in one sentence, as an apposition ("Ann Lee, the city's mayor" /
"the group Harbour Watch") or a title before the name ("Gov. Ann Lee", "Mayor Ann Lee"; the
abbreviations Sen., Gov., Rep., Gen., Sec. stand for their titles). It does not check which of
the article's mentions the quotation's description refers to; that is why it stays a second figure.

`halves` splits a data set by article: half A is the first half of the rows in file order
(rows[: (n + 1) // 2]), half B the rest, so tuning can be done on one and reported on the other.
B1 and B2 split half B the same way again. news-facts-dev's half A is 14 BBC articles and 2 web
pages, its half B 16 web pages, so half A alone holds almost no web page to tune on: from round 8
on, B1 (8 web pages) is tuned on beside A, and B2 (the other 8, never read) is the forecast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sumy.utils import get_stop_words

T = TypeVar("T")

STOP = frozenset(get_stop_words("english"))
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
# Titles and role words: sharing only these is not sharing a name ("Mr Smith" vs "Mr Jones").
TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof sir dame lord lady rev fr st jr sr hon gen col capt sgt lt maj adm
    president vice prime minister ministers secretary chancellor senator sen governor gov rep
    representative congressman congresswoman mayor chairman chairwoman chair chief executive
    officer director general spokesman spokeswoman spokesperson king queen prince princess
    judge justice deputy leader head manager coach boss ceo cfo coo founder former new official
    mp mep the his her its their
    """.split()
)
_DETERMINERS = frozenset("the a an".split())


def words(text: str | None) -> list[str]:
    """Lower-cased word tokens of `text` (empty for None)."""
    if not text:
        return []
    return [m.group().lower() for m in _WORD.finditer(text)]


def content_tokens(text: str | None) -> list[str]:
    """The content words of `text`, or all its words when it has no content word."""
    every = words(text)
    content = [w for w in every if w not in STOP]
    return content or every


def token_f1(a: str, b: str) -> float:
    """F1 of the content-word tokens of `a` and `b` (multiset overlap)."""
    ta, tb = content_tokens(a), content_tokens(b)
    if not ta or not tb:
        return 0.0
    pool = list(tb)
    common = 0
    for w in ta:
        if w in pool:
            pool.remove(w)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def match(predicted: Sequence[str], gold: Sequence[str]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs with token F1 >= 0.5, best score first."""
    scored = sorted(
        (
            (token_f1(p, g), i, j)
            for i, p in enumerate(predicted)
            for j, g in enumerate(gold)
            if p and g
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for score, i, j in scored:
        if score < 0.5:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def name_words(text: str | None) -> set[str]:
    """Words of 3+ letters that may name someone: no titles, no stop words, no possessive (a
    title that ends a name is a surname: `_surname_title`)."""
    out = set()
    for w in words(text):
        w = re.sub(r"['’]s?$", "", w)
        if sum(c.isalpha() for c in w) >= 3 and w not in TITLES and w not in STOP:
            out.add(w)
    surname = _surname_title(text)
    if surname is not None:
        out.add(surname)
    return out


def _surname_title(text: str | None) -> str | None:
    """The last word of `text` when it is a capitalised title or stop word that ends a name, as
    a surname: after an honorific ("Mr. King", "Mrs May") or after a capitalised word that is
    no title ("Charlie King", "Theresa May"); None otherwise ("Prime Minister", "a council
    spokesman")."""
    found = [m.group() for m in _WORD.finditer(text or "")]
    if len(found) < 2 or not found[-1][:1].isupper() or not found[-2][:1].isupper():
        return None
    last, before = found[-1].lower(), found[-2].lower().rstrip(".")
    if (last not in TITLES and last not in STOP) or sum(c.isalpha() for c in last) < 3:
        return None
    return last if before in _HONORIFICS or before not in TITLES else None


_HONORIFICS = frozenset("mr mrs ms miss mx dr prof".split())


def _plain(text: str) -> str:
    return " ".join(w for w in words(text) if w not in _DETERMINERS)


def speaker_verdict(predicted: str | None, gold: str) -> str:
    """'right', 'wrong' or 'none' for a predicted speaker against a gold one (not None)."""
    if predicted is None or not predicted.strip():
        return "none"
    if name_words(predicted) & name_words(gold) or _plain(predicted) == _plain(gold):
        return "right"
    return "wrong"


_ABBREVIATED = {
    "senator": "sen",
    "governor": "gov",
    "representative": "rep",
    "general": "gen",
    "secretary": "sec",
}


def named_by_apposition(text: str, predicted: str | None, gold: str) -> bool:
    """Whether `gold` is a description and `text` gives `predicted` its head noun (see the module
    docstring: 'NAME, the ... HEAD' or 'HEAD NAME' within one sentence)."""
    gold_words = gold.split()
    if not predicted or not name_words(predicted) or len(gold_words) < 2:
        return False
    if gold_words[0].lower() not in _DETERMINERS:
        return False
    if any(w[:1].isupper() for w in gold_words[1:]):
        return False
    head = re.sub(r"\W+$", "", gold_words[-1].lower())
    if not head:
        return False
    heads = [re.escape(head)]
    if head in _ABBREVIATED:
        heads.append(_ABBREVIATED[head] + r"\.?")
    head_re = "(?i:" + "|".join(heads) + ")"
    last = re.escape(predicted.split()[-1])
    apposed = rf"\b{last},\s+(?i:the|a|an)\s+(?:[^\s.,;]+\s+){{0,5}}{head_re}\b"
    titled = rf"\b{head_re}\s+(?:[A-Z][^\s,;]*\s+){{0,3}}{last}\b"
    return re.search(apposed, text) is not None or re.search(titled, text) is not None


def halves(rows: Sequence[T], half: str) -> list[T]:
    """Rows of half 'A' (first half in file order), 'B' (the rest), 'B1' / 'B2' (B's own first
    half and the rest), 'A+B1' (everything but B2) or 'all'."""
    cut = (len(rows) + 1) // 2
    if half in ("B1", "B2"):
        return halves(rows[cut:], "A" if half == "B1" else "B")
    if half == "A+B1":
        return halves(rows, "A") + halves(rows, "B1")
    if half == "A":
        return list(rows[:cut])
    if half == "B":
        return list(rows[cut:])
    return list(rows)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Tally:
    """Counts for one kind of fact over a set of articles."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    # Speaker/actor verdicts over matched items whose gold names someone.
    verdicts: dict[str, int] = field(default_factory=lambda: {"right": 0, "wrong": 0, "none": 0})
    notes: list[str] = field(default_factory=list)
    # The lenient reading: a gold description our name is given in the article counts right.
    appositions: bool = False

    def add(
        self,
        predicted: Sequence[tuple[str, str | None]],
        gold: Sequence[tuple[str, str | None]],
        label: str = "",
        keep_notes: int = 0,
        text: str = "",
    ) -> list[tuple[int, int]]:
        """Score one article: `(text, speaker or actor)` pairs; returns the matched pairs."""
        pairs = match([p for p, _ in predicted], [g for g, _ in gold])
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.matched += len(pairs)
        for i, j in pairs:
            gold_who = gold[j][1]
            if gold_who is None:
                continue
            verdict = speaker_verdict(predicted[i][1], gold_who)
            if (
                verdict == "wrong"
                and self.appositions
                and named_by_apposition(text, predicted[i][1], gold_who)
            ):
                verdict = "right"
            self.verdicts[verdict] += 1
            if verdict != "right" and len(self.notes) < keep_notes:
                self.notes.append(
                    f"{verdict.upper():5} {label}: {predicted[i][0][:50]!r} "
                    f"gold={gold_who!r} got={predicted[i][1]!r}"
                )
        return pairs

    @property
    def scored(self) -> int:
        """Matched items whose gold names a speaker or actor."""
        return sum(self.verdicts.values())

    def share(self, verdict: str) -> float:
        """The share of scored items with this verdict."""
        return self.verdicts[verdict] / self.scored if self.scored else 0.0

    def summary(self) -> dict[str, Any]:
        """Precision, recall, F1 and the verdict shares as a dict."""
        p, r, f = prf(self.matched, self.predicted, self.gold)
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "P": p,
            "R": r,
            "F1": f,
            "scored": self.scored,
            "right": self.share("right"),
            "wrong": self.share("wrong"),
            "none": self.share("none"),
        }
