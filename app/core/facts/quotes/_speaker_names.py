"""Speaker names: a cue's speaker phrase turned into the person or body the article means.

Names are typed and resolved by the shared layer (`nlp.names`, `nlp.discourse`): "he", "Mr De
Vido", "the minister", "the firm" become the entity the article introduced; a role or body with
no name ("a spokesman for the firm", "police") is kept as written. Policy: a person is reported by
the full name at first introduction, without titles or affiliation; organisations as written,
without "the" ("Bank of England"). Anything that is not a person or a body (a place, a
possessive, a prepositional phrase, a description that cannot be resolved) gives None.
"""

from __future__ import annotations

import re
import unicodedata

from app.core.facts.nlp.appositions import name_after_apposition
from app.core.facts.nlp.discourse import ORGANISATION_NOUNS, Discourse
from app.core.facts.nlp.lexicon import (
    DAYS,
    DETERMINER_PREFIXES,
    INITIALS,
    LINKS,
    MONTHS,
    NOT_NAMES,
    PARTICLES,
    PRONOUNS,
    demonyms,
    org_words,
    places,
    roles,
    speech_verbs,
    title_surnames,
    titles,
)
from app.core.facts.nlp.names import (
    POST_LINKS,
    ROLE_COMPOUND,
    NameKind,
    code_prefix,
    ends_in_title_surname,
    is_short_form,
    name_kind,
    office_tail,
    past_roles,
    place_prefix,
)
from app.core.facts.nlp.tagger import tag_sentence
from app.core.facts.nlp.title_surnames import surname_bearer
from app.core.facts.quotes._nationals import national
from app.core.facts.quotes._on_behalf import behalf_speaker
from app.core.facts.quotes._person_nouns import someone_by_ending
from app.core.facts.quotes._phrases import INDEFINITES, Cue
from app.core.facts.quotes._role_holders import named_role, person_run_on, role_holder
from app.core.facts.quotes._speaker_descriptions import (
    description,
    is_role,
    owned_body,
    tagged_proper_noun,
)
from app.core.facts.quotes._speaker_shape import first_name_opens, marked_name

_PREPOSITIONS = frozenset("in of at on by from with to into via under over for".split())
_POSSESSIVE_DETERMINERS = frozenset("its his her their our my your".split())
_OWNER_PRONOUNS = {"its": "it", "his": "he", "her": "she"}
_VERB_OBJECT_OPENERS = frozenset("a an the its his her their".split())
# Prepositions that open a sentence with a phrase of its own ("In", "Between"); not "when",
# "after": 'When Ana Ruiz arrived and said "..."' is hers.
# ("From Ana Ruiz's blog:" names its source: "from", "by" and "via" are left out.)
_OPENING_WORDS = (_PREPOSITIONS - {"from", "by", "via"}) | frozenset(
    "between among amid during despite unlike".split()
)
# Bodies a possessive may own: "her ministry", "his office", "its board", "her campaign".
_OWNED_BODIES = (ORGANISATION_NOUNS - {"team", "side"}) | {"office", "campaign", "board"}
# How far after an office a holder's name set off by commas may end ("..., Liam Gorse,").
_APPOSED_REACH = 60
# A "who" aside right after a description: "a banker, who asked not to be named,".
_WHO_ASIDE_AFTER = re.compile(r",[ \u00a0]+who\b")
_DOCUMENTS = frozenset("report statement letter study paper website blog submission".split())


def _before_affiliation(words: list[str]) -> list[str]:
    """The words up to a person's name when an affiliation follows it ("Anna Price of the Marsh
    Trust", "economist Sara Lind at Northbank"); all the words otherwise ("Bank of England")."""
    for i, word in enumerate(words):
        if word not in LINKS or i < 2 or not any(w[:1].isupper() for w in words[i + 1 :]):
            continue
        run = i
        while run > 0 and (words[run - 1][:1].isupper() or words[run - 1] in PARTICLES):
            run -= 1
        name = words[run:i]
        while name and name[0].lower().rstrip(".") in titles():
            name = name[1:]  # "Dr Ana Ruiz of ...": the title is not part of the name
        if sum(1 for w in name if w[:1].isupper()) < 2:
            return words  # one name word ("Friends of the Earth", "Bank of England")
        if any(w.lower().strip(".") in org_words() for w in name):
            return words
        return words[:i]
    return words


