"""Reading a sentence's tokens for initiatives: tagging it (without a dateline, a long one in
pieces), and what stands around a phrase (a time, further coordinated objects, a negation, an
existential "there will be", a form of "be"); the complement a head takes is `_complements`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from app.core.document import Sentence
from app.core.facts.initiatives._amounts import sum_only
from app.core.facts.initiatives._lexicon import Lexicon, lexicon
from app.core.facts.model import InitiativeStatus
from app.core.facts.nlp.discourse import ORGANISATION_NOUNS
from app.core.facts.nlp.lexicon import speech_verbs
from app.core.facts.nlp.phrases import NOUN_TAGS, Phrase
from app.core.facts.nlp.tagger import Token, tag_sentence
from app.core.facts.nlp.tagger.corrections import FINITE_TAGS

_PIECE = 1500  # characters of one tagged piece: a "sentence" without full stops is cut
_BE = frozenset("is are was were be been being 's 're".split())
_TIME_HEADS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday year years month months week weeks
    day days decade time quarter spring summer autumn winter night morning afternoon evening
    weekend period periods christmas easter season holidays""".split()
)
# Nouns of a point in a time: "by the end of the month" is a time, like "by March".
_TIME_POINTS = frozenset("end start beginning middle close".split())
_PURPOSE_REACH = 16  # tokens of a purpose clause between two items of a list


def _tokens(
    text: str, sentence: Sentence, dateline_end: int | None = None, names: Collection[int] = ()
) -> list[Token]:
    """The sentence's tagged tokens, without the dateline that ends at `dateline_end` (the
    document's furniture: "RIVERSIDE, Calif. (AP) —" is part of no clause); a very long
    sentence in pieces. Words at the offsets in `names` are proper nouns (names of bodies the
    discourse has read)."""
    start = _body_start(sentence, dateline_end)
    tokens: list[Token] = []
    while start < sentence.end:
        end = sentence.end
        if end - start > _PIECE:
            cut = text.rfind(" ", start, start + _PIECE)
            end = cut if cut > start else start + _PIECE
        tokens += tag_sentence(text, start, end, names)
        start = end
    tokens = _percent_nouns(_acronym_names(_state_participles(_day_adverbs(tokens))))
    return _head_nouns(_intention_verbs(_plural_subjects(tokens)), lexicon())


# Participles that describe a thing's state before its noun, never a verb there: "scrapping
# existing investigations", "replace ageing bridges", "close remaining branches".
_STATE_PARTICIPLES = frozenset("existing remaining outstanding ageing aging failing".split())


def _state_participles(tokens: list[Token]) -> list[Token]:
    """A state participle (`_STATE_PARTICIPLES`) right before a common noun (or an adjective
    of one) is an adjective: the tagger's gerund there cut the noun phrase after a verb
    ("scrapping/VBG existing/VBG discount schemes" had no object)."""
    for k in range(len(tokens) - 1):
        token = tokens[k]
        participle = token.tag in {"VBG", "VBN"} and token.text.lower() in _STATE_PARTICIPLES
        if participle and tokens[k + 1].tag in {"NN", "NNS", "JJ"}:
            tokens[k] = token._replace(tag="JJ")
    return tokens


# A body's name in capitals: "ISG", "NTL", "BAE" (letters, a digit or "&" inside).
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")


