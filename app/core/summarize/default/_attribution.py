"""Where the speaker of a quotation that does not name one is named: the sentences it may go with.

A quotation attributed only by a pronoun ('"...," she said') and a sentence that is one quotation
and nothing else open backwards (`_text`): read alone, the summary would not say who speaks, so
`_select` takes such a sentence with the sentence right before it. But the speaker is often
named further back, with only sentences between that name no one new::

    The chairwoman, Ann Roe, said the plan was sound.       <- names the speaker
    It will cost less than the last one.                     <- names no one
    "We are sure of it," she said.

A summary that holds the first sentence lets the reader know who "she" is without the second,
so the quotation may go with either. A sentence between names no one when it opens on a
function word or a number, holds no other capitalised word, no pronoun for a person (which
could bring in another speaker) and no speech verb; a quotation between by the same speaker
(one with the same pronoun, or a bare quotation) is passed over too, and may itself be the one
the summary holds. The sentence that names the speaker must be in the same paragraph or the one
before, and name someone itself (a capitalised word after its first, or a speech verb), not by
a pronoun only. Precision first: a sentence that could name another person stops the search,
and the quotation then goes with the sentence right before it only, as before.

The sentence right before is no antecedent when it names no one itself (`unnamed_neighbours`):
taken with "It will cost less than the last one.", the quotation would still leave "she"
unnamed, so it comes only with a sentence that names her, or not at all. A quoted passage
that ends '..." he said.' is one unit that opens backwards (`_text.linked_flags`), and the
same holds for it, with the pronoun of its last sentence (`speaker_pronoun`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from app.core.summarize.default._quotations import is_bare_quotation
from app.core.summarize.default._text import (
    ReadingFlags,
    first_words,
    opens_backwards,
    quoted_pronoun,
    quoted_pronoun_word,
    says,
)

# A pronoun for a person: a sentence with one may speak of someone other than the speaker.
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|they|him|her|his|hers|them|their|theirs)\b", re.I)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def names_no_one(text: str, stop_words: Collection[str]) -> bool:
    """Whether the sentence can name no person: it opens on a function word or a number and
    holds no other capitalised word, no pronoun for a person and no speech verb."""
    head = first_words(text, 1)
    if not head or not (head[0].lower() in stop_words or head[0][:1].isdigit()):
        return False
    if _PERSON_PRONOUN.search(text) or says(text):
        return False
    return not any(word[:1].isupper() for word in _WORD.findall(text)[1:])


def speaker_pronoun(texts: Sequence[str], flags: Sequence[ReadingFlags], i: int) -> str | None:
    """The pronoun that names the speaker of sentence `i`'s quotation ("she" in '"...," she
    said'), or of the quoted passage it opens ('"... . ...," he said.'), or None."""
    last = i
    while flags[last].needs_next and last + 1 < len(texts):
        last += 1
    return quoted_pronoun_word(texts[last])


def unnamed_neighbours(
    texts: Sequence[str], flags: Sequence[ReadingFlags], stop_words: Collection[str]
) -> list[ReadingFlags]:
    """`flags` with `unnamed_before` set on each quotation (or quoted passage) whose speaker
    only a pronoun names when the sentence right before it names no one (`names_no_one`):
    taken with that sentence, the summary would still not say who "she" is, so only a
    sentence that names her (`speaker_sentences`) can bring it in. A sentence before that
    opens backwards itself is left to its own antecedent."""
    result = list(flags)
    for i in range(1, len(texts)):
        g = flags[i]
        if not g.backward or g.continues or flags[i - 1].backward:
            continue
        if speaker_pronoun(texts, flags, i) is not None and names_no_one(texts[i - 1], stop_words):
            result[i] = replace(g, unnamed_before=True)
    return result


def _names_someone(text: str) -> bool:
    """Whether the sentence names a person by more than a pronoun, as far as its words show."""
    if opens_backwards(text) or quoted_pronoun(text) or is_bare_quotation(text):
        return False
    return says(text) or any(word[:1].isupper() for word in _WORD.findall(text)[1:])


def speaker_sentences(
    texts: Sequence[str],
    paragraphs: Sequence[int],
    flags: Sequence[ReadingFlags],
    stop_words: Collection[str],
) -> list[tuple[int, ...]]:
    """For each sentence, the earlier sentences besides the one right before it that it may go
    with because they name its speaker (empty for most: see the module docstring)."""
    result: list[tuple[int, ...]] = [() for _ in texts]
    for i, text in enumerate(texts):
        g = flags[i]
        if not g.backward or g.continues or opens_backwards(text):
            continue
        pronoun = speaker_pronoun(texts, flags, i)
        if pronoun is None and (g.needs_next or not is_bare_quotation(text)):
            continue
        same_speaker: list[int] = []
        k = i - 1
        while k >= 0 and paragraphs[i] - paragraphs[k] <= 1:
            between = texts[k]
            if is_bare_quotation(between) and not flags[k].continues:
                same_speaker.append(k)
            elif quoted_pronoun(between):
                word = quoted_pronoun_word(between)
                if pronoun is not None and word != pronoun:
                    break
                pronoun = word
                same_speaker.append(k)
            elif not names_no_one(between, stop_words):
                break
            k -= 1
        else:
            continue  # ran out of the paragraphs before finding who speaks
        if k == i - 1 or k < 0 or not _names_someone(texts[k]):
            continue
        if flags[k].needs_next or flags[k].boilerplate or flags[k].not_prose:
            continue
        result[i] = tuple(j for j in [k, *same_speaker] if j != i - 1)
    return result
