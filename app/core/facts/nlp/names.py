"""Names read from running text, with their titles, gender and kind.

`find_names(text, lo, hi)` reads runs of capitalised words and keeps what is a name: sentence
openers ("Yet", "Meanwhile"), titles ("Mr", "Planning Minister") and a possessive ending are taken
off the name and kept beside it. Each name is typed by its words (`name_kinds.name_kind`:
"Ana Ruiz" a person, "Ministry of Defence" a body, "Black Sea" a place, "FA Cup" an event) and by
the words around it (`_kind_in_context`: "in Stanley Park" a place, for "Nick Park" is a person;
"Director of Public Prosecutions": "Public Prosecutions" a body).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.core.facts.nlp.lexicon import (
    DAYS,
    DESCRIBING_COMPOUND,
    INITIALS,
    NAME_RUN,
    NOT_NAMES,
    PARTICLES,
    Gender,
    first_names,
    places,
    roles,
    speech_verbs,
    title_surnames,
    titles,
)
from app.core.facts.nlp.name_kinds import VENUES_ALWAYS
from app.core.facts.nlp.name_kinds import NameKind as NameKind  # re-exported: read with names
from app.core.facts.nlp.name_kinds import is_first_name as is_first_name
from app.core.facts.nlp.name_kinds import name_kind as name_kind
from app.core.sentences import ABBREVIATIONS, marked_name_reports


@dataclass(frozen=True, slots=True)
class Name:
    """A name as written, without its titles; `start`/`end` locate `text` itself.

    Attributes:
        kind: person, organisation, place or unknown.
        start: offset of the name's first word.
        end: offset after its last word (before a possessive "'s").
        text: the name ("Julio De Vido" for "Planning Minister Julio De Vido's").
        titles: lower-case titles and role words that stand before it ("planning", "minister").
        gender: from a title ("Mr", "Ms") or the first name, else UNKNOWN.
        possessive: the name is an owner ("Deloitte's chief economist").
    """

    kind: NameKind
    start: int
    end: int
    text: str
    titles: tuple[str, ...] = ()
    gender: Gender = Gender.UNKNOWN
    possessive: bool = False


# Words that make a title someone else's ("shadow chancellor", "former president").
QUALIFIERS = frozenset({"shadow", "former", "deputy", "vice", "ex", "assistant", "acting"})
_MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince"})
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "lady", "queen", "princess", "dame"})
_NON_SPACE = re.compile(r"\S+")
_POSSESSIVE = ("'s", "’s", "'", "’")
# How many lower-case title words before a name count ("chief executive", "research director").
_TITLE_REACH = 3


# The titles a news story puts before a surname alone once a person is introduced ("Mr Carrick"),
# and the gender each gives.
_COURTESY = {"mr": Gender.MALE, "mrs": Gender.FEMALE, "ms": Gender.FEMALE, "miss": Gender.FEMALE}


def courtesy_gender(held_titles: Sequence[str]) -> Gender | None:
    """The gender a courtesy title among `held_titles` gives ("Mr": MALE), else None."""
    for title in held_titles:
        gender = _COURTESY.get(title.lower().rstrip("."))
        if gender is not None:
            return gender
    return None


def gender_of(name_words: Sequence[str], held_titles: Sequence[str] = ()) -> Gender:
    """A person's gender from a title or a first name, else UNKNOWN."""
    if any(t in _MALE_TITLES for t in held_titles):
        return Gender.MALE
    if any(t in _FEMALE_TITLES for t in held_titles):
        return Gender.FEMALE
    if len(name_words) >= 2:
        given = name_words[0].lower()
        return first_names().get(given, first_names().get(given.split("-")[0], Gender.UNKNOWN))
    return Gender.UNKNOWN


# Sentences whose names are remembered: the quotes and the initiatives each read every sentence
# of an article into their own discourse, so the second reading finds the first's names. An
# article with more sentences than this (about 6 MB) has all its names read twice: the oldest
# are forgotten first, and the second reading starts at the oldest (1 << 14 did so from 1.6 MB).
REMEMBERED_SENTENCES = 1 << 16


def find_names(text: str, lo: int = 0, hi: int | None = None) -> list[Name]:
    """The names in text[lo:hi], in text order (one-word sentence openers left out).

    A span read before (the same text, the same offsets) is not read again (`_names_in`)."""
    return list(_names_in(text, lo, len(text) if hi is None else hi))


