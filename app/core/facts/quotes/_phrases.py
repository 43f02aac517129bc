"""Speaker phrases: the noun phrase read next to a speech verb.

`subject_before` reads backwards from a speech verb ("Labour election chief Alan Milburn said",
"a spokesman for the firm told"); `subject_after` reads forwards after an inverted one ("said
Mr Smith, the ..."). Whether words read as a speaker at all is `_speaker_shape`'s business;
where the phrase stands is `_speakers`'; which person or body it names is `_speaker_names`'.
Every regular expression runs on a bounded window (at most `WINDOW` characters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.facts.nlp.appositions import holder_of_apposition
from app.core.facts.nlp.bodies import ORGANISATION_NOUNS
from app.core.facts.nlp.clauses import intro_end
from app.core.facts.nlp.lexicon import (
    DAYS,
    DETERMINER_PREFIXES,
    INITIALS,
    LINKS,
    NAME_RUN,
    PARTICLES,
    PRONOUNS,
    roles,
    speech_verbs,
    titles,
)
from app.core.facts.nlp.mentions import PERSON_NOUNS
from app.core.facts.quotes._person_nouns import someone_by_ending
from app.core.facts.quotes._role_complements import role_complement
from app.core.sentences import ABBREVIATIONS as SENTENCE_ABBREVIATIONS

WINDOW = 300


MAX_SUBJECT_TOKENS = 8


DETERMINER_WORDS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "one", "another"}
)


# Determiners that introduce someone new ("one voter", "another Ohio Democrat").
INDEFINITES = frozenset({"a", "an", "one", "another"})


_STOP = re.compile(r"([\w.]+)\.(?:\s|$)")


# Between a subject and its speech verb: auxiliaries and adverbs ("has also said").
AUX = frozenset(
    """has have had was is were are will would could should may might also later then
    previously recently once again earlier further yesterday today repeatedly has since
    subsequently had earlier already meanwhile however now still separately""".split()
)


# Words that end a subject when read backwards from the verb.
BOUNDARY = frozenset(
    """that which who whom whose and but because while when as if so after before since where
    than though although said says told added""".split()
)


# Words that end a subject read forwards after an inverted verb ("said Mr Smith in a statement").
_FORWARD_STOP = frozenset(
    """in on at during after before when who which adding while as last this on yesterday today
    told to""".split()
)


_OBJECT_PREPOSITIONS = frozenset("to with by from for at of about on".split())


_PREPOSITIONS = frozenset("in on at of by via from with to into for during after before".split())


TOKEN = re.compile(r"[\w][\w'’.\-&]*")


# Punctuation that ends a clause between a subject and its speech verb (read backwards), between
# the words of a subject, and between words read forwards after the verb.
_BEFORE_VERB_BREAK = re.compile(r"[;:()\"“”\n]")


_SUBJECT_BREAK = re.compile(r"[,;:()\"“”—–\n]|\s-\s")


_FORWARD_BREAK = re.compile(r"[,;:!?()\"“”—–\n]")


@dataclass(frozen=True, slots=True)
class Cue:
    """A speaker phrase as written and where it is."""

    phrase: str
    start: int
    end: int


_OWNER_NAME_WORDS = 3  # words of a name before its "'s" ("Harbour Bus Company's")


def is_role_phrase(phrase: str) -> bool:
    """A role introduced by a determiner or an owner: "the firm's chief executive", "its
    spokeswoman", "the Chancellor of the Exchequer", "Island Link's managing director"."""
    written = phrase.split()
    words = [w.lower().rstrip(".") for w in written]
    # An owner named in more than one word opens it too: "Island Link's managing director".
    owned = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), -1)
    if 0 < owned <= _OWNER_NAME_WORDS and all(w[:1].isupper() for w in written[:owned]):
        words = words[owned:]
    if not words or not (words[0] in DETERMINER_WORDS or words[0].endswith(("'s", "’s"))):
        return False
    return any(w in roles() or w in titles() for w in words[1:])


_SENTENCE_PUNCTUATION = re.compile(r"[;:!?\"“”]")


# The longest title written short with a full stop ("Supt.", "Brig."), capitalised.
_SHORT_TITLE = 5


