"""Tokens with offsets and a small lexicon-driven noun-phrase chunker for initiative extraction.

There is no part-of-speech tagger offline (nltk's needs data files), so phrase edges come from
closed-class word lists: a noun phrase extends left from its head over modifiers until a
determiner, preposition, verb form or punctuation, and right over one prepositional phrase when
the head's lexicon entry says so.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.core.facts.initiatives._lexicon import Lexicon

_TOKEN = re.compile(r"[£$€¥]?\d(?:[\d,.]*\d)?(?:[-\w]*\w)?%?|\w+(?:[-&]\w+)*|['’]s\b|\S")

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
DETERMINERS = frozenset(
    "a an the this that these those its his her their our my your another every each".split()
)
POSSESSIVE_PRONOUNS = frozenset("its his her their our my your".split())
PERSONAL_PRONOUNS = frozenset("it he she they we".split())
PP_PREPOSITIONS = frozenset("of for on in against to between with from".split())
PARTICLES = frozenset("up down out off back".split())
_QUANTIFIERS = frozenset("more than less fewer up to some all other further extra".split())
# Words that begin a temporal phrase: "in 2005" or "for the next five years" is not a name part.
_TEMPORAL = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday next last early late end coming past
    year years month months week weeks decade day days time spring summer autumn winter quarter
    weekend today yesterday tomorrow earlier meanwhile""".split()
)
_LY_ADJECTIVES = frozenset(
    "daily weekly monthly yearly quarterly early elderly family friendly".split()
)
_NAME_LINKS = frozenset("of for and & de la du von van".split())
_ROLES = frozenset(
    """leader spokesman spokeswoman chairman chairwoman chief executive boss head president
    minister secretary director founder analyst economist""".split()
)


class Token(NamedTuple):
    """One word, number or punctuation mark; `start`/`end` index the document text.

    A named tuple rather than a dataclass: a megabyte of text makes a quarter of a million.
    """

    text: str
    start: int
    end: int
    low: str
    is_name: bool = False

    @property
    def is_word(self) -> bool:
        """True for words and numbers, False for punctuation and possessive marks."""
        return self.text[0].isalnum() or self.text[0] in "£$€¥"

    @property
    def is_cap(self) -> bool:
        """True when the word starts with a capital letter."""
        return self.text[0].isupper()

    @property
    def is_number(self) -> bool:
        """True for figures, money and percentages."""
        return self.text[0].isdigit() or self.text[0] in "£$€¥"


_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z]*(?:-[a-z]+)*")
_OPENERS = frozenset("\"'“‘(-–—:")


def lowercase_vocabulary(text: str) -> frozenset[str]:
    """Words that the text writes in lower case somewhere (so are not names)."""
    return frozenset(m.group() for m in _LOWER_WORD.finditer(text))


# Endings of common words that open sentences ("Speculation", "Asked", "Separate",
# "Investigations"); a name with one is also capitalised mid-sentence ("Boeing", "Reading").
_COMMON_ENDINGS = (
    "ing",
    "ly",
    "tion",
    "tions",
    "sion",
    "sions",
    "ment",
    "ments",
    "ness",
    "ity",
    "ities",
    "ed",
    "ate",
    "ates",
    "ers",
    "ors",
    "ists",
    "ies",
    "wise",
    "ful",
    "ous",
    "ive",
    "ives",
)
_MID_CAPITAL = re.compile(
    r"(?<=[a-z,] )[A-Z][\w-]*(?:ing|ly|tions?|sions?|ments?|ness|ity|ities|ed|ates?|ers|ors"
    r"|ists|ies|wise|ful|ous|ives?)\b"
)


def midsentence_capitals(text: str) -> frozenset[str]:
    """Words with common endings that the text capitalises mid-sentence: names ("Boeing")."""
    return frozenset(m.group() for m in _MID_CAPITAL.finditer(text))


def tokenize(
    text: str,
    start: int,
    end: int,
    common: frozenset[str] = frozenset(),
    proper: frozenset[str] = frozenset(),
) -> list[Token]:
    """Tokens of `text[start:end]` with offsets into `text`.

    `is_name` marks capitalised words that are names: not a sentence-initial word that the
    document also writes in lower case (`common`), nor an opener with a common word's
    ending ("Ironically", "Speculation", "Asked") unless the text capitalises it mid-sentence
    too (`proper`: "Boeing", "Reading").
    """
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        low = word.lower()
        name = word[0].isupper()
        if name and (not tokens or tokens[-1].text in _OPENERS):
            name = low not in common and (not low.endswith(_COMMON_ENDINGS) or word in proper)
        if name and low in _TEMPORAL:
            name = False
        tokens.append(Token(word, m.start(), m.end(), low, name))
    return tokens


