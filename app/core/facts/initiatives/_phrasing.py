"""Reading a sentence's tokens for initiatives: tagging it (without a dateline, a long one in
pieces), and the extent of a phrase and what stands around it (the complement its head takes,
further coordinated objects, a negation, an existential "there will be", a form of "be").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from app.core.document import Sentence
from app.core.facts.initiatives._lexicon import Head, Lexicon, lexicon
from app.core.facts.model import InitiativeStatus
from app.core.facts.nlp.phrases import NOUN_TAGS, Phrase
from app.core.facts.nlp.tagger import Token, tag_sentence

_PIECE = 1500  # characters of one tagged piece: a "sentence" without full stops is cut
_BE = frozenset("is are was were be been being 's 're".split())
# Heads of talking: "talks with the bank about its investment" are about the investment.
_TALKS = "talks negotiations discussions".split()
_PREPOSITIONS: dict[str, frozenset[str] | None] = {
    # preposition -> the heads it opens a complement for (None: any head that takes one)
    "of": None,
    "for": None,
    "on": None,
    # "an inquiry into X", "its investment into Y"; not "turned the reform bill into a
    # movement", where "into" is the verb's
    "into": frozenset(
        """inquiry inquiries investigation investigations probe probes review reviews research
        study studies investment investments expansion foray push""".split()
    ),
    "against": None,
    "in": frozenset("investment investments stake".split()),
    "about": frozenset(_TALKS),
    "over": frozenset(_TALKS),
    # "reforms to its tax system", "a grant to the council"; not "hitched his bid to a
    # principle", where "to" is the verb's
    "to": frozenset(
        """reform reforms change changes amendment amendments cut cuts upgrade upgrades
        extension extensions improvement improvements grant grants loan loans subsidy
        subsidies contribution contributions offer offers""".split()
    ),
    "with": frozenset(
        """deal deals agreement agreements partnership partnerships talks pact merger
        alliance venture joint-venture settlement contract""".split()
    ),
}
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
    for k in range(1, len(tokens)):
        if tokens[k].text in _CURRENCY and tokens[k - 1].tag == "POS":
            # "Harlow Rail's £2bn upgrade programme": a sum the owner's, no proper noun
            tokens[k] = tokens[k]._replace(tag="$")
    return _head_nouns(tokens, lexicon())


_CURRENCY = frozenset("£$€")

# Prepositions of where a verb with no object goes: "to return to profit", "to move into Asia".
_WHERE_TO = frozenset({"to", "into"})


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


def _complement_end(
    tokens: Sequence[Token], phrase: Phrase, head: Head, by_start: dict[int, Phrase]
) -> int:
    """The token end of the name with the complement its head takes, or the phrase's end."""
    k = phrase.end
    if k + 1 >= len(tokens):
        return k
    word = tokens[k].text.lower()
    head_word = tokens[phrase.head].text.lower()
    if head.takes_to and word == "to" and tokens[k + 1].tag == "VB":
        if tokens[k + 1].text.lower() == "be":
            return k  # "called for the plans to be scrapped": what is done to it, no aim of it
        j = k + 2
        if j < len(tokens) and tokens[j].tag == "RP":
            j += 1
            if j < len(tokens) and tokens[j].tag == "IN":
                j += 1  # "a campaign to clamp down on file-sharing"
        obj = _phrase_at(tokens, by_start, j)
        if obj is None and j < len(tokens) and tokens[j].tag in {"VBG", "VBN"}:
            # "to test imported drugs": a participle before its noun; "to cut smoking": a
            # gerund as the object
            after = by_start.get(j + 1)
            return after.end if after is not None else j + int(tokens[j].tag == "VBG")
        if obj is None and j + 1 < len(tokens) and tokens[j].text.lower() in _WHERE_TO:
            # "a plan to return to profit by 2028", "a bid to move into Asia": a verb with no
            # object, and where it goes (unless that is a time)
            target = by_start.get(j + 1)
            if target is not None and not _is_time(tokens, target, by_start):
                return target.end
            if target is None and tokens[j].tag == "IN" and tokens[j + 1].tag in {"VB", "NN"}:
                return j + 2  # "to return to profit", "profit" read as a verb after "to"
        end = _object_end(tokens, by_start, obj)
        if end is not None and end + 1 < len(tokens) and tokens[end].tag == "TO":
            # "a campaign to encourage people to recycle old devices": the object's own
            # infinitive says what it is for ("a campaign to encourage people" is a fragment)
            end = _infinitive_end(tokens, end, by_start) or end
        return end or k
    if head.brought and word == "for" and tokens[k + 1].tag == "VBG":
        return k  # "a suspension for shoving a player": why it was brought, not what it is
    allowed = _PREPOSITIONS.get(word, frozenset())
    if not head.takes_pp or (allowed is not None and head_word not in allowed):
        return k
    if word == "to" and tokens[k + 1].tag not in {"DT", "PRP$"}:
        return k  # "to" opens a noun phrase only with a determiner: "reforms to its tax system"
    obj = by_start.get(k + 1)
    if obj is None and word in {"of", "on", "into"} and tokens[k + 1].tag == "VBG":
        # "a review of monitoring", "a ban on fishing its waters": a gerund as the noun, with
        # its object when one follows
        after = by_start.get(k + 2)
        return after.end if after is not None else k + 2
    if obj is None:
        return k
    if word == "on" and tokens[obj.head].text.lower() in _STATES and obj.end - obj.body == 1:
        return k  # "put the plan on hold": the plan's state, not what it is about
    if _is_time(tokens, obj, by_start):
        # "in 2005", "for the next five years": when, not what; "with the regulator last
        # year": what, then when
        end = _before_time(tokens, obj)
        return end if end is not None else k
    if tokens[obj.head].tag == "CD":
        return k
    end = obj.end
    gerund = word == "of" and tokens[obj.start].tag == "VBG"
    if gerund and end + 1 < len(tokens) and tokens[end].text.lower() == "to":
        # "its policy of requiring staff to sign X": the gerund's clause is one whole
        clause_end = _infinitive_end(tokens, end, by_start)
        if clause_end is not None:
            return clause_end
        j = end + 1  # "of allowing cafes to open late", "to stay open": the verb and its words
        while j < len(tokens) and tokens[j].tag in {"VB", "RP", "RB", "JJ"}:
            j += 1
        return j if j > end + 1 else end
    if word == "for" and end + 1 < len(tokens) and tokens[end].tag == "TO":
        # "an agreement for US troops to leave the country": "for X to <verb>" is one clause,
        # the name ends with its object (or is the head alone)
        clause_end = _infinitive_end(tokens, end, by_start)
        return clause_end if clause_end is not None else k
    if end + 1 < len(tokens) and tokens[end].text.lower() == "and":
        other = by_start.get(end + 1)
        # "reforms to its tax and benefits system": both are its object; not "a programme
        # for crews and a green bond", where "a" opens a second undertaking of its own.
        fresh = other is not None and tokens[other.start].text.lower() in {"a", "an"}
        if other is not None and tokens[other.head].tag in NOUN_TAGS and not fresh:
            end = other.end
    if (
        word == "with"
        and head_word in _TALKS
        and end + 1 < len(tokens)
        and tokens[end].text.lower() in {"about", "on", "over"}
        and (topic := by_start.get(end + 1)) is not None
    ):
        return topic.end  # "talks with the bank about its investment": what they are about
    if end + 1 < len(tokens) and tokens[end].text.lower() in {"of", "to"}:
        more = by_start.get(end + 1)  # "campaign against operators of file-sharing networks"
        if more is not None and tokens[more.head].text.lower() not in _TIME_HEADS:
            end = more.end
    return end