def _related_to_the_name(lower: list[str], run: int) -> bool:
    """Whether the phrase (lower case) names someone by their tie to the person whose name ends
    it: "a source close to", "friends of", "an ally of", "an aide to" before the name."""
    k = len(lower) - run - 1
    if k < 1 or lower[k] not in ("to", "of"):
        return False
    head = lower[k - 1]
    return head == "close" or head in _RELATIONS


# People described by their tie to someone named after "of" or "to" ("an ally of", "an aide
# to"): the speaker is not the person named.
_RELATIONS = frozenset(
    "source sources friend friends ally allies aide aides adviser advisers advisor advisors "
    "associate associates confidant confidante confidants relative relatives neighbour "
    "neighbours neighbor neighbors colleague colleagues supporter supporters".split()
)


def _with_of_name(words: list[str], run: list[str]) -> list[str]:
    """`run` grown back over "of" / "of the" when one capitalised word ends the phrase and a
    capitalised word stands before the link: "Bank of England", "Friends of the Earth"; over
    "of" before two or three such words, and over "for", only after a body's word ("Association
    of Health Plans", "Institute for Fiscal Studies", "Department for Education", not "Ana Ruiz
    for Harbour")."""
    if not run or len(run) > 3 or len(words) < len(run) + 2:
        return run
    k = len(words) - len(run) - 1
    if words[k] == "the":
        k -= 1
    if k < 1 or not words[k - 1][:1].isupper():
        return run
    if words[k] == "for":
        if words[k - 1].lower() not in org_words():
            return run
    elif words[k] != "of" or (len(run) != 1 and words[k - 1].lower() not in org_words()):
        return run  # two words after "of" only after a body's word ("Association of Health Plans")
    start = k - 1
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    return words[start:]


_COMMON_OPENER_TAGS = frozenset({"NN", "NNS", "JJ", "JJS", "RB", "DT", "IN", "PRP", "CD"})


def _body_in_passing_after_unplaced(discourse: Discourse, text: str, position: int) -> bool:
    """Whether the body "its" would stand for at `position` is named in passing (not its
    clause's subject) in a sentence that opens on a proper name the tracker could not place
    ("Ofsted inspected Hartfield Academy in May."): "its" may be that name's, so no one."""
    found = discourse.last_organisation(position)
    if found is None or not found.weak:
        return False
    start = discourse.sentence_start(found.start)
    if not discourse.unplaced_between(start, found.start):
        return False
    tokens = tag_sentence(text, start, found.start)
    # A proper name, or a word the tagger cannot read ("Ofsted" as a past verb); not a common
    # noun opening the sentence ("Investors sold shares in X").
    return bool(tokens) and tokens[0].tag not in _COMMON_OPENER_TAGS