def forget_read_names() -> None:
    """Forget every span `find_names` and `read_name` read, and what was remembered about the
    names read (`forgotten_with_names`): a benchmark's runs each start afresh."""
    _names_in.cache_clear()
    _read_name.cache_clear()
    for forget in _FORGOTTEN_WITH_NAMES:
        forget()


def forgotten_with_names(forget: Callable[[], None]) -> None:
    """Have `forget_read_names` also call `forget` (a memo of a reader of names)."""
    _FORGOTTEN_WITH_NAMES.append(forget)


_FORGOTTEN_WITH_NAMES: list[Callable[[], None]] = []


# Heads of bodies' names that go on with "of"/"for" and another name ("Ministry of Defence",
# "Department for Education", "University of Leeds"): one name, not two.
_LINKED_HEADS = frozenset(
    """ministry department bank university institute college school council commission office
    agency centre center foundation trust society association federation union league court
    board committee authority museum hospital secretariat""".split()
)
_HEAD_LINK = re.compile(r" (?:of|for)(?: the)? (?=[A-Z])")
# "University and College Union", "England and Wales Cricket Board": two capitalised runs joined
# by "and" whose second ends in such a head are one body's name, not two names.
_AND_LINK = re.compile(r" and (?=[A-Z])")
# Heads that end such a joined name but do not go on with "of": "Northshire Fire and Rescue
# Service", "Customs and Excise Service" (not "service of", which is mostly a church's).
_AND_HEADS = _LINKED_HEADS | {"service"}


@lru_cache(maxsize=REMEMBERED_SENTENCES)
def _names_in(text: str, lo: int, hi: int) -> tuple[Name, ...]:
    out: list[Name] = []
    joined_to = -1
    for match in NAME_RUN.finditer(text, lo, hi):
        if match.start() < joined_to:
            continue  # read as the end of the body's name before it
        run = match.group()
        if marked_name_reports(text, match.end()) and match.end() < hi:
            # "Consumer group Which? said": a body named with its own mark, as written.
            marked = run.rsplit(" ", 1)[-1]
            named = Name(
                NameKind.ORGANISATION,
                match.end() - len(marked),
                match.end() + 1,
                marked + text[match.end()],
            )
            if named.start > match.start():
                found_before = read_name(text, match.start(), named.start - 1)
                if found_before is not None:
                    out.append(found_before)
            out.append(named)
            continue
        if " " not in run and run.lower() in NOT_NAMES:
            continue  # the common case: "The", "In", "He" opening a sentence
        end = match.end()
        joined = _AND_LINK.match(text, end, hi)
        rest = NAME_RUN.match(text, joined.end(), hi) if joined is not None else None
        if rest is not None and rest.group().rsplit(" ", 1)[-1].lower() in _AND_HEADS:
            end = joined_to = rest.end()
            run = text[match.start() : end]
        if run.rsplit(" ", 1)[-1].lower() in _LINKED_HEADS:
            link = _HEAD_LINK.match(text, end, hi)
            rest = NAME_RUN.match(text, link.end(), hi) if link is not None else None
            if rest is not None:
                end = joined_to = rest.end()
        name = read_name(text, match.start(), end)
        nickname = _NICKNAME.match(text, end, hi) if name is not None else None
        surname = NAME_RUN.match(text, nickname.end(), hi) if nickname is not None else None
        if name is not None and surname is not None and _first_name_ends(name.text):
            # 'Antonio "LA" Reid': a nickname in quotation marks inside one person's name.
            last = read_name(text, surname.start(), surname.end())
            if last is not None and " " not in last.text and last.kind is not NameKind.PLACE:
                joined_to = surname.end()
                given = name.text.split()
                while len(given) > 1 and given[0].lower() not in first_names():
                    given = given[1:]  # "Marine John 'Tig' Tiegen": the given name on
                clean = [*given, last.text]
                name = Name(
                    NameKind.PERSON,
                    text.find(given[0], name.start),
                    last.end,
                    " ".join(clean),
                    name.titles,
                    gender_of(clean, list(name.titles)),
                    last.possessive,
                )
        if name is not None:
            out.append(name)
    return tuple(out)


# A nickname in quotation marks between a first name and a surname ('Antonio "LA" Reid').
_NICKNAME = re.compile(r"[ \u00a0][\"“‘'][A-Z][\w.'’ -]{0,20}[\"”’'][ \u00a0](?=[A-Z])")


