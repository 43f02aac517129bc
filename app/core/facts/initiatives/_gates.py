"""Gates: phrases that are never an undertaking (a body that exists, a body someone speaks for, an
outlet, a person, a clause misread as a phrase), and the modifiers that name no particular one.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.initiatives._amounts import is_figure
from app.core.facts.initiatives._argued_effects import argued_effect
from app.core.facts.initiatives._candidate import _Verb
from app.core.facts.initiatives._clause_actors import _REPORTING, _Clause
from app.core.facts.initiatives._existing import already_there
from app.core.facts.initiatives._lexicon import Head
from app.core.facts.initiatives._phrasing import _after_be
from app.core.facts.initiatives._senses import aired_on, occasion, other_sense
from app.core.facts.initiatives._titled_names import titled
from app.core.facts.nlp.lexicon import DAYS, MONTHS, titles
from app.core.facts.nlp.names import NameKind
from app.core.facts.nlp.phrases import (
    PROPER_TAGS,
    Phrase,
)
from app.core.facts.nlp.tagger import Token

# Modifiers that do not say which one: "other projects", "such reforms", "the latest tool",
# "a reasonable agreement" (a judgement, not a name).
_GENERIC = frozenset(
    """other such further more various same several many own latest current existing previous
    new first second third last next similar possible major big key general reported
    alleged proposed planned particular unique certain specific some any final
    reasonable fair good better best great bad future""".split()
)
# Heads that are a date ("the year beginning 1 April" ends on "April"); not "week" or
# "year", which a policy may be ("a four-day week"); "may" is also a verb.
_DATE_HEADS = DAYS | (MONTHS - {"may"})
# Words that make an owned place a new one ("at its new plant", "its planned depot").
_NEWLY = frozenset("new planned proposed future first second".split())
# Results a body reports ("announced net profits", "reported record sales"): figures, never an
# undertaking, whatever verb takes them.
_RESULTS = frozenset(
    """profit profits loss losses sales revenue revenues earnings turnover income
    results""".split()
)
# Outlets: a website, channel or programme named after its owner ("the BBC News website") is an
# undertaking only when a verb says it is being launched.
# An aim reached, met or missed is an outcome ("around £12m resting on reaching their European
# target"); setting one is another matter (round 35).
_OUTCOME_VERBS = frozenset(
    """reach reaches reached reaching meet meets met meeting hit hits hitting miss misses
    missed missing""".split()
)
_AIMS = frozenset("target targets goal goals aim aims".split())
# Heads that are a body unless a verb creates them ("started a lunch club", not "urged the club").
_MADE_ONLY = frozenset({"club", "clubs"})
# Articles: one written with a capital inside a phrase, before a word in lower case, opens a
# sentence whose full stop was lost ("... the face of shampoo company Batiste The campaign
# images show ..."): the phrase runs across two sentences (round 35).
_ARTICLES = frozenset("The A An".split())
_OUTLETS = frozenset("website websites site channel channels programme network service".split())
# Roles whose "for/of" phrase is the body they speak or work for, not an undertaking.
_SPEAKS_FOR = frozenset(
    """spokesman spokeswoman spokesperson representative official officials member members
    chairman chairwoman head director manager team staff employees workers""".split()
)
_NAMING = frozenset("called named dubbed".split())


def _called(tokens: Sequence[Token], phrase: Phrase) -> int | None:
    """ "a solar-powered town called Sunvale": the index where the name after "called" starts
    (the shortest phrase naming it), or None."""
    for k in range(phrase.body, phrase.head):
        if tokens[k].text.lower() in _NAMING and tokens[k].tag == "VBN":
            if all(t.tag in PROPER_TAGS for t in tokens[k + 1 : phrase.end]):
                return k + 1
            return None
    return None


# Verbs in the third person that a tagger may read as plural nouns after a name.
_MISREAD_VERBS = frozenset(
    """plans aims wants intends reports says announces launches unveils proposes seeks
    expects hopes""".split()
)


def _misread_plans(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """ "Seoul plans to install 30 GW", "Okafor reports investments in X": a verb read as a
    noun of a phrase whose only words before it are a name: the name's clause, no phrase."""
    if phrase.start != phrase.body:
        return False
    for k in range(phrase.body + 1, phrase.end):
        if tokens[k].text.lower() in _MISREAD_VERBS:
            names = all(t.tag in PROPER_TAGS for t in tokens[phrase.body : k])
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if names and (k < phrase.head or (after is not None and after.tag == "TO")):
                return True
    return False


