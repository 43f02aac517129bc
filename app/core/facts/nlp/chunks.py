"""Noun-phrase chunks and each clause's subject and main verb, read from Penn tags.

A small regular grammar over the tags (`noun_phrases`) and a heuristic over it (`clauses`): a
clause is a verb group that starts with a finite verb (VBD, VBZ, VBP or a modal); its subject is the
noun phrase right before the group, reached back across a comma-enclosed apposition or relative
clause ("Ana Ruiz, head of the agency, said"), and extended over a prepositional chain ("a
spokesman for the firm said"); a verb group with no noun phrase before it that follows a quotation
or a comma takes the noun phrase after it ('"...," said Mr Smith': inverted); one that follows
"and"/"but" shares the previous clause's subject. Precision first: no subject rather than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.facts.nlp.bodies import ORGANISATION_NOUNS
from app.core.facts.nlp.lexicon import DAYS, roles, speech_verbs
from app.core.facts.nlp.tagger import Token

# One letter per token, so the grammar is a plain regular expression over a string.
_CODES = {
    "DT": "D", "PDT": "D", "PRP$": "P", "WP$": "P", "JJ": "J", "JJR": "J", "JJS": "J",
    "CD": "C", "NN": "N", "NNS": "N", "NNP": "M", "NNPS": "M", "PRP": "R", "POS": "S",
    "VBN": "V", "VBG": "V", "$": "$", "RB": "A", "RBR": "A", "RBS": "A", "HYPH": "H",
    "IN": "I", "TO": "T", "CC": "&", ",": ",", "MD": "F", "VBD": "F", "VBZ": "F", "VBP": "F",
    "VB": "B", "EX": "E", "WDT": "W", "WP": "W", "``": "Q", "''": "Q", ":": ":", "-LRB-": "(",
    "-RRB-": ")", ".": ".",
}  # fmt: skip
# A modifier: an adjective (after an adverb), a number, a currency sign, or a participle that
# stands before a noun and not after a verb or "to" ("the proposed scheme", not "has proposed
# changes").
_MOD = r"(?:A?J|C|\$|H|(?<![FBVAT])V(?=[JCVH$]*[NM]))"
_BASE = rf"[DP]?{_MOD}*[NM]+"
# A noun phrase: a pronoun; determiner, modifiers, nouns, and possessives chained on ("the
# firm's new plan"; "the firm's chief executive", whose last word the tagger may call an
# adjective); a determiner and adjectives alone before a boundary ("the 56-year-old,"); a
# number; a demonstrative before a verb ("That was ...").
_NOUN_PHRASE = re.compile(
    rf"R|{_BASE}(?:S(?:{_MOD}*[NM]+(?:J(?=[,.:]|$))?|J+(?![NM])))*|[DP]J+(?=[,F.&:]|$)"
    r"|D?C+(?![NM])|D(?=F)"
)
_VERB_GROUP = re.compile(r"F(?:A*[FBV])*")
# Verbs that may be followed by the main verb of their group ("has been built", "will go").
_AUXILIARIES = frozenset(
    """
    be am is are was were been being 's 're 'm have has had having 've 'd do does did will would
    shall should can could may might must ought 'll wo ca
    """.split()
)
_ARTICLES = frozenset({"the", "a", "an"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# Heads of bodies' names besides the nouns said of any body (`bodies.ORGANISATION_NOUNS`): "the
# Food and Drug Administration", "the Arts and Humanities Research Board".
_BODY_NAMES = frozenset("administration board office service bureau trust fund".split())
# A time phrase between a subject and its verb ("the firm last month scrapped ..."): an opener
# and a unit or a day's or month's name.
TIME_OPENERS = frozenset("last next this earlier later".split())
_TIME_NOUNS = frozenset(
    """week weekend month year day night morning afternoon evening season quarter spring summer
    autumn fall winter monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december""".split()
)
# Prepositions that open a time phrase between a subject and its verb ("the firm on Tuesday
# launched ...", "sales in March rose").
_TIME_PREPOSITIONS = frozenset("on in at during over since until".split())
# Words that make a preposition with "of" ("ahead of", "instead of"), whatever their tag.
_BEFORE_OF = frozenset("ahead instead because regardless irrespective".split())
_APOSTROPHE = str.maketrans("’", "'")
# Prepositions that tie a noun phrase to the one before it within a subject ("the head of the
# agency"); not "that", "if", "because", which open clauses.
_CHAIN_PREPOSITIONS = frozenset("of for at from in on with by about among between within".split())


@dataclass(frozen=True, slots=True)
class Chunk:
    """A run of tokens (`first` to `last`, inclusive indices) with its text's offsets."""

    text: str
    start: int
    end: int
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Clause:
    """A finite verb group and its subject.

    Attributes:
        verb: the main verb (the group's last verb: "announced" in "has announced").
        finite: the group's first, finite, verb ("has").
        subject: the subject noun phrase, or None when not found.
        inverted: the subject follows the verb ('"...," said the minister').
        apposition: a noun phrase set off by commas between subject and verb ("Ana Ruiz,
            head of the agency, said"), or a name set off after an inverted subject ("said the
            firm's chief, Ana Ruiz"); else None.
    """

    verb: Token
    finite: Token
    subject: Chunk | None
    inverted: bool = False
    apposition: Chunk | None = None