def _percent_nouns(tokens: list[Token]) -> list[Token]:
    """ "buy its 4.76% holding in the club": a word in -ing right after a percentage and
    before "in" or "of" is the noun it measures, not a verb (the tagger's gerund there cut
    "holding" from the object)."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].tag != "VBG" or tokens[k - 1].text != "%":
            continue
        if tokens[k + 1].text.lower() in {"in", "of"}:  # not "rose 5% following the sale"
            tokens[k] = tokens[k]._replace(tag="NN")
    return tokens


# Tags a word in capitals keeps: a name already, or a shouted "AND", "THE", "TO", "WILL".
_NOT_NAMES = frozenset("NNP NNPS CC DT TO MD PRP".split())


def _acronym_names(tokens: list[Token]) -> list[Token]:
    """ "the acquisition of US firm NSG next month": a word in capitals right after a noun for a
    body ("firm", "group", "operator") is that body's name, a proper noun, whatever the
    tagger read it as (an adverb there cut the name from the phrase)."""
    for k in range(1, len(tokens)):
        token = tokens[k]
        if token.tag in _NOT_NAMES or not _ACRONYM.fullmatch(token.text):
            continue
        before = tokens[k - 1]
        if before.tag == "NN" and before.text.lower() in ORGANISATION_NOUNS:
            tokens[k] = token._replace(tag="NNP")
    return tokens


# Words for a day that stand as adverbs between a subject and its verb: "Greenlane Housing
# today announced", "the council yesterday approved".
_DAY_WORDS = frozenset("today yesterday tomorrow tonight".split())
_NOUN_TAGS = frozenset("NN NNS NNP NNPS".split())


def _day_adverbs(tokens: list[Token]) -> list[Token]:
    """ "Greenlane Housing today announced a programme": a day word the tagger reads as a noun,
    between a noun and a finite verb, is an adverb; the noun before it heads the subject."""
    for k in range(1, len(tokens) - 1):
        token = tokens[k]
        if token.tag not in _NOUN_TAGS or token.text.lower() not in _DAY_WORDS:
            continue
        if tokens[k - 1].tag in _NOUN_TAGS and tokens[k + 1].tag in FINITE_TAGS:
            tokens[k] = token._replace(tag="RB")
    return tokens


# Finite verbs that take a participle after them: "has launched", "is planned", "gets paid".
_AUXILIARIES = frozenset("is has does was gets seems looks remains becomes".split())


def _plural_subjects(tokens: list[Token]) -> list[Token]:
    """ "Health bosses unveiled a plan": a word tagged a present verb ("bosses") after a noun
    and right before a past verb that takes an object is a plural noun, the subject's head (no
    finite verb but an auxiliary takes a past form after it: "says increased demand" is a
    modifier before its noun, no object)."""
    for k in range(1, len(tokens) - 2):
        token = tokens[k]
        if token.tag != "VBZ" or token.text.lower() in _AUXILIARIES:
            continue
        if tokens[k - 1].tag not in {"NN", "NNP", "JJ"} or tokens[k + 1].tag not in {"VBN", "VBD"}:
            continue
        if tokens[k + 2].tag not in {"DT", "PRP$", "CD", "$"}:
            continue
        tokens[k] = token._replace(tag="NNS")
        tokens[k + 1] = tokens[k + 1]._replace(tag="VBD")
    return tokens


# Present forms of intention verbs the tagger may read as plural nouns after a noun: "The
# hospice plans to launch an appeal" ("hospice plans" as one noun phrase).
_INTENTION_FORMS = frozenset("plans aims hopes intends wants seeks pledges promises vows".split())


def _intention_verbs(tokens: list[Token]) -> list[Token]:
    """ "The hospice plans to launch a fundraising appeal": an intention word tagged a plural
    noun right after a singular noun and before "to" and a base verb is the clause's verb when
    no finite verb follows in its clause (before a comma, a colon or the end): "Council plans
    to build a library were dropped" keeps its noun."""
    for k in range(1, len(tokens) - 2):
        token = tokens[k]
        if token.tag != "NNS" or token.text.lower() not in _INTENTION_FORMS:
            continue
        if _second_predicate(tokens, k):
            tokens[k] = token._replace(tag="VBZ")
            continue
        if tokens[k - 1].tag not in {"NN", "NNP"} or tokens[k + 1].text.lower() != "to":
            continue
        if tokens[k + 2].tag != "VB" or not _opens_clause(tokens, k - 1):
            continue
        rest = tokens[k + 3 :]
        end = next((i for i, t in enumerate(rest) if t.text in {",", ";", ":"}), len(rest))
        if any(
            t.tag in FINITE_TAGS and not _coordinated_verb(rest, i)
            for i, t in enumerate(rest[:end])
        ):
            continue
        tokens[k] = token._replace(tag="VBZ")
    return tokens


# Singular subjects a present verb in "-s" agrees with.
_SINGULAR_SUBJECTS = frozenset({"NN", "NNP"})
_SINGULAR_PRONOUNS = frozenset("it he she".split())


