"""The verbs of a date's clause: which words give it a tense, and which clause governs the date.

`_context.Context` cuts the clause around a date out of the text; this module reads the clause's
words as plain strings: the tense words in order (`tense_words`: a past, a future or modal word,
the present of a scheduled event), those that stand in a modal's own verb phrase
(`in_own_clause`), where a date opens a clause joined to the one before ("..., and in October
the mill announced": `opens_coordinated_clause`), and a present passive of expectation that looks
ahead ("a hearing is expected in the summer": `expects_ahead`). The present of facing an event
("faces a vote in March") needs the tagger and is read in `_governing`.
"""

from __future__ import annotations

import re

from app.core.facts.dates._lexicon import MONTHS, WEEKDAYS
from app.core.facts.lexicon import lexicon

# A past "-ed" form: in lower case ("United States", "Red Cross" are names), not a present or
# infinitive passive ("the trials are offered", "limits would be imposed"), not an adjective
# after an article ("will run a reduced Friday timetable"), and not one of the words that
# merely end so.
ED = r"(?!(?:need|indeed|hundred|speed|bed|seed|feed|red|shed|proceed|succeed|exceed)\b)" + (
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?-i:[a-z])\w*ed"
)

_Trie = dict[str, "_Trie"]


def _word_trie(words: list[str]) -> str:
    """An alternation of `words` written as a trie ("fe(?:ll|d)" for "fell|fed"): it matches the
    same words, and the regex engine tries a few first letters at each place instead of every
    word (`TENSE` runs over every date's clause; the plain list was most of its time)."""
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: _Trie) -> str:
        ends = "" in node
        parts = [re.escape(char) + branch(node[char]) for char in sorted(node) if char]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 and not ends else "(?:" + "|".join(parts) + ")"
        return body + "?" if ends else body

    return branch(root)


