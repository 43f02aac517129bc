"""How far an undertaking's name runs past its head: the complement the head takes ("a plan to
return to profit by 2028", "an inquiry into X", "talks with the bank about its investment")
and the end of an infinitive's object ("to cut funding for rural bus routes").
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.initiatives._amounts import RANGE_LEADS, amount_at
from app.core.facts.initiatives._lexicon import Head
from app.core.facts.initiatives._phrasing import (
    _TIME_HEADS,
    _before_time,
    _is_time,
    _phrase_at,
)
from app.core.facts.initiatives._time_gaps import past_time
from app.core.facts.nlp.phrases import NOUN_TAGS, Phrase
from app.core.facts.nlp.tagger import Token

# Works a place names: "a factory in Bremen", "an office in Leeds" (a name, not "in the north").
_SITES = frozenset(
    """factory factories plant plants office offices centre centres center centers hub hubs
    depot depots warehouse warehouses terminal terminals campus""".split()
)
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
    # "its investment in X"; a site named by where it is, "a factory in Bremen" (`_SITES`)
    "in": frozenset("investment investments stake".split()) | _SITES,
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
# Prepositions of where a verb with no object goes: "to return to profit", "to move into Asia".
_WHERE_TO = frozenset({"to", "into"})


def _site_made_in(tokens: Sequence[Token], phrase: Phrase, obj: Phrase) -> bool:
    """ "open a factory in Bremen": a site a verb takes as its object, named by the place's
    name after "in" (not "a plant in the north", nor "built at the new factory in Gaydon",
    a place where something else is done)."""
    return (
        phrase.start > 0
        and tokens[phrase.start - 1].tag.startswith("VB")
        and all(tokens[i].tag in {"NNP", "NNPS"} for i in range(obj.body, obj.end))
    )


def _complement_end(
    tokens: Sequence[Token], phrase: Phrase, head: Head, by_start: dict[int, Phrase]
) -> int:
    """The token end of the name with the complement its head takes, or the phrase's end."""
    k = phrase.end
    named = any(t.text[:1].isupper() for t in tokens[phrase.body : phrase.end])
    timed = past_time(tokens, k, by_start) if head.takes_to and not named else k
    if timed > k and timed + 1 < len(tokens) and tokens[timed].text.lower() == "to":
        # "a plan in January to help first-time buyers": when, then what it is for (not
        # "launched the Warm Homes Scheme on Monday to ...": named, the name is enough)
        through = Phrase(phrase.start, timed, phrase.head, phrase.body, phrase.owner)
        whole = _complement_end(tokens, through, head, by_start)
        return whole if whole > timed else k
    if k + 1 >= len(tokens):
        return k
    word = tokens[k].text.lower()
    head_word = tokens[phrase.head].text.lower()
    verb = _quoted_verb(tokens, k + 1) if word == "to" else None
    if head.takes_to and word == "to" and (tokens[k + 1].tag == "VB" or verb is not None):
        if tokens[k + 1].text.lower() == "be":
            return k  # "called for the plans to be scrapped": what is done to it, no aim of it
        j = k + 2 if verb is None else verb + 2
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
        if end is not None:
            end = causative_end(tokens, by_start, j - 1, end) or end  # "to let passengers rent"
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
    if word == "of" and tokens[k + 1].text.lower() in RANGE_LEADS:
        # "a discount of up to 25% for carers": an amount, not a noun phrase "up"
        return _amount_end(tokens, k + 1, by_start) or k
    if word in {"of", "into", "on"} and tokens[k + 1].text.lower() in _WH_WORDS:
        # "a review of how airlines handle refunds", "an inquiry into whether the bank knew":
        # a question as what is looked into, the name runs to its clause's end
        return _question_end(tokens, k + 1, head_word) or k
    if word == "of" and tokens[k + 1].tag == "VBG" and _accused(tokens, phrase.start):
        return k  # "accused the Greenway campaign of misleading voters": the charge is the verb's
    obj = by_start.get(k + 1)
    if obj is None and word in {"of", "on", "into", "against"} and tokens[k + 1].tag == "VBG":
        # "a review of monitoring", "a ban on fishing its waters", "a campaign against
        # littering": a gerund as the noun, with its object when one follows
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
    if word == "in" and head_word in _SITES and not _site_made_in(tokens, phrase, obj):
        return k  # "a plant in the north", "at its offices in Leeds": no new site named
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
    elif end + 1 < len(tokens) and tokens[end].text.lower() == "into":
        # "a fund for research into dementia": the complement's head takes its own "into"
        # complement ("research into X", as "an inquiry into X" does)
        takers = _PREPOSITIONS["into"]
        more = by_start.get(end + 1)
        if (
            takers is not None
            and tokens[end - 1].text.lower() in takers
            and more is not None
            and not _is_time(tokens, more, by_start)
        ):
            end = more.end
    return end


# Verbs whose object takes "of <gerund>" as what it is said to have done: "accused the
# campaign of misleading voters", "cleared the board of hiding losses".
_ACCUSING = frozenset(
    """accuse accuses accused accusing suspect suspects suspected convict convicts convicted
    acquit acquits acquitted clear clears cleared""".split()
)
# How far back the verb of a phrase is looked for: "accused the council and the campaign".
_VERB_REACH = 8


def _accused(tokens: Sequence[Token], start: int) -> bool:
    """Whether the phrase opening at `start` is the object of a verb of accusing (`_ACCUSING`),
    read back over its determiners and the objects joined to it."""
    for j in range(start - 1, max(-1, start - 1 - _VERB_REACH), -1):
        if tokens[j].tag.startswith("VB") or tokens[j].tag == "MD":
            return tokens[j].text.lower() in _ACCUSING
    return False