def breaks_sentence(words: str) -> bool:
    """Whether punctuation in `words` ends a sentence (the full stop of "Mr." does not)."""
    if _SENTENCE_PUNCTUATION.search(words):
        return True
    for match in _STOP.finditer(words):
        word = match.group(1)
        lower = word.lower()
        # "Mr.", "Gov.", and the short forms the sentence splitter knows ("Del. Gov. Ana Ruiz");
        # a title written out in lower case ends a sentence ("argued the Everton manager.").
        title = lower in titles() and word[:1].isupper() and len(word) <= _SHORT_TITLE
        short = len(word) <= 2 or title or lower in SENTENCE_ABBREVIATIONS
        if not (short or INITIALS.fullmatch(word + ".")):
            return True
    return False


def subject_before(text: str, lo: int, verb_start: int) -> Cue | None:
    """The noun phrase that ends right before a speech verb, read backwards.

    Only words that can be part of a speaker phrase are taken: capitalised words, name particles,
    determiners, titles and role nouns with their modifiers ("Labour election chief Alan
    Milburn", "a spokesman for the firm"). A pronoun next to the verb is the whole subject.
    """
    verb_start = _skip_parenthesis(text, lo, verb_start)
    tokens = list(TOKEN.finditer(text, max(lo, verb_start - WINDOW), verb_start))
    while tokens and (
        tokens[-1].group().lower() in AUX
        or _adverb(tokens[-1].group(), tokens[-2].group() if len(tokens) > 1 else "")
        or tokens[-1].group().lower() in DAYS  # "Priebus later Thursday told"
    ):
        tokens.pop()
    if not tokens or _BEFORE_VERB_BREAK.search(text[tokens[-1].end() : verb_start]):
        return None
    if tokens[-1].group().lower() in PRONOUNS:
        last = tokens[-1]
        return Cue(last.group(), last.start(), last.end())
    joined = _joined_by_own_group(text, tokens)
    if joined is not None:
        return subject_before(text, lo, joined)  # "Ana Ruiz and her team wrote": Ana Ruiz
    # "a spokeswoman for the college said": the role's complement, read by the tagger.
    chosen = role_complement(text, tokens, verb_start)
    for token in reversed(tokens[: len(tokens) - len(chosen)]):
        gap = text[token.end() : chosen[0].start() if chosen else verb_start]
        if chosen and _SUBJECT_BREAK.search(gap):
            break
        if len(chosen) >= MAX_SUBJECT_TOKENS or not _can_be_in_subject(token.group(), chosen):
            break
        chosen.insert(0, token)
    phrase_start = chosen[0].start() if chosen else verb_start
    while chosen and chosen[0].group().lower() in LINKS:
        chosen.pop(0)
    if not chosen:
        return None
    if _member_of_subject(tokens, chosen[0]):
        return None  # "a coalition including Sea Watch said": the coalition speaks
    if not _someone_new(chosen):
        return None
    start, end = chosen[0].start(), chosen[-1].end()
    phrase = text[start:end].rstrip(".")
    # "X, the chief executive of Y, said" / "X, senior fellow at Y told": the name before the
    # comma is the speaker.
    via = text[max(lo, start - 5) : start].strip().lower() in ("via", "to")
    tail = phrase.split()[-2:]
    # "former envoy Karl Strom told": the phrase ends with a name of its own.
    named = (
        len(tail) == 2
        and all(w[:1].isupper() for w in tail)
        and not any(w in LINKS for w in phrase.split())
        and not phrase.lower().startswith(DETERMINER_PREFIXES)
    )
    if not named and (
        via
        or phrase_start < start
        or not phrase[:1].isupper()
        or phrase.lower().startswith(DETERMINER_PREFIXES)
    ):
        comma = text.rfind(",", max(lo, phrase_start - (9 if via else 5)), phrase_start)
        # ("In a chat with Tim Reed, the candidate said": the comma closes an opening phrase.)
        opening = intro_end(text, lo, phrase_start) > comma
        if (
            comma >= 0
            and not opening
            and text[comma + 1 : phrase_start].strip() in ("", "via", "to")
        ):
            before_comma = _skip_parenthesis(text, lo, comma)
            name = _last_name_run(text, max(lo, before_comma - 60), before_comma)
            if name is not None and name.phrase.lower() not in _CONNECTIVES:
                return name
            if name is not None and (name.start > lo or not _named(phrase)):
                # A connective opening the sentence ("However,") is no name: "However, the
                # Harbour Museum said" names its speaker; "However, the senator said" is left
                # unread (who?).
                return None
    if phrase.lower() in DETERMINER_WORDS or _bare_person_noun(phrase):
        return None
    if phrase[:1].isupper():
        # "Ana Ruiz, the sister of the firm's heir, Carl, said": Carl renames the heir.
        holder = holder_of_apposition(text, lo, start)
        if holder is not None:
            return Cue(holder.text, holder.start, holder.end)
    return Cue(phrase, start, start + len(phrase))