def _second_predicate(tokens: list[Token], k: int) -> bool:
    """ "The trust will spend £2m on repairs and plans to open a cafe": an intention word
    tagged a plural noun after "and", before "to" and a base verb, is a second verb of the
    subject when the clause before "and" has a modal or a present verb right after a singular
    subject that opens the sentence ("plans" agrees with it): "The councils will spend £2m and
    plans to ..." is no sentence, so the noun stays; so does "criticised the budget and plans
    to close X" (after a past verb "plans" may be its second object) and "has launched a review
    and plans to ..." (a verb of undertaking right before "and" may take the plans too)."""
    if k < 3 or tokens[k - 1].text.lower() != "and" or tokens[k + 1].text.lower() != "to":
        return False
    if tokens[k + 2].tag != "VB":
        return False
    finite = next(
        (
            f
            for f in range(1, k - 1)
            if tokens[f].tag in {"MD", "VBZ"} and tokens[f].text.lower() not in _BE
        ),
        None,
    )
    if finite is None:
        return False
    if any(t.text.lower() in {"that", "which", "who", ";", ":"} for t in tokens[finite : k - 1]):
        return False  # "... said that X will ... and plans": whose plans is not sure
    at = next(f for f in range(k - 2, finite - 1, -1) if tokens[f].tag.startswith(("VB", "MD")))
    if tokens[at].text.lower() in lexicon().verbs and not sum_only(tokens, at + 1, k - 1):
        return False  # "has launched a review and plans to ...": plans it may have launched
    subject = finite - 1
    while subject > 0 and tokens[subject].tag in {"RB", "RBR"}:
        subject -= 1
    head = tokens[subject]
    singular = head.tag in _SINGULAR_SUBJECTS or head.text.lower() in _SINGULAR_PRONOUNS
    return singular and _opens_clause(tokens, subject)


def _coordinated_verb(tokens: list[Token], k: int) -> bool:
    """Whether the finite verb at `k` follows "and", "but" or "or" (an adverb between): a second
    predicate of the same subject ("The trust plans to open a centre and has applied for a
    grant"), which needs a first one, so the intention word before it is a verb."""
    k -= 1
    while k >= 0 and tokens[k].tag in {"RB", "RBR"}:
        k -= 1
    return k >= 0 and tokens[k].text.lower() in {"and", "but", "or"}


def _opens_clause(tokens: list[Token], k: int) -> bool:
    """Whether the noun phrase ending at token `k` opens its clause: at the sentence's start or
    after "that" or a verb of saying ("said the council plans to"), not an object ("to back
    government plans to introduce ID cards")."""
    while k >= 0 and (
        tokens[k].tag in {"NN", "NNP", "NNPS", "JJ", "DT", "POS", "PRP$"}
        or tokens[k].text[:1].isupper()  # a name's word misread ("Ashgrove/VB Hospice")
    ):
        k -= 1
    if k < 0:
        return True
    word = tokens[k].text.lower()
    if k == 0 and tokens[k].tag in {"RB", "CC"}:
        return True  # "Now the council plans to": a sentence adverb before the subject
    return word in {"that", "which", "who"} or word in speech_verbs()


def _body_start(sentence: Sentence, dateline_end: int | None = None) -> int:
    """Where the sentence's own words start: after a dateline that ends inside it."""
    if dateline_end is not None and sentence.start <= dateline_end < sentence.end:
        return dateline_end
    return sentence.start


def _head_nouns(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """ "a cleanup drive worth $40m": an undertaking head tagged as a base verb right
    after the noun of a determined phrase, with no object after it, is the phrase's head."""
    for i in range(2, len(tokens)):
        token = tokens[i]
        if token.tag not in {"VB", "VBP"} or token.text.lower() not in lex.heads:
            continue
        if tokens[i - 1].tag != "NN" or not any(
            t.tag in {"DT", "PRP$", "POS"} for t in tokens[max(0, i - 4) : i - 1]
        ):
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            after is not None
            and after.tag in {"DT", "PRP", "PRP$", "NN", "NNS", "NNP", "JJ", "CD"}
            and after.text.lower() != "worth"
        ):
            continue  # "the firm plan a merger" (unlikely) keeps its verb
        tokens[i] = token._replace(tag="NN")
    return tokens


_QUANTIFIERS = (
    ("more", "than"),
    ("less", "than"),
    ("fewer", "than"),
    ("up", "to"),
    ("at", "least"),
)


def _phrase_at(tokens: Sequence[Token], by_start: dict[int, Phrase], j: int) -> Phrase | None:
    """The noun phrase that starts at `j`, past a quantifier ("more than 10,000 jobs")."""
    if j + 2 < len(tokens):
        pair = (tokens[j].text.lower(), tokens[j + 1].text.lower())
        if pair in _QUANTIFIERS:
            inner = by_start.get(j + 2)
            if inner is not None:
                return Phrase(j, inner.end, inner.head, j, inner.owner)
    if j + 2 < len(tokens) and tokens[j].tag == "CD" and tokens[j + 1].text.lower() == "of":
        inner = by_start.get(j + 2)  # "30 of its jets": a share of what the phrase names
        if inner is not None and j not in by_start:
            return Phrase(j, inner.end, inner.head, j, inner.owner)
    return by_start.get(j)


# Words that open a time phrase a chunker may run on from a noun: "the regulator last year".
_TIME_OPENERS = frozenset("last next this that every each".split())


