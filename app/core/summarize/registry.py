"""Summarizer registry: sumy's algorithms, `lead` and our `default`, behind one call shape.

Every method takes a sumy document model and a sentence count and returns sumy sentences (sumy's
own `AbstractSummarizer.__call__` shape). `summarize` builds that model from our `Document`, so each
sumy sentence maps back to one of our sentences, and returns our `Sentence`s in article order.

sumy's graph methods are quadratic in the number of sentences and KL is cubic, so each method has a
sentence limit above which it is refused with a clear message instead of freezing the app.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core.document import Document, Sentence
from app.core.errors import KeyfactsError
from app.core.nltk_import import import_nltk
from app.core.options import SummaryLength
from app.core.summarize._sumy import stemmer, stop_words, sumy_document


class SummaryError(KeyfactsError, ValueError):
    """A summary cannot be made with these settings (e.g. the method is too slow for the text)."""


@dataclass(frozen=True, slots=True)
class Method:
    """A registered summarisation method.

    Attributes:
        name: the name users type (`--method NAME`).
        description: one line for `--list-methods` and the GUI's chooser.
        build: makes a fresh summarizer object with sumy's call shape.
        max_sentences: refuse documents with more sentences than this (None: no limit).
        callable_count: the summarizer hands its ranked sentences to a callable count, as sumy's
            own methods do (`AbstractSummarizer._get_best_sentences`), so a word budget takes
            one run instead of a search over sentence counts.
    """

    name: str
    description: str
    build: Callable[[], Callable[[Any, int], Any]]
    max_sentences: int | None = None
    callable_count: bool = False


class WordBudget:
    """A sumy item count: the best-rated sentences that fit in `words` words (at least one)."""

    def __init__(self, words: int) -> None:
        self.words = words

    def __call__(self, infos: Any) -> list[Any]:
        chosen: list[Any] = []
        total = 0
        for info in infos:  # best rated first
            size = len(str(info.sentence).split())
            if chosen and total + size > self.words:
                break
            chosen.append(info)
            total += size
        return chosen


class LeadSummarizer:
    """The first N sentences: the classic news baseline ("Lead-3")."""

    def __call__(self, document: Any, sentences_count: int) -> tuple[Any, ...]:
        return tuple(document.sentences[:sentences_count])


def _sumy(module: str, cls: str) -> Callable[[], Callable[[Any, int], Any]]:
    def build() -> Callable[[Any, int], Any]:
        import importlib

        import_nltk()
        summarizer = getattr(importlib.import_module(f"sumy.summarizers.{module}"), cls)(stemmer())
        summarizer.stop_words = stop_words()
        return summarizer  # type: ignore[no-any-return]

    return build


# Cue words for Edmundson's method (its cue component refuses to run without them). Words that
# mark a sentence as central news vs. as page furniture, chosen by hand, not tuned.
_BONUS_WORDS = (
    "announced said new first will plan launch agreed report found according major million "
    "billion percent government official"
).split()
_STIGMA_WORDS = (
    "click subscribe share follow advertisement cookie newsletter photo caption copyright read"
).split()


def _edmundson() -> Callable[[Any, int], Any]:
    from sumy.summarizers.edmundson import EdmundsonSummarizer

    summarizer = EdmundsonSummarizer(stemmer())
    summarizer.null_words = stop_words()
    summarizer.bonus_words = _BONUS_WORDS
    summarizer.stigma_words = _STIGMA_WORDS
    return summarizer  # type: ignore[no-any-return]


def _default() -> Callable[[Any, int], Any]:
    # Imported here: numpy and scipy cost time at start-up and only a summary needs them.
    import_nltk()
    from app.core.summarize.default import build as build_default

    return build_default()


# Limits measured on this machine (benchmarks/bench_summaries.py --limits): 3.5-5 s of CPU at
# the limit, fitted to timings at several lengths (LexRank/TextRank/Reduction ~n^2, KL ~n^3.5,
# LSA and Luhn ~n^2.5-3, SumBasic ~n^1.7). LSA's SVD and Edmundson vary most from run to run
# (LSA: 2.7-14 s CPU at 800-900 sentences), so their limits keep a wide margin.
METHODS: dict[str, Method] = {
    m.name: m
    for m in (
        Method("default", "Keyfacts' own: position-aware centrality, readable", _default),
        Method("lead", "The first sentences of the article", LeadSummarizer),
        Method(
            "lexrank",
            "sumy LexRank (graph centrality)",
            _sumy("lex_rank", "LexRankSummarizer"),
            1000,
            callable_count=True,
        ),
        Method(
            "lsa",
            "sumy LSA (latent semantic analysis)",
            _sumy("lsa", "LsaSummarizer"),
            600,
            callable_count=True,
        ),
        Method(
            "textrank",
            "sumy TextRank (graph ranking)",
            _sumy("text_rank", "TextRankSummarizer"),
            1700,
            callable_count=True,
        ),
        Method(
            "luhn",
            "sumy Luhn (significant words)",
            _sumy("luhn", "LuhnSummarizer"),
            3500,
            callable_count=True,
        ),
        Method(
            "edmundson",
            "sumy Edmundson (cue, title, location)",
            _edmundson,
            4000,
            callable_count=True,
        ),
        Method(
            "kl",
            "sumy KL-Sum (word distribution)",
            _sumy("kl", "KLSummarizer"),
            170,
            callable_count=True,
        ),
        Method(
            "sumbasic",
            "sumy SumBasic (word probability)",
            _sumy("sum_basic", "SumBasicSummarizer"),
            3000,
            callable_count=True,
        ),
        Method(
            "reduction",
            "sumy Reduction (sentence similarity graph)",
            _sumy("reduction", "ReductionSummarizer"),
            1200,
            callable_count=True,
        ),
    )
}


def method_names() -> list[str]:
    """Registered method names, `default` first."""
    return list(METHODS)


def default_sentence_count(document: Document) -> int:
    """The app's own choice: about one sentence in eight, at least 3 and at most 10.

    Sentences are counted among the summary's candidates (furniture does not count).
    """
    n = len(document.candidates)
    return min(n, max(3, min(10, round(n / 8))))


class Prepared:
    """One method made ready for one document: its sentence model and summarizer, built once.

    Summaries of other lengths (the GUI's slider) reuse them, so a method's own per-document
    work (the default method's features) is done once per article, not once per length.
    Calls are serialised by a lock: the summarizer keeps per-document caches.

    Raises (on construction):
        SummaryError: unknown method, or a method refused for a document this long.
    """

    def __init__(self, document: Document, method: str) -> None:
        if method not in METHODS:
            raise SummaryError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
        spec = METHODS[method]
        n = len(document.candidates)
        if spec.max_sentences is not None and n > spec.max_sentences:
            raise SummaryError(
                f"method {method!r} is too slow for {n} sentences (its limit is "
                f"{spec.max_sentences}); use 'default' or a shorter text"
            )
        self.document = document
        self.method = method
        self._spec = spec
        self._model: Any = None
        self._by_id: dict[int, Sentence] = {}
        self._summarizer: Callable[[Any, int], Any] | None = None
        self._lock = threading.Lock()

    def summarize(self, length: SummaryLength | None = None) -> list[Sentence]:
        """The summary of this length: our sentences, in article order (see `summarize`)."""
        n = len(self.document.candidates)
        if not self.document.sentences or n == 0:
            return []
        length = length or SummaryLength()
        with self._lock:
            if self._summarizer is None:
                self._model, self._by_id = sumy_document(self.document)
                self._summarizer = self._spec.build()
            return self._summarize(length, n)

    def _summarize(self, length: SummaryLength, n: int) -> list[Sentence]:
        summarizer, model, by_id = self._summarizer, self._model, self._by_id
        assert summarizer is not None

        def run(count: Any) -> list[Sentence]:
            chosen = summarizer(model, count)
            found = sorted((by_id[id(s)] for s in chosen if id(s) in by_id), key=lambda s: s.index)
            # A reader copying the summary wants the news, not the dateline it opens with.
            return [self.document.without_prefix(s) for s in found]

        if length.words is not None:
            if self._spec.callable_count:
                return run(WordBudget(length.words))
            return _fit_words(run, n, length.words)
        if length.ratio is not None:
            count = max(1, math.ceil(n * length.ratio))
        elif length.sentences is not None:
            count = length.sentences
        else:
            count = default_sentence_count(self.document)
        return run(min(count, n))


def prepare(document: Document, method: str = "default") -> Prepared:
    """`method` made ready for `document` (raises `SummaryError` as `summarize` does)."""
    return Prepared(document, method)


def summarize(
    document: Document, method: str = "default", length: SummaryLength | None = None
) -> list[Sentence]:
    """The summary of `document`: our sentences, in article order, never furniture.

    A sentence that opens with a dateline ("OSLO (Reuters) - Prices rose.") is given from the
    words after it (`Document.without_prefix`): same index, its span starts later, so the copied
    summary and the article pane's highlight both leave the dateline out.

    Raises:
        SummaryError: unknown method, or a method refused for a document this long.
    """
    return prepare(document, method).summarize(length)


def _fit_words(run: Callable[[int], list[Sentence]], n: int, words: int) -> list[Sentence]:
    """The longest summary of at most `words` words (at least one sentence), by bisection."""

    def size(sentences: list[Sentence]) -> int:
        return sum(len(s.text.split()) for s in sentences)

    best = run(1)
    # Every sentence has at least one word, so no summary of more than `words` sentences fits.
    low, high = 2, min(n, words)
    while low <= high:
        mid = (low + high) // 2
        candidate = run(mid)
        if size(candidate) <= words:
            best, low = candidate, mid + 1
        else:
            high = mid - 1
    return best