def _first_name_ends(name: str) -> bool:
    """Whether `name` is or ends in a first name ("Antonio", "Mary Jo")."""
    return name.split()[-1].lower() in first_names()


def read_name(text: str, start: int, end: int) -> Name | None:
    """The name in the run of capitalised words text[start:end], or None when it holds none.

    A run read before (the same text, the same offsets) is not read again: the initiatives read
    their actors in the runs the discourse tracker read (`find_names`) for the quotes."""
    return _read_name(text, start, end)


@lru_cache(maxsize=REMEMBERED_SENTENCES)
def _read_name(text: str, start: int, end: int) -> Name | None:
    found = list(_NON_SPACE.finditer(text, start, end))
    words = [m.group() for m in found]
    offsets = [(m.start(), m.end()) for m in found]
    possessive = False
    if words and words[-1].endswith(_POSSESSIVE):
        possessive = True
        cut = 2 if words[-1].endswith(("'s", "’s")) else 1
        words[-1] = words[-1][:-cut]
        offsets[-1] = (offsets[-1][0], offsets[-1][1] - cut)
    held: list[str] = _titles_before(text, start)
    first = 0
    # Sentence openers come off the front ("Yet Sondland"), then titles up to the last one
    # ("Planning Minister Julio De Vido", "Mr Smith").
    while first < len(words) and (
        _is_opener(words[first]) or (first + 1 < len(words) and _is_speech_verb(words[first]))
    ):
        held = []
        first += 1  # "Yet Sondland", "Said Nora Quist, who ..."
    words, offsets = words[first:], offsets[first:]
    while len(words) > 1 and words[-1].rstrip(",") in POST_NOMINALS:
        words, offsets = words[:-1], offsets[:-1]  # "Ken Dale QC", "Ana Ruiz MP": not the name
    lowered = [w.lower().rstrip(".") for w in words]
    titled = [i for i, w in enumerate(lowered) if w in titles()]
    if titled and titled[-1] == len(words) - 1 and ends_in_title_surname(words):
        titled.pop()  # "Ruth King", "Alan Bishop": the title is the surname
    cut = max((i + 1 for i in titled), default=0)
    cut = past_roles(words, cut)  # "Grower Petra Olsen", "Striker Tom Webb": a role, the name
    held += lowered[:cut]
    words, offsets = words[cut:], offsets[cut:]
    while len(words) > 1 and ROLE_COMPOUND.fullmatch(words[0]):
        held.append(words[0].lower())  # "Co-owner Rosa Delgado": a role, then the name
        words, offsets = words[1:], offsets[1:]
    cut = max(
        (i + 1 for i, w in enumerate(words[:-1]) if DESCRIBING_COMPOUND.fullmatch(w.rstrip(","))),
        default=0,
    )
    words, offsets = words[cut:], offsets[cut:]  # "San Jose-based Vexar": where, not who
    cut = code_prefix(words)
    words, offsets = words[cut:], offsets[cut:]
    cut = office_tail(text[max(0, start - 60) : start].split(), words)
    held += [w.lower() for w in words[:cut]]
    words, offsets = words[cut:], offsets[cut:]
    while words and _is_opener(words[0]):
        words, offsets = words[1:], offsets[1:]
    while words and words[-1] in PARTICLES:
        words, offsets = words[:-1], offsets[:-1]
    # A day's name may follow a name in news copy ("Trump Wednesday said"); a month's may be a
    # surname ("Theresa May"), a day's is not.
    while len(words) > 1 and words[-1].lower() in DAYS:
        words, offsets = words[:-1], offsets[:-1]  # "asked Trump Wednesday": when, not who
    cut = _after_owner(words)
    words, offsets = words[cut:], offsets[cut:]
    if not words or not words[-1] or words[0].lower().endswith("ing"):
        return None  # "Praising Celtic, ...": a participle opening the sentence
    cut = place_prefix(words)
    words, offsets = words[cut:], offsets[cut:]
    post = _posted_title(text, start, words)
    if post is not None:  # "ambassador to Britain Liu Xiaoming": the post's place, the title
        held.append(post)
        words, offsets = words[1:], offsets[1:]
    if len(words) == 1 and is_short_form(words[0]):
        return None  # "the governor of Del.": a place's short form, not a name
    clean = [w if INITIALS.fullmatch(w) else w.rstrip(".") for w in words]
    kind = _kind_in_context(text, offsets[0][0], clean, held, possessive)
    return Name(
        kind,
        offsets[0][0],
        offsets[-1][1],
        " ".join(clean),
        tuple(held),
        gender_of(clean, held) if kind is NameKind.PERSON else Gender.UNKNOWN,
        possessive,
    )