def _is_time(tokens: Sequence[Token], obj: Phrase, by_start: dict[int, Phrase]) -> bool:
    """Whether `obj` names a time: "next year", "the Christmas period", "the end of the month"."""
    head = tokens[obj.head].text.lower()
    if head in _TIME_HEADS:
        return True
    if head not in _TIME_POINTS or obj.end + 1 >= len(tokens) or tokens[obj.end].text != "of":
        return False
    when = by_start.get(obj.end + 1)
    return when is not None and tokens[when.head].text.lower() in _TIME_HEADS


# Endings of a compound that measures a regime: "a four-day week", "a 32-hour week".
_REGIME_UNITS = ("-day", "-hour", "-week", "-month")


def _regime(tokens: Sequence[Token], obj: Phrase) -> bool:
    """Whether a phrase headed by a time noun names a way of working, not a time: "a four-day
    week", "a shorter school day", "a working week" (an indefinite article and a noun, gerund or
    compound of a time unit modifying the head); "a year", "a busy week", "last year" are times."""
    if obj.head - obj.body < 1 or tokens[obj.start].text.lower() not in {"a", "an"}:
        return False
    modifiers = tokens[obj.body : obj.head]
    return any(t.tag in {"NN", "VBG"} or t.text.lower().endswith(_REGIME_UNITS) for t in modifiers)


def _before_time(tokens: Sequence[Token], obj: Phrase) -> int | None:
    """For a phrase that runs from a noun on into a time ("the attorney general last year"),
    the end of its noun; else None."""
    for m in range(obj.start + 1, obj.head):
        if tokens[m].text.lower() in _TIME_OPENERS and tokens[m - 1].tag in NOUN_TAGS:
            return m
    return None


# Verbs that change an amount: their object is what an undertaking changes ("a plan to cut
# council tax": the tax exists before and after), not what is undertaken.
AMOUNT_CHANGES = frozenset(
    "cut raise reduce lower increase boost freeze double halve slash".split()
)


# Heads that name an undertaking on a thing that already exists: its of-phrase is that thing
# ("the upgrade of the ring road", "the privatisation of the postal service"): no better name
# than the whole, unless it is a stronger undertaking head ("an extension of the tax credit
# scheme": the scheme is the thing a reader looks for).
_ALTERINGS = frozenset(
    """extension expansion upgrade overhaul shake-up privatisation privatization flotation
    refurbishment renovation redevelopment modernisation modernization""".split()
)


def _inner_head(tokens: Sequence[Token], phrase: Phrase, end: int, lex: Lexicon) -> Phrase | None:
    """The head of the complement when it names the undertaking better than the phrase does.

    "a general agreement on a new funding programme", "talks about a merger": the programme
    and the merger are what is agreed or discussed; a head at least as strong as the outer one
    (and at least a "deal") inside the complement is the name a reader wants.
    """
    outer = lex.heads.get(tokens[phrase.head].text.lower())
    if outer is None or end == phrase.end:
        return None
    if tokens[phrase.end].text.lower() == "against":
        return None  # "action against a rival's new venture": the venture is its target's
    if tokens[phrase.end].text.lower() == "to" and (
        tokens[phrase.end + 1].text.lower() not in lex.verbs
        or tokens[phrase.end + 1].text.lower() in AMOUNT_CHANGES
    ):
        # "reforms to its tax system", "a plan to close the city centre", "a plan to cut
        # council tax": what is changed or done to, not what is undertaken; "a plan to launch
        # a fund" names the fund
        return None
    altered = (
        tokens[phrase.end].text.lower() == "of" and tokens[phrase.head].text.lower() in _ALTERINGS
    )
    start = phrase.end + 1
    first = start
    if tokens[phrase.end].text.lower() == "with":
        # "an agreement with pilots on pay", "a partnership with a fund": who it is made
        # with is a party, never what is undertaken
        while first < end and tokens[first].tag not in NOUN_TAGS:
            first += 1
        while first < end and tokens[first].tag in NOUN_TAGS:
            first += 1
    for k in range(first, end):
        entry = lex.heads.get(tokens[k].text.lower())
        if (
            entry is not None
            and entry.weight >= max(2, outer.weight + int(altered))
            and tokens[k].tag in NOUN_TAGS
            and (k + 1 == end or tokens[k + 1].tag not in NOUN_TAGS)
        ):
            return Phrase(start, k + 1, k, start)
    return None


