"""Part-of-speech tags (Penn Treebank) for words, with character offsets into the document text.

An averaged perceptron (Collins 2002; the feature set of nltk's `PerceptronTagger`, plus a few
shape and affix features) trained by `tools/train_tagger.py` on UD English EWT. Its weights ship
as package data (`app.resources.models`, gzip-compressed JSON, CC BY-SA 4.0; see the README beside
them). This module tokenizes and tags; the features it reads are in `tagger_features`, the
weights and their loading in `tagger_model`. The three are the whole runtime: they need neither
nltk's tagger nor any NLTK data.

The model is read on first use, once, under a lock (never at import time, so the GUI does not pay
for it at start-up); `tagger_model.load_model()` can be called early from a worker thread to warm
it.

Tokens follow the Penn/EWT conventions the model was trained on: clitics are split ("do" "n't",
"firm" "'s"), hyphenated words and numbers stay whole, punctuation marks are tokens of their own.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import NamedTuple

from app.core.facts.nlp.lexicon import speech_verbs
from app.core.facts.nlp.tagger_features import END, START, normalize, straighten
from app.core.facts.nlp.tagger_model import TaggerModel, load_model
from app.core.sentences import ABBREVIATIONS

_TOKEN = re.compile(
    r"""
    (?:https?://|www\.)[^\s"'“”‘’<>()]*[\w/]   # a web address
  | [\w.+-]+@\w+(?:\.\w+)+                     # an e-mail address
  | (?:[A-Za-z]\.){2,}(?![A-Za-z])             # U.S. / p.m. / e.g.
  | \d+(?:[.,:/]\d+)*[^\W\d_]*(?:-\w+)*(?:['’]s\b)?  # 1,000 / 3.5 / 5bn / 56-year-old('s)
  | \w+(?:[-'’&]\w+)*                          # words, hyphenated or with an apostrophe
  | \.\.\.|--+                                 # an ellipsis or a dash typed as hyphens
  | \S                                         # any other mark, alone
    """,
    re.VERBOSE,
)
_CLITIC = re.compile(r"(?i)(?:n['’]t|['’](?:s|re|ll|ve|d|m))$")


class Token(NamedTuple):
    """A word or mark of the text: `text == document_text[start:end]`, `tag` a Penn tag.

    A named tuple, not a frozen dataclass: every word of every tagged sentence is one (143,000
    on the 1 MB benchmark article), and a frozen dataclass sets each field through
    `object.__setattr__`, several times slower to build."""

    text: str
    start: int
    end: int
    tag: str


def tag_words(
    words: Sequence[str], model: TaggerModel | None = None, proper: Collection[int] = ()
) -> list[str]:
    """Penn tags for one sentence given as its words, left to right; the words at the indices
    in `proper` are proper nouns (NNP) whatever the model says (names the reader has read).

    The weights of the features that do not read earlier tags are summed for the whole sentence
    at once; then each word adds its tag-context features and takes its best tag (ties: the
    first tag in the model's order). The features' rows come from `model.rows`, which looks
    each word up once (`feature_rows.FeatureRows`: the same rows, summed in the same order),
    and remembers a word's sum and best tag per place (the word and all its features read
    around it), so a word met again in the same place is not summed or scored again.
    """
    model = model or load_model()
    straight = [straighten(w) for w in words]
    context = [*START, *(normalize(w) for w in straight), *END]
    memo = model.rows
    fixed = ["NNP" if i in proper else model.tagdict.get(word) for i, word in enumerate(straight)]
    unknown = [i for i, known in enumerate(fixed) if known is None]
    places = memo.places(unknown, straight, context)
    static = memo.static_sums(places, unknown, straight, context)
    prev, prev2 = START
    tags: list[str] = []
    k = 0
    for i, known in enumerate(fixed):
        tag = known
        if tag is None:
            normal = context[i + len(START)]
            tag = model.tags[memo.best(places[k], static[k], straight[i], normal, prev, prev2)]
            k += 1
        tags.append(tag)
        prev2, prev = prev, tag
    return grammar_corrections(straight, tags, proper)


def grammar_corrections(
    words: Sequence[str], tags: list[str], proper: Collection[int] = ()
) -> list[str]:
    """The model's tags for a sentence's (straightened) words, with the corrections the grammar
    makes where the model is known to misread a clause's verb or a phrase's head; `tags` may
    be changed in place."""
    tags = _verb_of_a_verbless_sentence(words, tags, proper)
    tags = _past_verb_after_a_subject(words, tags, proper)
    tags = _noun_ending_an_object(words, tags)
    return _verb_after_a_subject(words, _noun_after_an_amount(words, tags))


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP"})
# Nouns in -ed ("speed", "watershed", "seabed", "hatred", "hundred").
_NOUNS_IN_ED = ("shed", "bed", "dred", "tred")
_CLOSING_MARKS = frozenset(". , ; : ! ? \" '".split())


def _verb_of_a_verbless_sentence(
    words: Sequence[str], tags: list[str], proper: Collection[int]
) -> list[str]:
    """ "A local teacher disagreed.": the model, seeing no verb before, reads the past form as a
    noun of the phrase ("teacher disagreed" NN NN), and the sentence has no clause at all. In a
    sentence given no verb, a lower-case word in -ed that ends a noun phrase opening the
    sentence with a determiner, before a closing mark (or the end), is its past verb."""
    if any(t.startswith("VB") or t == "MD" for t in tags):
        return tags
    if len(words) < 3 or tags[0] != "DT" or tags[1] not in _NOUN_TAGS | {"JJ"}:
        return tags
    for i in range(2, len(words)):
        word = words[i]
        if tags[i] not in _NOUN_TAGS and tags[i] != "JJ":
            return tags  # the opening noun phrase ended without one
        if _past_form(word):
            after = words[i + 1] if i + 1 < len(words) else "."
            if tags[i - 1] in _NOUN_TAGS and after in _CLOSING_MARKS and i not in proper:
                return [*tags[:i], "VBD", *tags[i + 1 :]]
            return tags
    return tags


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Words that open a new clause: a finite verb after one of them is that clause's, not the
# first clause's.
_CLAUSE_OPENERS = frozenset({"WDT", "WP", "WP$", "WRB", "CC"})
_SUBORDINATORS = frozenset(
    "that because as while if although though since whether unless whereas".split()
)


def _opens_a_clause(word: str, tag: str) -> bool:
    return tag in _CLAUSE_OPENERS or word.lower() in _SUBORDINATORS or word in {",", ";", ":"}


def _past_verb_after_a_subject(
    words: Sequence[str], tags: list[str], proper: Collection[int]
) -> list[str]:
    """ "The commission on Tuesday proposed rules that ...", "The firm last week unveiled
    plans": with no finite verb before it, the model reads the past form after a noun as a
    participle or an adjective ("Tuesday proposed rules" becomes a noun phrase) and the clause
    has no verb. The first lower-case past form that follows a noun, with no finite verb before
    it and none after it before a new clause opens (a relative pronoun, a subordinator, a
    comma), is the clause's past verb; "The rules proposed by the board were ..." keeps its
    participle, since "were" follows in the same clause."""
    if "VBN" not in tags and "JJ" not in tags:
        return tags
    for i in range(1, len(words) - 1):
        tag = tags[i]
        if tag in _FINITE:
            return tags
        if tag not in {"VBN", "JJ"} or not _past_form(words[i]) or i in proper:
            continue
        if tags[i - 1] not in _NOUN_TAGS or words[i + 1].lower() == "by":
            return tags
        for k in range(i + 1, len(words)):
            if _opens_a_clause(words[k], tags[k]):
                break
            if tags[k] in _FINITE or (tags[k] == "VB" and tags[k - 1] not in {"TO", "RB"}):
                return tags  # a finite verb follows ("reforms passed in 2001 give ...")
        return [*tags[:i], "VBD", *tags[i + 1 :]]
    return tags


_PREPOSITION_AFTER = frozenset({"IN", "TO", ".", ",", ":"})


def _noun_ending_an_object(words: Sequence[str], tags: list[str]) -> list[str]:
    """ "will invest £85m in new treatment works.": a word in -s after a noun, inside a
    prepositional phrase of a clause that already has its finite verb, is the phrase's plural
    head, not a second verb ("treatment works", "road works", "gas works"), when a preposition
    or a closing mark follows it and no new clause opened since the verb (a relative pronoun,
    a subordinator, a comma). A speech verb's clause is left alone ("said people in the area
    works ..." may report a clause without "that")."""
    if "VBZ" not in tags:
        return tags  # nothing to read again (most sentences: the check runs in C)
    finite = -1
    preposition = -1
    for i, (word, tag) in enumerate(zip(words, tags, strict=True)):
        if _opens_a_clause(word, tag):
            finite = preposition = -1
        elif (
            tag == "VBZ"
            and preposition > finite >= 0
            and tags[i - 1] in {"NN", "NNS"}
            and word.islower()
            and (i + 1 == len(words) or tags[i + 1] in _PREPOSITION_AFTER)
        ):
            tags[i] = "NNS"
        elif tag in _FINITE:
            finite = -1 if word.lower() in speech_verbs() else i
            preposition = -1
        elif tag == "IN" and finite >= 0:
            preposition = i
    return tags


_AFTER_NOUN_PHRASE = frozenset({"TO", "IN", ",", ".", ":", "CC", "MD", "VBZ", "VBD", "VBP"})


def _amount(word: str) -> bool:
    return any(c.isdigit() for c in word) or word in {"£", "$", "€"}


def _noun_after_an_amount(words: Sequence[str], tags: list[str]) -> list[str]:
    """ "a £240m terminal to build ...": after a determiner and an amount, a word the model
    read as an adjective with no noun after it to describe is the phrase's head noun (`tags`,
    this sentence's own list, is corrected in place)."""
    for i in range(2, len(words) - 1):
        if tags[i] != "JJ" or tags[i + 1] not in _AFTER_NOUN_PHRASE:
            continue
        k = i - 1
        while k > 0 and _amount(words[k]):
            k -= 1
        if k < i - 1 and tags[k] == "DT":
            tags[i] = "NN"
    return tags


# What opens a noun phrase that a verb takes as its object ("plans a", "needs the").
_OBJECT_OPENERS = frozenset("a an the its their his her our this these".split())


def _verb_after_a_subject(words: Sequence[str], tags: list[str]) -> list[str]:
    """ "The company plans a new store": the model reads "company plans" as a compound, leaving
    no verb. Before any verb, a plural noun in -s after a singular noun and before a determiner
    is the clause's verb (`tags` is corrected in place)."""
    for i in range(1, len(words) - 1):
        tag = tags[i]
        if tag.startswith("VB") or tag == "MD":
            return tags  # the clause has its verb
        if (
            tag == "NNS"
            and tags[i - 1] in {"NN", "NNP"}
            and words[i + 1].lower() in _OBJECT_OPENERS
            and words[i].islower()
            and words[i].endswith("s")
            and not words[i].endswith("ss")
        ):
            tags[i] = "VBZ"
            return tags
    return tags


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans of `text[start:end]` as offsets into `text` (Penn/EWT-style tokens)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        if spans and s < spans[-1][1]:
            continue  # the period already taken by the abbreviation before it
        piece = match.group()
        # Every clitic holds an apostrophe: most tokens need no search for one.
        apostrophe = "'" in piece or "’" in piece
        if apostrophe and piece[:1].isdigit() and _CLITIC.search(piece):
            spans += [(s, e - 2), (e - 2, e)]  # "the 66-year-old's": the number, then "'s"
            continue
        if piece[:1].isalpha() or piece[:1] == "_":
            clitic = _CLITIC.search(piece) if apostrophe else None
            if clitic and clitic.start() > 0:
                spans += [(s, s + clitic.start()), (s + clitic.start(), e)]
                continue
            # "Mr." / "Inc." / "J.": the period belongs to the abbreviation (not an ellipsis's:
            # "Z..." is "Z" "..."). The period is looked at first: most words have none.
            if (
                e < end
                and text[e] == "."
                and (piece.lower() in ABBREVIATIONS or _initial(piece))
                and not text.startswith("...", e)
            ):
                e += 1
        spans.append((s, e))
    return spans


def _initial(piece: str) -> bool:
    return len(piece) == 1 and piece.isupper()


def tag_sentence(
    text: str, start: int = 0, end: int | None = None, names: Collection[int] = ()
) -> list[Token]:
    """The tokens of one sentence `text[start:end]`, tagged, with offsets into `text`; the
    tokens that start at an offset in `names` are proper nouns (`tag_words`)."""
    spans = tokenize(text, start, end)
    proper = {i for i, (s, _) in enumerate(spans) if s in names} if names else set()
    tags = tag_words([text[s:e] for s, e in spans], proper=proper)
    # `tuple.__new__` builds each Token without the named tuple's own `__new__` (a Python
    # function call per word): the same Token.
    return [
        _new_tuple(Token, (text[s:e], s, e, tag)) for (s, e), tag in zip(spans, tags, strict=True)
    ]


_new_tuple = tuple.__new__


def _past_form(word: str) -> bool:
    """Whether `word` may be a regular past form (not a noun in -ed: "speed", "seabed")."""
    if not (word.endswith("ed") and word.isalpha() and word.islower() and len(word) > 4):
        return False
    if word.endswith("eed") and len(word) <= 5:
        return False
    return not word.endswith(_NOUNS_IN_ED)
