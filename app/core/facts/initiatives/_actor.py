"""Who is behind an undertaking: the subject of its verb, its possessor, or a "by" agent.

Every actor is a noun phrase of the sentence itself, with pronouns, short names and
descriptions resolved through the shared discourse tracker (`facts.nlp.discourse`): "its
Project xCloud" -> the organisation "its" refers to, "Mr De Vido" -> "Julio De Vido". A title
alone, a word outside any phrase or a dateline ("RIVERSIDE") is never an actor; a common noun
that does not name who acts ("the money", "sales") gives none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.facts.initiatives._antecedents import (
    earlier_subject,
    is_person,
    own_body,
    own_description,
    reports,
)
from app.core.facts.initiatives._described_bodies import body_for_pronoun
from app.core.facts.initiatives._shouted_names import shouted
from app.core.facts.initiatives._time_leads import past_time_lead
from app.core.facts.nlp.appositions import name_after_apposition
from app.core.facts.nlp.bodies import FIRM_WORDS
from app.core.facts.nlp.discourse import ORGANISATION_NOUNS, PERSON_NOUNS, Discourse
from app.core.facts.nlp.lexicon import DAYS, MONTHS, org_words, roles
from app.core.facts.nlp.names import NameKind, read_name
from app.core.facts.nlp.phrases import NOUN_TAGS, PROPER_TAGS, Phrase, phrase_text
from app.core.facts.nlp.pieces import finditer_in_pieces
from app.core.facts.nlp.tagger import Token

_DETERMINERS = frozenset("the a an this that these those".split())
# Words that open a description of one body or person: "the ferry operator", "its owner".
_DESCRIBERS = frozenset("the its his her their".split())
# Possessive and object pronouns as the tracker's subject pronouns; "they", "we", "I": nobody.
_PRONOUNS = {"it": "it", "its": "it", "he": "he", "his": "he", "him": "he", "she": "she"}
_PRONOUNS["her"] = "she"
_PRONOUN_NEAR = 400  # characters before "he"/"she" in which the person must be named
# Words for a kind of firm (nlp.bodies.FIRM_WORDS) stand for the firm last named, as "the firm"
# does.
_BODY_WORDS = ORGANISATION_NOUNS | FIRM_WORDS
# Bodies of members that sit or act together: "A House panel advanced a bill", "The
# partnership will spend £2m", "the harbour board plans to". "partnership" and "alliance" are
# also undertakings ("a partnership with X"); as a subject of a verb they are who acts.
_JOINT_BODIES = frozenset(
    """panel subcommittee board consortium coalition partnership alliance cooperative
    co-operative collective taskforce""".split()
)
# Other common nouns for who acts ("the government", "officials", "the two sides").
_AGENTS = (
    ORGANISATION_NOUNS
    | PERSON_NOUNS
    | frozenset(
        """official side investor buyer bidder owner administration state city county province
    country nation police army court parliament congress senate assembly cabinet executive
    prosecutor attorney minister president chancellor secretary chairman chairwoman chief
    leader governor mayor premier senator spokesman spokeswoman lender insurer developer
    startup start-up chain platform general investigator inspector auditor ombudsman
    commissioner regulator""".split()
    )
    | FIRM_WORDS
    | _JOINT_BODIES
)


# Capitalised heads of bodies whose name goes on with "of": "Ministry of Defence".
_BODY_NAME_HEADS = ORGANISATION_NOUNS | frozenset("office service board bureau port".split())
# Capitalised titles of an office whose name goes on with "of" or "for": "the Minister for
# Housing", "the Secretary of State for Transport", "the Commissioner for Children": the office,
# never the bare "Minister".
_OFFICE_HEADS = frozenset(
    "minister secretary commissioner chancellor director governor mayor president".split()
)

# Days and months: "Friday's budget" names a time, never who acts.
_TIMES = DAYS | (MONTHS - {"may"})  # "May" is also a name


def singular_noun(word: str) -> str:
    """ "ministers" -> "minister", "authorities" -> "authority" (enough for the lists here)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# Quantities and forces that "reduce", "raise" or "cut" things in forecasts, never by intent.