def _codes(tokens: Sequence[Token]) -> str:
    """One letter per token (`_CODES`; "o" for any other tag), for the chunk patterns; a name
    joined by "&" or "and" is one run of names (`_joined_names`)."""
    codes = _CODES
    out = [codes.get(t.tag, "o") for t in tokens]
    for k in range(len(tokens) - 1):
        if tokens[k].text.lower() in _BEFORE_OF and tokens[k + 1].text.lower() == "of":
            out[k] = "I"  # "the government ahead of its launch": "ahead of" is a preposition
    for k in _joined_names(tokens):
        out[k] = "M"
    for k in range(len(tokens) - 3):
        if (
            out[k] in "JN"
            and tokens[k].text[:1].isupper()
            and tokens[k + 1].text.lower() in {"and", "or"}
            and out[k + 2] == "J"
            and tokens[k + 2].text[:1].isupper()
            and tokens[k + 3].tag in {"NN", "NNS"}
        ):
            # "the Danish and German governments": two capitalised adjectives (the first often
            # read as a noun) that share one noun are one modifier, "and" within it, not two
            # phrases
            out[k] = out[k + 1] = "J"
    for k in _coordinate_commas(out):
        out[k] = "H"  # "a five-year, £2bn plan", "a long, costly review": one phrase
    for k in range(1, len(tokens)):
        if out[k] == "M" and out[k - 1] == "N" and tokens[k].text.lower() in DAYS:
            out[k] = "o"  # "released a report Wednesday detailing X": a time, not a name
    # "The government signed an agreement": a participle right after a noun, with no auxiliary,
    # that takes an object is the past tense (a passive participle takes none: "the deal signed
    # last year").
    for k in range(1, len(tokens) - 1):
        if (
            tokens[k].tag == "VBN"
            and out[k] == "V"
            and out[k - 1] in "NM"
            and (
                tokens[k + 1].tag in _OBJECT_OPENERS
                or (tokens[k + 1].tag == "VBG" and tokens[k + 1].text.islower())
            )
        ):
            out[k] = "F"  # also before a gerund, its object: "the board proposed paying for"
        elif (
            out[k] == "N"
            and out[k - 1] == "M"
            and tokens[k + 1].tag in _VERB_OBJECTS
            and _present_speech_verb(tokens[k].text)
        ):
            # "The Greens accuse Mr Lane of ...": a verb the tagger read as a noun, with its
            # object after it (not "Virginia state director": a noun before a noun).
            out[k] = "F"
    return "".join(out)


# Coordinate modifiers of one noun set off by a comma, after a determiner or owner: the comma
# between "a five-year" and "£2bn plan" is inside the phrase (`_coordinate_commas`).
_COORDINATE_COMMA = re.compile(r"(?<=[DP])[J$C]+(,)(?=[J$C]+N)")


def _coordinate_commas(codes: list[str]) -> list[int]:
    """Indices of commas between the coordinate modifiers of one noun ("a long, costly plan")."""
    return [m.start(1) for m in _COORDINATE_COMMA.finditer("".join(codes))]


def _present_speech_verb(word: str) -> bool:
    """Whether lower-case `word` is the plain present of a speech verb ("accuse", "warn"): its
    past ("accused", "warned") is one, and it is no role ("manager" in "Rangers manager")."""
    if not word.isalpha() or not word.islower() or word in roles():
        return False
    return word + "d" in speech_verbs() or word + "ed" in speech_verbs()


# Tags that open a noun phrase as a verb's object right after it.
_OBJECT_OPENERS = frozenset({"DT", "PRP$"})
_VERB_OBJECTS = _OBJECT_OPENERS | {"NNP", "PRP"}


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _name_word(token: Token) -> bool:
    """A capitalised noun: a word of a name, whatever the tagger made of its kind ("Food")."""
    return token.tag in _NOUNS and _capitalised(token)


