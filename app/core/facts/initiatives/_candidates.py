"""Finding candidate initiatives in one sentence.

`_Sentence.run` finds them: the objects of verbs of undertaking (and the subjects of passives),
"plans for X and Y", examples after "including", "the establishment of X", an action verb under an
intention ("plans to shut 40 depots"), a creating verb with no object, policy gerunds ("for
scrapping tuition fees"), and phrases headed by an undertaking noun; each is scored by
`_scoring._Scorer.add`.
"""

from __future__ import annotations

from app.core.facts.initiatives._actor import actor_name, by_agent, names_a_party, owner_name
from app.core.facts.initiatives._lexicon import Verb, singular
from app.core.facts.initiatives._phrasing import (
    _BE,
    _TIME_HEADS,
    _after_be,
    _coordinated,
    _negated,
    _phrase_at,
)
from app.core.facts.initiatives._scoring import (
    _FINITE,
    _GENERIC,
    _STATUS_OF_HEAD,
    Candidate,
    _Scorer,
    _Verb,
)
from app.core.facts.initiatives._status import verb_status
from app.core.facts.model import InitiativeStatus
from app.core.facts.nlp.phrases import (
    NOUN_TAGS,
    PROPER_TAGS,
    VERB_TAGS,
    Phrase,
)

# Words that introduce examples of what was just named: "This includes A, B and C".
_INCLUDING = frozenset("include includes included including".split())
# Nouns for setting something up: "the establishment of X" says X is being set up.
_NOMINALISATIONS: dict[str, InitiativeStatus] = {
    "establishment": "planned",
    "creation": "planned",
    "introduction": "planned",
    "construction": "planned",
    "development": "planned",
    "building": "planned",
    "launch": "launched",
    "opening": "launched",
}
# Verbs of legal action whose object is who it is against: the status their form gives.
_LEGAL: dict[str, InitiativeStatus] = {
    **dict.fromkeys("investigating investigates investigate probing probes".split(), "ongoing"),
    **dict.fromkeys("suing sues".split(), "ongoing"),
    **dict.fromkeys("investigated probed sued".split(), "launched"),
}
# Nouns of asking, backing or paying before "for <gerund>": "calls for scrapping tuition fees".
_PLEDGE_NOUNS = frozenset(
    """fund money cash budget call plan proposal support case pressure backing bid campaign
    pledge promise demand argument vote""".split()
)
# Forms of a verb of undertaking that are, as a past tense, another verb: "found" (find).
_PAST_OF_ANOTHER = frozenset({"found"})
_LIST_REACH = 6  # tokens between two gerunds of one list ("by 5%, building ...")


# Words before "to <verb>" that state an intention, and the status they give: "plans to shut
# 40 depots", "proposals to lift the fee cap", "agreed to refit its ferries".
_INTENT_TO: dict[str, InitiativeStatus] = {
    **dict.fromkeys(
        """plan plans planned planning intend intends intended aim aims aimed set move moves
        moved bid decision expected due poised preparing ready""".split(),
        "planned",
    ),
    **dict.fromkeys(
        """propose proposes proposed proposal proposals want wants wanted seek seeks sought
        call calls called""".split(),
        "proposed",
    ),
    **dict.fromkeys(
        """pledge pledges pledged promise promises promised vow vows vowed agree agrees agreed
        decide decides decided""".split(),
        "announced",
    ),
}
# Chain words that stand before "<verb>" with a named subject: "Nordbrew will shut 40 depots".
_INTENT_MODAL: dict[str, InitiativeStatus] = {"will": "planned", "would": "proposed"}
# Measures of the economy: raising or cutting one is an outcome, not one undertaking.
_FIGURES = frozenset(
    """gdp price rate growth inflation output demand productivity value level
    revenue profit income wage""".split()
)
_INTENT_SKIP = frozenset("also now then further still soon jointly both".split())