_FORCES = frozenset(
    """tariff price cost rate inflation growth demand supply output sale figure level tax
    levy duty change rule measure trend shortage storm drought weather pandemic virus crisis
    slowdown recession war conflict protest strike delay disruption""".split()
)


def names_a_party(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """True when `phrase` names someone an investigation or a lawsuit can be against: a name
    ("WeWork", "Mr Okafor"), a pronoun or a noun for who acts ("the council", "officials");
    "the circumstances" or "the matter" is what is looked into, no party."""
    head = tokens[phrase.head]
    if head.tag in PROPER_TAGS or head.tag in {"PRP", "PRP$"}:
        return True
    return singular_noun(head.text.lower()) in _AGENTS or phrase.owner is not None


def names_no_agent(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """True for a common-noun phrase that names a force, not who acts: "the tariffs", "higher
    prices", "the storm" (`_FORCES`)."""
    head = tokens[phrase.head]
    if head.tag not in {"NN", "NNS"} or phrase.owner is not None:
        return False
    return singular_noun(head.text.lower()) in _FORCES


def actor_name(
    text: str,
    tokens: Sequence[Token],
    phrase: Phrase,
    discourse: Discourse,
) -> str | None:
    """The name a subject or possessor phrase stands for, as the article introduces it, or None.

    A proper name that is no person is noted in the tracker (`Discourse.note_body`), so that a
    later "it", "the party" or "the firm" finds it.
    """
    timed = past_time_lead(tokens, phrase)
    if timed is not None:
        return actor_name(text, tokens, timed, discourse)  # "Last year lawmakers launched"
    position = tokens[phrase.start].start
    words = [t.text.lower() for t in tokens[phrase.start : phrase.end]]
    head = tokens[phrase.head]
    if phrase.end - phrase.start == 1 and head.tag in {"PRP", "PRP$"}:
        pronoun = _PRONOUNS.get(words[0])
        earlier = earlier_subject(tokens, phrase.start, pronoun)
        if earlier is not None:
            # "Last year it bought the firm X, and in March it opened ...": the second "it" is
            # who the first was, not the body named between them.
            return actor_name(
                text, tokens, Phrase(earlier, earlier + 1, earlier, earlier), discourse
            )
        own = None
        if pronoun == "it":
            own = own_body(tokens, phrase.start, discourse)
            own = own or own_description(tokens, phrase.start, discourse)
        if own is not None:
            # "Vexar said it would cut the debt it took on": the body the sentence opens on,
            # not one named in the sentence before.
            return actor_name(text, tokens, own, discourse)
        described = (
            body_for_pronoun(text, tokens, phrase.start, discourse) if pronoun == "it" else None
        )
        if described is not None:
            # As written ("the Ghanaian government"), or the name set off after it ("The ferry
            # operator, Tidewater Lines,"): "the carrier" would find any body named last.
            named = _apposed_name(text, tokens, described) or described
            return phrase_text(text, tokens, named.start, named.end)
        entity = discourse.resolve(pronoun, position) if pronoun is not None else None
        if entity is not None and pronoun in {"he", "she"}:
            # Behind an undertaking only when named (or referred back to) just before: a
            # person named paragraphs earlier is too weak a guess (bbc-facts-dev: wrong actors
            # 0.17 -> 0.15 of matched, none fewer right).
            near = discourse.people_between(max(0, position - _PRONOUN_NEAR), position)
            if not any(person.name == entity.name for person in near):
                return None
            if not is_person(entity.name.split()):
                return None  # "he" taken for a body ("Assembly"): the tracker misread a name
        return entity.name if entity is not None else None
    # "the Hartley Report", "last year's Hartley Report": a name ending in a capitalised noun.
    tail = tokens[max(phrase.body, phrase.head - 1) : phrase.end]
    titled = len(tail) == 2 and all(t.text[:1].isupper() for t in tail)
    # "The Department of Health", whose head the tagger may read as a common noun.
    name_end = _body_name_end(tokens, phrase)
    if name_end > phrase.end and _capitalised_common(tokens, phrase):
        known = discourse.resolve(head.text, position)
        if known is not None and known.kind is NameKind.PERSON:
            # "Hale of Brightwater Trust": a person named before, and the body he is with
            name_end = phrase.end
    titled = titled or (head.text[:1].isupper() and name_end > phrase.end)
    if head.tag not in PROPER_TAGS and not titled:
        apposed = _apposed_name(text, tokens, phrase)
        if apposed is not None and singular_noun(head.text.lower()) in _BODY_WORDS:
            # "The ferry operator, Tidewater Lines,": the description says the name is a body.
            written = phrase_text(text, tokens, apposed.start, apposed.end)
            discourse.note_body(written, position)
            return written
        if apposed is not None:
            return actor_name(text, tokens, apposed, discourse)
        before = tokens[phrase.start - 1].text.lower() if phrase.start > 0 else ""
        if before in {"his", "her"} and len(words) == 1:
            words = [before, *words]  # "her" read as an object pronoun: "her party"
        if words[0] in {"its", "his", "her"} and len(words) == 2:
            if words[0] != "its" and words[1] in ORGANISATION_NOUNS:
                return _affiliation(text, tokens)  # "SNP leader X said his party would"
            return None  # "its parent": something else, not named here
        if words[0] == "the":
            # As written: "the U.S. government" is no bare description of the last body named.
            written = phrase_text(text, tokens, phrase.start, phrase.end)
            entity = discourse.resolve(written, position)
            if entity is None and len(words) == 2 and words[1] in FIRM_WORDS:
                # "the telco", "the carmaker": the firm last named, as for "the firm".
                mention = discourse.last_organisation(position, "firm")
                typed = mention is not None and not mention.subject  # not a guessed subject
                entity = mention.entity if mention is not None and typed else None
            if (
                entity is not None
                and len(words) == 2
                and words[1] in ORGANISATION_NOUNS
                and (
                    entity.kind is NameKind.PERSON
                    or entity.name.split()[0].lower() in PERSON_NOUNS | roles()
                )
            ):
                # "the club" is a body, never the player named before it ("Striker Jamie Cole",
                # a name the tracker could not type, opened by a word for a person)
                entity = None
            if entity is not None and reports(tokens, phrase.start, entity.name):
                # "The union said the company had offered ...": the union would have said "it".
                entity = None
            if entity is not None:
                if entity.kind is NameKind.ORGANISATION:
                    discourse.note_body(entity.name, position)  # still the one talked about
                return entity.name
        if len(words) == 1 and head.tag == "NN":
            return None  # a lone singular noun ("party") names no one in particular
        if singular_noun(head.text.lower()) not in _AGENTS:
            people = {head.text.lower(), singular_noun(head.text.lower())} & roles()
            if phrase.owner is not None and people:
                # "Orbix's customers who are suing": the people act, not their owner
                return phrase_text(text, tokens, phrase.start, phrase.end)
            if phrase.owner is not None and tokens[phrase.owner[0]].tag != "PRP$":
                # "Mr Blair's treaty would establish X": the treaty's owner is behind X.
                owner = Phrase(
                    phrase.owner[0], phrase.owner[1], phrase.owner[1] - 1, phrase.owner[0]
                )
                return actor_name(text, tokens, owner, discourse)
            return None  # "the money", "a series of measures", "sales": not who acts
        return phrase_text(text, tokens, phrase.start, phrase.end)
    if head.text.lower() in _TIMES:
        return None  # "Friday's budget launched ..."
    start = phrase.body if phrase.owner is None else phrase.start
    while start < phrase.head and (
        tokens[start].text.lower() in _DETERMINERS or tokens[start].tag in {"RB", "CC", "UH"}
    ):
        start += 1  # "the BBC" -> "BBC"; "Now Vendia" (a sentence adverb) -> "Vendia"
    # "UK telco BT", "former president Eduard Shevardnadze": the name after the description.
    # A conjunction or "of" inside the name ("the Rail and Harbour Authority", "the Council of
    # Scottish Colonels") is no description.
    lower = [
        k
        for k in range(start, phrase.head)
        if tokens[k].text[:1].islower() and not _inside_name(tokens, k, start)
    ]
    if lower:
        start = lower[-1] + 1
    while start < phrase.head and tokens[start].tag == "POS":
        start += 1  # "the country's Congress": the name after a common owner's "'s"
    end = name_end
    if end > phrase.end and _office(tokens[phrase.head]):
        # "the Minister for Housing, Clara Hythe,": the person who holds the office, set off
        # after it; else the office as written (a name reader takes "Secretary" for a title)
        apposed = _apposed_name(text, tokens, Phrase(phrase.start, end, end - 1, phrase.body))
        if apposed is not None:
            return actor_name(text, tokens, apposed, discourse)
        return phrase_text(text, tokens, start, end)
    name = read_name(text, tokens[start].start, tokens[end - 1].end)
    written = name.text if name is not None else phrase_text(text, tokens, start, end)
    if shouted(text, tokens, written, name):
        return None  # a dateline or a heading shouted in capitals
    entity = discourse.resolve(written, position)
    if entity is not None and entity.kind is NameKind.PERSON:
        return entity.name  # "Mr De Vido" -> "Julio De Vido"
    if name is None or name.kind is not NameKind.PERSON:
        discourse.note_body(written, position)
    return written


def _inside_name(tokens: Sequence[Token], k: int, start: int) -> bool:
    """Whether the lower-case word at `k` joins two capitalised words of one name ("Rail and
    Harbour", "Association of America")."""
    if k <= start or k + 1 >= len(tokens):
        return False
    joins = tokens[k].tag == "CC" or tokens[k].text in {"of", "for"}
    return joins and tokens[k - 1].text[:1].isupper() and tokens[k + 1].text[:1].isupper()


def _body_name_end(tokens: Sequence[Token], phrase: Phrase) -> int:
    """One past a body's name that goes on after its head with "of" (or "for"): "Ministry of
    Defence", "Department of Health and Human Services", "Ministry of Trade, Industry and
    Energy", "Department for Education";
    else `phrase.end`. The phrase ends at its head noun, and a "Ministry" alone names no one."""
    head = tokens[phrase.head].text
    office = _office(tokens[phrase.head])
    # Any capitalised common noun's name, read only over "of"/"for" and into no list or noun
    common = head.lower() not in _BODY_NAME_HEADS and not office
    common = common and _capitalised_common(tokens, phrase)
    if head.lower() not in _BODY_NAME_HEADS and not office and not common:
        return phrase.end
    end = phrase.end
    link = tokens[phrase.end].text if phrase.end < len(tokens) else ""
    # "Department for Education": "for" only after a name's capitalised head.
    linked = link == "of" or (link == "for" and head[:1].isupper())
    if common and not linked:
        return end  # only "of" or "for" carries a common noun's name on
    k = phrase.end + 1 if linked else end
    while k < len(tokens):
        word = tokens[k]
        if word.text[:1].isupper() and word.tag in PROPER_TAGS | {"NN", "NNS", "JJ", "JJR"}:
            end = k + 1 if word.tag not in {"JJ", "JJR"} else end
        elif office and word.text in {"of", "for"} and end == k and k + 1 < len(tokens):
            if not tokens[k + 1].text[:1].isupper():
                break  # "the Minister for Housing for years"
        elif word.text not in {",", "and", "&"} or end != k or office or common:
            break  # an office is no list: "the Minister for Housing, Clara Hythe,"
        k += 1
    if common and end < len(tokens) and tokens[end].tag in _NAME_GOES_ON:
        return phrase.end  # "Parents of Year 9 pupils": the capitals only describe a noun
    if common and end - phrase.end >= 3 and is_person([t.text for t in tokens[end - 2 : end]]):
        return phrase.end  # "Chairman of Acme Holdings Tom Reed": a person named after a role
    return end


# Tags after a run of capitalised words that show the run describes what follows it.
_NAME_GOES_ON = NOUN_TAGS | {"CD"}


def _capitalised_common(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """ "Friends of Northgate Library", "Campaign for Better Transport": a capitalised common
    noun, plural or word of a body's name (`org_words`: the tagger reads "Campaign" as a proper
    noun), not a person's name ("Sarah Hale of Brightwater Trust"), heading a phrase of
    capitalised words, that a name may carry on after with "of" or "for"."""
    head = tokens[phrase.head]
    common = head.tag in {"NN", "NNS", "NNPS"} or head.text.lower() in org_words()
    return (
        common
        and head.text[:1].isupper()
        and all(t.text[:1].isupper() for t in tokens[phrase.body : phrase.end])
        and phrase.owner is None
    )


def _office(head: Token) -> bool:
    """Whether `head` is a capitalised title of an office (`_OFFICE_HEADS`: "Minister")."""
    return head.text[:1].isupper() and head.text.lower() in _OFFICE_HEADS


def _apposed_name(text: str, tokens: Sequence[Token], phrase: Phrase) -> Phrase | None:
    """ "The ferry operator, Tidewater Lines, said": the name set off after a description
    ("the"/"its" + common noun, or an owner's: "Lumen's rival, Harland Auto,") names who it
    is; the name, as a phrase, or None."""
    if phrase.start == phrase.body or (
        tokens[phrase.start].text.lower() not in _DESCRIBERS and phrase.owner is None
    ):
        return None
    span = name_after_apposition(text, tokens[_past_place(tokens, phrase) - 1].end, tokens[-1].end)
    if span is None:
        if singular_noun(tokens[phrase.head].text.lower()) not in _BODY_WORDS:
            return None
        return _apposed_body(tokens, phrase)
    first = next((k for k in range(phrase.end, len(tokens)) if tokens[k].start == span.start), None)
    last = next((k for k in range(phrase.end, len(tokens)) if tokens[k].end == span.end), None)
    if (
        first is None
        or last is None
        or not all(t.tag in PROPER_TAGS for t in tokens[first : last + 1])
    ):
        return None
    return Phrase(first, last + 1, last, first)


def _past_place(tokens: Sequence[Token], phrase: Phrase) -> int:
    """ "The mayor of Eastbrook, Tamsin Reid,": the end of the description with the name of
    the place or body its of/in/at phrase gives (so that the name set off after it is read),
    or the phrase's own end."""
    k = phrase.end
    if k + 2 >= len(tokens) or tokens[k].text.lower() not in {"of", "in", "at"}:
        return phrase.end
    k += 1
    if tokens[k].text.lower() == "the":
        k += 1
    first = k
    while k < len(tokens) and tokens[k].tag in PROPER_TAGS:
        k += 1
    return k if k > first and k < len(tokens) and tokens[k].text == "," else phrase.end


def _apposed_body(tokens: Sequence[Token], phrase: Phrase) -> Phrase | None:
    """ "The regulator, the Harbour Authority,", "The ferry operator, Tidewater,", "The largest
    operator in the region, Tidewater Lines,": the name of a body set off between commas after
    its description (past one of/in phrase), as a phrase, or None."""
    k = phrase.end
    if k + 1 < len(tokens) and tokens[k].tag == "IN" and tokens[k].text.lower() in {"in", "of"}:
        k += 1
        while k < len(tokens) and tokens[k].text not in {",", "("} and tokens[k].tag != "IN":
            k += 1  # "in the region"
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    first = k + 1
    if first < len(tokens) and tokens[first].text.lower() == "the":
        first += 1
    last = first
    while last < len(tokens) and tokens[last].tag in PROPER_TAGS:
        last += 1
    if last == first or last >= len(tokens) or tokens[last].text != ",":
        return None
    return Phrase(first, last, last - 1, first)


# "SNP leader Alex Salmond", "Vendia chief executive Ana Ruiz": the body a person speaks for.
_AFFILIATED = re.compile(
    r"\b((?:[A-Z][\w&'’-]*\s)*[A-Z][\w&'’-]*)\s+(?:party\s+)?(?:leader|chief executive|chief"
    r"|boss|chairman|chairwoman|head|founder|president|spokesman|spokeswoman)\s+[A-Z]"
)


def _affiliation(text: str, tokens: Sequence[Token]) -> str | None:
    """The body named before a person's role in this sentence, for "his party", or None."""
    if not tokens:
        return None
    found = _AFFILIATED.search(text, tokens[0].start, tokens[-1].end)
    if found is None:
        return None
    name = found.group(1)
    return name[4:] if name.startswith("The ") else name


def owner_name(
    text: str,
    tokens: Sequence[Token],
    phrase: Phrase,
    discourse: Discourse,
) -> str | None:
    """The possessor of `phrase` ("BT" in "BT's scheme", "its" resolved), or None."""
    if phrase.owner is None:
        return None
    first, last = phrase.owner
    if tokens[first].tag in {"PRP$", "WP$"}:
        pronoun = Phrase(first, first + 1, first, first)
        return actor_name(text, tokens, pronoun, discourse)
    # "the group's plans": the owner with its determiner ("the group"), for the tracker.
    owner = Phrase(phrase.start, last, last - 1, first)
    return actor_name(text, tokens, owner, discourse)


def by_agent(
    text: str, tokens: Sequence[Token], after: int, found: Sequence[Phrase], discourse: Discourse
) -> str | None:
    """The agent of a passive verb: the phrase after "by" within a few tokens of `after`, past
    a place or a time ("launched in Halsford on Friday by the council") but no other verb."""
    by_start = {p.start: p for p in found}
    for k in range(after, min(len(tokens) - 1, after + _BY_REACH)):
        if tokens[k].text in {".", ";", ","}:
            return None
        if tokens[k].tag.startswith("VB") or tokens[k].tag in {"TO", "MD"}:
            return None  # "launched in 2019 to be run by ...": another verb's agent
        if tokens[k].text.lower() == "by":
            agent = by_start.get(k + 1)
            return None if agent is None else actor_name(text, tokens, agent, discourse)
    return None


# How many tokens after a passive verb its "by" may stand: two short phrases of place or time.
_BY_REACH = 7


def between_parties(
    text: str, tokens: Sequence[Token], end: int, found: Sequence[Phrase]
) -> str | None:
    """ "A and B" in "an agreement between A and B": the parties are who is behind it."""
    if end + 3 >= len(tokens) or tokens[end].text.lower() != "between":
        return None
    by_start = {p.start: p for p in found}
    first = by_start.get(end + 1)
    if first is None or first.end >= len(tokens):
        return None
    if tokens[first.end].text.lower() not in {"and", "&"}:
        return None
    second = by_start.get(first.end + 1)
    if second is None:
        return None
    return phrase_text(text, tokens, first.start, second.end)


# "SNP leader Alex Salmond", "Vendia chief executive Ana Ruiz" (the body, then the person) and
# "Ana Ruiz, chief executive of Vendia," (the person, then the body).
_ROLE = (
    r"(?:party\s+)?(?:leader|chief executive|chief|boss|chairman|chairwoman|head|founder"
    r"|president)"
)
_NAME_REST = r"[\w'’-]+(?:\s[A-Z][\w'’-]+){1,2}"  # what follows a name's first capital
_NAME = rf"[A-Z]{_NAME_REST}"
_BODY_REST = r"[\w&'’-]*(?:\s[A-Z][\w&'’-]*)*"
_BODY = rf"[A-Z]{_BODY_REST}"
# "\b" before a capital, said after it: a pattern that opens on "[A-Z]" lets the engine skip
# ahead to the next capital, where one opening on "\b" is tried at every character.
_OPEN = r"[A-Z](?<!\w[A-Z])"
_BODY_ROLE_NAME = re.compile(rf"({_OPEN}{_BODY_REST})\s+{_ROLE}\s+({_NAME})\b")
_NAME_ROLE_OF_BODY = re.compile(
    rf"({_OPEN}{_NAME_REST}),\s+(?:the\s+)?{_ROLE}\s+(?:of|at)\s+(?:the\s+)?({_BODY})"
)
_NOT_A_BODY = frozenset(
    """the a an former ex then new our their his her its but and yesterday today now meanwhile
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


def affiliations(text: str) -> dict[str, str]:
    """Person -> the body the article introduces them as leading or speaking for ("Lib Dem
    leader Charles Kennedy" -> "Lib Dem"); a person named with two bodies is left out."""
    found: dict[str, set[str]] = {}
    # In pieces (the GUI thread gets the GIL between them): no match holds a ".".
    pairs = [(m.group(2), m.group(1), m.start()) for m in finditer_in_pieces(_BODY_ROLE_NAME, text)]
    pairs += [
        (m.group(1), m.group(2), m.start(2)) for m in finditer_in_pieces(_NAME_ROLE_OF_BODY, text)
    ]
    for person, body, at in pairs:
        words = body.split()
        if any(w.lower() in {"former", "ex", "then"} for w in words):
            continue  # "Former Vendia boss Ana Ruiz" speaks for no one there now
        while words and words[0].lower() in _NOT_A_BODY:
            words = words[1:]
        if words and re.search(r"['’]s?$", words[-1]):
            continue  # "BT's head of arts Frank Stone": the role is the body's, not the name
        if not words or not is_person(person.split()):
            continue
        if text[max(0, at - 12) : at].rstrip().lower().endswith(("former", "ex-", "then")):
            continue  # "former Vendia boss Ana Ruiz" speaks for no one there now
        found.setdefault(person, set()).add(" ".join(words))
    return {person: next(iter(bodies)) for person, bodies in found.items() if len(bodies) == 1}


_SPOKES = r"(?:spokesman|spokeswoman|spokesperson|press secretary)"
# (?i)s is S, s or the long s; (?i)p is P or p: the same matches as "(?i:{_SPOKES})", opening
# on a letter the engine can skip ahead to.
_SPOKES_BEFORE = re.compile(
    r"[SsſPp](?:(?<=[Ssſ])(?i:pokes(?:man|woman|person))|(?<=[Pp])(?i:ress secretary))"
    rf"\s+({_NAME})\b"
)
_SPOKES_AFTER = re.compile(
    rf"({_OPEN}{_NAME_REST}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{_SPOKES}\b"
)


def spokespeople(text: str) -> frozenset[str]:
    """People the article introduces as someone's spokesman ("Spokeswoman Haley Morris",
    "Ana Ruiz, a spokeswoman for the firm"): they speak for an undertaking, never lead it."""
    # In pieces (the GUI thread gets the GIL between them): no match holds a ".".
    found = {m.group(1) for m in finditer_in_pieces(_SPOKES_BEFORE, text)}
    found |= {m.group(1) for m in finditer_in_pieces(_SPOKES_AFTER, text)}
    return frozenset(found)  # the role says these are people, whatever the first name