# Last words of a venue's name (`name_kinds.VENUES_ALWAYS`), and those that are also surnames
# ("Stanley Park" and "Nick Park"): a place only after a place preposition ("in Stanley Park").
_VENUES = VENUES_ALWAYS | frozenset(
    """arena park hall square garden gardens ground grounds green common street road lane field
    fields pavilion palace""".split()
)


# A capitalised compound whose second part is lower case ("Co-owner", "Vice-chair",
# "Ex-minister"): a role, where a name's parts are capitalised ("Jean-Paul", "Smith-Jones").
ROLE_COMPOUND = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{3,}")
# A noun for someone by what they do or are ("striker", "patient", "resident", "volunteer"),
# by its ending: before a first name and a surname, it describes the person named after it.
_AGENT_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent|eer)")
# Letters after a person's name (honours, offices, degrees in UK copy): no part of the name.
POST_NOMINALS = frozenset("QC KC MP MEP MSP AM OBE MBE CBE".split())
# The prepositions that make a name ending in a venue word the place where something is.
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|at|near|outside|inside|around|across|through|opposite|beside)\s+(?:the\s+)?$"
)
# "Director of Public Prosecutions", "head of Harbour Lines": what an office is of.
_OFFICE_OF = re.compile(r"\b([A-Za-z]+)\s+(?:of|for)\s+(?:the\s+)?$")


def _kind_in_context(
    text: str, start: int, words: Sequence[str], held: Sequence[str], possessive: bool
) -> NameKind:
    """`name_kind`, and what the words right before the name say of it: after a place
    preposition, a name ending in a venue word is a place ("in Stanley Park"); after "<office>
    of", a name with no first name is the office's domain, a body ("Director of Public
    Prosecutions")."""
    kind = name_kind(words, held)
    if kind not in (NameKind.PERSON, NameKind.UNKNOWN) or held:
        return kind
    before = text[max(0, start - 40) : start]
    venue = len(words) >= 2 and words[-1].lower() in _VENUES and not possessive
    if venue and _PLACE_PREPOSITION.search(before):
        return NameKind.PLACE  # "in Stanley Park", not "Nick Park won"
    office = _OFFICE_OF.search(before)
    if (
        kind is NameKind.UNKNOWN
        # Two words: one is never read as a person's ("Staff", "State"), and "State Hillary
        # Clinton" is the office's domain, then a person.
        and len(words) == 2
        and office is not None
        and office.group(1).lower() in titles()
    ):
        return NameKind.ORGANISATION
    return kind


_CODE = re.compile(r"[A-Z]{2,4}")


def past_roles(words: Sequence[str], cut: int) -> int:
    """Where a person's name starts in `words` from `cut`, past the nouns for what they do that
    open a sentence before a first name and a surname: "Grower Petra Olsen" (a role the lexicon
    lists), "Striker Tom Webb", "Patient Tom Hale" (a noun by its ending, `_AGENT_NOUN`); a
    word that is itself a first name stays ("Tyler Tom Webb" is no role)."""
    while cut < len(words) - 2:
        word, after = words[cut].lower(), words[cut + 1].lower()
        if after not in first_names() or word in first_names():
            break
        if word not in roles() and not _AGENT_NOUN.fullmatch(word):
            break
        cut += 1
    return cut


def ends_in_title_surname(words: Sequence[str]) -> bool:
    """Whether the last of `words` is a title that is a surname here: one of the titles that
    are also surnames (`title_surnames`), capitalised, after a first name that is no title and
    no place ("Ruth King", "Jane Lord", "Mr Alan Bishop"). A title stands before the name it
    belongs to, so after a first name it is the name's end ("Paris Mayor Anne Hidalgo" is read
    as a title: "Paris" is a place)."""
    if len(words) < 2:
        return False
    last, given = words[-1], words[-2].lower().rstrip(".")
    return (
        last[:1].isupper()
        and last[1:].islower()
        and last.lower() in title_surnames()
        and given in first_names()
        and given not in titles()
        and given not in places()
        and given not in NOT_NAMES
    )


def is_short_form(word: str) -> bool:
    """A word of three letters or more cut short with a full stop that the sentence splitter
    knows as an abbreviation ("Del.", "Calif.", "Dept."), and no title ("Gov.")."""
    stem = word[:-1].lower()
    return word.endswith(".") and len(stem) >= 3 and stem in ABBREVIATIONS and stem not in titles()


