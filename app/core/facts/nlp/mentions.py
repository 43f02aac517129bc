"""How the discourse tracker reads one name in its sentence, and how short forms match.

Whether a name may be its clause's subject ("than Nora Hale", "emailed Dalton": not), whether a
capitalised run names anyone at all ("the Smith review"), whether an untyped name reads as a
body's ("Reporters Without Borders"), which of its titles "the <title>" may look up, and whether
two long surnames differ by one slip of the pen; and the words that stand for a person named
before ("the chancellor", "the striker", "the 36-year-old"). `discourse.Discourse` reads them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.facts.nlp.bodies import FIRM_WORDS, ORGANISATION_NOUNS
from app.core.facts.nlp.genders import noun_gender
from app.core.facts.nlp.lexicon import Gender, roles, speech_verbs, titles
from app.core.facts.nlp.name_kinds import NameKind, name_kind
from app.core.facts.nlp.names import (
    POST_NOMINALS,
    QUALIFIERS,
    REMEMBERED_SENTENCES,
    Name,
    forgotten_with_names,
)

# "the chancellor", "the prime minister": office titles that stand for a person already named.
_PERSON_TITLES = (
    "prime minister|president|chancellor|minister|secretary|senator|governor|mayor|chairman|"
    "chairwoman|premier|ambassador|commissioner|candidate|nominee|congressman|congresswoman"
)
OFFICE = re.compile("(?:" + _PERSON_TITLES + ")")
# "\b[Tt]he" written as "[Tt]" with no word character before it: the same matches, but a pattern
# that opens on a letter lets the engine skip to each "T" or "t" instead of trying every position
# (the discourse tracker searches every sentence, once for the quotes, once for the initiatives).
THE_TITLE = re.compile(
    r"[Tt](?<!\w[Tt])he (?:[A-Z][a-z]+ )?((?i:" + _PERSON_TITLES + r"))\b(?! [A-Z])"
)
AGE = re.compile(r"\d{1,3}-year-old")
# Nouns that stand for a person named before ("the striker said").
PERSON_NOUNS = frozenset(
    """striker midfielder defender goalkeeper player captain forward winger coach manager boss
    actor actress singer star artist author writer director businessman businesswoman tycoon
    entrepreneur veteran politician lawmaker legislator candidate nominee officer
    founder billionaire lawyer frontman frontwoman champion winner counterpart""".split()
)

# Surnames this long or longer are matched across one slip ("Montieth" for "Monteith").
SLIP_LENGTH = 6


def body_like(words: list[str]) -> bool:
    """Whether an untyped name reads as a body's: "&" in it, or three or more words."""
    return "&" in words or len(words) >= 3


def qualified_titles(held: tuple[str, ...]) -> tuple[str, ...]:
    """Titles a mention holds for "the <title>" look-ups: a shadow or former chancellor is not
    "the chancellor", nor a deputy prime minister "the minister" (a qualifier governs every
    title word after it)."""
    out: list[str] = []
    for i, title in enumerate(held):
        if title in titles() and not any(earlier in QUALIFIERS for earlier in held[:i]):
            out.append(title)
            if title in _SPELLED_OUT:
                out.append(_SPELLED_OUT[title])  # "Sen. Ana Ruiz" is "the senator"
    return tuple(out)


# Abbreviated titles and the word "the <title>" uses for them.
_SPELLED_OUT = {
    "sen": "senator",
    "gov": "governor",
    "rep": "representative",
    "pres": "president",
    "gen": "general",
    "supt": "superintendent",
    "lt": "lieutenant",
}


def may_be_subject(text: str, start: int, end: int, name: Name) -> bool:
    """Whether `name` may be the subject of a clause in text[start:end]: it is not right after a
    word that makes it an object or a term ("came to call Harbour Lines", "than Nora Hale",
    "emailed Dalton")."""
    before = text[max(start, name.start - 30) : name.start].split()
    if not before:
        return True
    word = before[-1]
    if word in _OBJECT_MARKERS or (word == "as" and before[-2:-1] and before[-2] in _AS_TERM):
        return False  # also "came to think of as Harbour Lines", "known as Harbour Lines"
    past = word.isalpha() and word.islower() and word.endswith("ed")
    return not past or word in speech_verbs() or word in roles()