# Words that open a question a head of looking into takes as its complement: "a review of how
# X", "an inquiry into whether Y".
_WH_WORDS = frozenset("how whether why what who".split())
# Heads of looking into that take such a question; and how long the question may run (a longer
# clause is not read to its end with any confidence).
_QUESTIONING = frozenset(
    """review reviews inquiry inquiries investigation investigations probe probes study
    studies research consultation consultations audit audits""".split()
)
_QUESTION_REACH = 14


def _question_end(tokens: Sequence[Token], k: int, head_word: str) -> int | None:
    """The end of a question opened by the wh-word at `k` after a head of looking into (the
    clause up to a comma, a semicolon, a colon, a bracket or the sentence's end), or None for
    another head or a question too long to read."""
    if head_word not in _QUESTIONING:
        return None
    j = k + 1
    while j < len(tokens) and tokens[j].text not in {",", ";", ":", "(", ".", "?", "!"}:
        j += 1
    if j - k < 3 or j - k > _QUESTION_REACH:
        return None  # "a review of how": nothing asked; or a clause too long to name it
    return j


# Words of an amount after its figure: "25 per cent", "40 %", "500m pounds".
_AMOUNT_WORDS = frozenset("% per cent percent pounds dollars euros a an year week month".split())


def _amount_end(tokens: Sequence[Token], k: int, by_start: dict[int, Phrase]) -> int | None:
    """The end of an amount at `k` ("up to 25%") with the "for" phrase after it ("for full-time
    carers": whom it is for), or None when no figure follows the words before one: a name never
    ends on "up" or "to" before its amount."""
    amount = amount_at(tokens, k, RANGE_LEADS, _AMOUNT_WORDS)
    figure, j = amount.figure, amount.end
    if j == figure or not any(t.text[:1].isdigit() or t.tag == "CD" for t in tokens[figure:j]):
        return None
    if j + 1 < len(tokens) and tokens[j].text.lower() == "for":
        whom = by_start.get(j + 1)
        if whom is not None and not _is_time(tokens, whom, by_start):
            return whom.end
        if whom is not None:  # "for pensioners next year": whom, then when
            return _before_time(tokens, whom) or j
    return j


_OPENING_QUOTES = frozenset({"``", "“", "‘", '"', "'"})
_CLOSING_QUOTES = frozenset({"''", "”", "’", '"', "'"})


def _quoted_verb(tokens: Sequence[Token], k: int) -> int | None:
    """ "a project to "daylight" part of the river": the one word in quotation marks at `k`
    after "to" is the infinitive's verb (a coined or borrowed verb the tagger reads as another
    word class); its index, or None."""
    if k + 2 >= len(tokens) or tokens[k].text not in _OPENING_QUOTES:
        return None
    if tokens[k + 2].text not in _CLOSING_QUOTES or not tokens[k + 1].text.isalpha():
        return None
    return k + 1


# Nouns of a state after "on": "put the plan on hold", "the project is on track".
_STATES = frozenset("hold ice track course schedule".split())


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
    return _listed_end(tokens, by_start, obj) or obj.end


# Verbs whose object does what a bare verb after it says: "let passengers rent bikes", "help
# families heat their homes", "make firms publish their pay gaps".
_CAUSATIVES = frozenset("let lets help helps make makes".split())


def causative_end(
    tokens: Sequence[Token], by_start: dict[int, Phrase], verb: int, end: int
) -> int | None:
    """The end of "<verb> <object> <bare verb> <its object>" when the verb at `verb` is a
    causative (`_CAUSATIVES`) whose object ends at `end` and a bare verb with an object follows
    ("let passengers rent bikes at every station" runs to "bikes"); None otherwise."""
    if tokens[verb].text.lower() not in _CAUSATIVES or end >= len(tokens) or end <= verb:
        return None
    if tokens[end].tag != "VB":
        return None
    j = end + 1
    if j < len(tokens) and tokens[j].tag == "RP":
        j += 1
    return _object_end(tokens, by_start, _phrase_at(tokens, by_start, j))


# Tags every word of a bare noun phrase in a list may carry: "siblings, older parents and
# carers".
_BARE_TAGS = frozenset({"NN", "NNS", "JJ", "JJR", "JJS", "NNP", "NNPS"})


def _bare(tokens: Sequence[Token], phrase: Phrase | None) -> bool:
    return phrase is not None and all(
        t.tag in _BARE_TAGS for t in tokens[phrase.start : phrase.end]
    )


def _listed_end(tokens: Sequence[Token], by_start: dict[int, Phrase], first: Phrase) -> int | None:
    """The end of a list of bare noun phrases that `first` opens ("to allow siblings,
    biological parents and caregivers to enter"), when commas join it and "and" or "or"
    closes it; None when `first` opens no such list (a
    determiner anywhere, "a fund, a bond and ...", opens undertakings of their own)."""
    if not _bare(tokens, first):
        return None
    j = first.end
    while j + 1 < len(tokens) and tokens[j].text == ",":
        nxt = by_start.get(j + 1)
        if tokens[j + 1].text.lower() in {"and", "or"}:
            nxt = by_start.get(j + 2)  # a comma before the last: "tax, pensions, and defence"
            return nxt.end if _bare(tokens, nxt) and nxt is not None else None
        if not _bare(tokens, nxt) or nxt is None:
            return None
        j = nxt.end
        if j + 1 < len(tokens) and tokens[j].text.lower() in {"and", "or"}:
            last = by_start.get(j + 1)
            return last.end if _bare(tokens, last) and last is not None else None
    return None
