"""The organisations the discourse tracker has read, for "it", "its", "the firm", "the group".

`Organisations` keeps, in text order, each mention of a body: names typed as one ("Ministry of
Defence"), untyped names the article uses as a body's (`bodies.reads_as_body`: "WeWork"), and
named subjects a reader notes (`note`). `discourse.Discourse` owns one and answers through it.
"""

from __future__ import annotations

import bisect

from app.core.facts.nlp.body_heads import (
    NAMED_HEADS,
    NAMED_ONLY,
    PRESS_HEADS,
    PRESS_NAMES,
    SAID_ONLY,
    other_kind,
    says,
)
from app.core.facts.nlp.body_names import BodyNames
from app.core.facts.nlp.entities import Entity, Mention
from app.core.facts.nlp.name_kinds import NameKind
from app.core.facts.nlp.salience import Salience

# How many sentences back "it" or "the firm" may look, and how many characters back "the group"
# may find the body introduced as "the group, X,".
REACH = 3
INTRODUCED_REACH = 3000
# Descriptions that business copy uses of its main body ("the company said"), for which a body
# named in passing gives way to it (`Organisations.last`). Not "the group" (a crowd, a band, a
# lobby), "the government" or "the party": a politics story's most named body is no firm.
_FIRM_HEADS = frozenset(
    """company firm business corporation bank retailer airline carrier operator maker
    manufacturer giant publisher broadcaster chain supermarket""".split()
)
# Descriptions said of one kind of body ("the group" of a firm and of a lobby, "the club", "the
# council", "the trust"): a body named in passing gives way to the main body only when the
# article named or described that one so ("Calder Group", "Calder, the building group,").
_KIND_HEADS = frozenset("group club council trust".split())