class _Sentence(_Scorer):
    """The candidates of one sentence, built on its phrases and clause subjects."""

    def run(self) -> list[Candidate]:
        tokens = self.tokens
        for i, token in enumerate(tokens):
            if token.tag not in VERB_TAGS:
                continue
            entry = self.lex.verbs.get(token.text.lower())
            if token.text.lower() in _PAST_OF_ANOTHER and token.tag in {"VBD", "VBN"}:
                entry = None  # "one study found that": the past of "find", not "found a firm"
            if token.text.lower() in self.lex.policy and self._gerund(i):
                continue
            if entry is None:
                if token.tag in _FINITE:
                    self.actor_of_subject(i, relative=False)  # noted for a later "it"
                continue
            if token.tag == "VBN" and _after_be(tokens, i):
                subject = self.subjects.subject_of(i)
                if subject is not None and tokens[subject.head].tag in NOUN_TAGS:
                    agent = by_agent(self.text, tokens, i + 1, self.phrases, self.discourse)
                    self.add(subject, _Verb(i, entry, agent, passive=True))
                continue
            reduced = self._reduced_passive(i, entry)
            if reduced is not None:
                agent = by_agent(self.text, tokens, i + 1, self.phrases, self.discourse)
                self.add(reduced, _Verb(i, entry, agent, passive=True))
                continue
            j = i + 1
            if j < len(tokens) and tokens[j].tag == "RP" and entry.particle is None:
                j += 1
            if entry.particle is not None:
                if j < len(tokens) and tokens[j].text.lower() == entry.particle:
                    j += 1
                elif entry.particle != "on":
                    # "set out her position", "bring the Taliban to the table", "called the
                    # plan a failure" start nothing: only "set up", "bring in", "call for" do
                    # ("agreed a deal" and "agreed on a deal" both do).
                    continue
            obj = self.by_start.get(j)
            if obj is not None and tokens[obj.head].text.lower() in _TIME_HEADS:
                obj = None  # "that Vendia launched last year": when, not what
            if obj is None:
                gap = self._relative_object(i)
                if gap is not None and not _negated(tokens, i):
                    self.add(gap, _Verb(i, entry, self.actor_of_subject(i), passive=False))
                    continue
                self._intransitive(i, entry)
                continue
            if _negated(tokens, i):
                continue  # "did not announce a new scheme": nothing is undertaken
            if self.inanimate_subject(i):
                continue  # "the tariffs will reduce the national product": nobody acts
            verb = _Verb(i, entry, self.actor_of_subject(i), passive=False)
            if self._plan_list(obj, verb):
                continue
            for phrase in [obj, *_coordinated(tokens, self.by_start, obj)]:
                self.add(phrase, verb)
        for phrase in self.phrases:
            if phrase.start not in self.found and self._plan_list(phrase, None):
                continue
        self._examples()
        self._nominalised()
        self._intended()
        self._legal_action()
        for phrase in self.phrases:
            if phrase.start not in self.found:
                self.add(phrase, None)  # a listed one with its list's evidence
        return [c for c in self.found.values() if c is not None]

    def _plan_list(self, phrase: Phrase, verb: _Verb | None) -> bool:
        """ "plans for X, Y and Z": X, Y and Z are the plans; True when that was the case.

        Each item takes the plan's evidence (its verb, "planned"/"proposed"); the plan noun
        itself is not listed.
        """
        tokens = self.tokens
        head = singular(tokens[phrase.head].text.lower())
        if head not in _STATUS_OF_HEAD or phrase.end + 1 >= len(tokens):
            return False
        if tokens[phrase.end].text.lower() != "for":
            return False
        first = self.by_start.get(phrase.end + 1)
        if first is None:
            return False
        status = verb_status(tokens, verb.index, verb.entry) if verb else _STATUS_OF_HEAD[head]
        if verb is not None and verb.entry.kind in {"announce", "create"}:
            status = _STATUS_OF_HEAD[head]  # "unveiled plans for X": X is planned
        actor = verb.actor if verb is not None else None
        bonus = self.w.pledge_context + (self.w.verb_object if verb is not None else 0.0)
        for item in [first, *_coordinated(tokens, self.by_start, first)]:
            self.listed[item.start] = (status, actor, bonus)
            self.add(item, None)
        self.found[phrase.start] = None
        return True

    def _examples(self) -> None:
        """ "This includes A, B and C", "its investment, including A and B": the items are
        undertakings of the kind named before (what the list gives examples of)."""
        tokens = self.tokens
        for k, token in enumerate(tokens[:-1]):
            if token.text.lower() not in _INCLUDING:
                continue
            first = self.by_start.get(k + 1)
            whole = self.by_start.get(k)
            if first is None and whole is not None and whole.body == k and whole.end > k + 1:
                first = Phrase(k + 1, whole.end, whole.head, k + 1)  # "including" chunked in
            if first is None or first.start in self.found:
                continue
            kind = self._of_undertakings(k)
            if kind is None:
                continue
            # "Vendia's investment, including A and B": A and B are Vendia's.
            of = next((p for p in self.phrases if p.head == kind), None)
            owner = owner_name(self.text, tokens, of, self.discourse) if of else None
            status: InitiativeStatus = "unknown"
            for item in [first, *_coordinated(tokens, self.by_start, first, purpose=True)]:
                if tokens[item.head].text.lower() in self.lex.heads:
                    self.listed.setdefault(item.start, (status, owner, self.w.pledge_context))
                    self.add(item, None)

    def _of_undertakings(self, k: int) -> int | None:
        """The index of what the list after "include(s)/including" at `k` gives examples of,
        when they are undertakings, else None: a pronoun ("This includes"), an undertaking noun
        of weight 2 or 3 ("its investment in Ghana, including") or a plan word; not "its cloud
        technology, including a fraud detection program"."""
        tokens = self.tokens
        m = k - 1
        while m >= 0 and (tokens[m].text == "," or tokens[m].tag in {"RB", "VBZ", "VBD", "VBP"}):
            m -= 1
        if m < 0:
            return None
        m = self._head_before_complement(m)
        word = tokens[m].text.lower()
        head = self.lex.heads.get(word)
        undertaking = head is not None and head.weight >= 2  # not "technology", "system"
        if tokens[m].tag in {"PRP", "DT"} or undertaking or singular(word) in _STATUS_OF_HEAD:
            return m
        return None

    def _head_before_complement(self, m: int) -> int:
        """For the last word of "its investment in Ghana", the index of "investment" (the head
        its of/in/for phrase belongs to); else `m`."""
        tokens = self.tokens
        inner = next((p for p in self.phrases if p.end == m + 1), None)
        if inner is None or inner.start < 2 or tokens[inner.start - 1].tag != "IN":
            return m
        outer = next((p for p in self.phrases if p.end == inner.start - 1), None)
        return outer.head if outer is not None else m

    def _nominalised(self) -> None:
        """ "the establishment of a free trade zone", "the launch of X": X is being set up."""
        tokens = self.tokens
        for phrase in self.phrases:
            word = tokens[phrase.head].text.lower()
            status = _NOMINALISATIONS.get(word)
            end = phrase.end
            if status is None or end + 1 >= len(tokens) or tokens[end].text.lower() != "of":
                continue
            item = self.by_start.get(end + 1)
            if item is not None and item.start not in self.found:
                actor = owner_name(self.text, tokens, phrase, self.discourse)
                self.listed.setdefault(item.start, (status, actor, self.w.verb_object))
                self.found.setdefault(phrase.start, None)
                self.add(item, None)

    def _intent_at(self, i: int) -> tuple[InitiativeStatus, int] | None:
        """The status an intention before the base verb at `i` gives ("plans to", "agreed to",
        "BMW will"), and the index of its word; None when there is none."""
        tokens = self.tokens
        k = i - 1
        while k > 0 and tokens[k].text.lower() in _INTENT_SKIP:
            k -= 1
        low = tokens[k].text.lower() if k >= 0 else ""
        if low in _INTENT_MODAL:
            return _INTENT_MODAL[low], k
        if low != "to" or k < 1:
            return None
        k -= 1
        while k > 0 and tokens[k].text.lower() in _INTENT_SKIP:
            k -= 1
        cue = tokens[k].text.lower()
        if cue in _INTENT_TO:
            return _INTENT_TO[cue], k
        if cue in {"is", "are"}:
            return "planned", k  # "the firm is to shut 40 depots"
        return None

    def _misread_subject(self, phrase: Phrase) -> str | None:
        """ "Nordbrew plans to": a verb read as the head of a noun phrase after a name; the
        name before it is the subject."""
        tokens = self.tokens
        cue = phrase.head
        if cue - 1 < phrase.body or tokens[cue - 1].tag not in PROPER_TAGS:
            return None
        if not tokens[cue].text.endswith("s"):
            return None
        name = Phrase(phrase.start, cue, cue - 1, phrase.body)
        return actor_name(self.text, tokens, name, self.discourse)

    def _intended(self) -> None:
        """ "plans to shut 40 depots", "Nordbrew will refit its ferries", "pledged to abolish X and
        merge Y": a base verb of action under an intention, with its object, is an
        undertaking named by a verb phrase (when no undertaking noun names it already)."""
        tokens, w = self.tokens, self.w
        last: tuple[int, InitiativeStatus, str | None] | None = None  # end, status, actor
        for i, token in enumerate(tokens):
            if token.tag != "VB" or token.text.lower() not in self.lex.actions or i == 0:
                continue
            listed = (
                last is not None
                and tokens[i - 1].text.lower() in {"and", "or", ","}
                and i - last[0] <= 2
            )
            intent = None if listed or _negated(tokens, i) else self._intent_at(i)
            if intent is None and not listed:
                continue
            j = i + 1
            if j < len(tokens) and tokens[j].tag == "RP":
                j += 1
            if token.text.lower() == "set" and tokens[j - 1].text.lower() != "up":
                continue  # only "set up" starts something
            obj = self.by_start.get(j)
            if obj is None or tokens[obj.head].tag not in NOUN_TAGS:
                continue
            if tokens[obj.head].text.lower() in _TIME_HEADS or obj.start in self.found:
                continue
            if tokens[obj.head].text.lower() in {"one", "ones"}:
                continue  # "he would build a beautiful one": the thing is named elsewhere
            entry = self.lex.heads.get(tokens[obj.head].text.lower())
            if entry is not None and entry.weight >= 2:
                continue  # "introduce a grant": the noun names it
            if self.inanimate_subject(i):
                continue  # "the tariffs would reduce GDP": a forecast, nobody intends it
            if singular(tokens[obj.head].text.lower()) in _FIGURES:
                continue  # "reduce GDP", "cut the price of X": an outcome, not an undertaking
            actor = self.actor_of_subject(i)
            if actor is None and not self._concrete_object(obj):
                continue  # "... said it aims to raise tariffs": no one thing, no one doing it
            if intent is not None:
                status, cue = intent
                if actor is None:
                    cue_phrase = next((p for p in self.phrases if p.end == cue + 1), None)
                    if cue_phrase is not None:
                        actor = owner_name(self.text, tokens, cue_phrase, self.discourse)
                    if actor is None and cue_phrase is not None and cue_phrase.head == cue:
                        actor = self._misread_subject(cue_phrase)
            else:
                assert last is not None
                status, actor = last[1], actor or last[2]
            end = obj.end
            if (
                end + 1 < len(tokens)
                and tokens[end].text.lower() == "of"
                and (of := self.by_start.get(end + 1)) is not None
            ):
                end = of.end  # "halve the number of regional offices"
            score = w.intended_action
            if any(t.tag == "CD" or t.text[:1] in "£$€" for t in tokens[j:end]):
                score += w.quantity
            actor = actor or self._reporter()
            if actor is None:
                continue  # "prices will increase X", "a pact which aims to cut": nobody intends it
            words = frozenset(
                singular(t.text.lower()) for t in tokens[j:end] if t.text[:1].isalnum()
            )
            key = token.text.lower() + ":" + singular(tokens[obj.head].text.lower())
            verb = self.lex.verbs.get(token.text.lower())
            first = token.start
            if verb is not None and verb.kind == "create":
                first = tokens[obj.body].start  # "agreed to launch a budget crossing": the crossing
            self.found[obj.start] = Candidate(
                self.index, first, tokens[end - 1].end, key, words, score, actor, status
            )
            last = (end, status, actor)

    def _concrete_object(self, obj: Phrase) -> bool:
        """Whether the object of an intended action names one concrete thing a reader can
        check: a number or sum ("shut 40 depots"), a name ("expand the Nimbus fleet"), an
        owner ("refit its ferries") or a compound ("abolish toll roads"): "raise tariffs" or
        "enhance relaxation" alone, with no subject of its own, is a wish, not an undertaking."""
        tokens = self.tokens
        body = tokens[obj.body : obj.end]
        if obj.owner is not None or any(t.tag == "CD" or t.text[:1] in "£$€" for t in body):
            return True
        if any(t.tag in PROPER_TAGS and t.text[:1].isupper() for t in body):
            return True
        content = [t for t in body if t.text[:1].isalnum() and t.text.lower() not in _GENERIC]
        return len(content) >= 2

    def _reduced_passive(self, i: int, entry: Verb) -> Phrase | None:
        """ "the SunShot Initiative launched by the US government", "a fund set up by the
        council": the phrase right before a participle with a "by" agent is its passive
        subject."""
        tokens = self.tokens
        if tokens[i].tag not in {"VBN", "VBD"} or i < 1:
            return None
        k = i + 1
        if entry.particle is not None and k < len(tokens) and tokens[k].text == entry.particle:
            k += 1
        if k >= len(tokens) or tokens[k].text.lower() != "by":
            return None
        phrase = next((p for p in self.phrases if p.end == i), None)
        if phrase is None or tokens[phrase.head].tag not in NOUN_TAGS:
            return None
        head = self.lex.heads.get(tokens[phrase.head].text.lower())
        if tokens[phrase.head].tag not in PROPER_TAGS and (head is None or head.weight < 2):
            return None  # "the cuts proposed by the Tories": too weak a head without its verb
        return phrase

    def _relative_object(self, i: int) -> Phrase | None:
        """ "the centres which the firm has set up", "a scheme that Vendia launched": the
        phrase before "which/that" is the object of the relative clause's verb at `i`."""
        tokens = self.tokens
        subject = self.subjects.subject_of(i)
        if subject is None or subject.start < 2:
            return None
        if tokens[subject.start - 1].text.lower() not in {"which", "that"}:
            return None
        end = subject.start - 1
        gap = next((p for p in self.phrases if p.end == end), None)
        if gap is not None and gap.start >= 2 and tokens[gap.start - 1].text.lower() == "of":
            outer = next((p for p in self.phrases if p.end == gap.start - 1), None)
            if outer is not None and tokens[outer.head].text.lower() in self.lex.heads:
                return outer  # "centres of excellence which the firm set up": the centres
        return gap

    def _legal_action(self) -> None:
        """ "The attorney general is investigating WeWork", "Vendia sued the regulator": an
        investigation or a lawsuit named by its verb and whom it is against, when someone named
        does it (a lawsuit or an investigation is an undertaking; the verb is its only name)."""
        tokens = self.tokens
        for i, token in enumerate(tokens):
            status = _LEGAL.get(token.text.lower())
            if status is None or token.tag not in {"VBG", "VBZ", "VBP", "VBD", "VBN"}:
                continue
            if (token.tag == "VBN" and _after_be(tokens, i)) or _negated(tokens, i):
                continue  # "was investigated by": the passive names the target first
            obj = self.by_start.get(i + 1)
            if obj is None or obj.start in self.found or tokens[obj.head].tag not in NOUN_TAGS:
                continue
            if not names_a_party(tokens, obj):
                continue  # "investigate the circumstances": what is looked into, no party
            actor = self.actor_of_subject(i)
            if actor is None:
                continue
            if token.tag == "VBG" and not (i > 0 and tokens[i - 1].text.lower() in _BE):
                continue  # "after suing the firm": no clause of its own
            words = frozenset(
                singular(t.text.lower()) for t in tokens[i + 1 : obj.end] if t.text[:1].isalnum()
            )
            key = token.text.lower()[:4] + ":" + singular(tokens[obj.head].text.lower())
            self.found[obj.start] = Candidate(
                self.index,
                token.start,
                tokens[obj.end - 1].end,
                key,
                words,
                self.w.intended_action,
                actor,
                status,
            )

    def _intransitive(self, i: int, entry: Verb) -> None:
        """ "a larger project is due to launch", "the service opens in May": the subject of a
        creating verb with no object is what is being created."""
        if entry.kind != "create" or entry.particle is not None:
            return
        subject = self.subjects.subject_of(i)
        if subject is None or self.tokens[subject.head].tag not in NOUN_TAGS:
            return
        if self.lex.heads.get(self.tokens[subject.head].text.lower()) is None:
            return
        self.add(subject, _Verb(i, entry, None, passive=True))

    def _gerund(self, i: int) -> bool:
        """A gerund phrase of policy ("for scrapping tuition fees"): add it; True if added.

        Only in a noun's place: after a preposition, a comma or "and" (a list of pledges), never
        after a form of "be" ("is cutting jobs" is a clause). The phrase is the gerund, its
        whole object and one prepositional phrase ("putting more police on the streets").
        """
        tokens, w = self.tokens, self.w
        before = tokens[i - 1] if i > 0 else None
        if before is None or before.text.lower() in _BE:
            return False
        if before.tag not in {"IN", "CC", ","} and before.text != ",":
            return False
        obj = _phrase_at(tokens, self.by_start, i + 1)
        whole = self.by_start.get(i)
        if obj is None and whole is not None and whole.end > i + 1:
            obj = Phrase(i + 1, whole.end, whole.head, i + 1)  # chunked as "scrapping fees"
        if obj is None or tokens[obj.head].tag not in NOUN_TAGS:
            return False
        end = obj.end
        if (
            end + 1 < len(tokens)
            and tokens[end].text.lower() in {"on", "in", "for", "to", "from"}
            and (pp := self.by_start.get(end + 1)) is not None
            and tokens[pp.head].text.lower() not in _TIME_HEADS
        ):
            end = pp.end
        named = [t for t in tokens[obj.body : obj.head] if t.text.lower() not in _GENERIC]
        if not named and end == obj.end:
            return False  # "cutting taxes", "abandoning plans": a kind of act, not a pledge
        head = self.lex.heads.get(tokens[obj.head].text.lower())
        score = w.gerund + (w.head * head.weight if head is not None else 0.0)
        status: InitiativeStatus = "proposed" if before.text.lower() == "for" else "unknown"
        if before.text.lower() == "including" or (
            before.text.lower() == "for" and self._pledged_for(i - 1)
        ):
            score += w.pledge_context
        elif self.last_gerund is not None and self._same_list(self.last_gerund[0], i):
            score += self.last_gerund[1]  # the next pledge of the same list keeps its context
            status = self.last_gerund[2]
        self.last_gerund = (end, score - w.gerund, status)
        words = frozenset(t.text.lower() for t in tokens[i + 1 : end] if t.text[:1].isalnum())
        key = tokens[i].text.lower() + ":" + singular(tokens[obj.head].text.lower())
        actor = self._clause_subject(Phrase(i, i + 1, i, i)) or self._reporter()
        self.found[i] = Candidate(
            self.index, tokens[i].start, tokens[end - 1].end, key, words, score, actor, status
        )
        for k in range(i + 1, end):
            self.found.setdefault(k, None)  # its object is no candidate of its own
        return True

    def _pledged_for(self, k: int) -> bool:
        """Whether the "for" at `k` asks or pays for what follows ("calls for", "to pay for
        scrapping fees", "funds for increasing pensions"), not a thing's use ("the only
        vehicle for launching crews", "ingredients for forming stars")."""
        if k < 1:
            return False
        word = self.tokens[k - 1]
        return word.tag in VERB_TAGS or singular(word.text.lower()) in _PLEDGE_NOUNS

    def _same_list(self, end: int, i: int) -> bool:
        """True when the gerund at `i` follows the one ending at `end` in one list: only a
        comma or "and"/"or" before it, and no finite verb, colon or semicolon between."""
        tokens = self.tokens
        if (
            end > i - 1
            or i - end > _LIST_REACH
            or tokens[i - 1].text.lower() not in {",", "and", "or"}
        ):
            return False
        return not any(
            t.tag in _FINITE or t.tag == "MD" or t.text in {";", ":"} for t in tokens[end:i]
        )
