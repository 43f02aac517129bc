"""Initiative facts: undertakings named by whole noun phrases (or an intended action), with
actor and status.

Per sentence, on the shared language layer (`facts.nlp`: tagged tokens, noun-phrase chunks,
clause subjects):

1. Candidates are whole noun phrases: the object of a verb of undertaking ("launched a
   pilot scheme", "set up a new office", "invest in a data centre"; the lexicon
   initiatives_verbs.txt), the subject of one in the passive ("the scheme was launched"), or a
   phrase headed by an undertaking noun ("the Connected World initiative", "an inquiry into
   X"; initiatives_heads.txt). The name is the phrase without its determiner or possessor,
   with the of/for/on/into phrase or "to <verb> <object>" its head takes. One kind is a verb
   phrase: an action verb and its object under an intention that someone holds ("Nordbrew
   plans to shut 40 depots"; initiatives_actions.txt), when no undertaking noun names it.
2. Evidence is scored with `_weights.WEIGHTS` (a verb of undertaking, the head's weight, a name,
   "new", a sum, a possessor, repeated mention; a bare head, an unnamed plural, a head used in
   another sense, a match report count against).
3. The actor is the verb's subject, the "by" agent of a passive, the possessor ("its Project
   xCloud" -> the body "its" refers to), or the parties "between A and B"; pronouns and
   descriptions resolve through the shared tracker (`nlp.discourse`); a dateline is never read.
   A description of an office ("Sri Lanka's president") is the holder a sentence beside names
   by that title ("President Kumaratunga"; `_role_holders`).
4. The status comes from the verb's kind, tense and aspect (`_status`).
5. Repeated mentions (same head, one's words within the other's) merge; those at or above the
   threshold are listed, at most `max_items` (more for a long article), best first.

The headline is read too (`_headline`): its undertaking raises the body's mention of it, or is
listed by the headline's phrase when the body refers to it only by its head ("the plan").
Readers' comments at a page's end (`_comments`) are not read. Tagging and phrase extents are in
`_phrasing`; gates in `_gates`, scoring in `_scoring`, who acts in `_clause_actors`; finding
candidates in `_candidates` and its readers (`_intended`, `_legal`, `_gerunds`,
`_clause_places`), after a word-level test of whether a sentence is worth tagging (`_prefilter`);
merging mentions in `_merging`; this module makes the pass over the
document.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.document import Document
from app.core.facts.initiatives._actor import affiliations, spokespeople
from app.core.facts.initiatives._bare_descriptions import without_bare_description
from app.core.facts.initiatives._candidate import Candidate
from app.core.facts.initiatives._candidates import _Sentence
from app.core.facts.initiatives._comments import comment_start
from app.core.facts.initiatives._headline import (
    HEADLINE,
    headline_candidates,
    one_proposal_once,
    with_headline,
    without_restated,
)
from app.core.facts.initiatives._lexicon import lexicon
from app.core.facts.initiatives._merging import _innermost, _merge, _named_after
from app.core.facts.initiatives._phrasing import _body_start, _tokens
from app.core.facts.initiatives._prefilter import Prefilter
from app.core.facts.initiatives._role_holders import role_holder
from app.core.facts.initiatives._scoring import _STATUS_OF_HEAD
from app.core.facts.initiatives._senses import sport_report, sport_sense_possible
from app.core.facts.initiatives._shouted_names import as_the_body_writes
from app.core.facts.initiatives._titled_names import titled_text
from app.core.facts.initiatives._weights import WEIGHTS, Weights
from app.core.facts.model import InitiativeFact
from app.core.facts.nlp.discourse import ORGANISATION_NOUNS, PERSON_NOUNS, Discourse
from app.core.furniture import FurnitureKind

__all__ = ["extract"]


# Both open on the letter itself, not on "\b" (the same matches: (?i)y is Y or y, and no word
# character stands before it), so the engine skips ahead to each Y or y.
_SECOND_PERSON = re.compile(r"[Yy](?<!\w[Yy])(?i:ou|our|ours|ourself)\b")
_YOU = re.compile(r"[Yy](?<!\w[Yy])(?i:ou)\b")  # not "your": "strategies to improve your sleep"
_QUOTE_MARKS = re.compile('["“”‘’]')


# Sentence adverbs and conjunctions that a name finder may take into a name at a sentence's
# start ("Now Vendia has shelved ...").
_OPENERS = frozenset("now yet but and so then also meanwhile however still instead even".split())


# Nouns any body or party may be called: unresolved, they tell the reader nothing ("the firm",
# "both sides", "the group"), unlike a role that names one body ("the government").
_ANY_BODY = frozenset("firm company group business side party organisation organization".split())

# Pronouns of quantity that stand as a subject ("Neither has tabled a bid", "Both plan to
# bid"): they name no one a reader can place.
_QUANTITY_PRONOUNS = frozenset("neither either none both each all some any nobody".split())


# Determiners of an indefinite number of a kind: "some lenders", "other game makers", "several
# operators" name no one; what they do is a trend or a guess, no one's undertaking.
_INDEFINITE = frozenset("some other others many several few various numerous most".split())


def _by_no_one_in_particular(actor: str | None) -> bool:
    """Whether `actor` is an indefinite number of a kind ("Some lenders have withdrawn their
    mortgage products", "Other game makers may build copycat systems")."""
    return actor is not None and actor.split(" ", 1)[0].lower() in _INDEFINITE


def _of_no_one_in_particular(name: str) -> bool:
    """Whether the item `name` opens on "other" ("Other efforts to supplement the scheme"):
    more undertakings besides those named, left unnamed, none a reader can check ("several
    centres which the telco has set up" are counted things, said to exist)."""
    return name.split(" ", 1)[0].lower() == "other"


# Mass nouns for kinds of means, which "new" alone does not make one undertaking: "invest in
# new technology", "introducing a new technology requires ..." (the reader sets, twice).
_MEANS = frozenset("technology technologies equipment infrastructure machinery".split())


def _new_means_alone(name: str) -> bool:
    """Whether the item `name` is "new" and a mass noun of means and nothing else ("new
    technology"): a kind of thing, not a named undertaking ("new 3D audio technology" is)."""
    words = name.lower().split()
    return len(words) == 2 and words[0] == "new" and words[1] in _MEANS


# Last words of a body's name besides the nouns said of any body: "His Majesty's Prison Service".
_BODY_NAME_ENDS = frozenset("service board office administration bureau fund".split())


# Heads of a description that names a thing, never one who acts: a sum ("The money will pay
# for ...", "the funding") or an undertaking itself ("The scheme will give ...").
_THINGS = frozenset(
    "money cash funding funds sum sums grant grants investment budget scheme plan programme "
    "project initiative policy strategy".split()
)


# Words a headline in title case capitalises that a body's name writes in lower case or not at
# all: "Council To Widen Scheme To Let Families ..." is a headline the tracker read as one name.
_HEADLINE_WORDS = frozenset("To As Is Are Will Says Say".split())


def _headline(actor: str) -> bool:
    """Whether `actor` is a headline in title case, not a body's name: two or more of
    `_HEADLINE_WORDS` after its first word ("Campaign To Protect Rural England" has one)."""
    return sum(1 for word in actor.split()[1:] if word in _HEADLINE_WORDS) >= 2


def _plain_actor(actor: str | None, led: dict[str, str]) -> str | None:
    """`actor` without an opening sentence adverb ("Now Vendia" -> "Vendia") or role word
    ("Defender Sam Okoro" -> "Sam Okoro"); None for a description cut to one capitalised noun
    ("Company" from "The Company said") or a headline (`_headline`): it names no one. A
    person the article introduces as leading a body (`led`: "Lib Dem leader Charles Kennedy")
    stands for that body: the pledge or the launch is the party's or the firm's; one the
    article introduces as a spokesman (mapped to "") leads nothing."""
    if actor is None or _headline(actor):
        return None  # a headline is no one's name: no actor rather than a wrong one
    if actor in led:
        return led[actor] or None
    person = actor.partition("’s ")[2] if "’s " in actor else actor.partition("'s ")[2]
    names = person.split()
    if (
        2 <= len(names) <= 3
        and all(w[:1].isupper() for w in names)
        and names[-1].lower() not in ORGANISATION_NOUNS | _BODY_NAME_ENDS
    ):
        actor = person  # "the Union Party's Nachman Shai": the person named (not a body's
        # name with a possessive in it: "St Aldric's Hospital Trust")
    words = actor.split(" ")
    while len(words) > 1 and words[0].lower() in _OPENERS:
        words = words[1:]
    if len(words) > 2 and words[0].lower() in PERSON_NOUNS and words[1][:1].isupper():
        words = words[1:]
    if (
        len(words) == 1
        and words[0].lower() in ORGANISATION_NOUNS | PERSON_NOUNS | _QUANTITY_PRONOUNS
    ):
        return None
    if words[-1].lower().removesuffix("s") in _ANY_BODY and all(w.islower() for w in words[1:]):
        return None  # "the firm", "both sides" left unresolved: could be anyone
    if words[-1].lower() in _THINGS and all(w.islower() for w in words[1:]):
        return None  # "The money will pay for new sea walls": a thing, no one who acts
    return " ".join(words)


def _readable(text: str, cand: Candidate) -> bool:
    """Whether the name of `cand` is whole words a reader can use.

    Never a piece of a word ("t drive" from "won't drive", "a near 1-1" cut from "1-1/2") and
    never advice to the reader ("strategies to modify your behaviour": a how-to, no news).
    """
    before = text[max(0, cand.start - 2) : cand.start].rjust(2)
    if before[1].isalnum() or (before[1] in "'’" and before[0].isalnum()):
        return False  # inside a word, or after its clitic ("won't"); not after a quote mark
    after = text[cand.end : cand.end + 2]
    if after[:1].isalnum() or (after[:1] in "/-–" and after[1:2].isalnum()):
        return False
    return _SECOND_PERSON.search(text, cand.start, cand.end) is None


def _named(text: str, cand: Candidate) -> bool:
    """Whether the name of `cand` says which undertaking it is: more than one word, or a
    capitalised one ("PSP"). A lower-case head alone ("bill", "pilot", "campaign") names
    nothing a reader can use, whatever the evidence that one exists."""
    name = text[cand.start : cand.end]
    return " " in name or name[:1].isupper()


def _names_a_body(name: str, bodies: set[str]) -> bool:
    """Whether an item of several words is, case aside, the name of a body the article names
    ("Carrow airport" beside "Carrow Airport said"): the body itself, no undertaking of it ("PSP"
    alone may be the product a firm of that name launches)."""
    return " " in name and name.lower() in bodies and not titled_text(name)


def _with_antecedent_actor(cand: Candidate, earlier: list[Candidate]) -> Candidate:
    """ "Harbour officials unveiled a plan ... The plan includes a new visitor centre": the
    example takes the actor of the last earlier candidate it refers back to (of that head, or
    any for "It includes"), when that one has an actor."""
    if cand.actor is not None or cand.example_of is None:
        return cand
    head = cand.example_of
    antecedent = next((c for c in reversed(earlier) if not head or c.head == head), None)
    if antecedent is None or antecedent.actor is None:
        return cand
    status = cand.status
    if status == "unknown":  # what a plan includes is planned; what a launch includes, launched
        status = _STATUS_OF_HEAD.get(antecedent.head, antecedent.status)
    return replace(cand, actor=antecedent.actor, status=status)


# Share of the article's own sentences that address the reader from which it is a how-to, a
# review or an advice column (on the unlabelled saved pages: tips, recipes, reviews 0.20-0.46;
# news reports under 0.15): its "undertakings" are advice, no news.
_ADVICE_SHARE = 0.2
_ADVICE_MIN = 5  # sentences: a shorter text says too little about whom it is written for


def _addresses_reader(sentence: str) -> bool:
    """ "you should give it a shot": "you" outside any quotation."""
    return bool(_YOU.search(sentence)) and not _QUOTE_MARKS.search(sentence)


def _advice(document: Document) -> bool:
    """Whether `document` is written to the reader ("you", "your": `_ADVICE_SHARE`)."""
    own = [s.text for s in document.sentences if not s.is_furniture]
    to_reader = sum(
        1 for s in own if _SECOND_PERSON.search(s) is not None and not _QUOTE_MARKS.search(s)
    )
    return len(own) >= _ADVICE_MIN and to_reader >= _ADVICE_SHARE * len(own)


def extract(document: Document, weights: Weights = WEIGHTS) -> list[InitiativeFact]:
    """The initiatives of `document`, in text order, each once, with actor and status."""
    if _advice(document):
        return []
    text = document.text
    lex = lexicon()
    worth_tagging = Prefilter(lex)
    discourse = Discourse()
    comments = comment_start(document)
    cands: list[Candidate] = []
    datelines = {f.start: f.end for f in document.furniture if f.kind is FurnitureKind.DATELINE}
    dateline_end: int | None = None
    sport = sport_report(text, lex)
    # In a match or transfer report a club's possessive is no evidence of an undertaking:
    # "Celtic's busy festive programme", "Arsenal's offer to the midfielder".
    read_with = replace(weights, body_owner=weights.no_verb) if sport else weights
    # The paragraph of the sentence read last and the body it opened on by a description.
    before: tuple[int, str | None] | None = None
    for sentence in document.sentences:
        if comments is not None and sentence.paragraph >= comments:
            break  # readers' views after the article: their proposals are not its facts
        if sentence.is_furniture:
            continue  # a byline, caption, heading or related link: not the article's own text
        dateline_end = datelines.get(document.paragraphs[sentence.paragraph].start, dateline_end)
        if _addresses_reader(sentence.text):
            discourse.add_sentence(text, sentence.start, sentence.end)
            before = None
            continue  # "... you should give it a shot": advice to the reader, no news
        if not worth_tagging.may_hold_one(sentence.text):
            discourse.add_sentence(text, sentence.start, sentence.end)
            before = None  # not read: what it opened on is not known
            continue  # nothing any candidate reader needs: not worth tagging
        start = _body_start(sentence, dateline_end)
        discourse.add_sentence(text, start, sentence.end)
        names = discourse.body_words(start, sentence.end)
        tokens = _tokens(text, sentence, dateline_end, names)
        reader = _Sentence(text, sentence.index, tokens, lex, discourse, read_with)
        if before is not None and before[0] == sentence.paragraph:
            reader.described_before = before[1]
        found = reader.run()
        before = (sentence.paragraph, reader.described_subject)
        cands += [_with_antecedent_actor(c, cands) for c in found]
    # The headline's undertaking, when the body's reader found a mention of its head.
    cands = with_headline(cands, headline_candidates(document, lex, read_with), read_with)
    if sport:
        cands = [
            replace(c, score=c.score + weights.sport_report) if sport_sense_possible(c.head) else c
            for c in cands
        ]
    cands = [c for c in cands if _readable(text, c)]
    chosen = _merge(cands, weights, text)
    bodies = {m.entity.name.lower() for m in discourse.organisations_between(0, len(text))}
    chosen = [
        c
        for c in chosen
        if c.score >= weights.threshold
        and _named(text, c)
        and (c.described or not _names_a_body(text[c.start : c.end], bodies))
        and not _by_no_one_in_particular(c.actor)
        and not _of_no_one_in_particular(text[c.start : c.end])
        and not _new_means_alone(text[c.start : c.end])
    ]
    chosen = _named_after(_innermost(chosen, text), text)
    limit = weights.max_items + document.word_count // weights.words_per_extra_item
    chosen = sorted(chosen, key=lambda c: -c.score)[:limit]
    chosen = one_proposal_once(without_restated(chosen, text), text)
    chosen = [without_bare_description(c, text) for c in chosen]
    led = affiliations(text) if chosen else {}
    for person in spokespeople(text) if chosen else ():
        led.setdefault(person, "")  # a spokesman speaks for someone: no actor
    return [
        InitiativeFact(
            text[c.start : c.end],
            c.start,
            c.end,
            None if c.sentence == HEADLINE else c.sentence,
            _held_by(
                _full_body_name(_plain_actor(c.actor, led), c.start, discourse, text),
                c.sentence,
                document,
            ),
            c.status,
        )
        for c in sorted(chosen, key=lambda c: c.start)
    ]


def _held_by(actor: str | None, sentence: int, document: Document) -> str | None:
    """ "Sri Lanka's president" -> "President Kumaratunga" when a sentence beside names the
    holder of that office by its title (`_role_holders`); else `actor`."""
    if actor is None or sentence == HEADLINE:
        return actor
    return role_holder(actor, sentence, document.sentences) or actor


def _full_body_name(
    actor: str | None, position: int, discourse: Discourse, text: str
) -> str | None:
    """ "Kestrel" after "Kestrel Motors": the body as the article named it in full, and as its
    text writes it ("Quillon", not the "QUILLON" of an opening in capitals)."""
    return as_the_body_writes(discourse.body_name(actor, position), text) if actor else actor