def after_preposition(text: str, start: int, name: Name) -> bool:
    """Whether `name` is the object of a preposition ("scrutinised by the NYAG", "talks with
    Alder Bank"): never its clause's subject."""
    return _preposition_before(text, start, name) is not None


def named_as_place(text: str, start: int, name: Name) -> bool:
    """Whether `name` is where something happens or goes ("rallied at Temple University", "a
    march to City Hall"): a place in that sentence, not a body a later "the group" stands for."""
    return _preposition_before(text, start, name) in _PLACE_PREPOSITIONS


def _preposition_before(text: str, start: int, name: Name) -> str | None:
    before = text[max(start, name.start - 30) : name.start].split()
    while before and before[-1].lower() in {"the", "a", "an"}:
        before.pop()
    return before[-1] if before and before[-1] in _PREPOSITIONS else None


_PREPOSITIONS = frozenset("by from with to of for against at on in into over".split())
_PLACE_PREPOSITIONS = frozenset("at to into".split())


# Words after which a name is an object, a comparison or a term rather than a subject.
_OBJECT_MARKERS = frozenset("than call calls called dubbed named titled like".split())
_AS_TERM = frozenset("of known such seen regarded described".split())


# An owner inside a name's run: "Jay-Z's Roc-A-Fella" names what Jay-Z owns.
_OWNED = re.compile(r"\w['’]s[ \u00a0]+[A-Z]")


# "a van called the Lumora Cargo", "the glasses, dubbed Lumora Air,": the noun a name is given to.
# "has named": the verb in a perfect tense (appointing or naming someone), no noun before it.
_PERFECT = frozenset({"has", "have", "had", "having"})
_CALLED = re.compile(r"\b([a-z][\w-]*),? (?:called|named|dubbed|branded) (?:the )?$")
_CALLED_ENDINGS = tuple(
    f"{verb} {the}" for verb in ("called", "named", "dubbed", "branded") for the in ("", "the ")
)


def _names_a_thing(text: str, name: Name) -> bool:
    """Whether `name` is given to a thing right before it ("the glasses, called Lumora Air"):
    not to a body, a firm or a person ("a firm called Harbour Ltd", "a man named Tom Reyes")."""
    lo = max(0, name.start - 40)
    # A match ends on "called ", "named the " ... at the name, or before a newline right before
    # it (where "$" also matches): without such an ending the pattern is not tried at all.
    end = name.start - 1 if text.endswith("\n", lo, name.start) else name.start
    if not text.endswith(_CALLED_ENDINGS, lo, end):
        return False
    called = _CALLED.search(text, lo, name.start)
    if called is None:
        return False
    noun = called.group(1).lower()
    if noun in _PERFECT:
        return False  # "The orchestra has named Elena Varga as ...": a verb that appoints someone
    one = noun.removesuffix("s")
    people = PERSON_NOUNS | roles() | titles()
    return not ({noun, one} & (ORGANISATION_NOUNS | FIRM_WORDS | people))


def names_no_one(text: str, name: Name) -> bool:
    """A run that names no one: "the Smith review" (after "the", without a title) or "Liberal
    Democrat chief executive ..." (a role word follows: the party, not a person).

    A name asked about before (the same text, the same name) is not read again: the quotes and
    the initiatives each feed every sentence to a tracker of their own."""
    return _names_no_one(text, name)