# Sentence adverbs that open a sentence before a comma.
_CONNECTIVES = frozenset("however meanwhile instead still yet separately indeed".split())


def _named(phrase: str) -> bool:
    """Whether a phrase holds a capitalised word after its first ("the Harbour Museum")."""
    return any(w[:1].isupper() for w in phrase.split()[1:])


def _joined_by_own_group(text: str, tokens: list[re.Match[str]]) -> int | None:
    """Where a named subject ends when "and" joins it to the name's own group ("Ana Ruiz and her
    team", "Vance and his colleagues"): the group speaks with its named head, who is the one a
    reader would quote; None unless the tokens end so."""
    for size in (1, 2):  # "her team", "his research team"
        if len(tokens) < size + 3:
            continue
        link, owner = tokens[-size - 2], tokens[-size - 1]
        group = [t.group() for t in tokens[-size:]]
        gap = text[tokens[-size - 3].end() : tokens[-1].end()]
        if (
            link.group() == "and"
            and owner.group() in _OWN_GROUP
            and all(w.isalpha() and w.islower() for w in group)
            and tokens[-size - 3].group()[:1].isupper()
            and not _SUBJECT_BREAK.search(gap)
        ):
            return link.start()
    return None


_OWN_GROUP = frozenset({"his", "her", "their"})


def _member_of_subject(tokens: list[re.Match[str]], first: re.Match[str]) -> bool:
    """Whether the phrase that opens at `first` only names a member of a larger subject: it
    follows "including", "among", "such as", "like" ("groups including Sea Watch said")."""
    i = next(k for k, t in enumerate(tokens) if t.start() == first.start())
    before = [t.group().lower() for t in tokens[max(0, i - 2) : i]]
    return bool(before) and (before[-1] in _MEMBER_LINKS or before[-2:] == ["such", "as"])


_MEMBER_LINKS = frozenset({"including", "among", "like", "alongside", "plus"})


def before_auxiliaries(text: str, lo: int, position: int) -> int:
    """Where the words before `position` end once auxiliaries and adverbs are taken off ("X, asked
    about it, had said": before "had")."""
    tokens = list(TOKEN.finditer(text, max(lo, position - 40), position))
    while tokens and (
        tokens[-1].group().lower() in AUX
        or _adverb(tokens[-1].group(), tokens[-2].group() if len(tokens) > 1 else "")
    ):
        position = tokens.pop().start()
    return position


def _adverb(word: str, before: str) -> bool:
    """An adverb in -ly ("later", "publicly"), not a name that ends so ("Kelly", "Connolly") nor a
    noun after a determiner ("the family", "the assembly")."""
    return word.endswith("ly") and word[:1].islower() and before.lower() not in DETERMINER_WORDS


def after_preposition(text: str, lo: int, position: int) -> bool:
    """Whether the word before `position` (within the clause from `lo`) is a preposition."""
    words = text[max(lo, position - 12) : position].split()
    return bool(words) and words[-1].lower() in _OBJECT_PREPOSITIONS


def _skip_parenthesis(text: str, lo: int, position: int) -> int:
    """Where a name ends before a parenthesis ("Rep. Jane Doe (D-Md.) said" -> after "Doe")."""
    end = position
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end > lo and text[end - 1] == ")":
        opening = text.rfind("(", max(lo, end - 40), end)
        if opening >= 0:
            while opening > lo and text[opening - 1].isspace():
                opening -= 1
            return opening
    return position