def resolve(cue: Cue, discourse: Discourse, text: str) -> str | None:
    """The speaker's name for a cue in `text`: pronouns and short forms resolved, roles as
    written, None for what is not a person or body."""
    phrase = cue.phrase.strip()
    words = phrase.split()
    if not words:
        return None
    if not _latin(phrase):
        return None  # "Мой": a word the English grammar cannot read as a name
    if marked_name(text, cue.end) and words[-1][:1].isupper():
        # "Consumer group Which? said": a body whose name holds its mark, as written.
        return words[-1] + text[cue.end]
    if _shouted(words):
        return None  # "IOWA POLLS NOT NECESSARILY WRONG": a headline in capitals, not a name
    if _abbreviation(words):
        return None  # "Fresno, Calif., an account wrote": a place's short form, not a name
    if (
        len(words) > 1
        and words[0].lower() in INDEFINITES
        and all(w.isalpha() and w.islower() for w in words[1:])
        and _WHO_ASIDE_AFTER.match(text, cue.end)
    ):
        # "A banker, who asked not to be named, said": "who" makes the noun a person, someone
        # new and unnamed, even where the roles lexicon lacks it; the description as written.
        return phrase
    if _someone_new_speaking(words, text, cue):
        return phrase  # "A banker said:", "said one surveyor": someone new, as written
    holder = named_role(cue, text)
    if holder is not None:
        return holder or None
    holder = person_run_on(words, text, cue.end) or role_holder(words, text, cue.end)
    if holder is not None:
        return holder
    if "on" in words[1:-1] or "On" in words[1:-1]:
        cut = next(i for i, w in enumerate(words) if i > 0 and w in ("on", "On"))
        when = words[cut + 1].lower().rstrip(",")
        if when in DAYS or when in MONTHS:
            # "In a statement issued on Wednesday Lord Woolf said": a time, then the name.
            rest = words[cut + 2 :]
            if rest and all(w[:1].isupper() for w in rest):
                return resolve(Cue(" ".join(rest), cue.start, cue.end), discourse, text)
        else:
            # "Gillibrand on Hillary Releasing Her Speech: '...'": a headline's speaker, topic.
            return resolve(Cue(" ".join(words[:cut]), cue.start, cue.end), discourse, text)
    lower = [w.lower() for w in words]
    first = lower[0]
    if (
        len(words) > 1
        and words[0] == first
        and first.endswith("ed")
        and lower[1] in _VERB_OBJECT_OPENERS
    ):
        return None  # "issued a statement": a verb phrase read as the speaker, not a role
    if first in _POSSESSIVE_DETERMINERS and len(words) == 2 and lower[1] in _DOCUMENTS:
        # "says its report": the body "it" stands for ("his statement": the person).
        if first == "its" and _body_in_passing_after_unplaced(discourse, text, cue.start):
            return None  # "Ofsted inspected X Academy. Its report said": not the Academy's
        entity = discourse.resolve(_OWNER_PRONOUNS.get(first, ""), cue.start)
        return entity.name if entity is not None else None
    # "her campaign manager Leo Marsh": an owned role with the person's own name after it.
    named = len(words) >= 3 and all(w[:1].isupper() for w in words[-2:])
    owned = first in _POSSESSIVE_DETERMINERS and len(words) > 1 and not named
    if owned and len(words) == 2 and words[1] == lower[1] and lower[1] in _OWNED_BODIES:
        # "In a statement, her ministry said": a ministry named before, or whose it is.
        return owned_body(words[0], lower[1], discourse, cue.start)
    if (words[0] == first and first in _PREPOSITIONS) or (owned and words[1] == lower[1]):
        return None  # "in a statement", "of the Tory leader", "its spokesman's"
    opening = words[0] != first and first in _OPENING_WORDS
    if opening and (len(words) == 1 or not words[-1][:1].isupper()):
        # "In a paper published in May the panel stated", "Between meetings, this man tells": a
        # phrase that opens the sentence, read as the subject ("On Monday Ana Ruiz" ends with
        # her name, read below).
        return None
    owner_named = len(words) >= 3 and lower[-2] in ("for", "at") and words[-1][:1].isupper()
    if (lower[-1].endswith(("'s", "’s")) and not owner_named) or (
        first[:1].isdigit() and len(words) == 1
    ):
        return None  # "Sondland's", "3GSM"; not "a spokeswoman for Corby's", a firm's name
    if lower == ["it"]:
        # '... read a statement on her behalf. "...," it said': the statement speaks for her.
        speaker = behalf_speaker(discourse, text, cue.start)
        if speaker is not None:
            return speaker
    if len(words) == 1 and first in PRONOUNS:
        read = discourse.first_mention(cue.start) if first in ("he", "she") else None
        if read is not None and read.start == cue.start:
            # The tracker read this "he" as it went, knowing only the genders learnt so far: a
            # later "she" that wrongly makes someone a woman does not unmake the reading.
            return read.entity.name
        entity = discourse.resolve(first, cue.start)
        return entity.name if entity is not None else None
    if phrase.lower().startswith(DETERMINER_PREFIXES) and not any(
        w[:1].isupper() for w in words[1:]
    ):
        return description(phrase, lower, discourse, cue.start, text)
    if len(words) >= 2 and lower[-1] in _DOCUMENTS and lower[-2].endswith(("'s", "’s")):
        # "Mr Tanzi's statement said": a written source speaks for its author.
        owner = Cue(" ".join(words[:-1])[:-2], cue.start, cue.end)
        return resolve(owner, discourse, text) if owner.phrase[:1].isupper() else None
    if len(words) == 1 and first.rstrip(".") in titles() and _name_cut_after(text, cue.end):
        return None  # "Governor songpol said": a title whose holder's name is not read
    words = _before_affiliation(words)
    if not (any(w[:1].isupper() for w in words) and words[-1][:1].isupper()):
        return phrase if is_role(lower) else None
    # Take the name run that ends the phrase; cut titles ("Planning Minister", "Mr").
    run: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() or word in PARTICLES):
            break
        run.insert(0, word)
    run = _with_of_name(words, run)
    if _related_to_the_name(lower, len(run)):
        return phrase  # "a source close to Mr Calloway", "a friend of Ana Ruiz": not that person
    cut = 0
    while cut < len(run) and run[cut].lower() in NOT_NAMES and not first_name_opens(run, cut):
        cut += 1  # an opener: "Yet Sondland" (not "Will Dorne")
    owned_from: int | None = None
    surname_last = ends_in_title_surname(run)  # "Ruth King": the title is her surname
    for i, word in enumerate(run):
        if surname_last and i == len(run) - 1:
            break
        if word.lower().rstrip(".") in titles() or word.endswith(("'s", "’s")):
            cut = i + 1  # a title, or an owner ("Ernst and Young's Sanjay Mehta")
            owned_from = i if word.endswith(("'s", "’s")) else None
    cut = past_roles(run, cut)  # "Grower Clara Olsen" opening a sentence: a role, the name
    while cut < len(run) - 1 and ROLE_COMPOUND.fullmatch(run[cut]):
        cut += 1  # "Co-owner Rosa Delgado"
    cut += code_prefix(run[cut:])  # "Hawks QB Tom Reed": a position's code, then the name
    # "Secretary of State Ana Ruiz": the office's words before the first name are no name.
    cut += office_tail(words[: len(words) - len(run) + cut], run[cut:])
    name_words = [w if INITIALS.fullmatch(w) else w.rstrip(".") for w in run[cut:]]
    if len(name_words) == 1:
        # "said the governor of Del.": a place's short form (its stop may end the sentence and
        # so the cue), not a name.
        stopped = run[-1].endswith(".") or not text.startswith(".", cue.end)
        if is_short_form(run[-1] if stopped else run[-1] + "."):
            return None
    owned = any(w.endswith(("'s", "’s")) for w in run[:cut])
    if not name_words and owned and text.startswith(",", cue.end):
        # "Hexford's MP, Liam Gorse, said": the owner's office, then the holder's name set off.
        holder_named = name_after_apposition(text, cue.end, cue.end + _APPOSED_REACH)
        if holder_named is not None:
            return holder_named.text
    if (
        owned_from is not None
        and len(name_words) == 1
        and name_kind(name_words) is not NameKind.PERSON
    ):
        # "the People's Daily", "Lloyd's Register": the owner is part of one body's name, and
        # its last word alone ("Daily") names nobody.
        return " ".join(run[owned_from:])
    if name_words and name_words[0] in LINKS:
        name_words = []  # "the Secretary of State": an office, no name
    # "the Pentagon": a person is never "the Surname", so the word is not looked up as a
    # person's short name ("VOA Pentagon", a site name glued to the body, is not its full name).
    opener = (
        run[cut - 1] if cut else (words[len(words) - len(run) - 1] if len(words) > len(run) else "")
    )
    definite = opener.lower() == "the" or (bool(name_words) and name_words[0].lower() == "the")
    if name_words and name_words[0].lower() == "the":
        name_words = name_words[1:]
    name_words = name_words[place_prefix(name_words) :]  # "Ukraine Kurt Volker"
    linked = words[len(words) - len(run) - 1] if len(words) > len(run) else ""
    if (
        linked in ("to", "in")
        and len(name_words) >= 3
        and name_words[0].lower() in places()
        and name_kind(name_words[1:]) is not NameKind.ORGANISATION
    ):
        name_words = name_words[1:]  # "ambassador to Britain Liu Xiaoming": the post's place
    held = [w.lower().rstrip(".") for w in run[:cut]]
    before_run = words[len(words) - len(run) - 1].lower() if len(words) > len(run) else ""
    if not name_words and not definite and before_run != "the":
        known = titled_surname(run, discourse, cue.start)
        if known is not None:
            return known  # "Lord said", "Mr Lord said" after "Jane Lord"
    if not name_words:
        titled = discourse.by_title(run[-1].lower().rstrip("."), cue.start) if run else None
        return titled or (phrase if is_role(lower) else None)
    while len(name_words) > 1 and name_words[-1].lower() in NOT_NAMES:
        name_words = name_words[:-1]  # "Trump Wednesday"
    if len(name_words) == 1 and name_words[0].lower() in demonyms():
        bearer = discourse.full_name(name_words[0], cue.start)
        if bearer is None or bearer.name.split()[0] == name_words[0]:
            # "said the American": a nationality, no name (not "Mark Cuban", nor the name
            # "Norwegian Kjetil Berg" a sentence opened with); "the Norwegian" is the one person
            # the article introduced as Norwegian, when there is one.
            return national(name_words[0], text, discourse, cue.start) if definite else None
    kind = name_kind(name_words, held)
    if first in INDEFINITES and len(words) > 1 and kind is not NameKind.PERSON:
        return phrase  # "one Ohio Democrat", "another Labour councillor": someone new, unnamed
    if kind is NameKind.PLACE:
        # "Witney said": a place is never a speaker; "China's ambassador to Britain": the place
        # is the post of a title, and the phrase names a person.
        return _posted_title(words, len(run), discourse, cue.start, phrase)
    if kind is NameKind.EVENT:
        return None  # "the Brit Awards", "Coppa Italia": no one speaks as an event
    if linked == "in" and len(name_words) == 1 and kind is not NameKind.PERSON:
        return None  # "on Tuesday at a college in Berea": where, not who
    if all(INITIALS.fullmatch(w.rstrip(".") + ".") for w in name_words):
        return None  # "N.C.": initials alone name no one
    name = " ".join(name_words)
    if kind is NameKind.ORGANISATION:
        return name
    if definite and len(name_words) == 1 and not any(h in titles() for h in held):
        return name
    entity = discourse.full_name(name, cue.start, held)
    if entity is not None:
        return entity.name
    if kind is NameKind.UNKNOWN and len(name_words) == 1 and not held:
        # One capitalised word nobody introduced: a name only if the tagger reads it as one
        # ("Along", "Another", "Catholic" are not).
        at = cue.start + cue.phrase.find(name_words[0])
        return name if tagged_proper_noun(text, at) or _named_elsewhere(text, name) else None
    return name