def is_verb_form(token: Token, lex: Lexicon) -> bool:
    """A lower-case word that reads as a verb here (trigger lexicon, not a noun we know)."""
    low = token.low
    if token.is_cap or low in lex.heads or low in lex.noun_ing or low in lex.adj_ed:
        return False
    return low in lex.status_of or low in lex.actions


_VERB_BEFORE = frozenset("to will would can could should may might must it he she they we".split())


def _is_modifier(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    token = tokens[i]
    low = token.low
    if not token.is_word or low in lex.stop_left:
        return False
    if i > 0 and tokens[i - 1].low in _VERB_BEFORE and not token.is_cap and not token.is_number:
        return False  # a verb: "to discuss election strategy", "it lets people"
    if token.is_number or low in lex.noun_ing or low in lex.adj_ed or low in lex.heads:
        return True
    if token.is_cap and (token.is_name or i > 0):
        return True  # a sentence-initial "Delivering" or "Existing" is judged as lower case
    if low in lex.status_of:
        return False
    if low.endswith("ly") and low not in _LY_ADJECTIVES:
        return False
    if low.endswith(("ed", "ing")):
        # "the proposed scheme", "a rainwater harvesting scheme", but not "it ran housing
        # scheme": a participle needs a determiner or a plain modifier before it.
        if i == 0:
            return False
        before = tokens[i - 1]
        if before.low in DETERMINERS:
            return True
        if low.endswith("ed") and (before.is_cap or before.low.endswith("s")):
            return False  # subject and verb: "Critics attacked ...", "ministers backed ..."
        return (
            before.is_word
            and before.low not in lex.stop_left
            and not before.low.endswith(("ed", "ing"))
            and before.low not in lex.status_of
        )
    return True


def left_edge(tokens: list[Token], head: int, lex: Lexicon, max_modifiers: int = 6) -> int:
    """Index of the first token of the noun phrase whose head is `tokens[head]`."""
    left = head
    i = head - 1
    while i >= 0 and head - i <= max_modifiers and _is_modifier(tokens, i, lex):
        left = i
        i -= 1
    return left


def np_right(tokens: list[Token], i: int, lex: Lexicon, max_words: int = 6) -> int:
    """End (exclusive) of a noun phrase starting at `i`, or `i` when there is none.

    Leading determiners and quantifiers are taken along ("more than 10,000 US jobs"); "and"
    and a possessive join words inside it ("tax and benefits system", "children's centres").
    """
    n = len(tokens)
    j = i
    while j < n and j - i < 3 and (tokens[j].low in DETERMINERS or tokens[j].low in _QUANTIFIERS):
        j += 1
    end = i
    words = 0
    while j < n and words < max_words:
        token = tokens[j]
        nxt = tokens[j + 1] if j + 1 < n else None
        joinable = nxt is not None and _content(nxt, lex)
        if token.low in {"and", "or"} or token.low in POSSESSIVE or token.text == "-":
            if not joinable or end == i:
                break
            j += 1
            continue
        if not _content(token, lex):
            break
        if (
            low_ed(token)
            and token.low not in lex.adj_ed
            and end > i
            and tokens[j - 1].low not in DETERMINERS
        ):
            break  # a verb after the noun: "Tory plans for the economy showed"
        words += 1
        j += 1
        end = j
    return end


def low_ed(token: Token) -> bool:
    """A lower-case word ending in -ed: a past tense or participle."""
    return not token.is_cap and token.low.endswith("ed") and len(token.low) > 4


def _content(token: Token, lex: Lexicon) -> bool:
    if not token.is_word:
        return False
    low = token.low
    if low in lex.stop_left and not token.is_cap:
        return False
    if is_verb_form(token, lex):
        return False
    return not (low.endswith("ly") and low not in _LY_ADJECTIVES)


def starts_temporal(tokens: list[Token], i: int) -> bool:
    """True when the phrase at `i` (after any determiner) is a date or time expression."""
    while i < len(tokens) and tokens[i].low in DETERMINERS:
        i += 1
    if i >= len(tokens):
        return True
    token = tokens[i]
    return token.low in _TEMPORAL or (token.text.isdigit() and len(token.text) == 4)


# Heads whose "with" phrase names the other party: "deal with the IMF", "talks with Ankara".
_WITH_HEADS = frozenset(
    """deal deals agreement agreements partnership partnerships talks contract contracts
    alliance alliances venture ventures joint-venture merger mergers""".split()
)
_PURPOSE_NOUNS = frozenset("effort attempt bid move response bid push".split())


def _purpose_phrase(tokens: list[Token], k: int) -> bool:
    """True for "in an effort/attempt to ...": says why, not which undertaking."""
    return (
        tokens[k].low == "in"
        and k + 2 < len(tokens)
        and tokens[k + 1].low in {"a", "an"}
        and tokens[k + 2].low in _PURPOSE_NOUNS
    )


def right_edge(tokens: list[Token], head: int, lex: Lexicon) -> int:
    """End (exclusive) of the name: the head plus a "to ..." or prepositional phrase it takes."""
    entry = lex.heads.get(tokens[head].low)
    end = head + 1
    n = len(tokens)
    if entry is None or end >= n:
        return end
    nxt = tokens[end].low
    if entry.takes_to and nxt == "to" and end + 1 < n:
        verb = tokens[end + 1]
        if (
            verb.is_word
            and not verb.is_cap
            and not verb.is_number
            and verb.low not in lex.stop_left
        ):
            j = end + 2
            if j < n and tokens[j].low in PARTICLES:
                j += 1
            if j < n and tokens[j].low == "on":
                j += 1
            obj = np_right(tokens, j, lex, max_words=5)
            return obj if obj > j else j
    # "to" is a preposition only before a noun phrase: "reforms to its tax system".
    to_noun = nxt == "to" and end + 1 < n and tokens[end + 1].low in DETERMINERS
    if nxt == "with" and tokens[head].low not in _WITH_HEADS:
        return end  # "campaign with the prime minister": company kept, not the campaign's name
    if (
        entry.takes_pp
        and nxt in PP_PREPOSITIONS
        and (nxt != "to" or to_noun)
        and not starts_temporal(tokens, end + 1)
        and not _purpose_phrase(tokens, end)
    ):
        obj = np_right(tokens, end + 1, lex, max_words=5)
        if obj + 1 < n and obj > end + 1 and tokens[obj].low == "of":
            # One "of" phrase more: "campaign against operators of BitTorrent networks".
            more = np_right(tokens, obj + 1, lex, max_words=3)
            if more > obj + 1:
                return more
        if obj > end + 1:
            return obj
    return end


def name_left(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """First index of the capitalised name that ends at `tokens[j]`."""
    left = j
    k = j - 1
    while k >= 0:
        token = tokens[k]
        if token.is_name and token.is_word and token.low not in lex.stop_left:
            left = k
        elif token.low in _NAME_LINKS and k > 0 and tokens[k - 1].is_name and k + 1 == left:
            # "Bank of England": keep the link only when a capitalised word precedes it.
            pass
        else:
            break
        k -= 1
    while left < j and tokens[left].low in _NAME_LINKS:
        left += 1
    return _with_role(tokens, left, lex)


def _with_role(tokens: list[Token], left: int, lex: Lexicon) -> int:
    """Extend "Alex Salmond" to "SNP leader Alex Salmond": the body a person speaks for."""
    k = left - 1
    if k < 1 or tokens[k].is_cap or tokens[k].low not in _ROLES:
        return left
    m = k - 1
    if m >= 1 and tokens[m].is_word and not tokens[m].is_cap and tokens[m].low not in lex.stop_left:
        m -= 1  # "Plaid Cymru's economics spokesman Adam Price"
    if m >= 1 and tokens[m].low in POSSESSIVE:
        m -= 1
    if not tokens[m].is_name or tokens[m].low in lex.stop_left:
        return left
    while m > 0 and tokens[m - 1].is_name and tokens[m - 1].low not in lex.stop_left:
        m -= 1
    return m


def name_right(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """End (exclusive) of the capitalised name that starts at `tokens[i]`."""
    end = i
    k = i
    while k < len(tokens):
        token = tokens[k]
        if token.is_name and token.is_word:
            end = k + 1
        elif not (token.low in _NAME_LINKS and k + 1 < len(tokens) and tokens[k + 1].is_name):
            break
        k += 1
    return end