class Organisations:
    """The bodies an article has named so far, in text order."""

    def __init__(self, sentence_starts: list[int]) -> None:
        """An empty index over the tracker's own `sentence_starts` (shared, not copied)."""
        self._sentence_starts = sentence_starts
        self._organisations: list[Mention] = []
        self._organisation_starts: list[int] = []
        # Untyped names the article has used as a body's ("a WeWork spokesperson"): each later
        # mention of them is an organisation's (`bodies.reads_as_body`).
        self.bodies: set[str] = set()
        # Bodies the article introduces as "the group, X,": "the group" is X from then on
        # (within `INTRODUCED_REACH`), whatever other body is named since; "drugs group X" is
        # no such introduction ("group" is said of any firm).
        self._by_noun: dict[str, list[tuple[int, Entity]]] = {}
        self._described: dict[str, list[int]] = {}
        self._salience = Salience()
        # What each body was described as ("ABN Amro, the Netherlands' largest bank,"): "the
        # bank" may be its main body though its name does not say so.
        self._nouns: dict[str, set[str]] = {}
        # Bodies' names, for their short forms ("Rovers": "Harbourside Rovers"; "Emirates":
        # "Emirates Airline").
        self.full_names = BodyNames()

    def describe(self, noun: str, position: int) -> None:
        """A body was described at `position` as "the <noun> for X", with no name: a later
        "the <noun>" is that one, not a body named before it."""
        self._described.setdefault(noun, []).append(position)

    def introduce(self, noun: str) -> None:
        """The body last pushed was introduced as "the <noun>, X,"."""
        mention = self._organisations[-1]
        self._by_noun.setdefault(noun, []).append((mention.start, mention.entity))

    def introduced_as(self, noun: str, position: int) -> Entity | None:
        """The body last introduced as "the <noun>, X," before `position`, if near enough."""
        described = self._by_noun.get(noun, [])
        i = bisect.bisect_left(described, position, key=lambda d: d[0]) - 1
        if i >= 0 and position - described[i][0] <= INTRODUCED_REACH:
            return described[i][1]
        return None

    def body_words(self, start: int, end: int) -> set[int]:
        """Offsets of the words of names in text[start:end] the article uses as a body's
        ("Sonaptic"), for a tagger that would read a capitalised "Sonaptic" as an adjective."""
        i = bisect.bisect_left(self._organisation_starts, start)
        out: set[int] = set()
        while i < len(self._organisations) and self._organisation_starts[i] < end:
            mention = self._organisations[i]
            if mention.entity.kind is NameKind.ORGANISATION or (
                mention.entity.name.lower() in self.bodies
            ):
                at = mention.start
                for word in mention.entity.name.split():
                    if not word.islower():  # not "and" / "of" inside a name: they stay links
                        out.add(at)
                    at += len(word) + 1
            i += 1
        return out

    def shortens(self, words: list[str], position: int) -> bool:
        """Whether `words` open the longer name of an organisation named before `position`
        ("Emirates" for "Emirates Airline", "Harbour" for "Harbour Lines Ltd")."""
        return self.full_names.longer(words, position) is not None

    def named_with(self, word: str, position: int) -> Entity | None:
        """The organisation last named before `position` (within `INTRODUCED_REACH`) whose
        name of two words or more holds `word` capitalised: "the port" for "the Port of Kelham",
        "the academy" for "Norbridge Academy" (a name of one word is no description's:
        "Prince" once noted as a body from a lower-case page)."""
        wanted = word.capitalize()
        i = bisect.bisect_left(self._organisation_starts, position) - 1
        while i >= 0 and position - self._organisation_starts[i] <= INTRODUCED_REACH:
            entity = self._organisations[i].entity
            words = entity.name.split()
            if entity.kind is NameKind.ORGANISATION and len(words) > 1 and wanted in words:
                return entity
            i -= 1
        return None

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions of organisations (typed as such) in text[start:end], in text order."""
        i = bisect.bisect_left(self._organisation_starts, start)
        j = bisect.bisect_left(self._organisation_starts, end)
        kind = NameKind.ORGANISATION
        return [m for m in self._organisations[i:j] if m.entity.kind is kind]

    def push(
        self,
        start: int,
        name: str,
        kind: NameKind,
        subject: bool,
        located: bool = False,
        commentator: bool = False,
        *,
        passing: bool = False,
        noun: str | None = None,
    ) -> None:
        """An organisation named at `start`, in text order; `subject`: it may be its clause's
        subject (not "than Heineken"), so "it" may stand for it before others of its sentence;
        `located`: named as where something happens ("at Temple University"); `commentator`:
        named as a commentator's employer ("Barrow Securities analyst Dan Fell"); `passing`:
        named in passing ("talks to buy X"); `noun`: what it is described as ("bank")."""
        mention = Mention(
            start,
            Entity(name, kind),
            (),
            weak=not subject,
            located=located,
            commentator=commentator,
            passing=passing,
        )
        if kind is NameKind.ORGANISATION:
            self.full_names.add(start, name)
        self._organisations.append(mention)
        self._organisation_starts.append(start)
        # "Halden fell 5%" after "Halden Breweries": a mention of the body named in full.
        full = self.full_names.longer(name.split(), start)
        counted = (
            mention if full is None else Mention(start, Entity(full, kind), (), weak=not subject)
        )
        self._salience.count(counted, len(self._sentence_starts))
        if noun is not None:
            self._nouns.setdefault(counted.entity.name.lower(), set()).add(noun.lower())

    def note(self, name: str, position: int) -> None:
        """Note `name`, read as the subject of a clause at `position` and not a person, as an
        organisation: "Labour said ... the party", "Vendia said that it ..." (a one-word firm
        or party that the name finder does not type); not a name that goes on from a body's
        typed before ("The Lumo Fold will go on sale" after "bike maker Lumo": its product)."""
        if self.full_names.part_of(name.split(), position):
            return
        mention = Mention(position, Entity(name, NameKind.ORGANISATION), (), subject=True)
        self.full_names.add(position, name, typed=False)
        i = bisect.bisect_right(self._organisation_starts, position)
        self._organisations.insert(i, mention)
        self._organisation_starts.insert(i, position)

    def last(self, position: int, head: str | None = None, bare: bool = True) -> Mention | None:
        """The organisation "it" (no `head`) or "the <head>" at `position` refers to: the
        nearest (`_nearest`), unless that one was named once, in passing, or none is near, and
        the article has a main body that "the <head>" may name (`salience.Salience`):
        "Velantis said ... Analyst Tom Reyes of Barrow Securities said ... The company opened
        ...": Velantis. "The group", "the club", "the council", "the trust" (`_KIND_HEADS`)
        give way only to a main body named or described so ("Calder Group", not a lobby).
        Not `bare` ("the health authority"): its words may say another kind than the head's."""
        nearest = self._nearest(position, head, bare)
        if head not in _FIRM_HEADS and head not in _KIND_HEADS:
            return nearest
        if nearest is not None and (
            nearest.subject
            or not (nearest.passing or nearest.weak or nearest.commentator)
            or self._salience.named_before(nearest.entity.name, position) > 1
        ):
            return nearest  # named as its clause's subject, or more than once: not in passing
        main = self._salience.main(position)
        if main is None or (nearest is not None and nearest.entity.name == main.name):
            return nearest
        described = self._described.get(head, [])
        k = bisect.bisect_left(described, position) - 1
        if k >= 0 and position - described[k] <= INTRODUCED_REACH:
            return nearest  # "the trade group for the insurers": a body with no name, near
        words = main.name.lower().split()
        named = head in words or head in self._nouns.get(main.name.lower(), ())
        if other_kind(head, words) or (head in NAMED_HEADS | _KIND_HEADS and not named):
            return nearest  # "the bank" is no main body that is a club, or not called a bank
        return Mention(position, main, ())

    def _nearest(self, position: int, head: str | None = None, bare: bool = True) -> Mention | None:
        """The organisation last named within `REACH` sentences before `position`
        (one whose name holds `head`, when that word is part of some name: "the ministry").
        For "it" (no `head`): of the nearest sentence's organisations, the first that may be
        its clause's subject ("Carlsberg is more upbeat than Heineken. It ...": Carlsberg)."""
        here = bisect.bisect_right(self._sentence_starts, position)
        i = bisect.bisect_left(self._organisation_starts, position) - 1
        described = self._described.get(head, []) if head is not None else []
        k = bisect.bisect_left(described, position) - 1
        floor = described[k] if k >= 0 else -1  # a body described since: no named one
        best: Mention | None = None
        best_sentence = -1
        while i >= 0:
            mention = self._organisations[i]
            if mention.start < floor:
                break
            sentence = bisect.bisect_right(self._sentence_starts, mention.start)
            if best is not None and sentence != best_sentence:
                break
            if here - sentence > REACH:
                break
            if here - sentence == REACH and not (mention.subject and head):
                i -= 1
                continue  # a noted subject reaches one sentence further for "the firm"
            words = mention.entity.name.lower().split()
            nouns = self._nouns.get(mention.entity.name.lower(), set())
            if mention.commentator:
                pass  # "Barrow Securities analyst Dan Fell said": who comments, not the subject
            elif head in PRESS_HEADS and not PRESS_NAMES.intersection(words):
                pass  # "the newspaper" is no lobby group or firm the paper wrote about
            elif mention.entity.kind is NameKind.UNKNOWN and head is None:
                pass  # "it" only for a name known to be an organisation's
            elif mention.located and head is not None and head not in words:
                pass  # "rallied at Temple University ... the group shouted": not the university
            elif head is not None and other_kind(head, words, nouns):
                # "bottom of League Two ... the club said": no club; "the charity Safe Online
                # said ... the regulator said": no regulator
                pass
            elif head in SAID_ONLY and not says(head, words, nouns):
                pass  # "the watchdog" is no water firm named since the regulator
            elif head in NAMED_ONLY and head in nouns:
                return mention  # "the GMB union": named with the noun that heads it
            elif head is None:
                if best is None or not mention.weak:
                    best, best_sentence = mention, sentence
            elif (
                head in words
                or head not in NAMED_HEADS
                or (mention.subject and head not in NAMED_ONLY)
            ):
                if mention.subject or not mention.weak:
                    return mention  # a noted subject: "Labour said" ... "the party"
                if best is None:
                    # "WeWork was scrutinised by the NYAG. The company ...": one of its
                    # sentence that may be a subject first, else this one
                    best, best_sentence = mention, sentence
            i -= 1
        if best is None and head is not None:
            return self._named_with(head, position, floor, bare)
        return best

    def _named_with(self, head: str, position: int, floor: int, bare: bool) -> Mention | None:
        """The one body whose name holds `head` named within `INTRODUCED_REACH` characters
        before `position` ("the trust" for the "Royal Devon Healthcare Trust" named five
        sentences back; "the regulator" for the "Data Protection Office", "the authority" for
        "Devon County Council": `body_heads._SAID_OF`, for a `bare` description only: "the health
        authority" is no council), or None when none or two different ones are, or a body was
        described without a name since `floor`."""
        i = bisect.bisect_left(self._organisation_starts, position) - 1
        found: Mention | None = None
        while i >= 0 and max(floor, position - INTRODUCED_REACH) <= self._organisation_starts[i]:
            mention = self._organisations[i]
            name = mention.entity.name.lower()
            words = name.split()
            said = says(head, words, self._nouns.get(name, ()), bare)
            if said and not mention.commentator and not other_kind(head, words):
                if found is not None and found.entity.name != mention.entity.name:
                    return None
                found = found or mention
            i -= 1
        return found
