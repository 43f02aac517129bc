"""Who is behind an initiative: possessor, "by" agent, or subject of the verb that governs it.

Pronouns ("it", "his party") are resolved to the subject of an earlier sentence: a name phrase
for "he"/"she" that looks like a person (a title or two words), any subject for "it"/"they".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.core.facts.initiatives._chunk import (
    DETERMINERS,
    PERSONAL_PRONOUNS,
    POSSESSIVE,
    POSSESSIVE_PRONOUNS,
    Token,
    is_verb_form,
    name_left,
    name_right,
)
from app.core.facts.initiatives._lexicon import Lexicon

# Words passed over between a verb and its subject: "X has also said it would seek to launch".
_SKIP = frozenset(
    """has have had is are was were be been being will would shall should can could may might
    must also now not n't already still then recently formally finally today yesterday just
    to later soon jointly""".split()
)
_REPORTING = frozenset(
    """said says say told tells added adds announced insisted argued claimed believed believes
    stated confirmed explained warned hopes hoped thinks thought that""".split()
)
_TITLES = frozenset(
    """mr mrs ms dr sir lord lady president minister chancellor secretary leader chief prime
    governor senator professor""".split()
)
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]+(?![\w'’])")
_PREPOSITIONS = frozenset(
    "in at from for to on of with across after before by into over under since during".split()
)
_TIME_WORDS = frozenset(
    """on in at last this earlier later yesterday today week month year monday tuesday wednesday
    thursday friday saturday sunday""".split()
)
_PERSON_PRONOUNS = frozenset("he she his her him".split())
# Nouns for an organisation a person belongs to: "his company" is the firm, not the person.
_ORGANISATIONS = frozenset(
    "company firm group business enterprise bank party government team club organisation".split()
)


_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+([A-Z][\w-]+)")
_TITLED = re.compile(
    r"\b(Prime Minister|Chancellor|President|Minister|Secretary|Governor|Premier)"
    r"((?:\s+[A-Z][\w-]+){1,3})"
)
# A lower-case role word before a name says the name is a person's ("councillor Mark Dunmore",
# "chief executive Bill Gammell"), so "it" never resolves to it. Not "leader": "market leader
# Nokia" is a firm.
_ROLE_BEFORE_NAME = re.compile(
    r"\b(?:councillor|mayor|spokesman|spokeswoman|spokesperson|chairman|chairwoman|executive"
    r"|director|boss|analyst|economist|founder|manager|officer|chief|minister|secretary"
    r"|president|governor|senator|professor|coach|frontman|singer|actor|actress|author|"
    r"lawyer|judge|mp|mep|MP|MEP)\s+((?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+)"
)
_ROLE_WORDS = frozenset(
    """councillor mayor spokesman spokeswoman spokesperson chairman chairwoman executive director
    boss analyst economist founder leader manager officer chief minister secretary president
    governor senator professor coach organiser organizer""".split()
)
_ROLE_NOUNS = frozenset("chancellor president minister secretary governor premier".split())


@dataclass
class Discourse:
    """What the article has said so far, for resolving "it", "he" and "the firm".

    Attributes:
        subjects: subjects of the sentences read so far, newest last.
        last_actor: the actor of the last initiative candidate of the previous sentence, for
            "This includes ..." / "These include ...".
        head_actors: head noun -> the actor of its latest mention, for a bare "the project".
        surnames: words that follow "Mr"/"Ms"/... or end a name after a role word
            ("councillor Mark Dunmore") anywhere in the article (people's names).
        common: words the article writes in lower case: a subject made only of these is a
            description ("People", "the government"), not a name to fall back on.
        titled: role ("chancellor", "prime minister") -> the name that follows it in the text.
    """

    subjects: list[str] = field(default_factory=list)
    surnames: frozenset[str] = frozenset()
    titled: dict[str, str] = field(default_factory=dict)
    last_actor: str | None = None
    head_actors: dict[str, str] = field(default_factory=dict)
    common: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str) -> Discourse:
        """A discourse primed with the people and titles named anywhere in `text`."""
        titled: dict[str, str] = {}
        for m in _TITLED.finditer(text):
            titled.setdefault(m.group(1).lower(), m.group(2).strip())
        surnames = {m.group(1) for m in _SURNAME.finditer(text)}
        surnames.update(m.group(1).split()[-1] for m in _ROLE_BEFORE_NAME.finditer(text))
        common = frozenset(m.group() for m in _LOWER_WORD.finditer(text)) | DETERMINERS
        return cls([], frozenset(surnames), titled, common=common)

    def is_person(self, name: str) -> bool:
        """True when `name` looks like a person: a title, or a known surname at its end."""
        words = name.split()
        if not words:  # a subject of invisible characters only (found by benchmarks/fuzz.py)
            return False
        return words[0].lower().rstrip(".") in _TITLES or words[-1] in self.surnames

    def resolve(self, pronoun: str) -> str | None:
        """The most recent subject that fits `pronoun`, or None."""
        wants_person = pronoun in _PERSON_PRONOUNS
        for name in reversed(self.subjects[-6:]):
            if self.is_person(name) == wants_person or (wants_person and len(name.split()) > 1):
                return name
        return None

    def describe(self, phrase: str) -> str:
        """The name behind a description ("the chancellor", "the firm"), else `phrase`."""
        words = phrase.lower().split()
        if not words:
            return phrase
        noun = words[-1]
        if noun in _ROLE_NOUNS:
            role = "prime minister" if words[-2:] == ["prime", "minister"] else noun
            return self.titled.get(role, phrase)
        owned = words[0] in POSSESSIVE_PRONOUNS and len(words) == 2 and noun in _ORGANISATIONS
        if (words[0] not in {"the", "this"} and not owned) or noun in {"government", "state"}:
            return phrase
        recent = self.subjects[-8:]
        for name in reversed(recent):
            # "the commission" -> "Electoral Commission"; "the council" -> "The city council".
            if noun in name.lower().split() and name.lower() != phrase.lower():
                return name
        for name in reversed(recent):
            if (
                not self.is_person(name)
                and name.lower() != phrase.lower()
                and not set(name.lower().split()) <= self.common
            ):
                return name  # a name, not another description ("People", "the government")
        return phrase


def _span_text(tokens: list[Token], text: str, i: int, j: int) -> str:
    return text[tokens[i].start : tokens[j - 1].end]


def _noun_phrase_left(tokens: list[Token], k: int) -> int:
    """Start of a short common-noun actor phrase ending at `k` ("the industry body")."""
    i = k
    while i > 0 and k - i < 3 and tokens[i - 1].is_word:
        i -= 1
        if tokens[i].low in DETERMINERS:
            return i
    return k


def subject_left(
    tokens: list[Token], verb: int, text: str, lex: Lexicon, discourse: Discourse
) -> str | None:
    """The subject of the verb at `tokens[verb]`, as written, with pronouns resolved."""
    k = verb - 1
    steps = 0
    while k >= 0 and steps < 16:
        steps += 1
        token = tokens[k]
        low = token.low
        if low in _SKIP or (is_verb_form(token, lex) and low not in _REPORTING):
            k -= 1
            continue
        if low == "," or low == ")":
            # Jump over a parenthetical: "Alibaba, for its turn, launched".
            opener = next(
                (
                    m
                    for m in range(k - 1, max(-1, k - 14), -1)
                    if tokens[m].low in {",", "(", "-", "–"}
                ),
                None,
            )
            if opener is None:
                return None
            if (
                tokens[opener].low == ","
                and opener + 1 < k
                and tokens[opener - 1].low in lex.actor_nouns
                and name_right(tokens, opener + 1, lex) == k
            ):
                # An apposition names the subject: "The ferry operator, Tidewater Lines, said".
                return _span_text(tokens, text, opener + 1, k)
            k = opener - 1
            continue
        if low in PERSONAL_PRONOUNS:
            return _via_reporting(tokens, k, text, lex, discourse) or discourse.resolve(low)
        if token.is_name and low not in lex.stop_left:
            return _span_text(tokens, text, name_left(tokens, k, lex), k + 1)
        if low in lex.actor_nouns:
            start = _noun_phrase_left(tokens, k)
            if tokens[start].low in POSSESSIVE_PRONOUNS:
                via = _via_reporting(tokens, start, text, lex, discourse)
                if via is not None:
                    return via
            return discourse.describe(_span_text(tokens, text, start, k + 1))
        return None
    return None


def _via_reporting(
    tokens: list[Token], k: int, text: str, lex: Lexicon, discourse: Discourse
) -> str | None:
    """For "X said it/his party would ...": X, the subject of the reporting verb before `k`."""
    j = k - 1
    if j >= 0 and tokens[j].low == "that":
        j -= 1
        # "announced on Wednesday that it ...", "said last week that ...": a time phrase.
        skipped = 0
        while j >= 0 and skipped < 4 and (tokens[j].low in _TIME_WORDS or tokens[j].is_number):
            j -= 1
            skipped += 1
    if j >= 0 and tokens[j].low in _REPORTING:
        return subject_left(tokens, j, text, lex, discourse)
    return None


def possessor(
    tokens: list[Token], start: int, text: str, lex: Lexicon, discourse: Discourse
) -> str | None:
    """The owner in "Alibaba's investment" / "its plans", for a phrase starting at `start`."""
    k = start - 1
    if k < 0:
        return None
    token = tokens[k]
    if token.low in POSSESSIVE_PRONOUNS:
        return discourse.resolve(token.low)
    if token.low not in POSSESSIVE or k == 0:
        return None
    owner = tokens[k - 1]
    if owner.is_name:
        return _span_text(tokens, text, name_left(tokens, k - 1, lex), k)
    if owner.low in lex.actor_nouns:
        return discourse.describe(_span_text(tokens, text, _noun_phrase_left(tokens, k - 1), k))
    return None


def by_agent(
    tokens: list[Token], end: int, text: str, lex: Lexicon, discourse: Discourse
) -> str | None:
    """The agent in "<initiative> has been launched by X" (within a few words of `end`).

    "by his company" is the company the person works for, found as for "the company".
    """
    for k in range(end, min(len(tokens) - 1, end + 6)):
        if tokens[k].low in {".", ";"}:
            return None
        if tokens[k].low == "by":
            agent = tokens[k + 1]
            if agent.is_name:
                return _span_text(tokens, text, k + 1, name_right(tokens, k + 1, lex))
            for m in range(k + 1, min(len(tokens), k + 5)):
                if tokens[m].low in lex.actor_nouns:
                    return discourse.describe(_span_text(tokens, text, k + 1, m + 1))
            return None
    return None


def between_parties(
    tokens: list[Token], head: int, end: int, text: str, lex: Lexicon
) -> str | None:
    """ "A and B" in "a free trade zone between A and B" / "an agreement between A and B".

    The parties of a joint undertaking are who is behind it. `between` may open the phrase's
    own prepositional phrase (after `head`) or follow the phrase right away (at `end`).
    """
    for k in range(head + 1, min(len(tokens) - 3, end + 1)):
        if tokens[k].low != "between":
            continue
        first = k + 1
        if tokens[first].low == "the":
            first += 1
        if first >= len(tokens) or not tokens[first].is_name:
            return None
        last = name_right(tokens, first, lex)
        if any(t.low in {"and", "&"} for t in tokens[first:last]):
            return _span_text(tokens, text, first, last)  # the name reader ran over "and"
        if last + 1 < len(tokens) and tokens[last].low == "and" and tokens[last + 1].is_name:
            return _span_text(tokens, text, first, name_right(tokens, last + 1, lex))
        return None
    return None


def sentence_subject(
    tokens: list[Token], text: str, lex: Lexicon, discourse: Discourse
) -> str | None:
    """The subject of the sentence's first verb, else its first name or actor noun."""
    for k, token in enumerate(tokens[:25]):
        if k > 0 and (token.low in _REPORTING or token.low in _SKIP or is_verb_form(token, lex)):
            if token.low in {"to", "that"}:
                continue
            found = subject_left(tokens, k, text, lex, discourse)
            if found is not None:
                return found
            break
    for k, token in enumerate(tokens[:8]):
        if token.low in lex.heads:
            continue  # "Plans for ..." opens the sentence: the undertaking, not its actor
        if k > 0 and tokens[k - 1].low in _PREPOSITIONS:
            continue  # "In Spain, ...", "after the company ...": a preposition's object
        if token.is_name and token.low not in lex.stop_left:
            return _span_text(tokens, text, *_name_subject(tokens, k, lex))
        if token.low in lex.actor_nouns:
            if k + 1 < len(tokens) and tokens[k + 1].low in lex.heads:
                continue  # a modifier, not the subject: "a government contract"
            return _span_text(tokens, text, _noun_phrase_left(tokens, k), k + 1)
    return None


def _name_subject(tokens: list[Token], k: int, lex: Lexicon) -> tuple[int, int]:
    """Token span of a subject that starts with the name at `k`.

    The name runs on over a role and a person's name ("Opposition councillor Tom Reddy") or
    over a few common words up to an actor noun ("The Wexbury transport board"), taking a
    "The" before it along.
    """
    end = name_right(tokens, k, lex)
    n = len(tokens)
    if end + 1 < n and tokens[end].low in _ROLE_WORDS and tokens[end + 1].is_name:
        return k, name_right(tokens, end + 1, lex)
    for m in range(end, min(n, end + 3)):
        token = tokens[m]
        if not token.is_word or token.is_cap or token.low in lex.stop_left:
            break
        if token.low in lex.actor_nouns:
            start = k - 1 if k > 0 and tokens[k - 1].low == "the" else k
            return start, m + 1
    return k, end


# Heads whose "from" phrase names who makes them: "an offer from Quiksilver", "a bid from Spurs".
_FROM_HEADS = frozenset("offer offers bid bids proposal proposals approach takeover".split())


def from_agent(tokens: list[Token], head: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The bidder in "<offer/bid/proposal> from X" (X a name soon after "from"): its span.

    A character span, as the name is inside the phrase (kept like "Tory" in "Tory plans").
    """
    if tokens[head].low not in _FROM_HEADS:
        return None
    for k in range(head + 1, min(end, head + 3)):
        if tokens[k].low == "from" and k + 1 < len(tokens):
            first = k + 1
            while first < len(tokens) and first - k <= 4 and not tokens[first].is_name:
                if tokens[first].low in {".", ",", ";"}:
                    return None
                first += 1  # "from US tycoon Malcolm Glazer": the name after the description
            if first < len(tokens) and tokens[first].is_name:
                last = name_right(tokens, first, lex) - 1
                return (tokens[first].start, tokens[last].end)
            return None
    return None