# Nouns of a state after "on": "put the plan on hold", "the project is on track".
_STATES = frozenset("hold ice track course schedule".split())

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


def _before_time(tokens: Sequence[Token], obj: Phrase) -> int | None:
    """For a phrase that runs from a noun on into a time ("the attorney general last year"),
    the end of its noun; else None."""
    for m in range(obj.start + 1, obj.head):
        if tokens[m].text.lower() in _TIME_OPENERS and tokens[m - 1].tag in NOUN_TAGS:
            return m
    return None


def _infinitive_end(tokens: Sequence[Token], to: int, by_start: dict[int, Phrase]) -> int | None:
    """The end of "to <verb> [<verb>-ing] <object>" at `to`, or None when it has no object."""
    j = to + 1
    if j >= len(tokens) or tokens[j].tag != "VB":
        return None
    j += 1
    while j < len(tokens) and tokens[j].tag in {"VBG", "VB", "RP"}:
        j += 1  # "to begin leaving", "to pull out"
    return _object_end(tokens, by_start, _phrase_at(tokens, by_start, j))


# Words for a share of something, which name nothing without their "of" phrase.
_SHARES = frozenset(
    """half part some most all much many each both one share portion rest remainder bulk
    majority dozens hundreds thousands millions scores""".split()
)


def _object_end(
    tokens: Sequence[Token], by_start: dict[int, Phrase], obj: Phrase | None
) -> int | None:
    """The end of an infinitive's object, with its "of" phrase ("to cap the cost of insulin"),
    which a share needs ("to cover half of the cost"); None when there is no object or the
    share's "of" phrase is no noun phrase ("to cover half of that": a fragment, so no
    complement at all)."""
    if obj is None:
        return None
    if obj.end - obj.body == 1 and tokens[obj.head].text.lower() in _SHARES:
        if obj.end + 1 >= len(tokens) or tokens[obj.end].text.lower() != "of":
            return None
        whole = by_start.get(obj.end + 1)
        return whole.end if whole is not None else None
    if obj.end + 1 < len(tokens) and tokens[obj.end].text.lower() == "of":
        whole = by_start.get(obj.end + 1)  # "to cap the monthly cost of insulin": what it is of
        if whole is not None and not _is_time(tokens, whole, by_start):
            return whole.end
    if obj.end + 1 < len(tokens) and tokens[obj.end].text.lower() == "for":
        whole = by_start.get(obj.end + 1)  # "to cut funding for rural bus routes": what for
        if whole is not None and not _is_time(tokens, whole, by_start):
            return whole.end
    return obj.end


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
    if (
        tokens[phrase.end].text.lower() == "to"
        and tokens[phrase.end + 1].text.lower() not in lex.verbs
    ):
        # "reforms to its tax system", "a plan to close the city centre": what is changed or
        # done to, not what is undertaken; "a plan to launch a fund" names the fund
        return None
    start = phrase.end + 1
    for k in range(start, end):
        entry = lex.heads.get(tokens[k].text.lower())
        if (
            entry is not None
            and entry.weight >= max(2, outer.weight)
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