def _someone_new_speaking(words: list[str], text: str, cue: Cue) -> bool:
    """Whether an indefinite lower-case description ("a banker", "one retired surveyor") is
    someone new speaking: its noun names someone by its ending (`someone_by_ending`), though the
    roles lexicon lacks it, and a verb of speech stands right beside it ("A banker said",
    "said a banker"), so the noun is the verb's subject, not a modifier or an object."""
    if not (2 <= len(words) <= _NEW_SOMEONE_WORDS and words[0].lower() in INDEFINITES):
        return False
    if not all(w.isalpha() for w in words[1:]) or not words[-1].islower():
        return False
    if not someone_by_ending(words[-1]) or words[-1] in roles():
        return False
    after = _WORD_AFTER.match(text, cue.end)
    before = _WORD_BEFORE.search(text, max(0, cue.start - _NEW_SOMEONE_REACH), cue.start)
    aside = _ASIDE_THEN_WORD.match(text, cue.end)
    return any(
        found is not None and found.group(1) in speech_verbs() for found in (after, before, aside)
    )


_NEW_SOMEONE_WORDS = 4
_NEW_SOMEONE_REACH = 30
# The word right after a subject (an adverb may stand between: "A banker later said").
_WORD_AFTER = re.compile(r"[ \u00a0]+(?:(?:also|later|then|once)[ \u00a0]+)?([a-z]+)\b")
# An aside set off by commas, then the word after it ("One patient, a retired teacher, said").
_ASIDE_THEN_WORD = re.compile(
    r"[ \u00a0]*,[^,.;:!?\"“”]{1,120},[ \u00a0]+(?:(?:also|later|then)[ \u00a0]+)?([a-z]+)\b"
)
# The verb right before a subject put after it ('"...," said a banker').
_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \u00a0]+$")


