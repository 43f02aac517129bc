"""Lead-style summaries: the set of early sentences that best covers the text's main words.

A summary of a few sentences (at most `LEAD_COUNT`, the "Lead-3" size) is about the news
point, which sits in the first sentences but not always in the first three: a teaser, a
quote or a scene-setting line often comes first. So instead of ranking sentences one by one,
every readable set of `count` sentences among the first `Coverage.window` is scored as a whole,
as concept-coverage summarisers do (Gillick & Favre 2009: a summary is worth the weights of
the distinct words it covers, so repeating a point earns nothing):

* a word's weight is its position-weighted frequency in the whole text, each occurrence in
  sentence i counting `1 / (1 + i / position_scale)`, raised to `emphasis` (> 1 favours the
  main words over the many that occur once), normalised to sum to 1;
* a set is worth the weight of the words it covers over its length in words to the power
  `length` (so a set of short sentences that covers as much wins: ROUGE-style F1 rewards it);
* a question, fragment, caption or run-on costs the set `penalty` of its worth each;
* a set is readable only if every sentence that opens backwards ("He", "But"), answers a
  question or goes on with a quotation comes with the sentence before it (a quotation whose
  speaker only a pronoun names: with a sentence that names the speaker), every question with
  an answer and every sentence whose quotation goes on comes with the sentence after it, no two
  sentences repeat each other, and none is boilerplate or not prose (`_prose`).

A first sentence that reads well (no question, fragment, caption or run-on) is kept
(`keep_first`): it is the news. Leaving it out when other sentences cover more words scored
higher on cnndm (a flatter `position_scale` of 6: +1.19 cross-validated), but read one by one
half of those summaries lost the event itself ("eight border guards have been killed", who won
the final), which cnndm's highlights happen not to repeat.

On cnndm-dev (3 sentences) the default scores ROUGE-1 42.54 against Lead-3's 41.66 (+0.88). With
`position_scale`, `emphasis` and `length` chosen inside 5-fold cross-validation over both dev
sets (`benchmarks/cv_summaries.py`) it gains +0.73 over Lead-3 (+0.74 over five fold splits;
-0.34 to +1.53 across folds of 39 articles), so expect well under +1.0 on unseen news. A scorer
learned on the training folds' sets instead of this hand-made worth did worse held out
(`benchmarks/cv_lead_learned.py`). `penalty` 0 would
gain more, but only by taking photo captions, run-ons and fragments, which the
references of cnndm (written from the captions) reward and readers do not: on cnndm-dev it
puts 13 captions, 8 run-ons and 12 fragments into 579 summary sentences against 2, 2 and 6
(`benchmarks/bench_summary_reading.py`). Barring captions, fragments and run-ons outright
(while a readable set without them exists) did no better than the penalty under
cross-validation. The grids and what else was tried: benchmarks/RESULTS.md
("Tuning history of the default summarizer", "The lead-style set's reading penalty",
"Lead-style sets: a flatter position weighting" and the decision after it). bbc-dev
summaries are longer than `LEAD_COUNT` or than a quarter of their text, so bbc is unaffected.

Where three sentences are more than a quarter of the text (`max_share`), almost any set covers
most of its weight and the length term decides, so short background sentences win. That was
seen on the 11-sentence article the product was specified from: the set took a short
background sentence that opens on "The" and a noun of the sentence before (a back-reference the
opener check does not know) over the day's news. Such texts
keep the ranked choice.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np

from app.core.summarize.default._graph import FloatArray
from app.core.summarize.default._text import ReadingFlags


@dataclass(frozen=True, slots=True)
class Coverage:
    """Parameters of the lead-style choice (module docstring).

    Attributes:
        window: the first sentences a lead-style summary is chosen from.
        position_scale: sentences over which a word occurrence's weight halves.
        emphasis: power on a word's weight (above 1 favours the main words).
        length: power on the set's length in words that its coverage is divided by.
        penalty: share of a set's worth lost per question, fragment, caption or run-on.
        run_on_from: words beyond which a sentence counts as a run-on.
        max_share: the largest share of the text a lead-style summary may be; above it the
            caller ranks sentences instead (see the module docstring).
        keep_first: whether the set must hold the window's first sentence when that sentence
            reads well (no question, fragment, caption or run-on) and a readable set holds it.
    """

    window: int = 7  # the point is early; 6 and 8 did worse
    position_scale: float = 3.0  # as `SHORT`'s prior: an occurrence's weight halves by sentence 4
    emphasis: float = 1.5  # plain frequency (1) let words said once count as much as the topic
    length: float = 0.5  # a square root: shorter sets covering as much win, but not by length alone
    penalty: float = 0.2  # 0 scores higher on cnndm by taking captions (module docstring)
    run_on_from: int = 55  # as `_method.RUN_ON_FROM`: beyond it, mostly captions run together
    max_share: float = 0.25  # above it almost any set covers the text and short ones win
    keep_first: bool = True  # a first sentence that reads well is the news (module docstring)


def word_weights(counts: Any, params: Coverage) -> FloatArray:
    """Each term's position-weighted frequency to the power `emphasis`, summing to 1."""
    n = counts.shape[0]
    position = 1.0 / (1.0 + np.arange(n, dtype=np.float64) / params.position_scale)
    weights = np.asarray(counts.T @ position, dtype=np.float64).ravel() ** params.emphasis
    total = float(weights.sum())
    return weights / total if total > 0 else weights