# Words after which a participle before a noun modifies it ("the increased targets", "set
# increased targets"), unlike a subject's or an auxiliary's verb ("it cut pensions", "was cut").
_BEFORE_MODIFIER = frozenset("DT IN VB VBD VBN VBZ VBP VBG PRP$ CC ,".split())
_AUXILIARIES = frozenset("is are was were be been being has have had having".split())


def changed_modifier(tokens: Sequence[Token], verb: int, phrase: Phrase) -> bool:
    """ "announced increased production targets": a participle of change right before a noun
    phrase, after no subject or auxiliary, is the phrase's modifier, part of its name."""
    return (
        phrase.start == verb + 1
        and verb > 0
        and tokens[verb].tag in {"VBN", "VBD"}
        and tokens[verb - 1].tag in _BEFORE_MODIFIER
        and tokens[verb - 1].text.lower() not in _AUXILIARIES
    )


# What customers pay, in the singular: a head word with another sense ("bill": a law;
# "charge": an accusation) means the price when an amount is changed ("cut bills for 40,000
# households", "freeze charges"), and a price changed is no undertaking.
PRICES = frozenset("bill fare charge rent premium".split())
# Verbs that change an amount (kind "change", not "scrap" or "introduce", which end or start a
# thing: "scrap the bill" is of a law).
_AMOUNT_VERBS = frozenset(
    """cut cuts cutting raise raises raised raising reduce reduces reduced reducing lower
    lowers lowered lowering increase increases increased increasing freeze freezes froze
    frozen freezing""".split()
)


def price_changed(tokens: Sequence[Token], verb: int | None, phrase: Phrase) -> bool:
    """ "will cut bills for 40,000 households by £20": the object of a verb (at `verb`) changing
    an amount whose head is a price word is the price, no undertaking (the head's other
    sense)."""
    if verb is None or tokens[verb].text.lower() not in _AMOUNT_VERBS:
        return False
    head = tokens[phrase.head].text.lower()
    return head.removesuffix("s") in PRICES and not tokens[phrase.head].text[:1].isupper()


# Charges a body levies (heads of weight 2: "introduced a levy on visitors" names one): one
# that exists, changed ("freeze council tax", "raise the parking levy"), is named by the change.
_CHARGES = frozenset("tax taxes levy levies".split())
# Words before a charge's head that make it one still to come: "a new levy", "a tax".
_NEW_CHARGE = frozenset("a an new".split())
_BAN = frozenset("ban bans banned".split())


def change_names_it(tokens: Sequence[Token], verb: int, phrase: Phrase) -> bool:
    """Whether the active verb at `verb`, right before `phrase`, names the undertaking with its
    object: a change of a charge that exists ("freeze council tax", "raise the parking levy";
    not "raise a new levy") or a ban ("ban charges for cabin bags": what is banned is no
    undertaking of its own)."""
    if phrase.start != verb + 1 or tokens[phrase.head].text[:1].isupper():
        return False
    word = tokens[verb].text.lower()
    if tokens[verb].tag not in {"VB", "VBD", "VBZ", "VBP", "VBN"}:
        return False  # the caller reads "has banned" as active, "was banned" as passive
    if word in _BAN:
        return True
    if word not in _AMOUNT_VERBS:
        return False
    if tokens[phrase.head].text.lower() not in _CHARGES:
        return False
    return not any(t.text.lower() in _NEW_CHARGE for t in tokens[phrase.start : phrase.head])


# Verbs an outlet does ("The Today programme will air an interview"): a programme that will
# do one of these is a broadcast, no scheme.
_BROADCASTING = frozenset("air broadcast show feature screen report interview host".split())


