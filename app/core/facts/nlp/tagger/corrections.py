"""The grammar's corrections to the tagger's tags, where the model is known to misread a clause's
verb or a phrase's head: a past form read as a noun or a participle when the clause has no other
verb ("A local teacher disagreed.", "The commission on Tuesday proposed rules"), a plural head read
as a second verb ("invest in new treatment works"), an adjective after an amount that is the head
("a £240m terminal"), a verb in -s read as a compound's noun ("The company plans a new store"),
a compound saying where something is based ("San Jose-based"), a compound of lower-case words
read as a preposition ("a folding e-bike that") and a currency sign ("€").

`grammar_corrections(words, tags, proper)` applies them in order to one sentence's model tags;
`tagger.tag_words` calls it after the model.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from app.core.facts.nlp.lexicon import DESCRIBING_COMPOUND, speech_verbs


def grammar_corrections(
    words: Sequence[str], tags: list[str], proper: Collection[int] = ()
) -> list[str]:
    """The model's tags for a sentence's (straightened) words, with the corrections the grammar
    makes where the model is known to misread a clause's verb or a phrase's head; `tags` may
    be changed in place."""
    tags = _currency_signs(words, _describing_compounds(words, tags))
    tags = _verb_of_a_verbless_sentence(words, tags, proper)
    tags = _past_verb_after_a_subject(words, tags, proper)
    tags = _noun_ending_an_object(words, tags)
    tags = _plural_head_before_the_verb(words, tags)
    tags = _participle_before_its_object(words, tags)
    tags = _noun_after_an_article(words, tags)
    return _verb_after_a_subject(words, _noun_after_an_amount(words, tags))


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP"})


def _describing_compounds(words: Sequence[str], tags: list[str]) -> list[str]:
    """ "San Jose-based Vexar", "the state-owned bank": a compound saying where something is
    based or who owns it is an adjective, which the model reads as a past verb or participle
    when its first part is capitalised or rare (and "San" becomes a clause's subject)."""
    for i, word in enumerate(words):
        # Every such compound holds a hyphen: most words are not matched at all.
        if "-" in word and tags[i] != "JJ" and DESCRIBING_COMPOUND.fullmatch(word):
            tags[i] = "JJ"
        elif "-" in word and tags[i] in _FUNCTION_TAGS and _LOWER_COMPOUND.fullmatch(word):
            # "a folding e-bike that": a compound of words is never a preposition, particle or
            # determiner, which the model reads it as before "that" or "to"; it is a noun
            tags[i] = "NN"
    return tags


_FUNCTION_TAGS = frozenset({"IN", "RP", "DT", "TO"})
_LOWER_COMPOUND = re.compile(r"[a-z]+(?:-[a-z]+)+")


def _currency_signs(words: Sequence[str], tags: list[str]) -> list[str]:
    """ "a €150m scheme": a currency sign has the tag "$", which the model, seeing few euro or
    yen signs in training, reads as a noun (and the amount's phrase loses its sign)."""
    if _CURRENCY_SIGNS.isdisjoint(words):
        return tags  # most sentences: the check runs in C
    for i, word in enumerate(words):
        if word in _CURRENCY_SIGNS:
            tags[i] = "$"
    return tags


_CURRENCY_SIGNS = frozenset("$ £ € ¥ ₹ ₩ ₽ ₺ ₪ ₦ ₱".split())


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


# The tags of a finite verb (a modal counts): what gives a clause its verb.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
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
        if tag in FINITE_TAGS:
            return tags
        if tag not in {"VBN", "JJ"} or not _past_form(words[i]) or i in proper:
            continue
        if tags[i - 1] not in _NOUN_TAGS or words[i + 1].lower() == "by":
            return tags
        for k in range(i + 1, len(words)):
            if _opens_a_clause(words[k], tags[k]):
                break
            if tags[k] in FINITE_TAGS or (tags[k] == "VB" and tags[k - 1] not in {"TO", "RB"}):
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
        elif tag in FINITE_TAGS:
            finite = -1 if word.lower() in speech_verbs() else i
            preposition = -1
        elif tag == "IN" and finite >= 0:
            preposition = i
    return tags


def _plural_head_before_the_verb(words: Sequence[str], tags: list[str]) -> list[str]:
    """ "Bus fares in the county will be frozen": the model reads the plural head after a noun
    opening the sentence as its verb ("fares/VBZ"), and the clause then has two. A lower-case
    word in -s tagged VBZ right after the sentence's opening noun (no verb before it), followed
    by a preposition, whose clause has a modal or finite verb after a noun (no clause opened
    between), is the subject's plural head; a speech verb is left alone ("The firm says in a
    statement it will ...")."""
    if "VBZ" not in tags or len(words) < 5:
        return tags
    i = next((k for k, tag in enumerate(tags) if tag.startswith("VB") or tag == "MD"), -1)
    if i < 1 or i + 1 >= len(tags) or tags[i] != "VBZ" or tags[i - 1] not in {"NN", "NNP"}:
        return tags
    if tags[i + 1] != "IN":
        return tags
    word = words[i]
    if not (word.islower() and word.endswith("s")) or word in speech_verbs():
        return tags
    if any(tag not in {"DT", "JJ", "NN", "NNP"} for tag in tags[: i - 1]):
        return tags  # not the noun phrase opening the sentence
    for k in range(i + 2, len(words)):
        if _opens_a_clause(words[k], tags[k]):
            return tags
        if tags[k] in FINITE_TAGS:
            if tags[k - 1] in _NOUN_TAGS | {"CD"}:
                tags[i] = "NNS"
            return tags
    return tags


_AFTER_NOUN_PHRASE = frozenset({"TO", "IN", ",", ".", ":", "CC", "MD", "VBZ", "VBD", "VBP"})


def _amount(word: str) -> bool:
    return any(c.isdigit() for c in word) or word in {"£", "$", "€"}


def _noun_after_an_amount(words: Sequence[str], tags: list[str]) -> list[str]:
    """ "a £240m terminal to build ...", "a £90m cruise terminal in the bay": after a determiner
    and an amount (and any nouns after it), a word the model read as an adjective with no noun
    after it to describe is the phrase's head noun (`tags`, this sentence's own list, is
    corrected in place)."""
    if "JJ" not in tags:
        return tags  # no adjective to read again
    for i in range(2, len(words) - 1):
        if tags[i] != "JJ" or tags[i + 1] not in _AFTER_NOUN_PHRASE:
            continue
        k = i - 1
        while k > 0 and tags[k] in _NOUN_TAGS and words[k].islower() and not _amount(words[k]):
            k -= 1  # "cruise" in "a £90m cruise terminal"
        last = k
        while k > 0 and _amount(words[k]):
            k -= 1
        if k < last and tags[k] == "DT":
            tags[i] = "NN"
    return tags


def _participle_before_its_object(words: Sequence[str], tags: list[str]) -> list[str]:
    """ "a pipeline linking its two reservoirs": the model reads a form in -ing right after a noun
    as the compound's last noun, and the phrase ends there ("a pipeline linking"). A noun is
    never followed by a possessive determiner within its phrase, so an -ing form between a noun
    and "its"/"their" is the participle whose object that determiner opens (`tags` is corrected
    in place)."""
    if "PRP$" not in tags:
        return tags  # no possessive determiner: most sentences
    for i in range(1, len(words) - 1):
        if (
            tags[i] == "NN"
            and tags[i + 1] == "PRP$"
            and tags[i - 1] in {"NN", "NNS"}
            and words[i].endswith("ing")
            and words[i].isalpha()
            and words[i].islower()
            and len(words[i]) > 5
        ):
            tags[i] = "VBG"
    return tags


# What may follow a noun phrase's head but never an adjective inside the phrase (not "," or "and":
# "a new, bigger plant", "a new and bigger plant").
_AFTER_HEAD = frozenset({"TO", "IN", ".", ":", "MD", "VBZ", "VBD", "VBP"})


def _comma_ending(tags: Sequence[str], comma: int) -> bool:
    """A comma at `comma` that ends a phrase: no second describing word after it ("a cable,
    officials said", not "a new, bigger plant")."""
    return (
        tags[comma] == ","
        and comma + 1 < len(tags)
        and tags[comma + 1] not in {"JJ", "JJR", "JJS", "RB", "RBR", "VBN", "VBG", "CD"}
    )


def _noun_after_an_article(words: Sequence[str], tags: list[str]) -> list[str]:
    """ "agreed a deal to build a cable.": right after "a" or "an", a word the model read as an
    adjective with nothing after it for it to describe (a preposition, "to", a verb, a comma
    that ends the phrase or the sentence's end follows) is the phrase's head noun (`tags` is
    corrected in place)."""
    if "JJ" not in tags:
        return tags  # no adjective to read again
    for i in range(1, len(words) - 1):
        if (
            tags[i] == "JJ"
            and (tags[i + 1] in _AFTER_HEAD or _comma_ending(tags, i + 1))
            and words[i - 1].lower() in {"a", "an"}
            and words[i].isalpha()
            and words[i].islower()
        ):
            tags[i] = "NN"
    return tags


# What opens a noun phrase that a verb takes as its object ("plans a", "needs the").
_OBJECT_OPENERS = frozenset("a an the its their his her our this these".split())


def _verb_after_a_subject(words: Sequence[str], tags: list[str]) -> list[str]:
    """ "The company plans a new store", "The MP stands for re-election in May", "Shop workers
    face a pay freeze": the model reads "company plans", "MP stands" or "workers face" as a
    compound, leaving no verb. Before any verb, a plural noun in -s after a singular noun is
    the clause's verb when a determiner follows it (its object), or when a preposition or an
    adverb follows it, the words before it are the noun phrase opening the sentence (with a
    determiner or a name first) and no finite verb follows in its clause; a word read as a
    singular noun after a plural one and before a determiner, in a sentence with no finite
    verb, is the verb's base form (`tags` is corrected in place)."""
    if "NNS" not in tags:
        return tags  # no plural noun to read again
    for i in range(1, len(words) - 1):
        tag = tags[i]
        if tag.startswith("VB") or tag == "MD":
            return tags  # the clause has its verb
        if (
            tag == "NN"
            and tags[i - 1] == "NNS"
            and words[i + 1].lower() in _OBJECT_OPENERS
            and words[i].isalpha()
            and words[i].islower()
            and not any(t in FINITE_TAGS for t in tags[i + 1 :])
        ):
            # "Shop workers face a pay freeze": a plural subject, then a word read as a noun
            # before a determiner, in a sentence with no finite verb, is the verb's base form.
            tags[i] = "VBP"
            return tags
        if (
            tag == "NNS"
            and tags[i - 1] in {"NN", "NNP"}
            and words[i].islower()
            and words[i].endswith("s")
            and not words[i].endswith(("ss", "us", "is"))
            and (
                words[i + 1].lower() in _OBJECT_OPENERS
                or _verb_before_a_preposition(words, tags, i)
            )
        ):
            tags[i] = "VBZ"
            return tags
    return tags


# What may follow a verb of no object: a preposition, an adverb or a particle ("stands for",
# "steps down", "goes to").
_AFTER_INTRANSITIVE = frozenset({"IN", "RB", "RP", "TO"})
_SUBJECT_PHRASE = frozenset({"DT", "JJ", "NN", "NNP"})


def _verb_before_a_preposition(words: Sequence[str], tags: list[str], i: int) -> bool:
    """Whether the plural noun at `i` (after a singular noun, no verb before it), followed by a
    preposition or an adverb, is the verb of a clause whose subject is the noun phrase opening
    the sentence ("The MP stands for re-election", "Ms Webb steps down in March"): the words
    before it are that phrase, opened by a determiner or a name, and no finite verb follows
    before a new clause opens ("The rail fares in the county rose" keeps its noun)."""
    if tags[i + 1] not in _AFTER_INTRANSITIVE or tags[0] not in {"DT", "NNP"}:
        return False
    if any(tag not in _SUBJECT_PHRASE for tag in tags[:i]):
        return False
    for k in range(i + 1, len(words)):
        if _opens_a_clause(words[k], tags[k]):
            return True
        if tags[k] in FINITE_TAGS:
            return False
    return True


def _past_form(word: str) -> bool:
    """Whether `word` may be a regular past form (not a noun in -ed: "speed", "seabed")."""
    if not (word.endswith("ed") and word.isalpha() and word.islower() and len(word) > 4):
        return False
    if word.endswith("eed") and len(word) <= 5:
        return False
    return not word.endswith(_NOUNS_IN_ED)