def titled_surname(run: list[str], discourse: Discourse, position: int) -> str | None:
    """The person named before in full whose surname is the title word that ends `run` ("Lord"
    or "Mr Lord" after "Jane Lord"; "Bishop" after "Alan Bishop"), else None: a title alone
    names no one, unless the article gave someone that surname."""
    word = run[-1].rstrip(".") if run else ""
    if not word[:1].isupper() or word.lower() not in title_surnames():
        return None
    entity = surname_bearer(word, position, discourse.full_name)
    return entity.name if entity is not None else None


def _named_elsewhere(text: str, word: str) -> bool:
    """Whether `word` stands capitalised after a lower-case word at least `_MID_SENTENCE` times in
    the article ("the Sanders camp", "backed Sanders"): a name, even where the tagger, reading
    it at the head of a sentence, took it for a common word ("Trump gestured"). The tagger must
    read it as a proper noun in each of those places: "the Syrian government" is an adjective."""
    found: list[int] = []
    at = text.find(word)
    while at >= 0:
        # The word's own places, found by `str.find`: one regular expression over a long
        # article held the GIL for 65 ms a call (the UI thread waited); only the few words
        # before each place are read.
        end = at + len(word)
        if _WORD_END.match(text, end) and _AFTER_LOWER.search(text, max(0, at - 80), at):
            found.append(at)
        at = text.find(word, at + 1)
    return len(found) >= _MID_SENTENCE and all(
        tagged_proper_noun(text, position) for position in found[:_MID_SENTENCE_TRIES]
    )