# Irregular past forms that are only verbs ("won", "held"; not "said", "thought", "was").
_IRREGULAR_PAST_WORDS = (
    "met|made|took|came|went|left|held|gave|began|saw|got|rose|fell|won|lost|struck|broke|sent|"
    "spoke|found|kept|led|paid|became|brought|bought|drew|flew|ran|wrote|chose|drove|rode|wore|"
    "tore|swore|froze|stole|woke|shook|sang|rang|sank|swam|drank|ate|fought|caught|taught|sought|"
    "threw|grew|knew|blew|withdrew|hid|fled|sold|dealt|meant|slept|spent|lent|built|stood|"
    "understood|sat|laid|stuck|swung|dug|heard|forgot|overtook|undertook|arose|bled|"
    "wept|felt|swept|crept|knelt|leapt|dreamt|learnt|bent|bred|clung|flung|stung|"
    "spun|sprang|shrank|stank|strode|strove|shone|slid|sped|trod|wove|awoke|forbade|forgave|"
    "withheld|upheld|oversaw|overcame|underwent|foresaw|mistook|rebuilt|overheard|outgrew"
)
_IRREGULAR_PAST = _word_trie(_IRREGULAR_PAST_WORDS.split("|"))
# Verbs whose past is their present ("cut", "burst"): a present after one body, thing or person
# would take an "s", so with such a subject right before it the form is a past.
SAME_FORM_VERBS = ("burst", "cut", "shut", "hit", "quit", "spread", "split", "hurt", "let", "cost")
# Such a verb is past after one body or person, its subject, right before it or set off by an
# apposition ("Veltra, the Dutch chipmaker, cut its forecast on Tuesday", "the firm shut"), or
# after "the" and any one singular noun when an object follows ("the river burst its banks",
# "the storm hit the coast"). Not after a plural ("the unions cut"), a determiner ("The cut in
# rates"), a modal or an auxiliary ("will cut", "has hit") or a noun that makes it a noun ("the
# pay cut", "the monthly cost": with no object, only body nouns after "the"). "Set" and "put"
# are left out: "set the hearing for Friday", "put the vote back to May" look ahead.
_SAME_FORM_PAST = (
    r"(?:(?:it|he|she)|(?!(?-i:The|A|An|This|That|Its|His|Her|Their|Our|Will|May)\b)"
    r"(?-i:[A-Z][a-z]+[a-rt-z])|the\s+(?:firm|company|council|government|bank|board|group|"
    r"club|airline|carrier|retailer|union|party|ministry|department|agency|regulator|trust|"
    r"court|committee|chain|operator|maker|team|school|university|hospital))"
    r"(?:,[^,.;\"“”]{1,80},)?\s+(?:cut|shut|hit|quit|spread|split|hurt|burst)"
    # A plural subject opening the clause or after "the", with an object after the verb: the
    # present ("Rivers burst their banks") would be a habit, which news seldom dates by a month
    # or a day, so the verb is read as a past. Not "shut" or "let" ("Shops shut their doors on
    # Friday" may be a timetable; "Landlords let flats in January" a habit).
    r"|(?:^|(?<=[.!?]\s)|\bthe\s+)(?-i:[A-Za-z][a-z]+(?<![su]s)(?<!is)s)\s+"
    r"(?:burst|cut|hit|quit|spread|split|hurt|cost)"
    r"(?=\s+(?:(?:a|an|the|its|his|her|their|our)\b|[£$€\d]))"
    r"|the\s+(?-i:[a-z]+[a-rt-z])\s+(?:"
    + "|".join(SAME_FORM_VERBS)
    + r")(?=\s+(?:(?:a|an|the|its|his|her|their|our)\b|[£$€\d]))"
)
# "Due to" of a cause ("the fall is due to weaker sales", "due to rising costs", "due to
# increased demand"), not of a schedule ("is due to start"): a comparative or a word of degree,
# a gerund or a participle opens the noun phrase after it, where a schedule's infinitive is a
# base form. A determiner, a name or a plural may open a cause ("due to the strike") or whom
# something is owed to ("the rent is due to the landlord on Friday"), so they are not read.
_DUE_TO_CAUSE = (
    r"\s+(?:(?:more|less|fewer|lower|higher|weaker|stronger|better|worse|greater|poor|bad|"
    r"heavy|low|high|weak|strong)\b"
    r"|(?!(?:bring|sing|ring|swing|spring|sting|string|fling|cling|wring)\b)[a-z]+ing\b"
    r"|(?!(?:need|feed|heed|exceed|succeed|proceed|speed|bleed|breed|shed|wed|seed|embed)\b)"
    r"[a-z]+ed\b)"
)
# Verbs that set the tense of a date in their clause. Future: "will meet Friday", "is scheduled
# to vote in June", "as early as Tuesday", "plans a larger trial in March" (not plans drawn up),
# "shops expect record sales on Black Friday" (a present "expect" or "anticipate" with its
# object; not "forecast", also a past), and the modals of what may yet happen ("should ease by
# Thursday", "could announce it on Friday"), a rule's present "come into force" / "take effect"
# ("the new charges come into force in April"), with a passive of their own ("will be postponed
# from Tuesday": the participle is no past verb). "May" is the month and "Will Dunham" a name:
# the modals are read in lower case (a sentence-opening "Will" only before a lower-case word).
# The future seen from a past report counts as future: "said Saturday was likely to be the
# hottest day", "said limits would be imposed on Friday" (a participle after "be" is no past
# verb).
# The last part of a compound is no verb ("the second-placed side", "a fully-booked ferry",
# "so-called"), though a prefix's is ("re-elected", "co-founded").
# Past: "-ed" forms, "was", "said", common irregulars, and a modal's perfect ("could have
# escaped", "would have won": what might have been, not what will be; "would have to" is still
# to come).
TENSE = re.compile(
    r"(?<![A-Za-z]{3}-)(?<!\bso-)\b(?:(?P<perfect>(?:would|could|should|might|must|(?-i:may))\s+(?:not\s+)?have\s+(?!(?:to|it|them|him|her|us|me|you|a|an|the|its|their|his|our|my|your|this|that|no|any|some|enough|more|time)\b)\w+)|"
    r"(?P<future>(?:will|won't|shall|would|should|could|(?-i:may)|might|must)\s+(?:not\s+)?be\s+"
    r"\w+|(?-i:will|Will(?!\s+[A-Z]))|won't|shall|would|should|could|(?-i:may)|might|must|"
    r"(?:was|were)\s+(?:not\s+)?(?:(?:(?:un)?likely|expected|set|going|scheduled)\s+to|due\s+to(?!"
    + _DUE_TO_CAUSE
    + r"))|"
    r"is\s+to|are\s+to|"
    r"going\s+to|scheduled|due\s+to(?!" + _DUE_TO_CAUSE + r")|"
    r"set\s+to|expected\s+to|(?-i:expects?|anticipates?)\s+to\b|"
    r"(?-i:expects?|anticipates?|forecasts)\s+(?!to\b)(?=\w)|"
    r"(?:un)?likely\s+to|on\s+(?:track|course|target)\s+to|plans?\s+to|planned|planning\s+(?:to|a|an|the|its|his|her|their|for|on)\b|"
    r"intends?\s+to|upcoming|"
    r"(?:hopes?|hoping|aims?|aiming|wants?|wanting|intending)\s+to|"
    r"(?<!\bup\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bnew\s)(?<!\bof\s)(?<!\bfor\s)"
    r"(?<!\band\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bmade\s)(?<!ed\s)"
    r"(?-i:plans)\s+(?:a|an|the|its|their|his|her|new)\s|"
    r"(?-i:comes?)\s+into\s+(?:force|effect|operation)|(?-i:takes?)\s+effect|"
    r"until|as\s+(?:soon|early)\s+as)|(?P<past>was|were|had|did|said|told|thought|"
    # not a passive infinitive ("a ruling is due to be made in October": what is to come)
    + r"(?<!\bbe\s)(?:"
    + _IRREGULAR_PAST
    + ")|"
    + _SAME_FORM_PAST
    + "|"
    + ED
    + r"))\b|(?P<soon>'ll)\b",
    re.IGNORECASE,
)