def best_lead_set(
    terms: Sequence[frozenset[int]],
    words: FloatArray,
    weights: FloatArray,
    flags: Sequence[ReadingFlags],
    count: int,
    repeats: Callable[[int, int], bool],
    params: Coverage,
    among: Sequence[int] | None = None,
    speakers: Sequence[tuple[int, ...]] = (),
) -> list[int] | None:
    """The readable set of `count` sentences among the first `window` that is worth most.

    Args:
        terms: each sentence's term ids (columns of `weights`).
        words: each sentence's length in words.
        weights: each term's weight (`word_weights`).
        flags: each sentence's reading checks.
        count: sentences wanted.
        repeats: whether two sentences say the same thing (never both chosen).
        params: the parameters.
        among: choose only among these sentences (a larger set's, so summaries nest).
        speakers: per sentence, the earlier sentences besides the one right before it that
            name its quotation's speaker (`_attribution.speaker_sentences`): one of them in
            the set reads as well as the sentence before.

    Returns:
        The chosen indices, the one that adds most first; None if no readable set exists.
    """
    pool = range(min(len(terms), params.window)) if among is None else sorted(among)
    candidates = [i for i in pool if not (flags[i].boilerplate or flags[i].not_prose)]
    if count < 1 or len(candidates) < count:
        return None

    def penalised(i: int) -> bool:
        g = flags[i]
        return g.question or g.fragment or g.caption or bool(words[i] > params.run_on_from)

    keep = {i: 1.0 - params.penalty * penalised(i) for i in candidates}

    def worth(chosen: Sequence[int]) -> float:
        covered = frozenset().union(*(terms[i] for i in chosen))
        value = float(weights[list(covered)].sum()) if covered else 0.0
        size = max(1.0, float(sum(words[i] for i in chosen)))
        return value * float(np.prod([keep[i] for i in chosen])) / math.pow(size, params.length)

    def named(i: int, inside: set[int]) -> bool:
        """Whether backward sentence `i` reads well in the set: it holds the sentence before
        (unless that names no one for a pronoun speaker) or one naming its speaker."""
        if i < len(speakers) and not inside.isdisjoint(speakers[i]):
            return True
        return i - 1 in inside and not flags[i].unnamed_before

    def readable(chosen: tuple[int, ...]) -> bool:
        inside = set(chosen)
        if any(flags[i].backward and not named(i, inside) for i in chosen):
            return False
        if any(flags[i].needs_next and i + 1 not in inside for i in chosen):
            return False
        return not any(repeats(a, b) for a, b in combinations(chosen, 2))

    # The news is in the first sentence: when it reads well, only the sets that hold it compete
    # (when one is readable).
    lead = pool[0] if pool else -1
    must = params.keep_first and lead in keep and not penalised(lead)
    best: tuple[int, ...] | None = None
    best_worth = -1.0
    best_with_lead: tuple[int, ...] | None = None
    lead_worth = -1.0
    for chosen in combinations(candidates, count):
        value = worth(chosen)
        beats = value > best_worth
        beats_lead = must and lead in chosen and value > lead_worth
        if (beats or beats_lead) and readable(chosen):  # the readability checks once a set
            if beats:
                best, best_worth = chosen, value
            if beats_lead:
                best_with_lead, lead_worth = chosen, value
    best = best_with_lead or best
    if best is None:
        return None
    # Best first: the sentence whose loss would cost the set most.
    return sorted(best, key=lambda i: worth([j for j in best if j != i]))