def _can_be_in_subject(word: str, chosen: list[re.Match[str]]) -> bool:
    lower = word.lower().rstrip(".")
    if word[:1].isupper() or word[:1].isdigit():
        if (
            chosen
            and chosen[0].group() in DETERMINER_WORDS
            and (lower in AUX or _adverb(lower, ""))
        ):
            return False  # "Later the historian added:": an adverb opens the sentence
        return lower not in BOUNDARY and lower not in PRONOUNS
    if lower in PARTICLES or lower in DETERMINER_WORDS or _person_word(lower):
        return True
    if not chosen and lower in _BODY_HEADS:
        return True  # "The council said:", "In a statement, the club said:": a body's noun
    if not chosen and someone_by_ending(lower):
        return True  # "A banker said:": kept only after "a"/"one" (`_someone_new`)
    if lower.endswith(("'s", "’s")):
        return True
    if not chosen:
        return False
    following = chosen[0].group().lower()
    if lower in LINKS:
        capitalised = chosen[0].group()[:1].isupper()
        return capitalised or following in DETERMINER_WORDS or following in roles()
    # Modifiers ("election chief", "senior research fellow") stand before a role or title word.
    if lower in AUX or lower in BOUNDARY or lower in speech_verbs() or lower in PRONOUNS:
        return False
    has_role = any(_person_word(t.group().lower()) for t in chosen)
    return (has_role or someone_by_ending(chosen[-1].group())) and following[:1].islower()


# Nouns for a body that head a subject before a speech verb (not "side", "team", "body", "paper",
# "network": "on the other side said", "the paper said" of a study).
_BODY_HEADS = ORGANISATION_NOUNS - {"side", "team", "body", "paper", "network"}


def _bare_person_noun(phrase: str) -> bool:
    """Whether the phrase is lower-case words ending on a noun for a person named before, with
    no determiner ("star" in 'the "Avatar" star posted': the marks cut the phrase, so it says
    nothing of whom it means)."""
    words = phrase.split()
    return (
        phrase.islower()
        and words[-1] in PERSON_NOUNS
        and not any(w in roles() or w in titles() for w in words)
        and words[0] not in DETERMINER_WORDS
    )


def _someone_new(chosen: list[re.Match[str]]) -> bool:
    """Whether a subject headed by a noun only its ending makes a person ("banker") opens on
    "a", "an", "one" or "another" ("A banker said", "One retired surveyor said"): someone new,
    unnamed. After "the" the noun refers back, and the roles lexicon decides as before; any
    other subject passes."""
    head = chosen[-1].group().lower()
    if _person_word(head) or not someone_by_ending(head) or head[:1] != chosen[-1].group()[:1]:
        return True
    return chosen[0].group().lower() in INDEFINITES and all(
        t.group().isalpha() and t.group().islower() for t in chosen[1:]
    )


def _person_word(lower: str) -> bool:
    """A role, a title or a noun that stands for a person named before ("the striker said", "the
    veteran forward added": the tracker reads who it is)."""
    return lower in roles() or lower in titles() or lower in PERSON_NOUNS


# A determiner opens a new noun phrase unless a link or an owner's word stands before it.
_NEW_PHRASE = frozenset({"the", "a", "an"})
_JOINS = frozenset("of for at to in on with from by and or".split())


def subject_after(text: str, start: int, stop: int) -> Cue | None:
    """The noun phrase right after an inverted speech verb ('said Mr Smith, the ...')."""
    stop = min(stop, start + WINDOW)
    chosen: list[re.Match[str]] = []
    for token in TOKEN.finditer(text, start, stop):
        gap = text[chosen[-1].end() if chosen else start : token.start()]
        if _FORWARD_BREAK.search(gap) or (chosen and "." in gap):
            break
        word = token.group()
        if not chosen and word.lower() in _PREPOSITIONS:
            return None  # "said in a statement": no subject after the verb
        if chosen and (word.lower() in _FORWARD_STOP or len(chosen) >= MAX_SUBJECT_TOKENS):
            break
        if chosen and word.lower() in _NEW_PHRASE and chosen[-1].group().lower() not in _JOINS:
            break  # "According to the site's page the grants allow ...": a new noun phrase
        chosen.append(token)
        if word.endswith(".") and breaks_sentence(word + " "):
            break  # the sentence ends here
    if not chosen:
        return None
    begin, end = chosen[0].start(), chosen[-1].end()
    phrase = text[begin:end]
    last = phrase.rstrip(".").split()[-1]
    if phrase.endswith(".") and not (len(last) <= 4 and last.lower() in titles()):
        phrase = phrase[:-1]  # the full stop of the sentence, not of "Gov."
    return Cue(phrase, begin, begin + len(phrase))


def _last_name_run(text: str, lo: int, hi: int) -> Cue | None:
    last = None
    for match in NAME_RUN.finditer(text, lo, hi):
        last = match
    if last is None or last.end() != len(text[:hi].rstrip()):
        return None
    return Cue(last.group(), last.start(), last.end())