# A past form that is surely a verb: after an auxiliary or a subject pronoun ("was appointed",
# "they signed"), "was" itself ("was shut for nine days in February"), or an irregular past
# ("won"); an "-ed" word in a noun phrase ("on a still
# unspecified date") may be an adjective.
CLEARLY_A_VERB = re.compile(
    r"(?:\b(?:was|were|had|has|have|been|he|she|it|they|we|I)\s+\w+ed|\b(?:was|were|had|"
    + _IRREGULAR_PAST
    + r"))$"
)

# Verbs that report what someone said or thought: the date may belong to the report's clause.
REPORTING = re.compile(
    r"(?:said|told|wrote|thought|announced|reported|added|stated|claimed|warned|confirmed|"
    r"revealed|explained|insisted|predicted|suggested|argued|noted|agreed|decided|expected|"
    r"hoped|feared|believed|promised|pledged|vowed|planned|proposed|asked|urged)",
    re.IGNORECASE,
)

# A present passive of expectation or scheduling ("a hearing is expected in the summer", "a
# vote is not expected before the autumn", "the ruling is due by spring"): it looks ahead from
# now, so the date it governs is the next one. Not "is set in" (where a story takes place) nor
# the past ("was expected in the summer" says nothing of now).
_PRESENT_EXPECTATION = re.compile(
    r"\b(?:is|are|['’]s|['’]re)\s+(?:(?:not|now|still|also|widely|only|currently|already|"
    r"provisionally|tentatively|generally)\s+){0,2}"
    r"(?:expected|due(?!\s+to"
    + _DUE_TO_CAUSE
    + r")|scheduled|slated|timetabled|pencill?ed\s+in|set(?!\s+in\b))\b(?!-)",
    re.IGNORECASE,
)
# A preposition of a topic or of a time behind, between such an expectation and the date: the
# date may be the noun's ("a report is expected on the crash in October", "an inquiry is
# expected into the fire in June", "the rate is set by the regulator in October"). The date's own
# "on" or "by" ("is expected on Friday", "is due by March") is no topic.
_TOPIC_BETWEEN = re.compile(
    r"\b(?:into|over|about|of|after|following|since|against|behind|from)\b|\b(?:on|by)\b(?!\s*$)",
    re.IGNORECASE,
)
# Words before a date that belong to it ("by the end of March", "in early May"): not a topic.
_DATE_PREFIX = re.compile(
    r"\b(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close)\s+of\s+(?:the\s+)?$|"
    r"\b(?:early|late|mid)[-\s]$",
    re.IGNORECASE,
)
# A date that opens a clause joined to the one before ("..., and in October Kintell announced",
# "..., but by May the firm had"): the date's own clause, not the first one, governs it.
_COORDINATED_OPENING = re.compile(
    r",\s+(?:and|but|while|whereas|yet)\s+(?:(?:then|later|also|again|earlier|since)\s+)?"
    r"(?:(?:early|late)\s+in\s+|in\s+|on\s+|during\s+|by\s+|at\s+)?$",
    re.IGNORECASE,
)
# How many words may stand between such a date and its clause's verb (the subject's).
_COORDINATED_SUBJECT_WORDS = 5
# The present simple of a scheduled event ("the tour that stops in Leeds on July 22", "the show
# opens on Friday") points ahead like "will"; after a determiner, a number or a preposition the
# "-s" word is a plural noun ("tax returns", "two plays", "at bus stops").
SCHEDULED_WORD = re.compile(
    r"\b(?-i:"
    + "|".join(sorted(lexicon("dates_scheduled_verbs.txt"), key=len, reverse=True))
    + r")\b"
)
# The same verbs in the base form after a plural name or a pronoun ("Rovers return to action
# on Saturday", "They play Millbrook on Saturday", "MPs return from recess on Monday"); after
# any other word the base form is too often a noun ("the return", "a close").
_SCHEDULED_BASE = re.compile(
    r"(?-i:"
    + "|".join(
        sorted(
            {
                word[:-2] if word.endswith(("ches", "shes", "oes", "xes")) else word[:-1]
                for word in lexicon("dates_scheduled_verbs.txt")
            }
            - {"air"},
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
_BASE_SUBJECT = re.compile(
    r"(?P<subject>\b(?-i:they|we|you|They|We|You|I)|\b[A-Z][A-Za-z]*[a-z])\s+$"
    # "City, who are ninth in the table, host Oakley": a "who" clause set off after the name.
    r"|(?P<named>\b[A-Z][A-Za-z]*[a-z]),\s+who\b[^,;:.!?\"“”]{1,80},\s+$"
    # "Shareholders meet in April", "the two sides meet on Saturday", ", and the unions meet":
    # a plural noun opening its clause, after "the" or an owner ("the club's", "the clubs'"),
    # before the verbs of a meeting or a session (`_PLURAL_BASE`).
    r"|(?P<plural>(?:^\s*|[,;]\s+and\s+|(?:\b(?-i:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Bb]oth|two)\s+|['’]s\s+|(?<=s)['’]\s+)(?-i:[a-z]+\s+)?)"
    r"(?-i:[a-z]+(?<![su]s)(?<!is)s))\s+$"
)
# The base forms read after a plural noun: the others ("return", "go", "end", "run") are as
# often a habit or a headline's past ("Prices return to normal in March").
_PLURAL_BASE = frozenset(
    "meet open close begin start resume reconvene convene play host visit debut premiere".split()
)
# How far back a base form's subject may stand (a "who" clause between them).
_BASE_REACH = 120
_NOUN_BEFORE = frozenset(
    """
    the a an its his her their our your my these those this some many few several all both no
    any each every two three four five six seven eight nine ten of in on at for with by from to
    into about over after before bus tax
    """.split()
)

_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def tense_words(text: str) -> list[tuple[re.Match[str], bool]]:
    """The tense words of a stretch in order, each with True when it points ahead: a future or
    modal word (`TENSE`) or the present simple of a scheduled event (`SCHEDULED_WORD`)."""
    found = [(m, bool(m["future"] or m["soon"])) for m in TENSE.finditer(text)]
    for m in SCHEDULED_WORD.finditer(text):
        before = _LAST_WORD.search(text, 0, m.start())
        if before is None or before.group(1).lower() not in _NOUN_BEFORE:
            found.append((m, True))
    for m in _SCHEDULED_BASE.finditer(text):
        subject = _BASE_SUBJECT.search(text, max(0, m.start() - _BASE_REACH), m.start())
        if subject is None:
            continue
        if subject["plural"]:
            if m.group() in _PLURAL_BASE and not any(
                t["past"] for t in TENSE.finditer(text, 0, subject.start())
            ):
                found.append((m, True))
            continue
        if not _named_subject(subject["subject"] or subject["named"]):
            continue
        before = _LAST_WORD.search(text, 0, subject.start())
        if (
            before is not None
            and before.group(1).lower() in _NOUN_BEFORE
            and not (before.group(1).lower() == "the" and not text[: before.start()].strip())
        ):
            # "saw the Rovers return": the name is an object, not a subject ("The Rovers
            # return", opening the clause, is the subject)
            continue
        if any(t["past"] for t in TENSE.finditer(text, 0, subject.start())):
            continue  # "Fans saw Rovers return on Saturday": a past verb governs the clause
        found.append((m, True))
    found.sort(key=lambda pair: pair[0].start())
    return found


def opens_coordinated_clause(
    left: str, right: str, after: list[tuple[re.Match[str], bool]]
) -> int | None:
    """Where the clause a date opens begins in `left` (the words before the date), when the
    date opens a clause joined to the one before by ", and", ", but", ... and that clause's
    verb follows the date within a subject's few words ("..., and in October Kintell
    announced"); else None. With no verb of its own after the date ("will open in March, and
    in October"), the clause before still governs it."""
    m = _COORDINATED_OPENING.search(left)
    if m is None or not after:
        return None
    verb = after[0][0]
    between = right[: verb.start()]
    if len(between.split()) > _COORDINATED_SUBJECT_WORDS:
        return None
    if (
        between.lstrip().startswith(",")
        and REPORTING.fullmatch(verb.group())
        and right[verb.end() :].lstrip().startswith(",")
    ):
        return None  # "and in October, analysts said, prices could rise": an aside of saying
    return m.start() + 1


def expects_ahead(left: str, before: list[tuple[re.Match[str], bool]]) -> bool:
    """Whether the last verb before a date in its clause (`left`, with its tense words
    `before`) is a present passive of expectation or scheduling (`_PRESENT_EXPECTATION`): no
    tense word stands after it, nor a preposition of a topic (`_TOPIC_BETWEEN`) before the
    words that belong to the date ("by the end of March")."""
    found = list(_PRESENT_EXPECTATION.finditer(left))
    if not found:
        return False
    expectation = found[-1]
    prefix = _DATE_PREFIX.search(left, expectation.end())
    if _TOPIC_BETWEEN.search(left, expectation.end(), prefix.start() if prefix else len(left)):
        return False
    return all(m.start() < expectation.end() for m, _ in before)


def _named_subject(word: str) -> bool:
    """Whether `word`, right before a verb's base form, may be its subject: a pronoun, or a
    capitalised name that is no determiner, day or month ("The return", "Monday's close")."""
    return word.lower() not in _NOUN_BEFORE and word.lower() not in _NOT_A_SUBJECT


_NOT_A_SUBJECT = frozenset(word.lower() for word in (*WEEKDAYS, *MONTHS))


# Words that open a new clause between a modal and a later verb ("will say that it voted").
_NEW_CLAUSE = re.compile(
    r"[,;:]|\b(?:that|which|who|whom|whose|and|or|but|when|where|if|whether|as|because|"
    r"while|after|before|until|since|though|although|said|says)\b",
    re.IGNORECASE,
)
# A modal's verb phrase reaches this many words before a later "-ed" word in it.
_MODAL_PHRASE_WORDS = 3


def in_own_clause(
    left: str, found: list[tuple[re.Match[str], bool]]
) -> list[tuple[re.Match[str], bool]]:
    """`found` without the "-ed" words that stand in a modal's verb phrase: in "would publish
    detailed designs in the new year" the modal's phrase runs on, and "detailed" describes
    its object; a finite past verb there would need a subject of its own ("will say it
    voted") or a new clause ("will say that it voted")."""
    kept: list[tuple[re.Match[str], bool]] = []
    for m, future in found:
        word = m.group()
        if (
            kept
            and not future
            and kept[-1][1]
            and word.lower().endswith("ed")
            and CLEARLY_A_VERB.search(left, 0, m.end()) is None
        ):
            between = left[kept[-1][0].end() : m.start()]
            if len(between.split()) <= _MODAL_PHRASE_WORDS and not _NEW_CLAUSE.search(between):
                continue
        kept.append((m, future))
    return kept