@lru_cache(maxsize=REMEMBERED_SENTENCES)
def _names_no_one(text: str, name: Name) -> bool:
    if _CREDIT_BEFORE.search(text, max(0, name.start - 30), name.start) or text.startswith(
        "/", name.end
    ):
        return True  # "By Ana Ruiz" opening a line, "Ana Ruiz/Harbour Images": credits
    if _names_a_thing(text, name):
        return True  # "the glasses, called Lumora Air,": a product's name, no body's
    if name.kind is NameKind.ORGANISATION or name.titles:
        return False
    owned = _OWNED.search(name.text)
    if owned is not None and name_kind(name.text[: owned.start() + 1].split()) is not (
        NameKind.PLACE
    ):
        # "Jay-Z's Roc-A-Fella", "Ruiz's Indian-style": the owner's thing, no one ("Britain's
        # Vexar Ardley" is a body in a place).
        return True
    if text[max(0, name.start - 4) : name.start].lower() == "the " or _TITLE_ARTICLE.search(
        text, max(0, name.start - 4), name.start
    ):
        return True  # "the Smith review", "the film, A Different Story,"
    following = text[name.end : name.end + 30].split()[:1]
    if not following or following[0].rstrip(",.;:") in POST_NOMINALS:
        return False  # "Ana Ruiz MP": the letters after her name, no office of another
    word = following[0].lower().removesuffix("'s").removesuffix("’s")  # "Cup winner's medal"
    return any(
        w in titles() or w in roles() or w in PERSON_NOUNS or w in ORGANISATION_NOUNS
        for w in (word, _singular(word))
    )


forgotten_with_names(_names_no_one.cache_clear)


def _singular(word: str) -> str:
    """The singular of a plural agent or body noun ("leaders", "organisations"), so that "Lib
    Dem leaders" and "Roman Catholic organisations" name no one; other words stay as they are
    ("stars", "coaches" may be a verb after a name: "Ana Ruiz coaches the team")."""
    if _PLURAL_NOUN.search(word) and word[:-1] not in _VERB_PLURALS:
        return word[:-1]
    return word


# A capitalised article inside a sentence opens a title: "the film, A Different Story,".
_TITLE_ARTICLE = re.compile(r"[ ,(](?:A|An) $")
_PLURAL_NOUN = re.compile(r"(?:er|or|ist|ian|ation|ent|ant|ion)s$")
# Nouns whose plural reads as well as a verb after a name ("Ana Ruiz volunteers at").
_VERB_PLURALS = frozenset({"author", "commission", "engineer", "parent", "volunteer"})


# A byline or a photo credit before a name: it signs the page, it is no one in the story.
_CREDIT_BEFORE = re.compile(
    r"(?:(?:^|\n)[ \t]*By|(?i:photo(?:graph)?|image|credit|picture)s?(?: by)?:?|/)[ \t]*$"
)


def one_slip(a: str, b: str) -> bool:
    """Whether long words `a` and `b` differ by one swap of neighbours or one changed letter."""
    if a == b or len(a) != len(b) or len(a) < SLIP_LENGTH:
        return a == b
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    swapped = a[diff[0]] == b[diff[-1]] and a[diff[-1]] == b[diff[0]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and swapped


# After an article, or before a noun for a body or its people, a short name is an adjective:
# "the Argentine government", "Argentine officials" (after "the Argentine State").
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?)\s+$")
_NOUN_AFTER = re.compile(r"\s+([a-z]+)")


def modifies_noun(text: str, name: Name) -> bool:
    """Whether the short name `name` stands before a noun as its modifier ("the Argentine
    government", "Argentine officials"), not as the body's own name ("Emirates had")."""
    if _ARTICLE_BEFORE.search(text, max(0, name.start - 6), name.start):
        return True
    after = _NOUN_AFTER.match(text, name.end)
    following = after.group(1) if after is not None else ""
    return following in ORGANISATION_NOUNS or following in PERSON_NOUNS or following in _PEOPLE


_PEOPLE = frozenset("people officials citizens forces troops state media".split())