def future_subject(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """ "The Ride Safe programme will give 300 bikes to pupils": a named undertaking (a
    capitalised modifier) as the subject of "will" + a base verb is being run (not what an
    outlet does: "The Today programme will air ...")."""
    mods = tokens[phrase.body : phrase.head]
    if not any(t.text[:1].isupper() for t in mods):
        return False
    k = phrase.end
    if k >= len(tokens) or tokens[k].text.lower() != "will":
        return False
    k += 1
    while k < len(tokens) and tokens[k].tag in {"RB", "RBR"}:
        k += 1  # "will also give"
    return k < len(tokens) and tokens[k].tag == "VB" and tokens[k].text.lower() not in _BROADCASTING


# Verbs of a body making its own undertaking known, in a reporting clause after it: "A hosepipe
# ban will come into force next Friday, Eastshire Water has announced".
_ANNOUNCING = frozenset("announced announces confirmed confirms revealed reveals".split())
_REPORTER_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS", "POS", "JJ"})


def announced_future(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """ "A hosepipe ban will come into force next Friday, Eastshire Water has announced": the
    phrase opens the sentence as the subject of "will" + a base verb, and the sentence ends on
    a body that announces it (a verb of `_ANNOUNCING` after a comma): that body's undertaking,
    still to come."""
    if phrase.start > 1 or not _will_verb(tokens, phrase.end):
        return False
    end = len(tokens)
    while end > 0 and not tokens[end - 1].text[:1].isalnum():
        end -= 1  # the full stop, a closing quotation mark
    if end < 3 or tokens[end - 1].text.lower() not in _ANNOUNCING:
        return False
    k = end - 2
    if tokens[k].text.lower() in {"has", "have"}:
        k -= 1
    reporter = k
    while k > phrase.end and tokens[k].tag in _REPORTER_TAGS:
        k -= 1
    return k < reporter and tokens[k].text == "," and tokens[k + 1].tag in {"NNP", "NNPS", "DT"}


def _will_verb(tokens: Sequence[Token], k: int) -> bool:
    """Whether "will" (adverbs after it) and a base verb stand at `k`."""
    if k >= len(tokens) or tokens[k].text.lower() != "will":
        return False
    k += 1
    while k < len(tokens) and tokens[k].tag in {"RB", "RBR"}:
        k += 1
    return k < len(tokens) and tokens[k].tag == "VB"


# "of its kind" after a superlative: "one of the largest studies of its kind" ranks a thing
# among its like, a description of one named elsewhere (or nowhere), no name a reader can use.
_KIND_PHRASE = (("of",), ("its", "their"), ("kind", "type", "sort"))


def ranked_of_its_kind(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """ "the largest studies of its kind", "the most ambitious scheme of its type": a phrase
    whose modifiers hold a superlative and which "of its kind" follows."""
    k = phrase.end
    if k + len(_KIND_PHRASE) > len(tokens):
        return False
    if any(tokens[k + n].text.lower() not in words for n, words in enumerate(_KIND_PHRASE)):
        return False
    return any(
        t.tag == "JJS" or t.text.lower() == "most" for t in tokens[phrase.body : phrase.head]
    )


class _Gates(_Clause):
    """The phrases of a sentence that are never an undertaking, whatever their evidence."""

    def _named_owner(self, phrase: Phrase) -> bool:
        """ "the U.S. Attorney's Office", "the Mayor's Fund": a capitalised head after a
        capitalised possessor is the last word of a body's name, not a new undertaking."""
        tokens = self.tokens
        if phrase.owner is None or phrase.head == 0:
            return False
        owner = tokens[phrase.owner[0] : phrase.owner[1]]
        return bool(owner) and all(t.text[:1].isupper() for t in owner if t.text[:1].isalpha())

    def _changed(self, phrase: Phrase, verb: _Verb | None, entry: Head | None) -> bool:
        """ "cut the alcohol limit", "if pensions are raised", "raised its sales targets": the
        change is what is done; the limit, the pension or the target changed (a head of weight
        1 or none) is no undertaking of its own, under this verb or any other reading
        (`_intended` names the change under an intention: "plans to cut the limit"); an active
        verb when it changes an amount (`_active_change_of_an_amount`)."""
        return (
            verb is not None
            and verb.entry.kind == "change"
            and (
                verb.passive
                or self._gerund_use(verb.index)
                or self._active_change_of_an_amount(verb.index)
            )
            and (entry is None or entry.weight < 2 or self._by_a_figure(verb, phrase))
            and not changed_modifier(self.tokens, verb.index, phrase)
        )

    def _by_a_figure(self, verb: _Verb, phrase: Phrase) -> bool:
        """ "cut its fixed deals by 2%", "raised the fares to £5": an amount verb whose
        object is followed by the size of the change is the verb's sense of changing a
        quantity (not "cut a deal"), so even an undertaking's head names only what is
        priced."""
        tokens = self.tokens
        k = phrase.end
        if verb.passive or k >= len(tokens) or tokens[k].text.lower() not in {"by", "to"}:
            return False
        if tokens[verb.index].text.lower() not in _AMOUNT_VERBS or verb.index > phrase.start:
            return False
        if tokens[phrase.head].text.lower() in _CHARGES:
            return False  # "increase income tax to 50%": a charge changed is a policy
        return any(is_figure(t) for t in tokens[k + 1 : k + 4])

    def _active_change_of_an_amount(self, verb: int) -> bool:
        """ "raised targets", "to raise the limit": a finite or infinitive verb changing an
        amount, not "put" ("put a laser on a chip") nor a progressive ("is also increasing
        efforts to ...", which goes on)."""
        token = self.tokens[verb]
        return token.tag in {"VBD", "VBZ", "VBP", "VB"} and token.text.lower() in _AMOUNT_VERBS

    def _own_place(self, phrase: Phrase) -> bool:
        """Whether `phrase` is a place its owner already works at, named after "at"
        and "its/their" with no verb of undertaking on it ("at its vast Dunmore factory"); a
        new one ("at its new plant") may be the undertaking."""
        tokens = self.tokens
        if phrase.owner is None or phrase.start < 1:
            return False
        if tokens[phrase.owner[0]].text.lower() not in {"its", "their"}:
            return False
        if tokens[phrase.start - 1].text.lower() != "at":
            return False
        return not any(t.text.lower() in _NEWLY for t in tokens[phrase.body : phrase.head])

    def _put_to(self, verb: int) -> bool:
        """Whether the verb at `verb` is "put" with "to" right after it ("is being put to
        good use", "put to the test"): a use or a trial of what exists, not the change "put"
        names with a place ("put more police on the streets")."""
        tokens = self.tokens
        if tokens[verb].text.lower() not in {"put", "puts", "putting"}:
            return False
        return verb + 1 < len(tokens) and tokens[verb + 1].text.lower() == "to"

    def _gerund_use(self, verb: int) -> bool:
        """ "cutting the limit would save lives": a gerund, not "is also increasing efforts"."""
        return self.tokens[verb].tag == "VBG" and not _after_be(self.tokens, verb)

    def _excluded(
        self, phrase: Phrase, verb: _Verb | None, proper: bool, entry: Head | None
    ) -> bool:
        """True for a phrase that names a body, a person, a place or a clause misread as a
        phrase, not an undertaking (the gates before any evidence is weighed)."""
        tokens, lex = self.tokens, self.lex
        head_token = tokens[phrase.head]
        body = tokens[phrase.body : phrase.end]
        head_word = head_token.text.lower()
        established = (
            proper
            and entry is not None
            and (len(body) > 1 or self._named_owner(phrase))
            and not titled(tokens, phrase)  # "the Clean Rivers Bill": a law, not a body
        )
        if established and (verb is None or verb.entry.kind != "create"):
            return (
                True  # "International Monetary Fund", "Sage Centre": a body or a place that exists
            )
        if other_sense(tokens, phrase.body, phrase.head, lex):
            return True
        if aired_on(tokens, phrase.head, phrase.end, lex):
            return True  # "called into his program on Fox News": a broadcast, no scheme
        if ranked_of_its_kind(tokens, phrase):
            return True  # "one of the largest studies of its kind": a description, no name
        if any(
            tokens[k].text in _ARTICLES and tokens[k + 1].text[:1].islower()
            for k in range(phrase.start + 1, phrase.end - 1)
        ):
            return True  # "company Batiste The campaign": a full stop lost, two sentences
        if head_word in _MADE_ONLY and (verb is None or verb.entry.kind != "create"):
            return True  # "urged the club to reject": a body; only "started a lunch club" is new
        if (
            verb is not None
            and head_word in _AIMS
            and tokens[verb.index].text.lower() in _OUTCOME_VERBS
        ):
            return True  # "reaching their European target": an outcome, no undertaking
        if verb is not None and _argued(tokens, verb.index):
            return True  # "defended the deal, arguing that it would open two routes": an effect
        made = None
        if verb is not None and not (verb.passive and tokens[verb.index].tag != "VBN"):
            made = verb.entry.kind  # not "the summit opens": what an occasion does
        asked = tokens[verb.index].text.lower() if made is not None and verb is not None else ""
        if occasion(head_word.removesuffix("s"), made, asked):
            return True  # "take part in a TV debate", "the summit opens": an event, no undertaking
        if head_word in _DATE_HEADS:
            return True  # "the year beginning 1 April": a date, never an undertaking
        if entry is None and head_word in _RESULTS:
            return True  # "announced net profits of 300m euros": a result, no undertaking
        if verb is None and self._own_place(phrase):
            return True  # "makes 100,000 cars a year at its vast Dunmore factory": there
        if verb is not None and self._put_to(verb.index):
            return True  # "the plant is being put to good use": used, nothing changed or new
        if already_there(tokens, phrase, verb, entry):
            return True  # "operates digital mobile networks", "its existing scheme": there
        if price_changed(tokens, verb.index if verb is not None else None, phrase):
            return True  # "cut bills for 40,000 households": a price, not a law
        if (
            verb is not None
            and verb.entry.kind in {"propose", "run", "create"}
            and tokens[verb.index].tag in {"VBZ", "VBP"}
            and phrase.owner is not None
            and tokens[phrase.owner[0]].tag == "PRP$"
            and (entry is None or entry.weight <= 1)
        ):
            # "Vendia offers its technology on a chip", "we build our own satellite systems":
            # what it habitually sells or makes, no undertaking
            return True
        if (
            verb is not None
            and lex.verbs.get(tokens[verb.index].text.lower()) is verb.entry
            and verb.entry.kind in {"propose", "run", "create"}
            and verb.entry.particle is None  # "calls for decent wages": a demand
            and tokens[verb.index].tag in {"VBZ", "VBP"}
            and phrase.start == phrase.body
            and head_token.tag == "NNS"
            and not proper
            and (entry is None or entry.weight <= 2)
            and not any(t.text == "new" for t in body)
        ):
            # "the firm also offers internet services", "it runs training courses": a kind of
            # thing it sells or does as a rule, with no one of them named
            return True
        if (
            phrase.start >= 2
            and tokens[phrase.start - 1].text.lower() in {"for", "of"}
            and tokens[phrase.start - 2].text.lower() in _SPEAKS_FOR
        ):
            return True  # "a spokesman for the Bush-Cheney campaign": the body someone speaks for
        if tokens[phrase.start].text.lower() in {"any", "every", "each", "no"}:
            return True  # "any video programme created by the villagers": no one undertaking
        if _misread_plans(tokens, phrase):
            return True  # "Seoul plans to install solar": a clause, read as one by `_intended`
        if (
            phrase.body < phrase.head
            and phrase.body > 0
            and tokens[phrase.body - 1].text.lower() in {"and", "to", "or", ","}
            and (
                lex.verbs.get(tokens[phrase.body].text) is not None
                or (tokens[phrase.body].tag in {"VBD", "VBN"} and phrase.start == phrase.body)
            )
        ):
            return True  # "and introduce market reforms", ", implemented Wall Street reforms"
        if (
            tokens[phrase.body].text.lower().rstrip(".") in titles()
            and phrase.body < phrase.head
            and all(t.tag in PROPER_TAGS for t in body[1:])
        ):
            return True  # "Mr. Band", "Senator Kell": a person, however "band" reads
        if all(t.text.lower().rstrip(".") in titles() for t in body):
            return True  # "Created a Dame, she ...": a title given, no undertaking
        if phrase.body + 1 == phrase.end and head_token.tag in PROPER_TAGS:
            known = self.discourse.resolve(head_token.text, head_token.start)
            if known is not None and known.kind is NameKind.PERSON:
                return True  # "to introduce Bond" (Beverly Bond, named before): a person
        if any(
            phrase.start == s.start and tokens[v].text.lower() in _REPORTING
            for v, s in self.subjects.reporters
        ):
            return True  # "the Clinton campaign said": a body that speaks, not an undertaking
        # "told the BBC News website", "the Today programme" (an example of undertakings is one).
        return (
            (verb is None or verb.entry.kind != "create")
            and phrase.start not in self.listed
            and head_word in _OUTLETS
            and any(t.tag in PROPER_TAGS for t in body[:-1])
            and not any(t.text == "new" for t in body)
            and not future_subject(tokens, phrase)
        )


def _argued(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the verb at `verb` follows "will" or "would" (adverbs between) in a clause given
    as the reason for a stance (`argued_effect`): what it makes is an effect someone argues,
    no one's undertaking, whatever the verb ("open two routes", "build a new depot")."""
    k = verb - 1
    while k > 0 and tokens[k].tag in {"RB", "RBR"}:
        k -= 1
    return k > 0 and tokens[k].text.lower() in {"will", "would"} and argued_effect(tokens, k)