def _joined_names(tokens: Sequence[Token]) -> list[int]:
    """The tokens of names a conjunction joins into one: "Bang & Olufsen" (a capitalised word
    on each side of "&"), "the Securities and Exchange Commission" (after an article, names on each
    side of "and", the right ones ending in a body's noun): the conjunction and the words on
    each side, which a tagger may read as a verb ("Bang" opening a sentence)."""
    out: list[int] = []
    for k in range(1, len(tokens) - 1):
        word = tokens[k].text
        before, after = tokens[k - 1], tokens[k + 1]
        if word == "&" and _capitalised(before) and _capitalised(after):
            out += [k - 1, k, k + 1]
        elif word == "and" and _name_word(before):
            first = k - 1
            commas: list[int] = []
            while True:
                while first > 0 and _name_word(tokens[first - 1]):
                    first -= 1
                if first < 2 or tokens[first - 1].text != "," or not _name_word(tokens[first - 2]):
                    break
                commas.append(first - 1)  # "of Trade, Industry and Energy": a list in the name
                first -= 2
            last = k + 1
            while last < len(tokens) and (
                _name_word(tokens[last])
                or (tokens[last].tag == "JJ" and _capitalised(tokens[last]))
            ):
                last += 1  # "Human Services": a capitalised adjective inside a name
            if last == k + 1 or first == 0 or not _name_word(tokens[last - 1]):
                continue
            opener = tokens[first - 1].text.lower()
            if opener == "of" and first >= 2 and _body_head(tokens[first - 2]):
                # "the Department of Health and Human Services": the subjects of one body
                out += [k, *commas, *range(k + 1, last)]
            elif opener not in _ARTICLES:
                continue  # "Britain and France": two names, not one body's
            elif not commas and tokens[last - 1].text.lower() in ORGANISATION_NOUNS | _BODY_NAMES:
                out.append(k)
    return out


def _body_head(token: Token) -> bool:
    """A capitalised noun that heads a body's name: "Ministry", "Department", "Office"."""
    return (
        _capitalised(token)
        and token.tag in _NOUNS
        and token.text.lower() in ORGANISATION_NOUNS | _BODY_NAMES
    )


def _chunk(tokens: Sequence[Token], text: str, first: int, last: int) -> Chunk:
    start, end = tokens[first].start, tokens[last].end
    return Chunk(text[start:end], start, end, first, last)


@dataclass(frozen=True, slots=True)
class Chunked:
    """One tagged sentence's tag codes and noun phrases, read once (`chunked`) and shared by
    the readers that need both: `clauses` and `phrases.phrases`."""

    codes: str
    noun_phrases: tuple[Chunk, ...]


def chunked(tokens: Sequence[Token], text: str) -> Chunked:
    """The tag codes and noun phrases of one tagged sentence (see `noun_phrases`)."""
    codes = _codes(tokens)
    found = (_chunk(tokens, text, m.start(), m.end() - 1) for m in _NOUN_PHRASE.finditer(codes))
    return Chunked(codes, tuple(found))


def noun_phrases(tokens: Sequence[Token], text: str) -> list[Chunk]:
    """The noun phrases of one tagged sentence, left to right, never overlapping.

    Args:
        tokens: the sentence's tokens (`tag_sentence`).
        text: the text the tokens' offsets point into.
    """
    return list(chunked(tokens, text).noun_phrases)


def clauses(tokens: Sequence[Token], text: str, chunks: Chunked | None = None) -> list[Clause]:
    """Each finite clause of one tagged sentence with its subject and main verb.

    Args:
        tokens: the sentence's tokens (`tag_sentence`).
        text: the text the tokens' offsets point into.
        chunks: the sentence's `chunked` reading, if the caller has it already.
    """
    chunks = chunks or chunked(tokens, text)
    codes, phrases = chunks.codes, chunks.noun_phrases
    starting_at = {p.first: p for p in phrases}
    ending_at = {p.last: p for p in phrases}  # once per sentence, not once per verb
    out: list[Clause] = []
    position = 0
    while group := _VERB_GROUP.search(codes, position):
        first, last = group.start(), group.end() - 1
        main = first
        for i in range(first + 1, last + 1):
            if codes[i] != "A":
                if tokens[main].text.lower().translate(_APOSTROPHE) not in _AUXILIARIES:
                    break  # "went hiking": a verb after a full verb starts its complement
                main = i
        last = main
        position = main + 1  # a finite verb after a full verb starts the next group
        subject, apposition = _subject_before(codes, first, ending_at, starting_at, tokens, text)
        inverted = False
        before = _skip_back(codes, first - 1, "A")
        if subject is None and main == first and _after_quotation(codes, before):
            subject = starting_at.get(last + 1)
            inverted = subject is not None
            if subject is not None and codes[subject.last + 1 : subject.last + 2] == ",":
                # "said the firm's chief executive, Ana Ruiz": the name set off after the role.
                name = starting_at.get(subject.last + 2)
                if name is not None and codes[name.first] == "M":
                    apposition = name
        if subject is None and before >= 0 and codes[before] == "&" and out:
            subject = out[-1].subject
        out.append(Clause(tokens[main], tokens[first], subject, inverted, apposition))
    return out


