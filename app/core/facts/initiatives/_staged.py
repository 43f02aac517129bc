"""Events a body sets up for others, while they are still to come: "the council is holding a
jobs fair in March", "the trust will host a public meeting on the plans", "plans to stage a
careers evening for parents".

An organised event (a fair, a hearing, a forum, an open day) is an undertaking of whoever holds
it, as a scheme is, but only before it happens: one held already ("held a public meeting last
week") is an ordinary event, and a habit ("holds a fair every spring") no news. So the verb of
holding must be to come: under an intention or "will" (`_intent_at`), or the progressive of an
arrangement ("is holding", "are staging").
"""

from __future__ import annotations

from app.core.facts.initiatives._candidate import Candidate
from app.core.facts.initiatives._intended import _IntendedReader
from app.core.facts.initiatives._lexicon import singular
from app.core.facts.initiatives._phrasing import _before_time, _is_time, _negated
from app.core.facts.nlp.phrases import NOUN_TAGS, Phrase

# Forms of the verbs of holding an event (the base form only under an intention).
HOLDING = frozenset(
    """hold holding host hosting stage staging organise organising organize organizing""".split()
)
# Organised events, singular: what someone holds for others to come to.
EVENTS = frozenset(
    """fair hearing forum meeting consultation exhibition festival conference summit workshop
    roadshow ballot referendum inquiry session""".split()
)
# Times that name an event with the word before them ("open day", "careers evening"), never
# alone ("holding a day of action" aside): the word before must be no time word itself.
EVENT_TIMES = frozenset("day evening night week weekend".split())
_NOT_EVENT_MODIFIERS = frozenset("next last this that same whole first second busy long".split())
# Heads that count events: "a series of community forums" holds the forums.
# Events that are talks unless a word says the public comes: "a further meeting with
# industry" is talks, "a public meeting", "a residents' meeting", "a drop-in session" are events.
_TALKS = frozenset("meeting session".split())
_OPEN_TO_ALL = frozenset("public open community drop-in".split())
# Events held to tell the press something: the news is what is said there.
_PRESS = frozenset("news press media".split())
_COUNTING = frozenset("series number round rounds programme".split())
_BE_NOW = frozenset("is are am 's 're".split())
_ABOUT = frozenset("on for about into".split())


class _StagedReader(_IntendedReader):
    """Reads events a body sets up in one sentence."""

    def _staged_events(self) -> None:
        """Adds each organised event a verb of holding sets up and that is still to come."""
        tokens = self.tokens
        for i, token in enumerate(tokens):
            if token.text.lower() not in HOLDING or _negated(tokens, i):
                continue
            if token.tag == "VB":
                intent = self._intent_at(i)
                if intent is None or (intent[1] in self._modals and self._conditional):
                    continue  # "to hold" with no intention; "would host it if": no plan
                status = intent[0]
            elif token.tag == "VBG" and self._arranged(i):
                status = "planned"  # "is holding a jobs fair in March": an arrangement
            else:
                continue  # "held a meeting", "holds a fair every year": done, or a habit
            event = self._event_at(i + 1)
            if event is None or event.start in self.found:
                continue
            if tokens[event.head].text[:1].isupper():
                continue  # "will host the World Social Forum": a named event others set up
            if any(t.text.lower() in _PRESS for t in tokens[event.body : event.head]):
                continue  # "will host a news conference": the news is what is said there
            if self._talks(event):
                continue  # "a further meeting with industry": talks, not an event for others
            actor = self.actor_of_subject(i)
            if actor is None:
                continue  # nobody named sets it up
            end = event.end
            if end + 1 < len(tokens) and tokens[end].text.lower() in _ABOUT:
                topic = self.by_start.get(end + 1)
                if topic is not None and not _is_time(tokens, topic, self.by_start):
                    end = topic.end  # "a public hearing on the stadium": what it is about
                elif topic is not None:
                    end = _before_time(tokens, topic) or end  # "on the closure next week"
            first = event.body
            words = frozenset(
                singular(t.text.lower()) for t in tokens[first:end] if t.text[:1].isalnum()
            )
            self.found[event.start] = Candidate(
                self.index,
                tokens[first].start,
                tokens[end - 1].end,
                singular(tokens[event.head].text.lower()),
                words,
                self.w.intended_action + (self.w.complement if end > event.end else 0.0),
                actor,
                status,
            )

    def _arranged(self, i: int) -> bool:
        """Whether the "-ing" verb at `i` follows a present "be" ("is holding", "are also
        staging"): an arrangement, as a timetable says."""
        k = i - 1
        while k > 0 and self.tokens[k].tag == "RB":
            k -= 1
        return k >= 0 and self.tokens[k].text.lower() in _BE_NOW

    def _talks(self, event: Phrase) -> bool:
        """Whether `event` is talks between parties: held "with" someone, or a meeting or
        session no word opens to the public ("a further meeting", not "a public meeting")."""
        tokens = self.tokens
        if event.end < len(tokens) and tokens[event.end].text.lower() == "with":
            return True
        if singular(tokens[event.head].text.lower()) not in _TALKS:
            return False
        return not any(
            t.text.lower() in _OPEN_TO_ALL or t.tag in {"NN", "NNS", "POS"}
            for t in tokens[event.body : event.head]
        )

    def _event_at(self, j: int) -> Phrase | None:
        """The organised event the phrase at `j` names (through "a series of"), or None."""
        tokens = self.tokens
        phrase = self.by_start.get(j)
        if phrase is None or tokens[phrase.head].tag not in NOUN_TAGS:
            return None
        head = tokens[phrase.head].text.lower()
        if (
            head in _COUNTING
            and phrase.end + 1 < len(tokens)
            and tokens[phrase.end].text.lower() == "of"
        ):
            return self._event_at(phrase.end + 1)
        if (
            phrase.end < len(tokens)
            and tokens[phrase.end].text.lower() == "fair"
            and tokens[phrase.head].tag in {"NN", "NNS"}
        ):
            # "a jobs fair": "fair" read as an adjective after its noun modifier
            return Phrase(phrase.start, phrase.end + 1, phrase.end, phrase.body, phrase.owner)
        if singular(head) in EVENTS:
            return phrase
        if singular(head) not in EVENT_TIMES or phrase.head == phrase.body:
            return None
        before = tokens[phrase.head - 1]
        if before.tag not in {"NN", "NNS", "JJ"} or before.text.lower() in _NOT_EVENT_MODIFIERS:
            return None
        return phrase
