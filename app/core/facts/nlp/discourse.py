"""The discourse tracker: who and what an article has named so far, for "he", "Mr X", "the firm".

A `Discourse` is fed sentence by sentence (`add_sentence`) and asked, for a mention at a position,
which entity it refers to (`resolve`):

- "he"/"she": the first person named in the nearest sentence before that names one of the right
  gender (a person introduced with a role before an untyped name: "Essential Guide author Dan
  Lewis"); "it": the first organisation that may be a subject in the nearest of this or the
  previous two sentences that names one (or a named subject a reader noted with `note_body`:
  "Labour said" ... "the party"); "they" and "we": none;
- "Mr De Vido", "Montieth": the full name the article introduced ("Julio De Vido"), also across a
  one-letter slip in a long surname (`full_names.FullNames`);
- "the minister", "the chancellor": the person introduced with that title, else the person last
  named; "the 36-year-old", "the striker": the person last named; "the firm", "the ministry": the
  organisation last named (one whose name holds the word, for "the ministry"); "the group": the
  body introduced as "the group, X,"; "the port": the body whose name holds the word
  (`descriptions.Descriptions`).

Organisations are kept by `organisations.Organisations`; an untyped name ("WeWork") is one when
the article uses it as a body's (`bodies.reads_as_body`: "a WeWork spokesperson").

Policy: a person is known by the full name at first introduction, without titles; an organisation
as written. Look-ups are indexed and bounded (`people.PRONOUN_REACH`, `full_names.LOOKBACK`,
`organisations.REACH`), so
feeding and querying are linear in the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from app.core.facts.nlp.bodies import (
    DESCRIBED_BODY,
    DESCRIBED_NEW,
    ORGANISATION_NOUNS,
    described_as,
    reads_as_body,
)
from app.core.facts.nlp.clauses import intro_end
from app.core.facts.nlp.descriptions import Descriptions
from app.core.facts.nlp.entities import Entity, Mention
from app.core.facts.nlp.full_names import FullNames, adjective_like
from app.core.facts.nlp.genders import GenderBook
from app.core.facts.nlp.lexicon import NOT_NAMES, PARTICLES, PRONOUNS, Gender, titles
from app.core.facts.nlp.mentions import (
    OFFICE,
    PERSON_NOUNS,
    THE_TITLE,
    after_preposition,
    apposed_person,
    body_like,
    commentators_body,
    may_be_subject,
    modifies_noun,
    named_as_place,
    named_in_passing,
    names_no_one,
    qualified_titles,
)
from app.core.facts.nlp.name_kinds import NameKind, is_first_name
from app.core.facts.nlp.named_places import Places
from app.core.facts.nlp.names import QUALIFIERS, Name, courtesy_gender, find_names
from app.core.facts.nlp.object_pronouns import object_pronoun
from app.core.facts.nlp.organisations import Organisations
from app.core.facts.nlp.people import People
from app.core.facts.nlp.title_surnames import with_title_surnames
from app.core.facts.nlp.unnamed_people import unnamed_people

__all__ = ["ORGANISATION_NOUNS", "PERSON_NOUNS", "Discourse", "Entity", "Mention"]

_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:(?:And|But|So|Yet|Then|Now|Still|Later|Meanwhile|However|Instead),?\s+)?([Hh]e|[Ss]he)\b"
)
_PRONOUN_AFTER_CLAUSE = re.compile(r"[^,;:\"“”.!?\n]{3,150},\s*([Hh]e|[Ss]he)\b")
# The longest word read as an abbreviation ("PM", "ET", "GMT") when a whole name is in capitals.
_ABBREVIATION = 3
# A sentence's clause opening on "It" and a verb of saying: "It said it would ...".
_IT_SAID = re.compile(
    r"It\s+(?:has\s+|had\s+)?(?:said|says|announced|announces|added|adds|confirmed|confirms)\b"
)
_OPENING_PHRASE = re.compile(r"[^,;:\"“”]{1,40},\s+")
_APPOSITION_COMMA = re.compile(r",\s+")


class Discourse:
    """What an article has named so far, in text order."""

    def __init__(self) -> None:
        """An empty tracker; feed it with `add_sentence` in text order."""
        self._sentence_starts: list[int] = []
        self._people = People(self._sentence_starts)
        self._organisations = Organisations(self._sentence_starts)
        self._places = Places(self._sentence_starts)
        self._full_names = FullNames(self._sentence_starts)
        self._by_title: dict[str, list[tuple[int, str]]] = {}
        self._genders = GenderBook(self)
        self._entities: dict[str, Entity] = {}
        # An untyped name ("Harbour Lines") that opened the sentence read last, for an "It
        # said" opening the next one.
        self._opening_name: Name | None = None
        # Where each "he"/"him"/"his" and "she"/"her"/"hers" outside quotations stands, and its
        # gender: a description read past someone referred to so is not sure of its person.
        self._pronoun_starts: list[int] = []
        self._pronoun_genders: list[Gender] = []
        self._descriptions = Descriptions(
            self,
            self._people,
            self._organisations,
            self._places,
            self._entities,
            self._genders.get,
        )

    def add_sentence(
        self, text: str, start: int, end: int, skip: list[tuple[int, int]] | None = None
    ) -> None:
        """Read the names of the sentence text[start:end]; names inside `skip` spans (quotations)
        are remembered for short forms but are not antecedents."""
        self._sentence_starts.append(start)
        skip = skip or []
        for pronoun in _GENDERED_PRONOUN.finditer(text, start, end):
            if not any(a <= pronoun.start() < b for a, b in skip):
                self._pronoun_starts.append(pronoun.start())
                word = pronoun.group().lower()
                self._pronoun_genders.append(Gender.FEMALE if word in _FEMALE else Gender.MALE)
        # "So he is full of praise ...": a pronoun subject carries its person into this sentence,
        # so that a later "he" finds the same person here, not whoever else this sentence names.
        # "On May 2, he wrote to Ruiz": the same after an opening phrase.
        # "And despite her fame, she was ...": or after any opening clause set off by a comma.
        intro = intro_end(text, start, end)  # read once: the clause below opens there too
        subject = (
            _PRONOUN_SUBJECT.match(text, start, end)
            or _PRONOUN_SUBJECT.match(text, intro, end)
            or _PRONOUN_AFTER_CLAUSE.match(text, start, end)
        )
        if subject is not None:
            entity = self.resolve(subject.group(1), subject.start(1))
            if entity is not None:
                starts = self._sentence_starts
                self._genders.learn_from_pronoun(
                    entity,
                    subject.group(1).lower(),
                    subject.start(1),
                    starts[-2] if len(starts) >= 2 else None,
                )
                self._push_person(Mention(subject.start(1), entity, ()))
        # Where a clause subject may open: the sentence's first word, or after its intro.
        first = start + len(text[start:end]) - len(text[start:end].lstrip())
        clause = (first, intro)
        opener = _OPENING_PHRASE.match(text, first, end)  # "Just this week, the group for"
        names = find_names(text, start, end)
        names = with_title_surnames(text, start, end, names, self.full_name)
        named_before, self._opening_name = self._opening_name, None
        if named_before is not None and any(_IT_SAID.match(text, p, end) for p in clause):
            # "Harbour Lines reported a record summer. It said ...": only a body says so; the
            # untyped name the sentence before opened on is one
            self._organisations.bodies.add(named_before.text.lower())
            self._organisations.note(named_before.text, named_before.start)
        opening_name = next((n for n in names if n.start in clause), None)
        if (
            opening_name is not None
            and self._untyped(opening_name)
            and not any(a <= opening_name.start < b for a, b in skip)
        ):
            self._opening_name = opening_name
        # "Brennock Foods, the maker of Golden Crust bread, said": set off after the name that
        # opens the sentence, a description is that body's, no body without a name.
        named = next((n.end for n in names if n.start == first), None)
        for opening in {*clause, opener.end() if opener is not None else first}:
            if named is not None and _APPOSITION_COMMA.fullmatch(text, named, opening):
                continue
            # "the trade group for the insurers, ...": a body no name was given for
            introduced = DESCRIBED_NEW.match(text, opening, end)
            if introduced is not None:
                self._organisations.describe(introduced.group(1).lower(), opening)
        for head, position in unnamed_people(text, start, end, skip):
            self._descriptions.introduce_unnamed(head, position)
        found: list[tuple[int, Name | None, str]] = [(n.start, n, "") for n in names]
        found += [
            (m.start(1), None, m.group(1).lower()) for m in THE_TITLE.finditer(text, start, end)
        ]
        for position, name, title in sorted(found, key=lambda f: f[0]):
            inside = any(a <= position < b for a, b in skip)
            if name is not None and not inside:
                self._places.note(text, name)
            if name is None:
                if not inside:
                    # "Greta Holm, the chancellor, ...": set off after the name, the same person.
                    apposed = (
                        text[max(start, position - 30) : position]
                        .rstrip()
                        .endswith((", the", ", The"))
                    )
                    self._add_description(title, position, apposed)
            elif not inside and (
                # "The ferry operator, Tidewater Lines,": the description says it is a body; not
                # a person's name after an opening phrase ("Speaking for the council, Ana Ruiz").
                (
                    described := None
                    if name.kind is NameKind.PERSON
                    else DESCRIBED_BODY.search(text, max(start, position - 60), position)
                )
                or self._used_as_body(text, start, end, name)
            ):
                named_subject = may_be_subject(text, start, end, name) and not after_preposition(
                    text, start, name
                )
                self._organisations.push(
                    name.start,
                    name.text,
                    NameKind.ORGANISATION,
                    named_subject,
                    named_as_place(text, start, name),
                    commentators_body(text, start, name),
                    passing=named_in_passing(text, start, name),
                    noun=described.group(1) if described else described_as(text, start, end, name),
                )
                if described:  # "the group, X,": what "the group" stands for from now on
                    self._organisations.introduce(described.group(1))
            elif not names_no_one(text, name):
                named_subject = may_be_subject(text, start, end, name)
                self._add_name(
                    name,
                    inside,
                    named_subject,
                    opens=name.start in clause,
                    governed=after_preposition(text, start, name),
                    located=named_as_place(text, start, name),
                    commentator=commentators_body(text, start, name),
                    passing=named_in_passing(text, start, name),
                    noun=described_as(text, start, end, name)
                    if name.kind is not NameKind.PERSON
                    else None,
                    person=name.start in clause and apposed_person(text, end, name),
                    object_gender=object_pronoun(text, name.end, end),
                )
                if name.start in clause:
                    self._genders.learn_from_predicate(text, end, name)
        self._genders.learn_from_owner(text, start, end, clause)

    def _untyped(self, name: Name) -> bool:
        """Whether `name` is of no known kind and no person's: no title, no first name, no
        person the article named in full."""
        words = name.text.split()
        return (
            name.kind is NameKind.UNKNOWN
            and not name.titles
            and not name.possessive
            and not is_first_name(words[0])
            and self.full_name(name.text, name.start) is None
        )

    def _used_as_body(self, text: str, start: int, end: int, name: Name) -> bool:
        """Whether untyped `name` is a body's: one the article has used as a body's before, or
        one this sentence uses so ("British firm Sonaptic", "WeWork's founder"); never a
        person's short name or a first name."""
        if name.kind is not NameKind.UNKNOWN or any(t in titles() for t in name.titles):
            return False  # a role word is no title: "water firm Aguas Argentinas"
        key = name.text.lower()
        if key in self._organisations.bodies:
            return True
        words = name.text.split()
        if len(words) > 2 or is_first_name(words[0]) or self.full_name(name.text, name.start):
            return False
        if self._organisations.shortens(words, name.start) and not modifies_noun(text, name):
            # "Emirates" after "Emirates Airline": the body named before, said short.
            self._organisations.bodies.add(key)
            return True
        if reads_as_body(text, start, end, name):
            self._organisations.bodies.add(key)
            return True
        return False

    def _add_description(self, title: str, start: int, apposed: bool = False) -> None:
        """ "the chancellor": the person introduced with that title, else the person last named
        (in an earlier sentence, unless `apposed`: "Greta Holm, the chancellor")."""
        name = self.by_title(title, start)
        entity = self._entity(name) if name is not None else None
        if entity is None:
            entity = self._descriptions.last_person_for(title, start, apposed)
        if entity is not None:
            self._push_person(Mention(start, entity, (title,)))
            self._by_title.setdefault(title, []).append((start, entity.name))

    def _entity(self, name: str) -> Entity | None:
        return self._entities.get(name)

    def _add_name(
        self,
        name: Name,
        quoted: bool,
        subject: bool = True,
        opens: bool = False,
        governed: bool = False,
        located: bool = False,
        commentator: bool = False,
        passing: bool = False,
        noun: str | None = None,
        person: bool = False,
        object_gender: Gender | None = None,
    ) -> None:
        """Note `name`; `subject`: it may be its clause's subject; `opens`: it opens a clause;
        `governed`: a preposition's object, which a later "the company" refers to only when its
        sentence has no other; `located`: named as a place ("at Temple University");
        `commentator`: named as a commentator's employer ("Barrow Securities analyst X");
        `passing`: named in passing (`mentions.named_in_passing`); `noun`: what a body's
        name is described as ("Dutch bank ABN Amro"); `object_gender`: the gender of the
        object pronoun of the name's own verb ("Ozzy gave her": FEMALE)."""
        if name.kind in (NameKind.PLACE, NameKind.EVENT):
            return  # "in Stanley Park", "the Brit Awards": no one "he" or "it" may stand for
        if name.kind is NameKind.ORGANISATION:
            if not quoted and not name.titles and name.text.lower() not in _NOT_BODIES:
                self._organisations.push(
                    name.start,
                    name.text,
                    NameKind.ORGANISATION,
                    subject and not governed,
                    located,
                    commentator,
                    passing=passing,
                    noun=noun,
                )
            return
        if name.possessive and not name.titles and " " not in name.text:
            return  # "Sonaptic's audio": an owner, not known to be a person
        words = name.text.split()
        if all(w.isupper() and len(w) <= _ABBREVIATION for w in words) and not name.titles:
            return  # "Updated 5:32 PM ET", "NASA JPL": abbreviations, no person's name
        if name.kind is NameKind.UNKNOWN and not quoted and body_like(words):
            # "Reporters Without Borders": three or more words and no first name, or "&":
            # what "the organisation" may refer to.
            self._organisations.push(
                name.start,
                name.text,
                NameKind.UNKNOWN,
                subject and not governed,
                located,
                commentator,
                passing=passing,
                noun=noun,
            )
        if len(words) > 4:
            return
        held = tuple(t for t in name.titles if t in titles())
        key = tuple(w.lower() for w in words)
        found: Entity | None = None
        if len(words) >= 2:
            # "Van Dijkman" after "Pieter van Dijkman": a surname with its particle, capitalised
            # to open a sentence, is the person named in full before, not someone new.
            known = (
                self._full_names.find(name.text, name.start)
                if words[0] != words[0].lower() and words[0].lower() in PARTICLES
                else None
            )
            entity = known or Entity(name.text, NameKind.PERSON, name.gender)
            self._full_names.add(name.start, key, entity)
        else:
            found = self.full_name(name.text, name.start, name.titles)
            if found is None and not held and not (person and not quoted):
                # A lone capitalised word (a place, a firm) is not known to be a person; if it
                # is one ("Obama", never named in full), "the president" may mean them.
                if opens and not quoted:
                    self._people.note_unplaced(name.start)
                return
            entity = found or Entity(name.text, NameKind.PERSON, name.gender)
            if found is None and not quoted and (name.kind is NameKind.PERSON or person):
                self._full_names.add(name.start, key, entity)  # "Prince Olaf" ... "Olaf"
        if name.gender is not Gender.UNKNOWN:
            self._genders.note(entity.name, name.gender)
        if quoted:
            return
        qualified = qualified_titles(name.titles)
        untyped = name.kind is NameKind.UNKNOWN and not name.titles and found is None and not person
        weak = name.kind is NameKind.UNKNOWN and not name.titles and not subject
        self._push_person(
            Mention(
                name.start,
                entity,
                qualified,
                name.possessive,
                weak=weak,
                untyped=untyped,
                introduced=bool(name.titles),
                object_gender=object_gender,
            )
        )
        for title in qualified:
            self._by_title.setdefault(title, []).append((name.start, entity.name))
        for i, title in enumerate(name.titles):
            if OFFICE.fullmatch(title):  # a deputy minister holds no office "the minister" names
                held_as = "deputy" if set(name.titles[:i]) & QUALIFIERS else title
                self._descriptions.hold(entity.name, held_as)

    def referred_to_other_than(self, gender: Gender, start: int, end: int) -> bool:
        """Whether a pronoun of the other gender than `gender` ("her" for a man) stands outside
        quotations in text[start:end]."""
        i = bisect.bisect_left(self._pronoun_starts, start)
        j = bisect.bisect_left(self._pronoun_starts, end)
        return any(g is not gender for g in self._pronoun_genders[i:j])

    def brought_in_unnamed(self, head: str, position: int) -> bool:
        """Whether a person noun `head` ("lawyer") brought in someone unnamed ("Grey's lawyer
        said") since the person last named before `position`: "the lawyer" is that someone."""
        return self._descriptions.brought_in_unnamed(head, position)

    def body_words(self, start: int, end: int) -> set[int]:
        """Offsets of the words of names in text[start:end] the article uses as a body's
        ("Sonaptic"), for a tagger that would read a capitalised "Sonaptic" as an adjective."""
        return self._organisations.body_words(start, end)

    def note_body(self, name: str, position: int) -> None:
        """Note `name`, read as the subject of a clause at `position` and not a person, as an
        organisation: "Labour said ... the party", "Vendia said that it ..." (a one-word firm
        or party that the name finder does not type)."""
        self._organisations.note(name, position)

    def body_name(self, name: str, position: int) -> str:
        """A body's full name for its short form (`body_names`): "Rovers", "Harbourside Rovers"."""
        full = self._organisations.full_names.full(name, position)
        # a person's surname first: "Stanley" for "Tom Stanley", not "Morgan Stanley"
        return name if full is None or self.full_name(name, position) is not None else full

    def organisations_between(self, start: int, end: int) -> list[Mention]:
        """The organisations (known as such) named in text[start:end], in text order."""
        return self._organisations.between(start, end)

    def last_organisation(self, position: int, head: str | None = None) -> Mention | None:
        """The organisation "it" (no `head`) or "the <head>" at `position` refers to
        (`Organisations.last`)."""
        return self._organisations.last(position, head)

    def _push_person(self, mention: Mention) -> None:
        self._entities.setdefault(mention.entity.name, mention.entity)
        self._people.push(mention)

    def sentence_start(self, position: int) -> int:
        """Where the sentence the tracker read that holds `position` starts (0 before any)."""
        i = bisect.bisect_right(self._sentence_starts, position) - 1
        return self._sentence_starts[i] if i >= 0 else 0

    def unplaced_between(self, start: int, end: int) -> bool:
        """Whether a name the tracker could not place opens a clause in text[start:end]."""
        return self._people.unplaced_between(start, end)

    def unplaced_in(self, start: int, end: int) -> list[int]:
        """Where lone names the tracker could not place open a clause in text[start:end]."""
        return self._people.unplaced_in(start, end)

    def first_mention(self, start: int) -> Mention | None:
        """The first person named (or referred back to) from `start` on."""
        return self._people.first_mention(start)

    def people_between(self, start: int, end: int) -> list[Entity]:
        """The people named (or referred back to) in text[start:end], in text order."""
        return self._people.between(start, end)

    def last_person(self, position: int, gender: Gender | None = None) -> Mention | None:
        """Who "he"/"she" at `position` refers to (`people.People.last`)."""
        return self._people.last(position, gender, self._genders.get)

    def gender_of(self, name: str) -> Gender:
        """The gender the article gives the person introduced as `name` (or UNKNOWN)."""
        return self._genders.get(name)

    def full_name(self, name: str, position: int, titles: Sequence[str] = ()) -> Entity | None:
        """The person, as introduced, whose full name holds every word of `name` (nearest).

        A surname with a courtesy title (`titles` holds "mr", "mrs", "ms" or "miss") that two
        people of the title's gender (or of none known, whose first word may be a given name) were
        named in full with ("Tadhg Carrick
        ... his son Liam Carrick ... Mr Carrick said") means the one of them named or referred
        to in this sentence or the one before, when only one is; else no one."""
        gender = courtesy_gender(titles)
        if gender is not None and len(name.split()) == 1:
            bearers = [
                entity
                for entity in self._full_names.bearers(name, position)
                if self._genders.get(entity.name) is gender
                or (self._genders.get(entity.name) is Gender.UNKNOWN and _may_be_given(entity))
            ]
            if len(bearers) > 1:
                return self._bearer_in_view(bearers, gender, position)
        return self._full_names.find(name, position)

    def _bearer_in_view(
        self, bearers: list[Entity], gender: Gender, position: int
    ) -> Entity | None:
        """The one of `bearers` who was last the topic before `position`: the one named or
        referred to in the sentence holding `position` (before it) and the sentence before, or,
        when neither names any of them, in the nearest earlier sentence that does (up to
        `_TOPIC_REACH` sentences back). None when that stretch names several of them, or when a
        pronoun of their gender in it stands for someone the tracker cannot tell ("His son Liam
        Carrick"): either could be meant."""
        i = bisect.bisect_right(self._sentence_starts, position) - 1
        first = max(i - 1, 0)
        end = position
        for k in range(first, max(first - _TOPIC_REACH, -1), -1):
            start = self._sentence_starts[k] if self._sentence_starts else 0
            seen = self._referred_between(start, end, gender)
            if seen is None:
                return None
            named = [entity for entity in bearers if entity.name in seen]
            if named:
                return named[0] if len(named) == 1 else None
            end = start
        return None

    def _referred_between(self, start: int, end: int, gender: Gender) -> set[str] | None:
        """The names of the people named in text[start:end] or referred to there by a pronoun
        of `gender`; None when such a pronoun stands for someone the tracker cannot tell."""
        seen = {entity.name for entity in self.people_between(start, end)}
        j = bisect.bisect_left(self._pronoun_starts, start)
        k = bisect.bisect_left(self._pronoun_starts, end)
        for at, said in zip(self._pronoun_starts[j:k], self._pronoun_genders[j:k], strict=True):
            if said is gender:
                referent = self.last_person(at, gender)
                if referent is None:
                    return None
                seen.add(referent.entity.name)
        return seen

    def by_title(self, title: str, position: int) -> str | None:
        """The person last introduced before `position` with `title` ("minister")."""
        holders = self.title_holders(title, position)
        return holders[-1] if len(set(holders)) == 1 else None

    def sole_holder(self, title: str) -> str | None:
        """The one person the whole article introduces with `title`, else None."""
        names = {name for _, name in self._by_title.get(title, [])}
        return names.pop() if len(names) == 1 else None

    def title_holders(self, title: str, position: int) -> list[str]:
        """Who was introduced with `title` before `position`, in order (repeats kept)."""
        titled = self._by_title.get(title, [])
        return [name for _, name in titled[: bisect.bisect_left(titled, (position, ""))]]

    def resolve(self, mention: str, position: int) -> Entity | None:
        """The entity `mention` (a pronoun, a short name or a definite description) refers to at
        `position`, or None when the article does not say or the tracker is not sure."""
        words = mention.lower().split()
        if not words:
            return None
        if len(words) == 1 and words[0] in PRONOUNS:
            if words[0] in ("he", "she"):
                gender = Gender.MALE if words[0] == "he" else Gender.FEMALE
                found = self.last_person(position, gender)
            elif words[0] == "it":
                found = self.last_organisation(position)
            else:
                found = None
            return found.entity if found is not None else None
        if words[0] == "the" and not any(w[:1].isupper() for w in mention.split()[1:]):
            return self._descriptions.resolve(words[1:], position)
        return self.full_name(mention, position)


def _may_be_given(entity: Entity) -> bool:
    """Whether the first word of a person's full name may be a given name the lists lack
    ("Aled"): not a word that opens sentences ("Another Trump") nor one read as an adjective."""
    first = entity.name.split()[0].lower()
    return first not in NOT_NAMES and first not in _DETERMINERS and not adjective_like(first)


# How many sentences before the cue's window "Mr X" may look back for the one of two men named X
# who was last the topic (a feature's paragraph or two).
_TOPIC_REACH = 8

# Determiners that NOT_NAMES lacks and that may open a capitalised run before a surname.
_DETERMINERS = frozenset({"another", "every", "each", "no", "any", "such"})


# The pronouns that tell a person's gender: "he", "him", "his"; "she", "her", "hers".
_GENDERED_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Hh]ers)\b")
_FEMALE = frozenset({"she", "her", "hers"})

# Organisation-typed names that name no body: "Company" left of "The We Company" once "We" is
# taken for a sentence opener, and executives' acronyms ("former CEO").
_NOT_BODIES = frozenset("company firm group business corporation ceo cfo coo cto".split())