# People who comment on a story from outside it: "Barrow Securities analyst Dan Fell", "an
# economist at Alder Bank". The body they work for is who employs the commentator, not a body
# the story is about, so "the company" or "it" later does not stand for it.
_COMMENTATOR = r"(?:analyst|economist|strategist)s?"
_COMMENTATOR_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:(?:senior|chief|lead|principal|market|equity|industry|research)\s+)?"
    + _COMMENTATOR
    + r"\b"
)
_COMMENTATOR_BEFORE = re.compile(_COMMENTATOR + r",?\s+(?:at|with|from|for|of)\s+(?:the\s+)?$")


def commentators_body(text: str, start: int, name: Name) -> bool:
    """Whether `name` (in a sentence from `start`) is named as a commentator's employer
    ("Barrow Securities analyst Dan Fell", "an economist at Alder Bank")."""
    if _COMMENTATOR_AFTER.match(text, name.end):
        return True
    return _COMMENTATOR_BEFORE.search(text, max(start, name.start - 40), name.start) is not None


# What makes a body's name a passing one, right before it: a preposition or a comparison ("by
# Holm Rail", "than at Brisk Mart", "following Brisk Mart"), a purchase ("talks to buy Brisk
# Mart"), a list of others ("rivals including Brisk Mart", "rival Brisk Mart"); descriptive words
# may stand between ("from the smaller Holm Rail Group").
_PASSING = re.compile(
    r"(?<![\w'’-])(?:than|buy|buys|buying|bought|acquire|acquires|acquiring|acquired|including"
    r"|rival|rivals|following|after|behind|unlike|besides|"
    + "|".join(sorted(_PREPOSITIONS))
    + r")\s+"
    r"(?:(?:the|a|an|its|their|rival|smaller|larger|bigger|[A-Z][a-z]+['’]s)\s+){0,2}$"
)


def named_in_passing(text: str, start: int, name: Name) -> bool:
    """Whether a body's `name` (in a sentence from `start`) is named in passing, not as its
    clause's subject: after a preposition, "than", "following", a verb of buying, or among
    rivals."""
    return _PASSING.search(text, max(start, name.start - 40), name.start) is not None


def apposed_person(text: str, end: int, name: Name) -> bool:
    """Whether a lone name is set off by what makes it a person: an age ("Rashid, 14, ..."),
    a "who" clause ("Ferreira, who was due to fly, ...") or a description headed by a person
    noun ("Kowalczyk, the club's chairman, ..."); not a body's description ("Corlane, the
    packaging firm, ...") nor a place's ("Leeds, a city of ...")."""
    found = _APPOSED.match(text, name.end, end)
    if found is None:
        return False
    if found.group("age") or found.group("who"):
        return True
    head = found.group("words").split()[-1].lower()
    if head in ORGANISATION_NOUNS or head in FIRM_WORDS or head in _NOT_ONE:
        return False
    return (
        head in titles()
        or head in PERSON_NOUNS
        or head in roles()
        or noun_gender(head) is not Gender.UNKNOWN
    )


# Role words that name no single person: documents, bodies, gatherings.
_NOT_ONE = frozenset(
    """report statement study survey paper letter police government court campaign office ad
    advert tweet post email memo transcript editorial website release lawsuit suit complaint
    column filing crowd audience people fund authorities staff""".split()
)
# After the name: ", 14,", ", who " or a description (", the club's chairman,", ", a trader
# at the market,"): a determiner or owner, then lower-case words up to a comma or a link; the
# last of them is the description's head.
_LINK = r"(?:of|at|for|in|with|from|on|who|whose|which|and)\b"
_APPOSED = re.compile(
    r",[ \u00a0]+(?:(?P<age>\d{1,3}),|(?P<who>who)[ \u00a0]"
    r"|(?:the|a|an|[A-Z]\w+['’]s|his|her|its|their)[ \u00a0]+"
    r"(?P<words>(?:(?!" + _LINK + r")[a-z][\w'’-]*[ \u00a0]*){1,5}?)"
    r"(?=[ \u00a0]*(?:,|" + _LINK + r")))"
)