def _coordinated(
    tokens: Sequence[Token], by_start: dict[int, Phrase], obj: Phrase, purpose: bool = False
) -> list[Phrase]:
    """Further objects of the same verb: "launched a platform, a data centre and a hub".

    One prepositional phrase may stand after an object ("a hub in Leeds and a fund"); with
    `purpose`, also a purpose clause ("a platform to help firms sell abroad, a hub ..."). A
    list ends on "and" or "or": a phrase after a comma with none to close the list is an
    apposition ("a plant near Toledo, the largest investment in its history") or a clause
    ("scrapped its plans, citing weak demand"), not one more object.
    """
    out: list[Phrase] = []
    closed = 0  # how many of `out` a closing "and"/"or" reaches
    end = obj.end
    while end + 1 < len(tokens) and len(out) < 4:
        if purpose and tokens[end].tag == "TO" and tokens[end + 1].tag == "VB":
            stop = next(
                (
                    m
                    for m in range(end + 2, min(len(tokens), end + _PURPOSE_REACH))
                    if tokens[m].text in {",", ";"}
                    or (
                        tokens[m].text == "and"
                        and m + 1 < len(tokens)
                        and tokens[m + 1].tag == "DT"
                    )
                ),
                None,
            )
            if stop is None:
                break
            end = stop  # past "to help SMEs sell their products globally"
        if tokens[end].tag == "IN" and (place := by_start.get(end + 1)) is not None:
            end = place.end  # past "in Lisbon" to what follows it
        if end + 1 >= len(tokens) or tokens[end].text.lower() not in {",", "and", "or"}:
            break
        k = end + 1
        if tokens[end].text == "," and k < len(tokens) and tokens[k].text.lower() == "and":
            k += 1
        nxt = by_start.get(k)
        if nxt is None:
            break
        out.append(nxt)
        if k > end + 1 or tokens[end].text.lower() != ",":
            closed = len(out)
        end = nxt.end
    if closed < len(out) and _closes_later(tokens, end):
        closed = len(out)  # "X, a national minimum wage for 16 and 17-year-olds and Y"
    return out[:closed]


def _closes_later(tokens: Sequence[Token], start: int) -> bool:
    """Whether an "and"/"or" follows `start` in the same clause (before a finite verb, a
    semicolon or a colon): a list whose words the reading above could not walk through."""
    for token in tokens[start:]:
        if token.tag in {"VBD", "VBZ", "VBP", "MD"} or token.text in {";", ":"}:
            return False
        if token.text.lower() in {"and", "or"}:
            return True
    return False


def _existential(tokens: Sequence[Token], start: int) -> InitiativeStatus | None:
    """ "there should be X" -> proposed, "there will be X" -> planned, else None."""
    k = start - 1
    while k >= 0 and tokens[k].tag in {"RB", "RBR"}:
        k -= 1  # "there would also be"
    if k < 2 or tokens[k].text.lower() != "be":
        return None
    k -= 1
    while k > 0 and tokens[k].tag in {"RB", "RBR"}:
        k -= 1  # "there would also be"
    if tokens[k].tag != "MD":
        return None
    m = k - 1
    while m >= 0 and tokens[m].tag in {"RB", "RBR"}:
        m -= 1
    if m < 0 or tokens[m].text.lower() != "there":
        return None
    return "planned" if tokens[k].text.lower() in {"will", "shall", "'ll"} else "proposed"


_NEGATIONS = frozenset("not n't never no".split())


def _negated(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the verb at `verb` is negated: "did not announce", "will never launch",
    "to no longer fund", "has no plans to cut"."""
    k = verb - 1
    while (
        k >= 0
        and verb - k <= 4
        and (
            tokens[k].tag in {"MD", "RB", "RBR", "TO", "VBD", "VBZ", "VBP"}
            or tokens[k].text == "to"
        )
    ):
        if tokens[k].text.lower() in _NEGATIONS:
            return True
        k -= 1
    if k >= 1 and tokens[k].text.lower() in {"plans", "plan", "intention"}:
        return tokens[k - 1].text.lower() == "no"  # "has no plans to cut"
    return False


def _after_be(tokens: Sequence[Token], i: int) -> bool:
    """True for a participle after a form of "be" ("was launched", "has been set up")."""
    k = i - 1
    while k >= 0 and tokens[k].tag in {"RB", "RBR"}:
        k -= 1
    return k >= 0 and tokens[k].text.lower() in _BE


def _judged(tokens: Sequence[Token], verb: int) -> bool:
    """ "Her version is considered to be the finest", "the bid was thought to be low": a passive
    verb before "to be" judges its subject; nobody plans or runs it."""
    return [t.text.lower() for t in tokens[verb + 1 : verb + 3]] == ["to", "be"]