def code_prefix(words: Sequence[str]) -> int:
    """How many words before a person's name are a position's or a firm's short code and what
    goes with it ("Hawks QB Tom Reed", "BP CEO Bob Dudley": 2); 0 when no code in capitals
    stands right before a first name and a surname ("BBC World Service", "JP Morgan")."""
    for i in range(len(words) - 3, -1, -1):
        if _CODE.fullmatch(words[i]) and is_first_name(words[i + 1]):
            return i + 1
    return 0


def office_tail(before: Sequence[str], words: Sequence[str]) -> int:
    """How many words of an office's name stand before a person's first name when a title
    phrase with "of" runs into the name ("Secretary of State Ana Ruiz": the run read is "State
    Ana Ruiz", 1); 0 when the run does not follow "Title of" (the words `before` it) or holds no
    first name followed by a surname."""
    if len(words) < 3 or len(before) < 2 or before[-1] != "of" or is_first_name(words[0]):
        return 0
    if before[-2].lower().rstrip(".") not in titles() | roles():
        return 0
    for i in range(1, len(words) - 1):
        if is_first_name(words[i]):
            return i
    return 0


def _after_owner(words: Sequence[str]) -> int:
    """Where a person's name starts after an owner in the same run ("Ernst and Young's Priya
    Dutta": the owner's words are not the person's); 0 when there is none ("People's Daily")."""
    for i in range(len(words) - 2, -1, -1):
        if words[i].endswith(("'s", "’s")):
            rest = [w.rstrip(".") for w in words[i + 1 :]]
            person = len(rest) >= 2 and rest[0].lower() in first_names()
            return i + 1 if person else 0
    return 0


def _is_speech_verb(word: str) -> bool:
    """A capitalised speech verb opening an inverted attribution ("Said Nora Quist")."""
    return not word.islower() and word.lower() in speech_verbs()


def _is_opener(word: str) -> bool:
    """A capitalised word that opens a sentence without being a name or a title ("Yet")."""
    lower = word.lower().rstrip(".")
    return lower in NOT_NAMES and lower not in titles()


def place_prefix(words: Sequence[str]) -> int:
    """How many words of a place stand before a person's first name ("Ukraine Kurt Volker": 1)."""
    for i in range(1, len(words) - 1):
        if " ".join(words[:i]).lower() in places() and words[i].lower() in first_names():
            return i
    return 0


# The links between a title and the place of its post ("ambassador to Britain").
POST_LINKS = frozenset("to in at for".split())


def _posted_title(text: str, start: int, words: Sequence[str]) -> str | None:
    """The title of "ambassador to Britain Liu Xiaoming" when `words` (the capitalised run at
    `start`) open with the place of a post and a name of two words or more follows it."""
    if len(words) < 3 or words[0].lower() not in places():
        return None
    before = text[max(0, start - 40) : start].split()
    if len(before) < 2 or before[-1] not in POST_LINKS:
        return None
    title = before[-2].lower()
    return title if title in titles() else None


# A title set off by a comma before the name it describes: "The mayor of Eastbridge, Colin
# Hale", "the firm's chief executive, Ana Ruiz": a determiner or an owner, up to two words, the
# title, an optional "of" and the name of its post, then the comma.
_APPOSED_TITLE = re.compile(
    r"(?:^|[\s(])(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.&-]*['’]s)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?,[ \u00a0]$"
)


def _titles_before(text: str, start: int) -> list[str]:
    """Lower-case title or role words right before a name ("chief executive", "striker"), or
    the title of a description set off before it ("The mayor of Eastbridge, Colin Hale")."""
    before = text[max(0, start - 40) : start]
    if not before.endswith((" ", "\u00a0")):
        return []
    if before.endswith((", ", ",\u00a0")):
        apposed = _APPOSED_TITLE.search(text, max(0, start - 70), start)
        title = apposed.group(1) if apposed is not None else ""
        return [title] if title in titles() else []
    held: list[str] = []
    for word in reversed(before.split()[-_TITLE_REACH:]):
        lower = word.lower().rstrip(".,")
        if held and lower in QUALIFIERS:
            held.insert(0, lower)  # "Shadow chancellor Tomas Berg" is not "the chancellor"
            break
        if word != lower or not (lower in titles() or lower in roles()) or word.endswith(","):
            break
        held.insert(0, lower)
    return held