# A lower-case word and spaces right before a place ("the Sanders camp"), and a word's end.
_AFTER_LOWER = re.compile(r"\b[a-z][\w'’-]*[ \u00a0]+$")
_WORD_END = re.compile(r"\b")


_MID_SENTENCE = 2
_MID_SENTENCE_TRIES = 5


def _latin(phrase: str) -> bool:
    """Whether the phrase's letters include Latin ones (names in English copy are written in
    the Latin script; a word in another script is read by no part of this grammar)."""
    return any(c.isalpha() and "LATIN" in unicodedata.name(c, "") for c in phrase)


def _abbreviation(words: list[str]) -> bool:
    """One word of three or more letters cut short with a full stop ("Calif.", "Dept."): names are
    written in full (a short name keeps no stop: "Ed"), titles are read elsewhere; only initials
    ("J.") and titles ("Gov.") stand alone with a stop."""
    if len(words) != 1 or not words[0].endswith("."):
        return False
    word = words[0][:-1]
    return len(word) >= 3 and word.isalpha() and word.lower() not in titles()


def _shouted(words: list[str]) -> bool:
    """Two or more words of three or more letters, all in capitals."""
    long = [w for w in words if sum(c.isalpha() for c in w) >= 3]
    return len(long) >= 2 and all(w.upper() == w for w in words)


def _name_cut_after(text: str, end: int) -> bool:
    """Whether a lower-case word that is no verb follows a cue ending at `end` ("Governor
    songpol said", in lower-cased copy): the name went on, unread ("King said" is a name)."""
    following = text[end : end + 40].split()[:1]
    if not following or not following[0][:1].islower():
        return False
    word = following[0].strip(",.;:")
    return word not in speech_verbs() and not word.endswith("ly")


def _posted_title(
    words: list[str], run: int, discourse: Discourse, position: int, phrase: str
) -> str | None:
    """The speaker of "China's ambassador to Britain", "the envoy in Kabul": a title, a link and
    the place of the post. The person introduced with that title before (the only one), or
    anywhere when the article gives it to one person only (a lead names the post, a later
    paragraph the holder), else the phrase as written; None when the place is not a title's
    post ("in Witney")."""
    k = len(words) - run
    if k < 2 or words[k - 1].lower() not in POST_LINKS or words[k - 2].lower() not in titles():
        return None
    title = words[k - 2].lower()
    return discourse.by_title(title, position) or discourse.sole_holder(title) or phrase