def _relative_antecedent(
    codes: str, phrase: Chunk, ending_at: dict[int, Chunk], tokens: Sequence[Token]
) -> Chunk | None:
    """The noun phrase a relative clause unset by commas hangs on, when `phrase` ends that
    clause ("A nurse who works on a children's ward said": the nurse, not the ward): a
    "who"/"which" (not "that", so often "the news that ..." read as a relative pronoun) right
    after a noun phrase, its own finite verb, and no comma, quotation mark or colon before
    `phrase`."""
    first = phrase.first
    w = codes.rfind("W", 0, first)
    if w < 1 or any(c in ",Q:." for c in codes[w:first]):
        return None
    if tokens[w].text.lower() not in {"who", "which"}:
        return None
    if len(_VERB_GROUP.findall(codes, w + 1, first)) != 1:
        return None  # no verb of its own, or another clause after it ("... said the deal")
    return ending_at.get(w - 1)


def _after_quotation(codes: str, i: int) -> bool:
    """True if token `i` closes a quotation: a quotation mark, or a comma or colon after one."""
    if i < 0:
        return False
    return codes[i] == "Q" or (codes[i] in ",:" and i > 0 and codes[i - 1] == "Q")


def _skip_back(codes: str, i: int, skipped: str) -> int:
    while i >= 0 and codes[i] in skipped:
        i -= 1
    return i


def _subject_before(
    codes: str,
    verb: int,
    ending_at: dict[int, Chunk],
    starting_at: dict[int, Chunk],
    tokens: Sequence[Token],
    text: str,
) -> tuple[Chunk | None, Chunk | None]:
    """The noun phrase before a verb group (and an apposition skipped on the way), given the
    sentence's noun phrases by their last and by their first token.

    Commas right before the verb enclose an apposition ("Ana Ruiz, head of the agency, said")
    or a relative clause ("The firm, which ..., said"): the subject is the phrase before them.
    """
    i = _skip_back(codes, verb - 1, "A")
    time = ending_at.get(i)
    if (
        time is not None
        and time.last > time.first
        and tokens[time.first].text.lower() in TIME_OPENERS
        and tokens[time.last].text.lower() in _TIME_NOUNS
    ):
        i = _skip_back(codes, time.first - 1, "A")  # "Harland Auto last month scrapped"
    time = ending_at.get(i)
    if (
        time is not None
        and time.first > 0
        and tokens[time.last].text.lower() in _TIME_NOUNS
        and tokens[time.first - 1].text.lower() in _TIME_PREPOSITIONS
    ):
        i = _skip_back(codes, time.first - 2, "A")  # "Vendia, a bank, on Tuesday launched"
    apposition = None
    if i >= 2 and codes[i] == ")" and codes[i - 2] == "(" and codes[i - 1] in "MC":
        i -= 3  # "the Ministry of Energy (MOE) said": a short name in brackets after the name
    if i >= 0 and codes[i] == ",":
        opening = codes.rfind(",", 0, i)
        if opening <= 0 or opening + 1 > i - 1 or codes[opening + 1] in "QI&":
            return None, None
        if opening + 1 in starting_at:
            apposition = _chunk(tokens, text, opening + 1, i - 1)
        i = opening - 1
    phrase = ending_at.get(i)
    if phrase is None:
        return None, None
    antecedent = _relative_antecedent(codes, phrase, ending_at, tokens)
    if antecedent is not None:
        phrase = antecedent  # "A nurse who works on a children's ward said": the nurse
    first = phrase.first
    # "a spokesman for the firm", "the head of the agency": back over preposition chains.
    while (
        first >= 2
        and tokens[first - 1].text.lower() in _CHAIN_PREPOSITIONS
        and (first - 2) in ending_at
    ):
        first = ending_at[first - 2].first
    if tokens[first].tag == "VBG" and first > 0 and codes[first - 1] in "NM":
        # "a video showing youths beating two students ... was released": a participle clause
        # about the noun before it, whose own subject lies further back; no guess.
        return None, None
    return _chunk(tokens, text, first, phrase.last), apposition
